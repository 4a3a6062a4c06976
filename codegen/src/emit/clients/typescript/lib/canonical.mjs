// JSON text as the Rust classifier writes it (serde_json's `Value`): object members sorted by
// key (a later duplicate wins), integers with every digit, other numbers in their shortest
// form (fixed notation for decimal exponents -5..=15, else `1.5e+300`), strings escaped only
// where JSON requires it.

import { Num, Pairs, parseValue } from "./json.mjs";

/** Compare two strings by code point (the order of their UTF-8 bytes). */
export function byCodePoint(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (code points above U+FFFF) sort after U+E000..U+FFFF.
    if (x >= 0xd800) x += x <= 0xdfff ? 0x2000 : -0x800;
    if (y >= 0xd800) y += y <= 0xdfff ? 0x2000 : -0x800;
    return x - y;
  }
  return a.length - b.length;
}

/** A float in the notation serde_json writes. */
export function formatFloat(x) {
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const [mantissa, exp] = Math.abs(x).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const e = Number(exp);
  if (e < -5 || e > 15) {
    const point = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${point}e${e < 0 ? "-" : "+"}${Math.abs(e)}`;
  }
  if (digits.length - 1 <= e) return `${sign}${digits}${"0".repeat(e + 1 - digits.length)}.0`;
  if (e >= 0) return `${sign}${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
  return `${sign}0.${"0".repeat(-e - 1)}${digits}`;
}

/** A parsed value (see `json.mjs`) as JSON text. */
export function toJson(value) {
  if (value === null) return "null";
  switch (typeof value) {
    case "string": return JSON.stringify(value);
    case "boolean": return value ? "true" : "false";
    default: break;
  }
  if (value instanceof Num) return value.kind === "f" ? formatFloat(value.value) : value.text;
  if (value instanceof Pairs) {
    const last = new Map();
    for (const [key, item] of value) last.set(key, item);
    const keys = [...last.keys()].sort(byCodePoint);
    return `{${keys.map((k) => `${JSON.stringify(k)}:${toJson(last.get(k))}`).join(",")}}`;
  }
  return `[${value.map(toJson).join(",")}]`;
}

/** A member's raw JSON as serde_json re-writes it: `null` when it cannot read it as a value
 * (a number out of range, an unpaired surrogate). */
export function rawToJson(raw) {
  const value = parseValue(raw);
  return value === undefined ? "null" : toJson(value);
}

/** A parsed value as plain JavaScript: objects with the last of duplicate members. */
export function toPlain(value) {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Num) return value.value;
  if (value instanceof Pairs) {
    const out = {};
    for (const [key, item] of value) {
      Object.defineProperty(out, key, { value: toPlain(item), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value.map(toPlain);
}

/** A member's raw JSON as plain JavaScript (`null` when it cannot be read). */
export function rawToPlain(raw) {
  const value = parseValue(raw);
  return value === undefined ? null : toPlain(value);
}
