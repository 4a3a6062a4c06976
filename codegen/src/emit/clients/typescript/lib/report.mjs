// The one JSON object the command line prints for a classified response: member for member
// and value for value what the Rust example `classify` prints (members sorted by key).

import { byCodePoint, rawToJson } from "./canonical.mjs";
import { BY_ID } from "./facts.mjs";
import { decide } from "./retry.mjs";

/** No jitter: the same input always prints the same advice. */
const POLICY = Object.freeze({ maxRetries: 5, initialDelayMs: 500, maxDelayMs: 30000, jitter: "none" });

const text = (value) => (value === null ? "null" : JSON.stringify(value));

/** An object of [key, JSON text] members, sorted by key. */
function object(members) {
  const sorted = [...members].sort(([a], [b]) => byCodePoint(a, b));
  return `{${sorted.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`;
}

/** The report of classification `c` after `attempt` retries, as JSON text. */
export function report(c, attempt) {
  const entry = c.id === null ? null : BY_ID.get(c.id);
  const params = [];
  if (c.problem.id !== "unknown") {
    for (const p of entry.params) {
      const value = c.paramTexts[p.name];
      params.push([p.name, p.kind === "integer" ? value : JSON.stringify(value)]);
    }
  }
  const advice = decide(c.retryHint, c.delay, POLICY, attempt, 0);
  const serverNamed = advice.source !== null && advice.source !== "backoff";
  const retry = object([
    ["retryable", String(advice.retryable)],
    ["action", text(advice.action)],
    ["after_seconds", serverNamed ? String(advice.wholeSeconds) : "null"],
    ["source", text(advice.source)],
    ["same_idempotency_key", String(advice.sameIdempotencyKey)],
  ]);
  const last = new Map();
  for (const [name, raw] of c.members) last.set(name, raw);
  const extensions = object([...last].map(([name, raw]) => [name, rawToJson(raw)]));
  return object([
    ["known", String(c.known)],
    ["id", text(c.id)],
    ["type", text(entry === null ? null : entry.type)],
    ["status", String(c.status)],
    ["title", text(entry === null ? null : entry.title)],
    ["params", object(params)],
    ["identified_by", text(c.identifiedBy)],
    ["shape", text(c.shape)],
    ["body_status", c.bodyStatus === null ? "null" : String(c.bodyStatus)],
    ["catalogue_status", c.catalogueStatus === null ? "null" : String(c.catalogueStatus)],
    ["retry", retry],
    ["instance", text(c.instance)],
    ["extensions", extensions],
    ["detail", text(c.detail)],
    ["raw_text", text(c.rawText)],
  ]);
}
