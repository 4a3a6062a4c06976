// The catalogue's facts (generated into ../catalog.mjs) as the rules look them up: entries by
// type URI and id, and per locale the classification index with its titles.

import { ENTRIES, INDEXES, LOCALES, OPERATIONS, TRANSLATIONS } from "../catalog.mjs";
import { foldAscii } from "./text.mjs";

/** Every entry, in catalogue order; `position` is its place in that order. */
export const ENTRY = ENTRIES.map(
  ([id, type, title, status, retry, sentAs, errorCode, params, segments, template], position) => ({
    id,
    type,
    title,
    status,
    retry,
    sentAs,
    errorCode,
    params: params.map(([name, kind]) => ({ name, kind })),
    segments,
    template,
    position,
  }),
);

export const BY_TYPE = new Map(ENTRY.map((e) => [e.type, e]));
export const BY_ID = new Map(ENTRY.map((e) => [e.id, e]));
export { LOCALES, OPERATIONS };

// Each entry's texts in each locale: [title, segments, template], or null.
for (const e of ENTRY) {
  e.texts = [[e.title, e.segments, e.template], ...TRANSLATIONS.map((t) => t[e.position] ?? null)];
}

/** The texts of `entry` in the locale at `locale` (0: the source): [title, segments,
 * template], or `null` for an entry that locale leaves untranslated. */
export function textsIn(entry, locale) {
  return entry.texts[locale] ?? null;
}

/** The classification index of each locale (the source's first), with its titles for
 * lookup: folded title → positions, most literal template text first (`titles`), and each
 * title as written → the same list (`exact`, which spares folding the usual title). */
export const INDEX = INDEXES.map((index, locale) => {
  const titles = new Map();
  const exact = new Map();
  for (const at of index.all) {
    const texts = textsIn(ENTRY[at], locale);
    if (texts === null) continue;
    const key = foldAscii(texts[0]);
    let list = titles.get(key);
    if (list === undefined) titles.set(key, (list = []));
    list.push(at);
    exact.set(texts[0], list);
  }
  return { ...index, titles, exact, locale };
});

/** The positions of the entries titled `title` (ASCII case aside) in `index`. */
export function titled(index, title) {
  return index.exact.get(title) ?? index.titles.get(foldAscii(title));
}

/** The entries of status `status` in an index, most literal text first. */
export function withStatus(index, status) {
  return index.by_status[status] ?? [];
}
