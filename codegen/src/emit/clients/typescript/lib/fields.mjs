// What a body was read into: its shape, and the members of a problem or gateway object (or
// the code and message of each legacy object). Both readers (`fast.mjs`, `body.mjs`) fill
// these values the same way.

// The members of a problem or gateway object that have a place of their own.
export const [TYPE, TITLE, DETAIL, INSTANCE, MESSAGE, STATUS, STATUS_CODE] = [0, 1, 2, 3, 4, 5, 6];
export const SLOTS = new Map([
  ["type", TYPE],
  ["title", TITLE],
  ["detail", DETAIL],
  ["instance", INSTANCE],
  ["message", MESSAGE],
  ["status", STATUS],
  ["statusCode", STATUS_CODE],
]);

/** The members of a problem (or gateway) object. The extension members are [name, raw
 * JSON] pairs in order; an object read by `JSON.parse` holds its values instead, and gets
 * the raw members from `reread` when someone asks for them. */
export class Fields {
  /** An object's text as the exact reader reads it (body.mjs sets it). */
  static reread = null;

  constructor(object = null) {
    this.type = null;
    this.title = null;
    this.detail = null;
    this.instance = null;
    this.status = null;
    /** Whether `status` is a number `JSON.parse` read, not yet known to be written as an
     * integer (`checkedStatus`). */
    this.statusUnchecked = false;
    this.object = object;
    /** Whether `message` and `statusCode` are members too (a problem object). */
    this.gatewayMembers = false;
    this.raw = object === null ? [] : null;
    /** The text the object was read from (for the raw members). */
    this.text = null;
  }

  /** Set the text member at `slot`. */
  setText(slot, text) {
    if (slot === TYPE) this.type = text;
    else if (slot === TITLE) this.title = text;
    else if (slot === DETAIL) this.detail = text;
    else this.instance = text;
  }

  /** [name, raw JSON] of every other member (and mistyped standard members), in order. */
  get members() {
    if (this.raw === null) this.raw = Fields.reread(this.text).members;
    return this.raw;
  }

  /** The body's status as serde_json reads it. A number `JSON.parse` read counts when it is
   * written as an integer, which is checked here, once, when someone needs to know: most
   * bodies repeat the HTTP status, and then identification does not. */
  checkedStatus() {
    if (this.statusUnchecked) {
      this.statusUnchecked = false;
      const plain = writtenAsInteger(this.text, STATUS_KEY);
      this.status = plain === null ? Fields.reread(this.text).status : plain ? this.status : null;
    }
    return this.status;
  }

  /** The raw JSON of the last member called `name`. */
  member(name) {
    const object = this.object;
    // A member of an object `JSON.parse` read, given once as a string (the standard members
    // may have been given twice): without backslashes, the string's JSON is its raw text.
    if (this.raw === null && object !== null && !SLOTS.has(name)) {
      if (!Object.hasOwn(object, name)) return null;
      const value = object[name];
      if (typeof value === "string") return JSON.stringify(value);
    }
    const members = this.members;
    for (let i = members.length - 1; i >= 0; i--) if (members[i][0] === name) return members[i][1];
    return null;
  }

  hasProblemMembers() {
    return this.type !== null || this.title !== null || this.detail !== null ||
      this.status !== null || this.instance !== null;
  }
}

/** What a body turned out to be: its shape, and the members or legacy items read. */
export class Body {
  constructor(shape, fields = null, items = null) {
    this.shape = shape;
    this.fields = fields;
    this.items = items;
  }
}

/** A status from a JSON number's digits: 100..=999. */
export function statusOfDigits(digits) {
  if (digits.length !== 3) return null;
  const n = Number(digits);
  return n >= 100 ? n : null;
}

/** A status from the text of a JSON string: ASCII digits, spaces around allowed. */
export function statusOfText(text) {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  if (end - start < 1 || end - start > 3) return null;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return null;
  }
  const n = Number(text.slice(start, end));
  return n >= 100 ? n : null;
}

/** A member called `status` (`statusCode`), at any depth, up to its value: in a text without
 * backslashes no string holds a quote, so the name in quotes before a colon is a key. */
export const STATUS_KEY = /"status"[ \t\n\r]*:[ \t\n\r]*/g;
export const STATUS_CODE_KEY = /"statusCode"[ \t\n\r]*:[ \t\n\r]*/g;

/** Whether the number of the member that `key` finds is written as three digits (what
 * serde_json reads as an unsigned status), in a text without backslashes; `null` when more
 * than one member, at any depth, has that name (the exact reader decides). */
export function writtenAsInteger(text, key) {
  key.lastIndex = 0;
  if (!key.test(text)) return null;
  const start = key.lastIndex;
  if (key.test(text)) return null;
  let i = start;
  while (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  const next = text.charCodeAt(i);
  return i - start === 3 && next !== 0x2e && next !== 0x65 && next !== 0x45;
}
