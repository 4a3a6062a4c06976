// Which catalogue entry a received body is, in the Rust classifier's order:
//
// 1. the exact `type` URI of an entry (generic per-status URIs identify nothing);
// 2. `title` (ASCII case and outer spaces ignored) among the entries of the HTTP status, then
//    of the body's status, then of any; the `detail` chooses between entries sharing it;
// 3. the `detail` against every template (same widening of statuses);
//
// and for other shapes: the gateway's `message` against the gateway entries, a legacy code,
// then a legacy message. Each step runs over the source texts, then each translation's.

import { BY_TYPE, ENTRY, INDEX, LOCALES, titled, withStatus } from "./facts.mjs";
import { isU64, matchDetail, matchDetailAny, fromDetail } from "./template.mjs";
import { trim } from "./text.mjs";
import { parseValue } from "./json.mjs";
import { SLOTS } from "./fields.mjs";

/** An identified entry: its parameter texts (`null` when they are lost), how it was found,
 * and the locale whose text matched (a position; `TEXTS`: that of the entry's own title or
 * detail, found when asked for; `null`: none). */
export class Identified {
  constructor(entry, texts, by, locale) {
    this.entry = entry;
    this.texts = texts;
    this.by = by;
    this.locale = locale;
  }
}

export const TEXTS = -1;
const AMBIGUOUS = 0;

/** The HTTP status, then the body's own status when it differs, then every status (null).
 * A body status equal to the HTTP status adds nothing, whether it counts or not: only one
 * that differs is checked. */
function scopes(status, f) {
  const own = f.status === null || f.status === status ? null : f.checkedStatus();
  return own === null || own === status ? [status, null] : [status, own, null];
}

function positionsIn(index, scope) {
  return scope === null ? index.all : withStatus(index, scope);
}

/** A problem+json object. */
export function problem(status, f) {
  if (f.type !== null) {
    const entry = BY_TYPE.get(f.type);
    if (entry !== undefined) return new Identified(entry, withParams(entry, f), "type_uri", TEXTS);
  }
  const detail = f.detail;
  if (f.title !== null) {
    const title = trim(f.title);
    // A title of the source's as written, of one entry: whatever the scope, it is the one
    // (what `byTitle` finds first).
    const usual = INDEX[0].exact.get(title);
    if (usual !== undefined && usual.length === 1) return single(ENTRY[usual[0]], INDEX[0].locale, f);
    for (const index of INDEX) {
      const found = byTitle(index, status, f, title);
      if (found === AMBIGUOUS) break;
      if (found !== null) return found;
    }
  }
  if (detail === null) return null;
  for (const index of INDEX) {
    for (const scope of scopes(status, f)) {
      const found = bestOf(index, positionsIn(index, scope), detail);
      if (found !== null) return new Identified(found[0], found[1], "template", index.locale);
    }
  }
  return null;
}

/** The entry whose title in the locale of `index` is `title` (ASCII case aside). */
function byTitle(index, status, f, title) {
  const all = titled(index, title);
  if (all === undefined) return null;
  // One entry has the title: whatever the scope, it is the one.
  if (all.length === 1) return single(ENTRY[all[0]], index.locale, f);
  for (const scope of scopes(status, f)) {
    // The first entry of the scope with the title, and whether there is a second.
    let first = -1;
    let several = false;
    for (const at of all) {
      if (scope !== null && ENTRY[at].status !== scope) continue;
      if (first < 0) first = at;
      else {
        several = true;
        break;
      }
    }
    if (first < 0) continue;
    if (!several) return single(ENTRY[first], index.locale, f);
    // Several entries share the title: the first whose template fits the detail.
    if (f.detail !== null) {
      for (const at of all) {
        if (scope !== null && ENTRY[at].status !== scope) continue;
        const texts = matchDetail(ENTRY[at], index.locale, f.detail);
        if (texts !== null) return new Identified(ENTRY[at], texts, "template", index.locale);
      }
    }
    return AMBIGUOUS;
  }
  return null;
}

/** The one entry with the title: the detail gives the parameters (in this locale, else in
 * any), else the members do. */
function single(entry, locale, f) {
  const detail = f.detail;
  const texts = detail === null ? null : matchDetail(entry, locale, detail);
  if (texts !== null) return new Identified(entry, texts, "title", locale);
  const any = detail === null ? null : matchDetailAny(entry, detail);
  if (any !== null) return new Identified(entry, any[1], "title", any[0]);
  return new Identified(entry, withParams(entry, f), "title", locale);
}

/** Among `positions` (most literal text first), the first template with literal text
 * that fits `detail`: [entry, texts]. */
function bestOf(index, positions, detail) {
  for (const at of positions) {
    if (index.weights[at] === 0) return null;
    const texts = matchDetail(ENTRY[at], index.locale, detail);
    if (texts !== null) return [ENTRY[at], texts];
  }
  return null;
}

/** The gateway's message: its entries of the response's status, then of the body's, then
 * any; in each locale. */
export function gateway(status, statusCode, message) {
  const code = statusCode !== status ? statusCode : null;
  for (const index of INDEX) {
    for (let pass = 0; pass < 3; pass++) {
      for (const at of index.gateway) {
        const s = ENTRY[at].status;
        const passOf = s === status ? 0 : s === code ? 1 : 2;
        if (passOf !== pass || index.weights[at] === 0) continue;
        const texts = matchDetail(ENTRY[at], index.locale, message);
        if (texts !== null) return new Identified(ENTRY[at], texts, "gateway_message", index.locale);
      }
    }
  }
  return null;
}

/** A legacy list, as the code and message of each object: the first that identifies. */
export function legacy(status, items) {
  const index = INDEX[0];
  for (const { code, message } of items) {
    if (code !== null) {
      const wanted = trim(code);
      const coded = index.legacy.filter((at) => ENTRY[at].errorCode === wanted);
      const sameStatus = coded.filter((at) => ENTRY[at].status === status);
      const pick = sameStatus.length > 0 ? sameStatus : coded;
      if (pick.length > 0) {
        const entry = ENTRY[Math.min(...pick)];
        if (entry.params.length === 0) return new Identified(entry, [], "legacy_code", TEXTS);
        const any = message === null ? null : matchDetailAny(entry, message);
        return any === null
          ? new Identified(entry, null, "legacy_code", null)
          : new Identified(entry, any[1], "legacy_code", any[0]);
      }
    }
    if (message !== null) {
      for (const index of INDEX) {
        for (const scope of [status, null]) {
          const candidates = index.legacy.filter((at) => scope === null || ENTRY[at].status === scope);
          const found = bestOf(index, candidates, message);
          if (found !== null) return new Identified(found[0], found[1], "template", index.locale);
        }
      }
    }
  }
  return null;
}

/** The parameter texts of a known entry: from extension members (exact, when the sender
 * wrote them), else recovered from the detail; `null` when neither gives them. */
function withParams(entry, f) {
  const params = entry.params;
  if (params.length === 0) return [];
  const parsed = stringsAsParsed(params, f);
  if (parsed !== null) return parsed;
  const raws = params.map((p) => f.member(p.name));
  if (raws.every((raw) => raw !== null)) {
    // Every parameter sent as a member: the detail is not read.
    const texts = [];
    for (let i = 0; i < params.length; i++) {
      const text = memberText(params[i], raws[i]);
      if (text === null || (params[i].kind === "integer" && !isU64(text))) return null;
      texts.push(text);
    }
    return texts;
  }
  const any = f.detail === null ? null : matchDetailAny(entry, f.detail);
  const fromText = any === null ? null : any[1];
  if (raws.every((raw) => raw === null)) return fromText;
  if (fromText !== null && membersAgree(params, fromText, raws)) return fromText;
  // Some parameters are members, and the detail does not agree with them: the detail alone,
  // in the source's words.
  return f.detail === null ? null : fromDetail(entry, 0, f.detail);
}

/** The texts of the parameters when the object was read by `JSON.parse` and each parameter
 * is a string member of it, a whole number's in digits: what `withParams` finds from the
 * members, without their raw JSON (that of a string in a text without backslashes is its
 * text in quotes). `null` when that does not say; the members decide then. */
function stringsAsParsed(params, f) {
  const object = f.object;
  if (object === null || f.raw !== null) return null;
  const texts = [];
  for (let i = 0; i < params.length; i++) {
    const name = params[i].name;
    if (SLOTS.has(name) || !Object.hasOwn(object, name)) return null;
    const value = object[name];
    if (typeof value !== "string" || (params[i].kind === "integer" && !isU64(value))) return null;
    texts.push(value);
  }
  return texts;
}

/** The text of a parameter's member: a string, or for a whole number an unsigned integer. */
function memberText(param, raw) {
  const value = parseValue(raw);
  if (typeof value === "string") return value;
  if (param.kind === "integer" && value !== null && typeof value === "object" && value.kind === "u") {
    return value.text;
  }
  return null;
}

/** Whether every parameter sent as a member has the value the detail gave. */
function membersAgree(params, texts, raws) {
  return params.every((p, i) => {
    const raw = raws[i];
    if (raw === null) return true;
    if (p.kind === "integer") return /^[0-9]+$/.test(raw) && raw.replace(/^0+(?=.)/, "") === texts[i] && isU64(texts[i]);
    const value = jsonString(raw);
    return value !== null && value === texts[i];
  });
}

/** The text of a raw JSON string member. */
function jsonString(raw) {
  if (raw.length < 2 || raw.charCodeAt(0) !== 0x22 || raw.charCodeAt(raw.length - 1) !== 0x22) return null;
  const inner = raw.slice(1, -1);
  if (!inner.includes("\\")) return inner;
  const value = parseValue(raw);
  return typeof value === "string" ? value : null;
}

export { LOCALES };
