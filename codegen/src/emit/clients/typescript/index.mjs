// The client: classify a response of the API into a typed problem (or `unknown`), with
// retry advice, the operation sets and the catalogue's texts in each of its locales.
// Types: index.d.mts.

import { BY_ID, ENTRY, LOCALES, OPERATIONS } from "./lib/facts.mjs";
import { DEFAULT_POLICY } from "./lib/retry.mjs";

export { classify, Classification, problemTexts as texts } from "./lib/classify.mjs";
export { DEFAULT_POLICY, LOCALES, OPERATIONS };

/** Every entry id, in catalogue order. */
export const PROBLEM_IDS = Object.freeze(ENTRY.map((e) => e.id));

/** What the catalogue says about the entry `id`. */
export function entry(id) {
  const e = BY_ID.get(id);
  if (e === undefined) return undefined;
  // The facts `EntryInfo` declares; the rest are the rules' own.
  const { type, title, status, retry, sentAs, errorCode, params, template } = e;
  return { id: e.id, type, title, status, retry, sentAs, errorCode, params, template };
}

/** Whether `problem` is one that `operation` can return. */
export function isOperationProblem(operation, problem) {
  const ids = OPERATIONS[operation];
  return ids !== undefined && ids.includes(problem.id);
}
