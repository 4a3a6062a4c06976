// Text as the Rust classifier sees it: UTF-8 bytes, Rust's `str::trim`, ASCII case folding.

const STRICT = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const LOSSY = new TextDecoder("utf-8", { ignoreBOM: true });
const ENCODER = new TextEncoder();

/** Whether the UTF-16 unit `c` is White_Space, as Rust's `char::is_whitespace` has it. */
export function isWhitespace(c) {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Rust's `str::trim`. */
export function trim(s) {
  let start = 0;
  let end = s.length;
  while (start < end && isWhitespace(s.charCodeAt(start))) start++;
  while (end > start && isWhitespace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

const ASCII = /^[\x00-\x7f]*$/;
const UPPER = /[A-Z]/g;

/** ASCII letters lowercased, every other character kept: what `eq_ignore_ascii_case`
 * compares. */
export function foldAscii(s) {
  if (ASCII.test(s)) return s.toLowerCase();
  return s.replace(UPPER, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A string as the UTF-8 text it stands for: a lone surrogate becomes U+FFFD, as an
 * encoder writes it. */
export function wellFormed(s) {
  const whole = typeof s.isWellFormed === "function" ? s.isWellFormed() : !/[\ud800-\udfff]/.test(s);
  return whole ? s : s.replace(LONE_SURROGATE, "\ufffd");
}

/** The UTF-8 length of a well-formed string. */
export function utf8Length(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

/** Whether a well-formed string is longer than `max` bytes of UTF-8. */
export function longerThan(s, max) {
  if (s.length > max) return true;
  return s.length * 3 > max && utf8Length(s) > max;
}

/** The bytes as text, or `null` when they are not UTF-8. */
export function decode(bytes) {
  try {
    return STRICT.decode(bytes);
  } catch {
    return null;
  }
}

/** The start of `bytes` as text, at most `max` bytes, invalid UTF-8 replaced (U+FFFD per
 * maximal invalid sequence), without splitting a character at the cut: [text, cut]. */
export function boundedBytes(bytes, max) {
  if (bytes.length <= max) return [decode(bytes) ?? LOSSY.decode(bytes), false];
  let cut = bytes.subarray(0, max);
  const end = incompleteTail(cut);
  if (end !== null) cut = cut.subarray(0, end);
  return [LOSSY.decode(cut), true];
}

/** Where the first invalid UTF-8 sequence starts when it is a valid sequence cut short by
 * the end of `bytes` (what Rust drops at a cut); `null` otherwise. */
function incompleteTail(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return null;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return i;
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? secondRange(b) : [0x80, 0xbf];
      if (c < lo || c > hi) return null;
    }
    i += need + 1;
  }
  return null;
}

/** The range of the second byte of a sequence that starts with `b`. */
function secondRange(b) {
  if (b === 0xe0) return [0xa0, 0xbf];
  if (b === 0xed) return [0x80, 0x9f];
  if (b === 0xf0) return [0x90, 0xbf];
  if (b === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** The start of a well-formed string, at most `max` bytes of UTF-8, whole characters. */
export function boundedString(s, max) {
  if (!longerThan(s, max)) return [s, false];
  let bytes = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    const [size, units] = c < 0x80 ? [1, 1] : c < 0x800 ? [2, 1] : c >= 0xd800 && c <= 0xdbff ? [4, 2] : [3, 1];
    if (bytes + size > max) break;
    bytes += size;
    i += units;
  }
  return [s.slice(0, i), true];
}

/** A string's UTF-8 bytes. */
export function encode(s) {
  return ENCODER.encode(s);
}
