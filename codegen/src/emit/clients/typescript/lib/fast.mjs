// Problem and gateway objects read by `JSON.parse`, where it reads them as serde_json does:
// a text without backslashes (so no escaped surrogate, and no string holds a quote) and with
// at most 126 brackets (so no depth limit applies), whose standard members are text, or an
// integer status. Where a standard member is given twice, both readers keep its last text.
// Anything else (`null`) is left to the exact reader of body.mjs, which also reads the
// extension members when someone asks for them.

import { Body, Fields } from "./fields.mjs";
import { statusOfText } from "./fields.mjs";

/** At most this many brackets: then no member nests deeper than serde_json allows. */
const MAX_BRACKETS = 126;

/** Whether `text` has more than `max` of `c`. */
function moreThan(text, c, max) {
  let at = -1;
  for (let n = 0; n <= max; n++) {
    at = text.indexOf(c, at + 1);
    if (at < 0) return false;
  }
  return true;
}

/** The status of member `key` when its value is a string of digits, or a number written as
 * a plain integer (what serde_json reads as unsigned); else `null`. */
function status(body, key, value) {
  if (typeof value === "string") return statusOfText(value);
  if (typeof value !== "number" || value < 100 || value > 999) return null;
  let i = valueAt(body, key);
  if (i < 0) return null;
  const start = i;
  while (body.charCodeAt(i) >= 0x30 && body.charCodeAt(i) <= 0x39) i++;
  const next = body.charCodeAt(i);
  return i - start === 3 && next !== 0x2e && next !== 0x65 && next !== 0x45 ? value : null;
}

/** Where the value of the member called `key` starts, when one member only, at any depth, has
 * that name; else -1 (the exact reader decides). In a text without backslashes no string holds
 * a quote, so a quoted `key` before a colon is a key. */
function valueAt(body, key) {
  const quoted = `"${key}"`;
  let found = -1;
  for (let at = body.indexOf(quoted); at >= 0; at = body.indexOf(quoted, at + quoted.length)) {
    let i = at + quoted.length;
    while (isSpace(body.charCodeAt(i))) i++;
    if (body.charCodeAt(i) !== 0x3a) continue;
    if (found >= 0) return -1;
    i++;
    while (isSpace(body.charCodeAt(i))) i++;
    found = i;
  }
  return found;
}

function isSpace(c) {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** A problem or gateway object, or `null` when it is left to the exact reader. */
export function readFast(body) {
  if (body.indexOf("\\") >= 0 || moreThan(body, "{", MAX_BRACKETS) || moreThan(body, "[", MAX_BRACKETS)) return null;
  let object;
  try {
    object = JSON.parse(body);
  } catch {
    return null;
  }
  if (object === null || typeof object !== "object" || Array.isArray(object)) return null;
  const f = new Fields(object);
  f.text = body;
  let message;
  let code;
  for (const key in object) {
    const value = object[key];
    switch (key) {
      case "type":
      case "title":
      case "detail":
      case "instance":
      case "message":
        if (typeof value !== "string") return null;
        if (key === "type") f.type = value;
        else if (key === "title") f.title = value;
        else if (key === "detail") f.detail = value;
        else if (key === "instance") f.instance = value;
        else message = value;
        break;
      case "status":
        if ((f.status = status(body, "status", value)) === null) return null;
        break;
      case "statusCode":
        if ((code = status(body, "statusCode", value)) === null) return null;
        break;
      default:
    }
  }
  if (f.hasProblemMembers() || (message === undefined && code === undefined)) {
    f.gatewayMembers = true;
    return new Body("problem", f);
  }
  f.detail = message ?? null;
  f.status = code ?? null;
  return new Body("gateway", f);
}
