// The catalogue's facts (generated into ../catalog.mjs) as the rules look them up: entries by
// type URI and id, and per locale the classification index with its titles.

import { ENTRIES, INDEXES, LOCALES, MAKERS, OPERATIONS, TRANSLATIONS } from "../catalog.mjs";
import { foldAscii } from "./text.mjs";

/** Every entry, in catalogue order; `position` is its place in that order, `make` builds its
 * typed problem's `params` from the parameter texts. */
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
    make: MAKERS[position],
  }),
);

/** Text → value for the texts of a received body. A string `JSON.parse` made is new, and a
 * `Map` hashes a new string on lookup: for a type URI that costs more than comparing it with
 * the few keys of its length, which is what this does. A key set twice keeps its last value,
 * as in a `Map`. */
export class ByText {
  constructor(pairs = []) {
    /** By length: [key, value, key, value, ...]. */
    this.byLength = [];
    for (const [key, value] of pairs) this.set(key, value);
  }

  set(key, value) {
    const list = this.byLength[key.length] ?? (this.byLength[key.length] = []);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === key) {
        list[i + 1] = value;
        return;
      }
    }
    list.push(key, value);
  }

  get(key) {
    const list = this.byLength[key.length];
    if (list === undefined) return undefined;
    for (let i = 0; i < list.length; i += 2) if (list[i] === key) return list[i + 1];
    return undefined;
  }
}

export const BY_TYPE = new ByText(ENTRY.map((e) => [e.type, e]));
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
  const titles = new ByText();
  const exact = new ByText();
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
