// Detail templates: a received detail matched against an entry's template (literal text and
// parameter slots), recovering each parameter's text, and a problem rendered back.

import { LOCALES, textsIn } from "./facts.mjs";
import { trim } from "./text.mjs";

const U64_MAX = "18446744073709551615";

/** Whether `text` is a whole number as rendering writes one: digits, no sign, no leading
 * zero, at most 2^64 - 1. */
export function isU64(text) {
  const n = text.length;
  if (n === 0 || n > 20 || (n > 1 && text.charCodeAt(0) === 0x30)) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return n < 20 || text <= U64_MAX;
}

/** The text of each of `count` parameters in `detail`, or `null` when it does not fit the
 * segments (literal strings, parameter positions). Only literal text is compared: the
 * prefix, the suffix, then each middle literal at its leftmost occurrence; a parameter used
 * twice must have the same text both times. */
export function matchSegments(segments, detail, count) {
  const n = segments.length;
  // Fixed text: the detail is that text, or it does not fit.
  if (n === 1 && typeof segments[0] === "string") return detail === segments[0] ? new Array(count).fill("") : null;
  const texts = new Array(count);
  let start = 0;
  let end = detail.length;
  let from = 0;
  let to = n;
  if (to > 0 && typeof segments[0] === "string") {
    if (!detail.startsWith(segments[0])) return null;
    start = segments[0].length;
    from = 1;
  }
  if (to > from && typeof segments[to - 1] === "string") {
    const suffix = segments[to - 1];
    if (end - start < suffix.length || !detail.endsWith(suffix)) return null;
    end -= suffix.length;
    to -= 1;
  }
  let pending = -1;
  for (let k = from; k < to; k++) {
    const segment = segments[k];
    if (typeof segment !== "string") {
      pending = segment;
      continue;
    }
    const at = detail.indexOf(segment, start);
    if (at < 0 || at + segment.length > end || pending < 0) return null;
    if (!put(texts, pending, detail.slice(start, at))) return null;
    pending = -1;
    start = at + segment.length;
  }
  if (pending >= 0) {
    if (!put(texts, pending, detail.slice(start, end))) return null;
  } else if (start !== end) return null;
  for (let i = 0; i < count; i++) if (texts[i] === undefined) texts[i] = "";
  return texts;
}

/** Put a parameter's text in its slot; a parameter seen before must have the same text. */
function put(texts, slot, text) {
  if (slot >= texts.length) return false;
  if (texts[slot] !== undefined) return texts[slot] === text;
  texts[slot] = text;
  return true;
}

/** The parameter texts of `entry` from `detail` in one locale, whole numbers checked; `null`
 * when it does not fit (or the locale has no text for the entry). */
export function fromDetail(entry, locale, detail) {
  const texts = textsIn(entry, locale);
  if (texts === null) return null;
  const values = matchSegments(texts[1], detail, entry.params.length);
  if (values === null) return null;
  for (let i = 0; i < values.length; i++) {
    if (entry.params[i].kind === "integer" && !isU64(values[i])) return null;
  }
  return values;
}

/** `fromDetail` on the text as received, then trimmed. */
export function matchDetail(entry, locale, detail) {
  const found = fromDetail(entry, locale, detail);
  if (found !== null) return found;
  const trimmed = trim(detail);
  return trimmed.length !== detail.length ? fromDetail(entry, locale, trimmed) : null;
}

/** The first locale whose template of `entry` fits `detail`: [locale, texts], or `null`. */
export function matchDetailAny(entry, detail) {
  for (let locale = 0; locale < LOCALES.length; locale++) {
    const texts = matchDetail(entry, locale, detail);
    if (texts !== null) return [locale, texts];
  }
  return null;
}

/** The template of `entry` in `locale` with the parameter texts in its slots. */
export function render(entry, locale, texts) {
  const segments = (textsIn(entry, locale) ?? textsIn(entry, 0))[1];
  let out = "";
  for (const segment of segments) out += typeof segment === "string" ? segment : texts[segment];
  return out;
}
