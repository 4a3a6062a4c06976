// The catalogue's facts, as the rules in lib/ read them.

/** The locales of the catalogue's texts: the source's first. */
export const LOCALES = $locales;

/** Every entry in catalogue order: [id, type URI, title, status, retry hint, wire shape,
 * legacy error code, parameters ([name, kind]), detail segments (literal text, or a
 * parameter's position), detail template]. */
export const ENTRIES = [
  $$entries
];

/** Per entry in catalogue order, its typed problem's `params` from the parameter texts
 * (whole numbers as numbers). */
export const MAKERS = [
  $$makers
];

/** Per locale after the source: each entry's [title, detail segments, detail template], or
 * null for an entry the locale leaves untranslated. */
export const TRANSLATIONS = [
  $$translations
];

/** Per locale (the source's first), what classification scans: the length of the literal
 * text of each template (`weights`), and positions of entries, most literal text first. */
export const INDEXES = [
  $$indexes
];

/** Every operation with the ids of the entries it can return. */
export const OPERATIONS = {
  $$operations
};
