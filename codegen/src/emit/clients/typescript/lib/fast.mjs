// Problem and gateway objects read by `JSON.parse`, where it reads them as serde_json does:
// a text without backslashes (so no escaped surrogate, and no string holds a quote) that
// cannot nest past 126 levels (so no depth limit applies), whose standard members are text,
// or a status (a number's writing is checked when needed: `Fields.checkedStatus`). Where a
// standard member is given twice, both readers keep its last text. Anything else (`null`) is
// left to the exact reader of body.mjs, which also reads the extension members when someone
// asks for them.

import { Body, Fields, STATUS_CODE_KEY, STATUS_KEY, statusOfText, writtenAsInteger } from "./fields.mjs";

/** Nesting at most this deep is within what serde_json allows. */
const MAX_LEVELS = 126;

/** Whether `text` may nest more than `max` levels: it has more than `max` opening brackets,
 * `{` and `[` together. Nesting that deep takes as many closing brackets too, so a text of
 * at most `2 * max` characters cannot. */
function mayNestPast(text, max) {
  if (text.length <= 2 * max) return false;
  let n = 0;
  for (let at = text.indexOf("{"); at >= 0; at = text.indexOf("{", at + 1)) if (++n > max) return true;
  for (let at = text.indexOf("["); at >= 0; at = text.indexOf("[", at + 1)) if (++n > max) return true;
  return false;
}

/** A status in range, as serde_json reads one: text of digits, or a number written as
 * three digits (`null` when it is not, or when that takes the exact reader to tell). */
function status(body, key, value) {
  if (typeof value === "string") return statusOfText(value);
  return inRange(value) && writtenAsInteger(body, key) === true ? value : null;
}

function inRange(value) {
  return typeof value === "number" && value >= 100 && value <= 999;
}

/** A problem or gateway object, or `null` when it is left to the exact reader. */
export function readFast(body) {
  if (body.indexOf("\\") >= 0 || mayNestPast(body, MAX_LEVELS)) return null;
  let object;
  try {
    object = JSON.parse(body);
  } catch {
    return null;
  }
  if (object === null || typeof object !== "object" || Array.isArray(object)) return null;
  const f = new Fields(object);
  f.text = body;
  // The members with a place of their own, by name: `JSON.parse` keeps the last of a name
  // given twice, as for-in would see it.
  const type = object.type;
  const title = object.title;
  const detail = object.detail;
  const instance = object.instance;
  const message = object.message;
  const status_ = object.status;
  const statusCode = object.statusCode;
  if (type !== undefined) {
    if (typeof type !== "string") return null;
    f.type = type;
  }
  if (title !== undefined) {
    if (typeof title !== "string") return null;
    f.title = title;
  }
  if (detail !== undefined) {
    if (typeof detail !== "string") return null;
    f.detail = detail;
  }
  if (instance !== undefined) {
    if (typeof instance !== "string") return null;
    f.instance = instance;
  }
  if (message !== undefined && typeof message !== "string") return null;
  if (status_ !== undefined) {
    // Beside another standard member the object is a problem whatever its status, which is
    // checked when someone needs it (`checkedStatus`).
    const later = typeof status_ === "number" && inRange(status_) &&
      (f.type !== null || f.title !== null || f.detail !== null || f.instance !== null);
    f.status = later ? status_ : status(body, STATUS_KEY, status_);
    f.statusUnchecked = later;
    if (f.status === null) return null;
  }
  const code = statusCode === undefined ? undefined : status(body, STATUS_CODE_KEY, statusCode);
  if (code === null) return null;
  if (f.hasProblemMembers() || (message === undefined && code === undefined)) {
    f.gatewayMembers = true;
    return new Body("problem", f);
  }
  f.detail = message ?? null;
  f.status = code ?? null;
  return new Body("gateway", f);
}
