// Read a response body into one of the shapes servers send, within bounds, as the Rust
// classifier does: problem and gateway objects into their members (extension members kept as
// their raw JSON), legacy lists into the code and message of each object. Nothing here throws
// past `read`: every failure is a shape.

import { FAIL, Reader, depthWithin } from "./json.mjs";
import { readFast } from "./fast.mjs";
import { Body, Fields, MESSAGE, SLOTS, STATUS, statusOfDigits, statusOfText } from "./fields.mjs";
import { toJson } from "./canonical.mjs";
import { decode, encode, longerThan, wellFormed } from "./text.mjs";

/** Bodies longer than this many bytes are not parsed. */
export const MAX_BODY = 64 * 1024;
/** How much of an unparsed body is kept as raw text, in bytes. */
export const MAX_RAW_TEXT = 4 * 1024;
/** How deep an extension member may nest, so that the whole body stays within serde_json's
 * limit when the member is read as a value. */
const MAX_MEMBER_DEPTH = 126;

Fields.reread = (text) => readObject(text).fields;

function isAsciiWhitespace(c) {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function looksLikeJson(c) {
  return c === 0x7b || c === 0x5b || c === 0x22 || c === 0x2d || c === 0x74 || c === 0x66 || c === 0x6e || (c >= 0x30 && c <= 0x39);
}

/** Decide the shape of a body (a string, or bytes) and read it. */
export function read(body) {
  let text;
  if (typeof body === "string") {
    text = wellFormed(body);
    if (longerThan(text, MAX_BODY)) return new Body("too_large");
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    // The usual body: an object from its first character, which `readFast` reads.
    else if (text.charCodeAt(0) === 0x7b) return readFast(text) ?? readShape(text, 0x7b);
  } else {
    let bytes = body;
    if (bytes.length > MAX_BODY) return new Body("too_large");
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    let at = 0;
    while (at < bytes.length && isAsciiWhitespace(bytes[at])) at++;
    if (at === bytes.length) return new Body("empty");
    if (!looksLikeJson(bytes[at])) return new Body("text");
    text = decode(bytes);
    if (text === null) return new Body(bytes[at] === 0x7b || bytes[at] === 0x5b ? "invalid_json" : "text");
  }
  let at = 0;
  while (at < text.length && isAsciiWhitespace(text.charCodeAt(at))) at++;
  if (at === text.length) return new Body("empty");
  const first = text.charCodeAt(at);
  if (!looksLikeJson(first)) return new Body("text");
  if (first === 0x7b) return readFast(text) ?? readShape(text, first);
  return readShape(text, first);
}

/** A body starting with `first` (after any whitespace) as the exact readers read it (an
 * object `readFast` left to them). */
function readShape(text, first) {
  try {
    if (first === 0x7b) return readObject(text);
    if (first === 0x5b) return readLegacy(text);
  } catch (e) {
    if (e !== FAIL) throw e;
    if (first === 0x7b) return new Body("invalid_json");
    return new Body(depthWithin(text, 128) && skipsWhole(text) ? "other_json" : "invalid_json");
  }
  return new Body(skipsWhole(text) ? "other_json" : "text");
}

/** Whether the whole text is one JSON value (skipped, as serde_json ignores one). */
function skipsWhole(text) {
  try {
    const r = new Reader(text);
    r.skip();
    return r.atEnd();
  } catch (e) {
    if (e === FAIL) return false;
    throw e;
  }
}

/** A problem or gateway object, read as serde_json reads it into the Rust members. */
function readObject(text) {
  const r = new Reader(text);
  const f = new Fields();
  // The gateway's `message` and `statusCode`: [members before it, name, text(, status)].
  let message = null;
  let code = null;
  r.sequence(0x7b, 0x7d, () => {
    const key = r.key();
    r.ws();
    const slot = SLOTS.get(key);
    if (slot === undefined) {
      const start = r.i;
      r.skip();
      const raw = text.slice(start, r.i);
      const nested = raw.charCodeAt(0) === 0x5b || raw.charCodeAt(0) === 0x7b;
      if (raw.length > 2 * MAX_MEMBER_DEPTH && nested && !depthWithin(raw, MAX_MEMBER_DEPTH)) throw FAIL;
      f.members.push([key, raw]);
    } else if (slot < STATUS) {
      if (r.peek() !== 0x22) f.members.push([key, toJson(r.value(1))]);
      else if (slot === MESSAGE) message = [f.members.length, key, r.string()];
      else f.setText(slot, r.string());
    } else {
      const c = r.peek();
      let n = null;
      let value;
      if (c === 0x22) {
        value = r.string();
        n = statusOfText(value);
      } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        value = r.number();
        if (value.kind === "u") n = statusOfDigits(value.text);
      } else value = r.value(1);
      if (n === null) f.members.push([key, toJson(value)]);
      else if (slot === STATUS) f.status = n;
      else code = [f.members.length, key, n, typeof value === "string" ? value : null];
    }
  });
  if (!r.atEnd()) throw FAIL;
  if (f.hasProblemMembers() || (message === null && code === null)) {
    keepAsMembers(f, message, code);
    return new Body("problem", f);
  }
  f.detail = message === null ? null : message[2];
  f.status = code === null ? null : code[2];
  return new Body("gateway", f);
}

/** Put the gateway's members back among the others, where they were. */
function keepAsMembers(f, message, code) {
  if (message === null && code === null) return;
  const both = [];
  if (message !== null) both.push([message[0], message[1], toJson(message[2])]);
  if (code !== null) both.push([code[0], code[1], code[3] === null ? String(code[2]) : toJson(code[3])]);
  both.sort((a, b) => a[0] - b[0]);
  both.forEach(([at, name, raw], shift) => {
    f.members.splice(Math.min(at + shift, f.members.length), 0, [name, raw]);
  });
}

/** Which slot a key of a legacy error object fills, given what the object already has. */
function legacyKey(key, hasCode, hasMessage) {
  switch (key) {
    case "errorCode": return "code";
    case "code": return hasCode ? null : "code";
    case "errorMessage": return "message";
    case "message": return hasMessage ? null : "message";
    case "errorGroup":
    case "field":
    case "contextId": return "other";
    default: return null;
  }
}

/** A legacy list: the code and message of each object (none when the list is empty). */
function readLegacy(text) {
  const r = new Reader(text);
  const items = [];
  r.sequence(0x5b, 0x5d, () => items.push(legacyItem(r)));
  if (!r.atEnd()) throw FAIL;
  return items.length === 0 ? new Body("other_json") : new Body("legacy", null, items);
}

/** One object of a legacy list, as serde_json reads it into a `LegacyError`. */
function legacyItem(r) {
  const item = { code: null, message: null };
  r.sequence(0x7b, 0x7d, () => {
    const slot = legacyKey(r.key(), item.code !== null, item.message !== null);
    r.ws();
    if (slot === null) {
      r.value(2);
      return;
    }
    let text;
    if (r.peek() === 0x22) text = r.string();
    else {
      // A code sent as a number is kept as its decimal text.
      const json = toJson(r.value(2));
      const c = json.charCodeAt(0);
      text = c >= 0x30 && c <= 0x39 ? json : null;
    }
    if (text !== null && slot !== "other") item[slot] = text;
  });
  return item;
}

/** The body as bytes, for raw text. */
export function bytesOf(body) {
  return typeof body === "string" ? encode(wellFormed(body)) : body;
}
