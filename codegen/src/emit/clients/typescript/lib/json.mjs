// JSON as the Rust classifier reads it (serde_json): the grammar of RFC 8259, strings whose
// \u escapes must pair up when their text is used, numbers as unsigned, signed or floating
// (out of range is an error), at most 127 levels of nesting where values are parsed, none
// where they are only skipped. Errors are thrown as FAIL and never leave the library.

/** Thrown for any text serde_json refuses; caught by the body readers. */
export const FAIL = Object.freeze({ fail: true });

/** Levels of nesting serde_json allows while parsing values (its limit is 128). */
export const MAX_DEPTH = 127;

const U64_MAX = "18446744073709551615";
const I64_MIN = "9223372036854775808";

/** A JSON number as serde_json holds it: `u` and `i` keep their digits, `f` its value. */
export class Num {
  constructor(kind, text, value) {
    this.kind = kind;
    this.text = text;
    this.value = value;
  }
}

function hexDigit(c) {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

const CONTROL = /[\x00-\x1f]/g;

/** A cursor over JSON text. */
export class Reader {
  constructor(s, at = 0) {
    this.s = s;
    this.i = at;
    // Where the next backslash and control character are (at or after some earlier
    // string's start; the text's length for none): strings between them are plain.
    this.backslash = -1;
    this.control = -1;
  }

  ws() {
    const s = this.s;
    let i = this.i;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
    this.i = i;
  }

  peek() {
    return this.s.charCodeAt(this.i);
  }

  atEnd() {
    this.ws();
    return this.i === this.s.length;
  }

  expect(c) {
    if (this.s.charCodeAt(this.i) !== c) throw FAIL;
    this.i++;
  }

  /** A string at the cursor: its text (escapes decoded, surrogates paired), or, with
   * `skip`, nothing (escapes checked, surrogates not). */
  string(skip = false) {
    const s = this.s;
    const start = this.i + 1;
    if (s.charCodeAt(this.i) !== 0x22) throw FAIL;
    const end = s.indexOf('"', start);
    if (end < 0) throw FAIL;
    if (this.backslash < start) {
      const at = s.indexOf("\\", start);
      this.backslash = at < 0 ? s.length : at;
    }
    if (this.backslash < end) return this.escaped(start, start, skip);
    if (this.control < start) {
      CONTROL.lastIndex = start;
      const found = CONTROL.exec(s);
      this.control = found === null ? s.length : found.index;
    }
    if (this.control < end) throw FAIL;
    this.i = end + 1;
    return skip ? "" : s.slice(start, end);
  }

  /** The rest of a string that has an escape at `i`. */
  escaped(start, i, skip) {
    const s = this.s;
    let out = skip ? "" : s.slice(start, i);
    for (;;) {
      const c = s.charCodeAt(i);
      if (!(c >= 0x20)) throw FAIL;
      if (c === 0x22) {
        this.i = i + 1;
        return out;
      }
      if (c !== 0x5c) {
        if (!skip) out += s[i];
        i++;
        continue;
      }
      const e = s.charCodeAt(i + 1);
      i += 2;
      switch (e) {
        case 0x22: out += '"'; break;
        case 0x5c: out += "\\"; break;
        case 0x2f: out += "/"; break;
        case 0x62: out += "\b"; break;
        case 0x66: out += "\f"; break;
        case 0x6e: out += "\n"; break;
        case 0x72: out += "\r"; break;
        case 0x74: out += "\t"; break;
        case 0x75: {
          const n = this.hex(i);
          i += 4;
          if (skip) break;
          if (n >= 0xdc00 && n <= 0xdfff) throw FAIL;
          if (n >= 0xd800 && n <= 0xdbff) {
            if (s.charCodeAt(i) !== 0x5c || s.charCodeAt(i + 1) !== 0x75) throw FAIL;
            const low = this.hex(i + 2);
            if (low < 0xdc00 || low > 0xdfff) throw FAIL;
            i += 6;
            out += String.fromCharCode(n, low);
          } else {
            out += String.fromCharCode(n);
          }
          break;
        }
        default:
          throw FAIL;
      }
    }
  }

  hex(at) {
    const s = this.s;
    let n = 0;
    for (let k = at; k < at + 4; k++) {
      const c = s.charCodeAt(k);
      if (!hexDigit(c)) throw FAIL;
      n = n * 16 + parseInt(s[k], 16);
    }
    return n;
  }

  /** The text of a number at the cursor, checked against the grammar. */
  numberText() {
    const s = this.s;
    const start = this.i;
    let i = start;
    if (s.charCodeAt(i) === 0x2d) i++;
    const first = s.charCodeAt(i);
    if (first === 0x30) i++;
    else if (first >= 0x31 && first <= 0x39) {
      i++;
      while (s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
    } else throw FAIL;
    let c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) throw FAIL;
    let plain = true;
    if (c === 0x2e) {
      plain = false;
      const digits = ++i;
      while (s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
      if (i === digits) throw FAIL;
      c = s.charCodeAt(i);
    }
    if (c === 0x65 || c === 0x45) {
      plain = false;
      i++;
      c = s.charCodeAt(i);
      if (c === 0x2b || c === 0x2d) i++;
      const digits = i;
      while (s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
      if (i === digits) throw FAIL;
    }
    this.i = i;
    return [s.slice(start, i), plain];
  }

  /** A number at the cursor as serde_json parses it. */
  number() {
    const [text, plain] = this.numberText();
    return numberOf(text, plain);
  }

  literal(word, value) {
    if (!this.s.startsWith(word, this.i)) throw FAIL;
    this.i += word.length;
    return value;
  }

  /** Skip any value, as serde_json ignores it: grammar only, no depth limit. */
  skip() {
    this.ws();
    const first = this.peek();
    if (first === 0x22) {
      this.string(true);
      return;
    }
    if (first !== 0x7b && first !== 0x5b) {
      this.scalar(true);
      return;
    }
    const stack = [];
    for (;;) {
      this.ws();
      const c = this.peek();
      if (c === 0x7b || c === 0x5b) {
        this.i++;
        this.ws();
        const close = c === 0x7b ? 0x7d : 0x5d;
        if (this.peek() === close) this.i++;
        else {
          stack.push(close);
          if (close === 0x7d) this.key(true);
          continue;
        }
      } else this.scalar(true);
      for (;;) {
        if (stack.length === 0) return;
        this.ws();
        const close = stack[stack.length - 1];
        const next = this.peek();
        if (next === 0x2c) {
          this.i++;
          if (close === 0x7d) {
            this.ws();
            this.key(true);
          }
          break;
        }
        if (next !== close) throw FAIL;
        this.i++;
        stack.pop();
      }
    }
  }

  /** `open`, items separated by commas, then `close` (whitespace around each skipped); each
   * item read by `item`. */
  sequence(open, close, item) {
    this.ws();
    this.expect(open);
    this.ws();
    if (this.peek() === close) {
      this.i++;
      return;
    }
    for (;;) {
      this.ws();
      item();
      this.ws();
      const next = this.peek();
      this.i++;
      if (next === close) return;
      if (next !== 0x2c) throw FAIL;
    }
  }

  /** An object key and its colon; the key's text (none when skipping). */
  key(skip = false) {
    const key = this.string(skip);
    this.ws();
    this.expect(0x3a);
    return key;
  }

  /** A string, number or literal. */
  scalar(skip) {
    const c = this.peek();
    switch (c) {
      case 0x22: return this.string(skip);
      case 0x74: return this.literal("true", true);
      case 0x66: return this.literal("false", false);
      case 0x6e: return this.literal("null", null);
      default:
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return skip ? this.numberText() : this.number();
        throw FAIL;
    }
  }

  /** Parse a value, at nesting level `depth` (that of the container it is in). Objects
   * become arrays of [key, value] pairs, as received. */
  value(depth) {
    this.ws();
    const c = this.peek();
    if (c !== 0x7b && c !== 0x5b) return this.scalar(false);
    if (depth + 1 > MAX_DEPTH) throw FAIL;
    if (c === 0x5b) {
      const items = [];
      this.sequence(0x5b, 0x5d, () => items.push(this.value(depth + 1)));
      return items;
    }
    const members = new Pairs();
    this.sequence(0x7b, 0x7d, () => {
      const key = this.key();
      members.push([key, this.value(depth + 1)]);
    });
    return members;
  }
}

/** The members of a JSON object as received, in order, duplicates included. */
export class Pairs extends Array {}

/** serde_json's number for grammatical number text: `plain` when it has no fraction or
 * exponent. */
export function numberOf(text, plain) {
  if (plain) {
    const negative = text.charCodeAt(0) === 0x2d;
    const digits = negative ? text.slice(1) : text;
    if (!negative && fits(digits, U64_MAX)) return new Num("u", text, Number(text));
    if (negative && digits !== "0" && fits(digits, I64_MIN)) return new Num("i", text, Number(text));
  }
  const value = Number(text);
  if (!Number.isFinite(value)) throw FAIL;
  return new Num("f", text, value);
}

function fits(digits, max) {
  return digits.length < max.length || (digits.length === max.length && digits <= max);
}

/** Parse a whole text as one value; `undefined` when serde_json would refuse it. */
export function parseValue(text) {
  try {
    const r = new Reader(text);
    const value = r.value(0);
    return r.atEnd() ? value : undefined;
  } catch (e) {
    if (e === FAIL) return undefined;
    throw e;
  }
}

/** Whether `json` nests at most `max` levels deep (strings skipped). */
export function depthWithin(json, max) {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return false;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return true;
}
