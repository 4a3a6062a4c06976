// The TypeScript client's edge cases, by Node's own runner: `node --test` in this folder.
// The same cases as the Rust classifier's unit tests where they exist; the agreement test
// (tests/tests/clients_agree.rs) compares whole outputs with Rust's.

import assert from "node:assert/strict";
import { test } from "node:test";

import { classify, entry, isOperationProblem, LOCALES, OPERATIONS, PROBLEM_IDS, texts } from "../../../docs/clients/typescript/index.mjs";
import { parseArgs } from "../../../docs/clients/typescript/lib/args.mjs";
import { formatFloat, rawToJson } from "../../../docs/clients/typescript/lib/canonical.mjs";
import { statusOfText } from "../../../docs/clients/typescript/lib/fields.mjs";
import { delayInText, httpDate, retryAfter } from "../../../docs/clients/typescript/lib/retry.mjs";
import { boundedBytes, trim } from "../../../docs/clients/typescript/lib/text.mjs";

const live = JSON.stringify({
  type: "https://httpstatuses.io/404",
  title: "Reference not found",
  detail: "The reference order-9 does not exist for MSN 654321",
  status: 404,
  traceId: "t",
});

test("a live ePayment body gives the typed problem, as text or bytes", () => {
  for (const body of [live, new TextEncoder().encode(live), new TextEncoder().encode(live).buffer]) {
    const c = classify({ status: 404, body });
    assert.deepEqual(c.problem, { id: "reference_not_found", params: { reference: "order-9", msn: "654321" } });
    assert.equal(c.identifiedBy, "title");
    assert.equal(c.traceId, "t");
    assert.deepEqual(c.extensions, { traceId: "t" });
    assert.equal(c.locale, "en");
  }
});

test("bodies no one expected are unknown, never an exception", () => {
  const odd = ["", "<html>502</html>", "{", "[", "{\"title\":", "\u0000", "\ud800{}", "[".repeat(10000), "x".repeat(70000)];
  for (const body of odd) {
    const c = classify({ status: 502, body });
    assert.equal(c.problem.id, "unknown", JSON.stringify(body.slice(0, 20)));
  }
  const bytes = new Uint8Array(4096).map((_, i) => (i === 0 ? 0x7b : (i * 7919) % 256));
  assert.equal(classify({ status: 500, body: bytes }).shape, "invalid_json");
  assert.equal(classify({ status: 500, body: null }).shape, "empty");
  assert.equal(classify({ status: 500, body: "x".repeat(70000) }).rawText.length, 4096);
});

test("nesting past serde_json's limit is invalid JSON, whatever the kinds of bracket", () => {
  const nested = (levels) => `{"title":"Reference not found","a":${'[{"a":'.repeat(levels / 2)}1${"}]".repeat(levels / 2)}}`;
  const deep = classify({ status: 404, body: nested(200) });
  assert.equal(deep.shape, "invalid_json");
  assert.deepEqual(deep.members, []);
  const within = classify({ status: 404, body: nested(126) });
  assert.equal(within.id, "reference_not_found");
  assert.equal(within.members.length, 1);
});

test("headers as a record, pairs or a Headers object; the first Retry-After that reads", () => {
  const gateway = '{"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."}';
  const shapes = [{ "Retry-After": "30" }, { "retry-after": ["soon", "30"] }, [["Retry-After", "soon"], ["retry-after", "30"]], new Headers({ "Retry-After": "30" })];
  for (const headers of shapes) {
    const advice = classify({ status: 429, headers, body: gateway }).retryAdvice(0);
    assert.equal(advice.action, "resend");
    assert.equal(advice.wholeSeconds, 30n);
    assert.equal(advice.source, "retry_after");
    assert.ok(advice.sameIdempotencyKey);
  }
  const fromMessage = classify({ status: 429, body: gateway }).retryAdvice(0);
  assert.equal(fromMessage.delayMs, 57000);
  assert.equal(fromMessage.source, "message");
  assert.equal(classify({ status: 429, body: gateway }).retryAdvice(5).action, "give_up");
});

test("Retry-After beyond 2^64 seconds stays exact as whole seconds", () => {
  const delay = retryAfter([["retry-after", "99999999999999999999999"]]);
  assert.equal(delay.seconds, 18446744073709551615n);
  assert.equal(retryAfter([["retry-after", " 30 "]]).seconds, 30n);
  assert.equal(retryAfter([["retry-after", "-5"]]), null);
});

test("HTTP dates: the three formats, real days and weekdays only", () => {
  assert.equal(httpDate("Sun, 06 Nov 1994 08:49:37 GMT"), Date.UTC(1994, 10, 6, 8, 49, 37));
  assert.equal(httpDate("Sunday, 06-Nov-94 08:49:37 GMT"), Date.UTC(1994, 10, 6, 8, 49, 37));
  assert.equal(httpDate("Sun Nov  6 08:49:37 1994"), Date.UTC(1994, 10, 6, 8, 49, 37));
  assert.equal(httpDate("Mon, 06 Nov 1994 08:49:37 GMT"), null);
  assert.equal(httpDate("Sat, 31 Feb 2015 07:28:00 GMT"), null);
  assert.equal(httpDate("Thu, 01 Jan 1970 00:00:00 GMT"), 0);
  const dated = retryAfter([["retry-after", "Wed, 21 Oct 2015 07:28:00 GMT"], ["date", "Wed, 21 Oct 2015 07:27:15 GMT"]]);
  assert.equal(dated.wholeSeconds(), 45n);
});

test("waits named in messages, as the Rust classifier reads them", () => {
  const cases = [
    ["Rate limit is exceeded. Try again in 57 seconds.", 57],
    ["try again IN 1 second", 1],
    ["Out of call volume quota. Quota will be replenished in 00:59:57.", 3597],
    ["Payment in 3 parts", null],
    ["in 12:3:00", null],
    ["Try again in a minute", null],
    ["in 1234567890 seconds", null],
    ["ø in 5 seconds", 5],
    ["in 5:59:\ufffd\ufffd}", null],
  ];
  for (const [text, seconds] of cases) assert.equal(delayInText(text), seconds === null ? null : seconds * 1000, text);
});

test("statuses as strings, numbers written plainly, within 100..=999", () => {
  for (const [text, status] of [["400", 400], [" 409 ", 409], ["099", null], ["+409", null], ["\t409", null], ["0400", null]]) {
    assert.equal(statusOfText(text), status, text);
  }
  assert.equal(classify({ status: 400, body: '{"title":"x","status":404.0}' }).bodyStatus, null);
  assert.equal(classify({ status: 400, body: '{"title":"x","status":"404"}' }).bodyStatus, 404);
});

test("numbers and objects written as serde_json writes them", () => {
  for (const [x, text] of [[1, "1.0"], [1e15, "1000000000000000.0"], [1e16, "1e+16"], [0.00001, "0.00001"], [1e-6, "1e-6"], [-0, "-0.0"], [1.5e300, "1.5e+300"]]) {
    assert.equal(formatFloat(x), text);
  }
  assert.equal(rawToJson('{"b":1,"a":[1.0,-0],"b":2}'), '{"a":[1.0,-0.0],"b":2}');
  assert.equal(rawToJson("18446744073709551615"), "18446744073709551615");
  assert.equal(rawToJson("[1e400]"), "null");
  assert.equal(rawToJson('"\\ud800"'), "null");
});

test("whole-number parameters are numbers, exact digits kept as text", () => {
  const body = '{"statusCode":429,"message":"Rate limit is exceeded. Try again in 18446744073709551615 seconds."}';
  const c = classify({ status: 429, body });
  assert.equal(c.problem.id, "gateway_rate_limit_exceeded");
  assert.equal(typeof c.problem.params.seconds, "number");
  assert.equal(c.paramTexts.seconds, "18446744073709551615");
});

test("raw text is cut at a character boundary, invalid UTF-8 replaced", () => {
  assert.deepEqual(boundedBytes(new TextEncoder().encode("aøb"), 2), ["a", true]);
  assert.deepEqual(boundedBytes(new Uint8Array([0x61, 0xff, 0x62]), 10), ["a\ufffdb", false]);
  assert.equal(trim("\u0085 x\u3000"), "x");
  assert.equal(trim("\ufeffx"), "\ufeffx");
});

test("operations, entries and locales from the catalogue", () => {
  assert.deepEqual(LOCALES, ["en", "nb"]);
  assert.ok(PROBLEM_IDS.includes("reference_not_found"));
  assert.equal(entry("reference_not_found").status, 404);
  // What `EntryInfo` declares, and nothing of the rules' own.
  assert.deepEqual(Object.keys(entry("reference_not_found")).sort(),
    ["errorCode", "id", "params", "retry", "sentAs", "status", "template", "title", "type"]);
  const c = classify({ status: 404, body: live });
  assert.ok(isOperationProblem("capturePayment", c.problem));
  assert.ok(!isOperationProblem("createPayment", c.problem));
  assert.ok(OPERATIONS.capturePayment.includes("reference_not_found"));
  assert.equal(texts(c.problem, "nb").detail, "Referansen order-9 finnes ikke for MSN 654321");
  const nb = classify({ status: 404, body: JSON.stringify({ title: "Fant ikke referansen", detail: "Referansen x finnes ikke for MSN 1" }) });
  assert.equal(nb.problem.id, "reference_not_found");
  assert.equal(nb.locale, "nb");
});

test("arguments as the Rust example reads them", () => {
  assert.deepEqual(parseArgs(["--status=+404", "--header", " X : y ", "--attempt", "00"]), { status: 404, headers: [["x", "y"]], attempt: 0 });
  assert.deepEqual(parseArgs(["-h"]), { help: true });
  for (const bad of [[], ["--status", "42"], ["--status", "-1"], ["--status", "404", "--status", "405"], ["--status", "404", "--header", "bad name: x"], ["--status", "404", "x"]]) {
    const parsed = parseArgs(bad);
    assert.ok(parsed.error.startsWith("error: "), JSON.stringify(bad));
    assert.ok(!parsed.error.includes("\n"));
  }
});
