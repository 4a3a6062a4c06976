// The TypeScript client's declarations in use, checked by `tsc --strict` (.ci/run): narrowing
// by id, whole-number parameters as numbers, operation sets, and what must not compile.

import {
  classify,
  entry,
  isOperationProblem,
  LOCALES,
  OPERATIONS,
  texts,
  type CapturePaymentProblem,
  type Locale,
  type Problem,
  type ProblemId,
  type RetryAdvice,
} from "../../../docs/clients/typescript/index.mjs";

const c = classify({ status: 404, headers: [["retry-after", "30"]], body: new Uint8Array() });
const problem = c.problem;

export function reference(): string | null {
  if (problem.id !== "reference_not_found") return null;
  const msn: string = problem.params.msn;
  return `${problem.params.reference} ${msn} ${texts(problem, "nb").detail}`;
}

export function seconds(): number | null {
  if (problem.id !== "gateway_rate_limit_exceeded") return null;
  // @ts-expect-error: a whole-number parameter is a number, not text.
  const text: string = problem.params.seconds;
  return problem.params.seconds + text.length;
}

export function capture(): CapturePaymentProblem | null {
  // @ts-expect-error: not every problem is one capturePayment can return.
  const wrong: CapturePaymentProblem = problem;
  void wrong;
  return isOperationProblem("capturePayment", problem) ? problem : null;
}

export function unknownHasNoParameters(): void {
  if (problem.id === "unknown") {
    // @ts-expect-error: the unknown problem has no parameters of an entry.
    const none: string = problem.params.reference;
    void none;
  }
}

export function everyEntry(p: Problem): ProblemId {
  switch (p.id) {
    case "reference_not_found":
      return p.id;
    default:
      return p.id;
  }
}

// @ts-expect-error: an operation the catalogue does not have.
isOperationProblem("shipPayment", problem);
// @ts-expect-error: an id the catalogue does not have.
entry("no_such_entry");

const advice: RetryAdvice = c.retryAdvice(1, { maxRetries: 3, initialDelayMs: 100, maxDelayMs: 1000, jitter: "equal" });
const whole: bigint | null = advice.wholeSeconds;
const locales: readonly Locale[] = LOCALES;
const ids: readonly ProblemId[] = OPERATIONS.capturePayment;
export const facts = [whole, locales, ids, entry("reference_not_found").status, c.extension("traceId"), c.locale] as const;
