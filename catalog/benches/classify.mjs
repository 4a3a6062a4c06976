// The TypeScript client's classify per body against Node's floor (JSON.parse plus a switch on
// the status), on the Rust bench's mix (classify_mix.json), timed in turns of 16 calls each
// in one run so both see the same load. Target: at most 2x the floor on the problem+json
// bodies.
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
/** Calls of each function in a turn: the two take turns this often, so both see the same
 * state of the machine (its load, the collector, the compiler's latest code). */
const TURN = 16;
/** Nanoseconds per call of `f` and of `g` on each body, `turns` turns of each per body; each
 * is called from a place of its own, which the compiler sees call one function only. */
function inTurn(f, g, bodies, turns) {
  return bodies.map(([, status, body]) => {
    let tf = 0n;
    let tg = 0n;
    for (let t = 0; t < turns; t++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < TURN; i++) if (f(status, body) !== undefined) sink++;
      const middle = process.hrtime.bigint();
      for (let i = 0; i < TURN; i++) if (g(status, body) !== undefined) sink++;
      tf += middle - start;
      tg += process.hrtime.bigint() - middle;
    }
    return [Number(tf) / (turns * TURN), Number(tg) / (turns * TURN)];
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ROUNDS = 15;
const TURNS = 1250;
inTurn(floor, viaClassify, mix, TURNS);
const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  const times = inTurn(floor, viaClassify, mix, TURNS);
  rounds.push({ floor: times.map(([f]) => f), classify: times.map(([, c]) => c) });
}
const N = TURNS * TURN;
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
