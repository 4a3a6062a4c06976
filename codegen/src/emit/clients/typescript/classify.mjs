// Classify a saved HTTP error response: the body on standard input, status and headers as
// arguments; prints one JSON object, the one the Rust example `classify` prints.
//
//     node classify.mjs --status 404 [--header 'Retry-After: 30'] [--attempt N] < body
//
// Bad arguments: one line on standard error, exit code 2.

import { readSync } from "node:fs";
import { classify } from "./index.mjs";
import { USAGE, parseArgs } from "./lib/args.mjs";
import { MAX_BODY } from "./lib/body.mjs";
import { report } from "./lib/report.mjs";

/** Standard input, at most `max` bytes: one byte more than the limit is enough to know the
 * body is too large. */
function readStdin(max) {
  const buffer = new Uint8Array(max);
  let length = 0;
  while (length < max) {
    let n;
    try {
      n = readSync(0, buffer, length, max - length, null);
    } catch (e) {
      if (e.code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (e.code === "EOF") break;
      throw e;
    }
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

const args = parseArgs(process.argv.slice(2));
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
} else if (args.error !== undefined) {
  process.stderr.write(`${args.error}\n`);
  process.exitCode = 2;
} else {
  let body;
  try {
    body = readStdin(MAX_BODY + 1);
  } catch (e) {
    process.stderr.write(`error: cannot read the body from standard input: ${e.message}\n`);
    process.exitCode = 1;
  }
  if (body !== undefined) {
    const classified = classify({ status: args.status, headers: args.headers, body });
    process.stdout.write(`${report(classified, args.attempt)}\n`);
  }
}
