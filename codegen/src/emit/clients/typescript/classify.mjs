// Classify a saved HTTP error response: the body on standard input, status and headers as
// arguments; prints one JSON object, the one the Rust example `classify` prints.
//
//     node classify.mjs --status 404 [--header 'Retry-After: 30'] [--attempt N] < body
//
// Bad arguments: one line on standard error, exit code 2.

import { readSync } from "node:fs";
import { MAX_BODY } from "./lib/body.mjs";
import { run } from "./lib/cli.mjs";

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

const out = run(process.argv.slice(2), () => readStdin(MAX_BODY + 1));
if (out.stdout !== "") process.stdout.write(`${out.stdout}\n`);
if (out.stderr !== "") process.stderr.write(`${out.stderr}\n`);
process.exitCode = out.code;
