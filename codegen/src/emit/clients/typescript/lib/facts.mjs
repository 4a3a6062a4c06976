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

/** The texts of `entry` in the locale at `locale` (0: the source): [title, segments,
 * template], or `null` for an entry that locale leaves untranslated. */
export function textsIn(entry, locale) {
  if (locale === 0) return [entry.title, entry.segments, entry.template];
  return TRANSLATIONS[locale - 1]?.[entry.position] ?? null;
}

/** The classification index of each locale (the source's first), with its titles folded
 * for lookup: folded title → positions, most literal template text first. */
export const INDEX = INDEXES.map((index, locale) => {
  const titles = new Map();
  for (const at of index.all) {
    const texts = textsIn(ENTRY[at], locale);
    if (texts === null) continue;
    const key = foldAscii(texts[0]);
    const list = titles.get(key);
    if (list === undefined) titles.set(key, [at]);
    else list.push(at);
  }
  return { ...index, titles, locale };
});

/** The entries of status `status` in an index, most literal text first. */
export function withStatus(index, status) {
  return index.by_status[status] ?? [];
}
