// Classification: read the body into its shape, identify the entry, and build the classified
// value (a typed problem, or `unknown` keeping everything received). Never throws on a body.

import { MAX_RAW_TEXT, bytesOf, read } from "./body.mjs";
import { rawToPlain } from "./canonical.mjs";
import { BY_ID, INDEX, LOCALES, textsIn } from "./facts.mjs";
import { TEXTS, gateway, legacy, problem } from "./identify.mjs";
import { DEFAULT_POLICY, decide, delayInText, Delay, headerPairs, hintForStatus, retryAfter } from "./retry.mjs";
import { matchDetailAny, render } from "./template.mjs";
import { boundedBytes, boundedString, foldAscii, trim, wellFormed } from "./text.mjs";

/** The typed problem of an entry from its parameter texts (whole numbers as numbers). */
export function typed(entry, texts) {
  return { id: entry.id, params: entry.make(texts) };
}

/** Each parameter's text by name. */
function textsByName(entry, texts) {
  const out = {};
  const list = entry.params;
  for (let i = 0; i < list.length; i++) out[list[i].name] = texts[i];
  return out;
}

/** The members that are not parameters of `entry`. */
function undeclared(members, entry) {
  const params = entry.params;
  if (params.length === 0 || members.length === 0) return members;
  return members.filter(([name]) => !params.some((p) => p.name === name));
}

/** Classify a response: its status, headers and body (text or bytes). */
export function classify({ status, headers, body }) {
  const pairs = headerPairs(headers);
  const delay = pairs.length === 0 ? null : retryAfter(pairs);
  // Bytes in any view (an `ArrayBuffer`, a `DataView`) are read as a `Uint8Array`.
  const input = body === undefined || body === null ? "" : typeof body === "string" || body instanceof Uint8Array
    ? body
    : ArrayBuffer.isView(body) ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : new Uint8Array(body);
  const read_ = read(input);
  const f = read_.fields;
  let found = null;
  let detail = null;
  let rawText = null;
  let truncated = false;
  switch (read_.shape) {
    case "problem":
      found = problem(status, f);
      detail = f.detail;
      break;
    case "gateway":
      found = f.detail === null ? null : gateway(status, f.status, f.detail);
      detail = f.detail;
      break;
    case "legacy":
      found = legacy(status, read_.items);
      detail = read_.items.find((item) => item.message !== null)?.message ?? null;
      break;
    case "empty":
      break;
    default:
      [rawText, truncated] = typeof input === "string"
        ? boundedString(wellFormed(input), MAX_RAW_TEXT)
        : boundedBytes(bytesOf(input), MAX_RAW_TEXT);
  }
  return new Classification(status, read_, found, detail, rawText, truncated, delay);
}

/** A classified response: the typed problem (or `unknown`) and everything else it said. */
export class Classification {
  constructor(status, body, found, detail, rawText, truncated, delay) {
    const known = found !== null && found.texts !== null;
    const f = body.fields;
    this.status = status;
    this.shape = body.shape;
    this.id = found === null ? null : found.entry.id;
    this.identifiedBy = found === null ? "unidentified" : found.by;
    this.problem = known ? typed(found.entry, found.texts) : { id: "unknown", params: {} };
    this.type = f === null ? null : f.type;
    this.title = f === null ? null : f.title;
    this.detail = detail;
    this.instance = f === null ? null : f.instance;
    this.catalogueStatus = found === null ? null : found.entry.status;
    this.rawText = rawText;
    this.rawTextTruncated = truncated;
    this.serverDelay = delay;
    /** The members read, for `members` (the raw members of a body read by `JSON.parse`
     * are read again when asked for). */
    this.read = f;
    this.undeclared = null;
    /** How the entry was found (for `locale`). */
    this.identified = found;
  }

  /** [name, raw JSON] of each extension member the entry does not declare, in order:
   * parameters live in the typed problem. */
  get members() {
    if (this.undeclared === null) {
      const f = this.read;
      const found = this.identified;
      const known = found !== null && found.texts !== null;
      this.undeclared = f === null ? [] : known ? undeclared(f.members, found.entry) : f.members;
    }
    return this.undeclared;
  }

  /** Each parameter's text as recovered: whole numbers keep every digit here. */
  get paramTexts() {
    const found = this.identified;
    return found === null || found.texts === null ? {} : textsByName(found.entry, found.texts);
  }

  /** The status the body gives, as serde_json reads it (checked when asked for). */
  get bodyStatus() {
    return this.read === null ? null : this.read.checkedStatus();
  }

  /** Whether a catalogue entry was identified. */
  get known() {
    return this.id !== null;
  }

  /** The ePayment API's `traceId` member, when it is text. */
  get traceId() {
    const value = this.extension("traceId");
    return typeof value === "string" ? value : null;
  }

  /** An extension member the entry does not declare, as plain JavaScript. */
  extension(name) {
    for (let i = this.members.length - 1; i >= 0; i--) {
      if (this.members[i][0] === name) return rawToPlain(this.members[i][1]);
    }
    return undefined;
  }

  /** Every extension member the entry does not declare, in order (a later duplicate wins). */
  get extensions() {
    const out = {};
    for (const [name] of this.members) {
      Object.defineProperty(out, name, { value: this.extension(name), enumerable: true, configurable: true });
    }
    return out;
  }

  /** The locale of the catalogue whose title or template the body matched. */
  get locale() {
    const found = this.identified;
    if (found === null || found.locale === null) return null;
    if (found.locale !== TEXTS) return LOCALES[found.locale];
    const entry = found.entry;
    if (this.title !== null) {
      const title = foldAscii(trim(this.title));
      for (const index of INDEX) {
        const list = index.titles.get(title);
        if (list !== undefined && list.includes(entry.position)) return LOCALES[index.locale];
      }
    }
    const any = this.detail === null ? null : matchDetailAny(entry, this.detail);
    return any === null ? null : LOCALES[any[0]];
  }

  /** The catalogue's retry hint for the entry, else the rule for the response's status. */
  get retryHint() {
    return this.id === null ? hintForStatus(this.status) : BY_ID.get(this.id).retry;
  }

  /** The wait the server asked for: `Retry-After`, else a wait named in the detail. */
  get delay() {
    if (this.serverDelay !== null) return this.serverDelay;
    const text = this.detail ?? this.rawText;
    const ms = text === null ? null : delayInText(text);
    return ms === null ? null : new Delay(ms, BigInt(ms / 1000), "message");
  }

  /** Whether, how and when to send the request again; `attempt` counts the retries already
   * made (0 before the first). */
  retryAdvice(attempt = 0, policy = DEFAULT_POLICY) {
    return decide(this.retryHint, this.delay, policy, attempt, Math.random());
  }

  /** The problem's title and detail in `locale` (one of `LOCALES`; the source's when the
   * entry has no text there); `null` for an unknown problem. */
  textsIn(locale) {
    if (this.problem.id === "unknown") return null;
    return problemTexts(this.problem, locale);
  }
}

/** The title and detail of a typed problem in a locale of the catalogue (the source's
 * texts where that locale has none). */
export function problemTexts(p, locale) {
  const entry = BY_ID.get(p.id);
  if (entry === undefined) return null;
  const at = Math.max(0, LOCALES.indexOf(locale));
  const own = textsIn(entry, at) === null ? 0 : at;
  const texts = entry.params.map((param) => String(p.params[param.name]));
  return { title: textsIn(entry, own)[0], detail: render(entry, own, texts) };
}
