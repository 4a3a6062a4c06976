// The command line's arguments, read as the Rust example reads them (clap): `--status N`
// (100..=999), `--header 'Name: value'` (repeatable), `--attempt N` (0..=2^32-1), `--help`;
// `--name=value` too. A mistake is one line of error and exit code 2.

import { trim } from "./text.mjs";

export const USAGE = `Classify a saved HTTP error response (body on standard input) against the catalogue, and say whether, how and when to retry

Usage: classify [OPTIONS] --status <STATUS>

Options:
      --status <STATUS>        The HTTP status of the response
      --header <NAME: VALUE>   A response header as 'Name: value' (repeatable), e.g. 'Retry-After: 30'
      --attempt <ATTEMPT>      How many retries were already made [default: 0]
  -h, --help                   Print help`;

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** An integer as Rust's `i64` parser reads it, within `min..=max`; else an error. */
function integer(option, text, min, max) {
  if (!/^[+-]?[0-9]+$/.test(text)) return { error: `invalid value '${text}' for '${option}': invalid digit found in string` };
  const n = BigInt(text);
  if (n < -(2n ** 63n) || n >= 2n ** 63n) return { error: `invalid value '${text}' for '${option}': number too large to fit in target type` };
  if (n < BigInt(min) || n > BigInt(max)) return { error: `invalid value '${text}' for '${option}': ${n} is not in ${min}..=${max}` };
  return { value: Number(n) };
}

/** A header argument: [lowercased name, value]. */
function header(option, text) {
  const colon = text.indexOf(":");
  if (colon < 0) return { error: `invalid value '${text}' for '${option}': \`${text}\` is not 'Name: value'` };
  const name = trim(text.slice(0, colon));
  const value = trim(text.slice(colon + 1));
  if (!TOKEN.test(name)) return { error: `invalid value '${text}' for '${option}': \`${name}\` is not a header name` };
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 0x20 && c !== 0x7f) || c === 0x09)) {
      return { error: `invalid value '${text}' for '${option}': the value of \`${name.toLowerCase()}\` is not a valid header value` };
    }
  }
  return { value: [name.toLowerCase(), value] };
}

const OPTIONS = {
  status: { label: "--status <STATUS>", read: (o, t) => integer(o, t, 100, 999) },
  header: { label: "--header <NAME: VALUE>", read: header, repeat: true },
  attempt: { label: "--attempt <ATTEMPT>", read: (o, t) => integer(o, t, 0, 4294967295) },
};

/** The arguments after the program's name: `{ status, headers, attempt }`, `{ help: true }`
 * or `{ error }` (one line). */
export function parseArgs(argv) {
  const seen = { header: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      if (i + 1 < argv.length) return { error: `error: unexpected argument '${argv[i + 1]}' found` };
      break;
    }
    if (arg === "--help" || (arg.startsWith("-h") && !arg.startsWith("--"))) return { help: true };
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") ? arg.slice(2, eq < 0 ? undefined : eq) : null;
    const option = name === null ? undefined : OPTIONS[name];
    if (option === undefined || !Object.hasOwn(OPTIONS, name)) {
      if (arg === "--help=" || arg.startsWith("--help=")) return { error: `error: unexpected value '${arg.slice(7)}' for '--help' found; no more were expected` };
      return { error: `error: unexpected argument '${arg}' found` };
    }
    let text;
    if (eq >= 0) text = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("-") && next !== "-")) {
        return { error: `error: a value is required for '${option.label}' but none was supplied` };
      }
      text = next;
      i++;
    }
    if (!option.repeat && seen[name] !== undefined) {
      return { error: `error: the argument '${option.label}' cannot be used multiple times` };
    }
    const read = option.read(option.label, text);
    if (read.error !== undefined) return { error: `error: ${read.error}` };
    if (option.repeat) seen[name].push(read.value);
    else seen[name] = read.value;
  }
  if (seen.status === undefined) {
    return { error: "error: the following required arguments were not provided: --status <STATUS>" };
  }
  return { status: seen.status, headers: seen.header, attempt: seen.attempt ?? 0 };
}
