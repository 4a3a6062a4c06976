# TypeScript client of the problem catalogue

An ES module for Node ≥ 18 and browsers, without dependencies or a build step: `classify`
reads a response of the API (status, headers, body) into a typed problem with the rules of
the Rust classifier, and says whether, how and when to retry. Types: `index.d.mts`.

Take this folder as it is (or write it with `errors-codegen client --lang typescript --out DIR`)
and import `index.mjs`:

```js
import assert from "node:assert/strict";
import { classify, isOperationProblem, texts } from "./index.mjs";

const c = classify({
  status: $status,
  headers: { "retry-after": "30" },
  body: JSON.stringify({ title: $title, status: $status, detail: $detail }),
});
assert.equal(c.problem.id, $id);
$$param_check
$$operation_check
const advice = c.retryAdvice(0);
console.log(advice.action, advice.sameIdempotencyKey, advice.delayMs);
if (c.problem.id !== "unknown") console.log(texts(c.problem, $locale).title);
```

- `c.problem` is `{ id, params }`, narrowed by `id`; `unknown` when the catalogue does not
  describe the body (`c.id` still names an entry whose parameters were lost).
- Each operation has a type (`OperationProblems`), and `isOperationProblem(op, problem)`
  narrows to it.
- A body no one expected (HTML, empty, truncated, nested too deep, over 64 KiB) gives an
  `unknown` problem with what was read (`c.rawText`); `classify` does not throw on a body.
- Whole-number parameters are `number`s; `c.paramTexts` keeps every digit of those beyond
  2^53. `Retry-After` seconds stay exact in `advice.wholeSeconds` (a `bigint`).

The command line prints what the Rust example `classify` prints, member for member:

```sh
node classify.mjs --status 404 [--header 'Retry-After: 30'] [--attempt N] < body.json
```
