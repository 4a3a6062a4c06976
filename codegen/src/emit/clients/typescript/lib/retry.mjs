// Whether, how and when to send a request again: the server's delay (`Retry-After` in
// seconds or as an HTTP date, or a wait named in the message) and the retry rules.

import { trim } from "./text.mjs";

const U64_MAX = 18446744073709551615n;

/** A delay the server named: whole seconds (`bigint`, exact) or milliseconds (`number`). */
export class Delay {
  constructor(ms, seconds, source) {
    this.ms = ms;
    this.seconds = seconds;
    this.source = source;
  }

  /** The delay in whole seconds, rounded up. */
  wholeSeconds() {
    return this.seconds ?? BigInt(Math.ceil(this.ms / 1000));
  }
}

const NONE = Object.freeze([]);

/** The header values as [lowercased name, value] pairs, in order. */
export function headerPairs(headers) {
  if (headers === undefined || headers === null) return NONE;
  if (typeof headers.get === "function" && typeof headers.entries === "function" && !(headers instanceof Map)) {
    return [...headers.entries()].map(([k, v]) => [k.toLowerCase(), String(v)]);
  }
  const entries = typeof headers[Symbol.iterator] === "function" ? [...headers] : Object.entries(headers);
  const out = [];
  for (const [name, value] of entries) {
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) out.push([String(name).toLowerCase(), String(v)]);
  }
  return out;
}

/** A header value as text, when it is visible ASCII (tabs allowed), as Rust's `to_str`. */
function visible(value) {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 0x20 && c < 0x7f) || c === 0x09)) return null;
  }
  return value;
}

/** `Retry-After` as a delay: seconds, or an HTTP date measured from the response's `Date`
 * header (else from now); the first value that reads as either. */
export function retryAfter(pairs, now = Date.now) {
  for (const [name, value] of pairs) {
    if (name !== "retry-after") continue;
    const text = visible(value) === null ? null : trim(value);
    if (text === null) continue;
    if (/^[0-9]+$/.test(text)) {
      const seconds = BigInt(text) > U64_MAX ? U64_MAX : BigInt(text);
      return new Delay(Number(seconds) * 1000, seconds, "retry_after");
    }
    const at = httpDate(text);
    if (at === null) continue;
    const date = pairs.find(([n]) => n === "date");
    const dated = date === undefined || visible(date[1]) === null ? null : httpDate(trim(date[1]));
    const from = dated ?? now();
    return new Delay(Math.max(0, at - from), null, "retry_after");
  }
  return null;
}

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** An HTTP date (IMF-fixdate, RFC 850 or asctime; 1970..=9999, a real day whose weekday
 * is right) in milliseconds since the epoch, else `null`. */
export function httpDate(s) {
  if (!/^[\x00-\x7f]*$/.test(s)) return null;
  const x = trim(s);
  const date = imfFixdate(x) ?? rfc850(x) ?? asctime(x);
  return date === null ? null : valid(date);
}

function two(s, at) {
  return /^[0-9]{2}$/.test(s.slice(at, at + 2)) ? Number(s.slice(at, at + 2)) : null;
}

function imfFixdate(s) {
  // Sun, 06 Nov 1994 08:49:37 GMT
  if (s.length !== 29 || s.slice(25) !== " GMT" || s[16] !== " " || s[19] !== ":" || s[22] !== ":") return null;
  const wday = DAYS.findIndex((d) => s.startsWith(`${d}, `));
  const mon = MONTHS.findIndex((m) => s.slice(7, 12) === ` ${m} `);
  const year = /^[0-9]{4}$/.test(s.slice(12, 16)) ? Number(s.slice(12, 16)) : null;
  return parts(two(s, 23), two(s, 20), two(s, 17), two(s, 5), mon, year, wday);
}

function rfc850(s) {
  // Sunday, 06-Nov-94 08:49:37 GMT
  if (s.length < 23) return null;
  const wday = LONG_DAYS.findIndex((d) => s.startsWith(`${d}, `));
  if (wday < 0) return null;
  const r = s.slice(LONG_DAYS[wday].length + 2);
  if (r.length !== 22 || r[12] !== ":" || r[15] !== ":" || r.slice(18) !== " GMT") return null;
  const yy = two(r, 7);
  const year = yy === null ? null : yy < 70 ? 2000 + yy : 1900 + yy;
  const mon = MONTHS.findIndex((m) => r.slice(2, 7) === `-${m}-`);
  return parts(two(r, 16), two(r, 13), two(r, 10), two(r, 0), mon, year, wday);
}

function asctime(s) {
  // Sun Nov  6 08:49:37 1994
  if (s.length !== 24 || s[10] !== " " || s[13] !== ":" || s[16] !== ":" || s[19] !== " ") return null;
  const day = s[8] === " " ? (/^[0-9]$/.test(s[9]) ? Number(s[9]) : null) : two(s, 8);
  const mon = MONTHS.findIndex((m) => s.slice(4, 8) === `${m} `);
  const year = /^[0-9]{4}$/.test(s.slice(20, 24)) ? Number(s.slice(20, 24)) : null;
  const wday = DAYS.findIndex((d) => s.startsWith(`${d} `));
  return parts(two(s, 17), two(s, 14), two(s, 11), day, mon, year, wday);
}

function parts(sec, min, hour, day, mon, year, wday) {
  if ([sec, min, hour, day, year].includes(null) || mon < 0 || wday < 0) return null;
  return { sec, min, hour, day, mon: mon + 1, year, wday: wday + 1 };
}

function valid(d) {
  if (d.sec >= 60 || d.min >= 60 || d.hour >= 24 || d.day < 1 || d.day > 31) return null;
  if (d.year < 1970 || d.year > 9999) return null;
  const ms = Date.UTC(d.year, d.mon - 1, d.day, d.hour, d.min, d.sec);
  const back = new Date(ms);
  if (back.getUTCDate() !== d.day || back.getUTCMonth() !== d.mon - 1) return null;
  const wday = ((Math.floor(ms / 86400000) % 7) + 7 + 3) % 7 + 1;
  return wday === d.wday ? ms : null;
}

/** A wait named in a message: "Try again in 57 seconds" or "... in 00:59:57" (hh:mm:ss);
 * in milliseconds. */
export function delayInText(text) {
  for (let i = text.indexOf(" "); i >= 0 && i + 4 <= text.length; i = text.indexOf(" ", i + 1)) {
    const c1 = text[i + 1];
    const c2 = text[i + 2];
    if ((c1 === "i" || c1 === "I") && (c2 === "n" || c2 === "N") && text[i + 3] === " ") {
      const seconds = delayAfter(text.slice(i + 4));
      if (seconds !== null) return seconds * 1000;
    }
  }
  return null;
}

function digitsAt(s) {
  let n = 0;
  while (n < s.length && s.charCodeAt(n) >= 0x30 && s.charCodeAt(n) <= 0x39) n++;
  return n;
}

function delayAfter(rest) {
  const n = digitsAt(rest);
  if (n === 0 || n > 9) return null;
  const number = Number(rest.slice(0, n));
  const after = rest.slice(n);
  const unit = after.startsWith(" ") ? after.slice(1) : after;
  if (unit.slice(0, 6).toLowerCase() === "second" && /^[\x00-\x7f]{6}/.test(unit)) return number;
  if (!after.startsWith(":")) return null;
  const mm = after.slice(1);
  if (digitsAt(mm) !== 2 || mm[2] !== ":") return null;
  const ss = mm.slice(3);
  if (digitsAt(ss) !== 2) return null;
  return number * 3600 + Number(mm.slice(0, 2)) * 60 + Number(ss.slice(0, 2));
}

/** The retry hint for a problem the catalogue does not describe, from its status alone. */
export function hintForStatus(status) {
  if (status === 401) return "reauthenticate";
  return [408, 423, 425, 429, 500, 502, 503, 504].includes(status) ? "backoff" : "never";
}

/** The default policy: 5 retries, 500 ms doubling up to 30 s, full jitter. */
export const DEFAULT_POLICY = Object.freeze({ maxRetries: 5, initialDelayMs: 500, maxDelayMs: 30000, jitter: "full" });

/** The policy's delay before retry number `attempt` (0-based), jittered by `random` in [0, 1). */
export function backoff(policy, attempt, random) {
  const delay = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.min(attempt, 31));
  if (policy.jitter === "none") return delay;
  if (policy.jitter === "equal") return delay / 2 + (delay - delay / 2) * random;
  return delay * random;
}

/** Whether, how and when to retry, given the hint, the server's delay and the attempt. */
export function decide(hint, server, policy, attempt, random) {
  const stop = (action) => advice(action, null, null);
  if (hint === "never") return stop("fix_request");
  if (attempt >= policy.maxRetries) return stop("give_up");
  if (hint === "reauthenticate") {
    if (attempt >= 1) return stop("give_up");
    return server === null ? advice("reauthenticate", new Delay(0, null, null), null)
      : advice("reauthenticate", server, server.source);
  }
  const delay = server ?? new Delay(backoff(policy, attempt, random), null, "backoff");
  return advice("resend", delay, delay.source);
}

function advice(action, delay, source) {
  const retryable = action === "resend" || action === "reauthenticate";
  return Object.freeze({
    action,
    retryable,
    sameIdempotencyKey: retryable,
    delayMs: delay === null ? null : delay.ms,
    wholeSeconds: delay === null ? null : delay.wholeSeconds(),
    source,
  });
}
