// Declarations of index.mjs: the catalogue's problems as types, and the client's functions.

/** The id of each entry of the catalogue. */
export type ProblemId =
  $$ids

/** A locale of the catalogue's texts (BCP 47). */
export type Locale = $locale_union;

/** The parameters of a problem that has none. */
export type NoParams = Record<never, never>;

$$entries
/** A problem of the catalogue with its parameters: narrow it by `id`. */
export type Problem =
  $$problems

/** A problem the catalogue does not describe (or whose parameters could not be
 * recovered): the classification keeps everything that was received. */
export interface UnknownProblem {
  readonly id: "unknown";
  readonly params: NoParams;
}

$$operations
/** The problems of each operation. */
export interface OperationProblems {
  $$operation_map
}

/** An operation of the API. */
export type OperationId = keyof OperationProblems;

/** Whether and how to retry, as the catalogue says. */
export type RetryHint = "backoff" | "reauthenticate" | "never";
/** How a problem arrives on the wire. */
export type WireShape = "problem" | "gateway" | "legacy";
/** The kind of a template parameter. */
export type ParamKind = "string" | "integer";
/** How the entry of a response was found. */
export type IdentifiedBy = "type_uri" | "title" | "template" | "gateway_message" | "legacy_code" | "unidentified";
/** What the body was. */
export type BodyShape = "empty" | "problem" | "gateway" | "legacy" | "other_json" | "invalid_json" | "text" | "too_large";
/** What to do with a request that met a problem. */
export type RetryAction = "resend" | "reauthenticate" | "fix_request" | "give_up";
/** Where a retry delay comes from. */
export type DelaySource = "retry_after" | "message" | "backoff";

/** A JSON value as read from a body. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Response headers: a `Headers` object, `[name, value]` pairs (one per header line, which
 * keeps repeated headers apart), or a record such as Node's `IncomingHttpHeaders`. */
export type HeadersLike =
  | { get(name: string): string | null; entries(): IterableIterator<[string, string]> }
  | Iterable<readonly [string, string]>
  | { readonly [name: string]: string | readonly string[] | undefined };

/** What `classify` reads of a response. */
export interface ResponseParts {
  /** The HTTP status. */
  readonly status: number;
  readonly headers?: HeadersLike;
  /** The body as text (e.g. `await response.text()`) or bytes (e.g. `await
   * response.arrayBuffer()`); at most 64 KiB is parsed. */
  readonly body?: string | Uint8Array | ArrayBuffer | ArrayBufferView | null;
}

/** How the client computes its own delay when the server names none. */
export interface RetryPolicy {
  /** Retries allowed after the first request. */
  readonly maxRetries: number;
  /** The delay before the first retry, before jitter. */
  readonly initialDelayMs: number;
  /** The cap on the computed delay, before jitter. */
  readonly maxDelayMs: number;
  readonly jitter: "none" | "full" | "equal";
}

/** A delay the server named: `Retry-After`, or a wait in the problem's text. */
export interface Delay {
  readonly ms: number;
  /** Whole seconds as sent in `Retry-After`, exact even beyond 2^53. */
  readonly seconds: bigint | null;
  readonly source: DelaySource | null;
  /** The delay in whole seconds, rounded up. */
  wholeSeconds(): bigint;
}

/** Whether, how and when to send the request again. */
export interface RetryAdvice {
  readonly action: RetryAction;
  /** Whether to send it again (possibly after reauthenticating). */
  readonly retryable: boolean;
  /** Whether the retry must carry the first request's `Idempotency-Key`. */
  readonly sameIdempotencyKey: boolean;
  /** How long to wait first; `null` when not retrying. */
  readonly delayMs: number | null;
  /** The same delay in whole seconds, rounded up (exact, as a `bigint`). */
  readonly wholeSeconds: bigint | null;
  /** Where the delay comes from. */
  readonly source: DelaySource | null;
}

/** A problem's title and detail in one locale. */
export interface Texts {
  readonly title: string;
  readonly detail: string;
}

/** What the catalogue says about one entry. */
export interface EntryInfo<I extends ProblemId = ProblemId> {
  readonly id: I;
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly retry: RetryHint;
  readonly sentAs: WireShape;
  readonly errorCode: string | null;
  readonly params: readonly { readonly name: string; readonly kind: ParamKind }[];
  readonly template: string;
}

/** A classified response: the typed problem (or `unknown`) and everything else it said. */
export declare class Classification {
  private constructor();
  /** The HTTP status of the response. */
  readonly status: number;
  readonly shape: BodyShape;
  /** The identified entry, also when its parameters were lost (then `problem` is unknown). */
  readonly id: ProblemId | null;
  readonly identifiedBy: IdentifiedBy;
  readonly problem: Problem | UnknownProblem;
  /** Each parameter's text as recovered: whole numbers keep every digit here. */
  readonly paramTexts: { readonly [name: string]: string };
  /** The `type` member as received (often a generic one, `https://httpstatuses.io/404`). */
  readonly type: string | null;
  readonly title: string | null;
  /** The detail as received: the gateway's message, a legacy list's first message. */
  readonly detail: string | null;
  readonly instance: string | null;
  /** The status written in the body (`status`, or the gateway's `statusCode`). */
  readonly bodyStatus: number | null;
  /** The status the catalogue assigns to the identified entry. */
  readonly catalogueStatus: number | null;
  /** The start of a body that was not read as JSON classification understands. */
  readonly rawText: string | null;
  readonly rawTextTruncated: boolean;
  /** [name, raw JSON] of each extension member the entry does not declare, in order. */
  readonly members: readonly (readonly [string, string])[];
  /** The `Retry-After` header as a delay. */
  readonly serverDelay: Delay | null;
  /** Whether an entry was identified. */
  readonly known: boolean;
  /** The ePayment API's `traceId`, when it is text. */
  readonly traceId: string | null;
  /** Every extension member the entry does not declare. */
  readonly extensions: { readonly [name: string]: JsonValue };
  /** The locale whose title or template the body matched. */
  readonly locale: Locale | null;
  /** The entry's retry hint, else the rule for the response's status. */
  readonly retryHint: RetryHint;
  /** The wait the server asked for: `Retry-After`, else one named in the detail. */
  readonly delay: Delay | null;
  /** An extension member, or `undefined` when absent. */
  extension(name: string): JsonValue | undefined;
  /** Whether, how and when to retry; `attempt` counts the retries already made. */
  retryAdvice(attempt?: number, policy?: RetryPolicy): RetryAdvice;
  /** The problem's title and detail in `locale`; `null` for an unknown problem. */
  textsIn(locale: Locale): Texts | null;
}

/** Classify a response: never throws on a body; a body no one expected is `unknown`. */
export declare function classify(response: ResponseParts): Classification;
/** The locales of the catalogue, the source's first. */
export declare const LOCALES: readonly Locale[];
/** Every entry id, in catalogue order. */
export declare const PROBLEM_IDS: readonly ProblemId[];
/** Each operation with the ids of the problems it can return. */
export declare const OPERATIONS: { readonly [O in OperationId]: readonly OperationProblems[O]["id"][] };
/** 5 retries, 500 ms doubling up to 30 s, full jitter. */
export declare const DEFAULT_POLICY: RetryPolicy;
/** What the catalogue says about an entry. */
export declare function entry<I extends ProblemId>(id: I): EntryInfo<I>;
/** Whether `problem` is one that `operation` can return (narrows it to that operation's). */
export declare function isOperationProblem<O extends OperationId>(
  operation: O,
  problem: Problem | UnknownProblem,
): problem is OperationProblems[O];
/** A problem's title and detail in `locale` (the source's where it has no translation). */
export declare function texts(problem: Problem, locale: Locale): Texts;
