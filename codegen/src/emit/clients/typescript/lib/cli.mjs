// The command line's work, apart from reading standard input and writing the output: read the
// arguments, classify the body, and build the one JSON object printed (what the Rust example
// `classify` prints). Bad arguments: one line of error, exit code 2.

import { classify } from "./classify.mjs";
import { USAGE, parseArgs } from "./args.mjs";
import { report } from "./report.mjs";

/** Run the command line on `argv` (after the program), reading the body with `readBody`
 * when the arguments are good: `{ code, stdout, stderr }`. */
export function run(argv, readBody) {
  const args = parseArgs(argv);
  if (args.help) return { code: 0, stdout: USAGE, stderr: "" };
  if (args.error !== undefined) return { code: 2, stdout: "", stderr: args.error };
  let body;
  try {
    body = readBody();
  } catch (e) {
    return { code: 1, stdout: "", stderr: `error: cannot read the body from standard input: ${e.message}` };
  }
  const classified = classify({ status: args.status, headers: args.headers, body });
  return { code: 0, stdout: report(classified, args.attempt), stderr: "" };
}
