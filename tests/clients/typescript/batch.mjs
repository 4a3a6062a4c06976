// The agreement test's batch: many runs of the command line in one process. Each line of
// standard input is {"args": [...], "body": hex}; each line of output is what
// classify.mjs would print for it, {"code", "stdout", "stderr"}, through the same function.
//
//     node batch.mjs CLIENT_FOLDER < cases.jsonl

import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const { run } = await import(pathToFileURL(join(resolve(process.argv[2]), "lib/cli.mjs")).href);
const { MAX_BODY } = await import(pathToFileURL(join(resolve(process.argv[2]), "lib/body.mjs")).href);

const out = [];
for (const line of readFileSync(0, "utf8").split("\n")) {
  if (line === "") continue;
  const { args, body } = JSON.parse(line);
  // As classify.mjs reads standard input: at most one byte more than the limit.
  const bytes = new Uint8Array(Buffer.from(body, "hex")).subarray(0, MAX_BODY + 1);
  out.push(JSON.stringify(run(args, () => bytes)));
}
process.stdout.write(out.map((l) => `${l}\n`).join(""));
