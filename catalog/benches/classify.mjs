// The TypeScript client's classify per body against Node's floor (JSON.parse plus a switch on
// the status), on the Rust bench's mix (classify_mix.json), timed in turn in one run so both
// see the same load. Target: at most 2x the floor on the problem+json bodies.
//
//     node catalog/benches/classify.mjs [client folder, default docs/clients/typescript]

import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const client = resolve(process.argv[2] ?? join(here, "../../docs/clients/typescript"));
const { classify } = await import(pathToFileURL(join(client, "index.mjs")).href);
const mix = JSON.parse(readFileSync(join(here, "classify_mix.json"), "utf8"));
// The problem+json bodies: the mix's first five.
const PROBLEMS = new Set(mix.slice(0, 5).map(([name]) => name));

/** What a client hand-writes at least: parse, then branch on the status. */
function floor(status, body) {
  let value;
  try {
    value = JSON.parse(body);
  } catch {
    value = null;
  }
  switch (status) {
    case 400: return value;
    case 404: return value;
    case 409: return value;
    case 429: return value;
    default: return null;
  }
}

const viaClassify = (status, body) => classify({ status, body });

let sink = 0;
/** Nanoseconds per call of `f` on each body, `n` calls per body. */
function time(f, bodies, n) {
  return bodies.map(([, status, body]) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) if (f(status, body) !== undefined) sink++;
    return Number(process.hrtime.bigint() - start) / n;
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ROUNDS = 15;
const N = 20000;
time(floor, mix, N);
time(viaClassify, mix, N);
const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  // Alternate which goes first.
  const [f, c] = r % 2 === 0 ? [time(floor, mix, N), time(viaClassify, mix, N)] : [null, time(viaClassify, mix, N)];
  rounds.push({ floor: f ?? time(floor, mix, N), classify: c });
}
console.log(`node ${process.version}, ${ROUNDS} rounds of ${N} calls per body, medians`);
console.log("| body | floor | classify | ratio |\n| --- | --- | --- | --- |");
mix.forEach(([name], i) => {
  const f = median(rounds.map((r) => r.floor[i]));
  const c = median(rounds.map((r) => r.classify[i]));
  console.log(`| ${name} | ${f.toFixed(0)} ns | ${c.toFixed(0)} ns | ${(c / f).toFixed(2)}x |`);
});
const sum = (xs, keep) => xs.reduce((a, x, i) => a + (keep(mix[i][0]) ? x : 0), 0);
const ratios = rounds.map((r) => sum(r.classify, (n) => PROBLEMS.has(n)) / sum(r.floor, (n) => PROBLEMS.has(n)));
const all = rounds.map((r) => sum(r.classify, () => true) / sum(r.floor, () => true));
console.log(`problem+json bodies: ${median(ratios).toFixed(2)}x the floor (rounds ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}); whole mix: ${median(all).toFixed(2)}x`);
if (sink < 0) console.log(sink);
