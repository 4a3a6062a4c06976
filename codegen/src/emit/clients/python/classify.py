"""Classify a saved HTTP error response: the body on standard input, status and headers as
arguments; prints one JSON object, the one the Rust example ``classify`` prints.

    python3 classify.py --status 404 [--header 'Retry-After: 30'] [--attempt N] < body

Bad arguments: one line on standard error, exit code 2."""

import sys

from problems import classify
from problems._args import USAGE, Help, parse_args
from problems._body import MAX_BODY
from problems._report import report


def main() -> int:
    args = parse_args(sys.argv[1:])
    if isinstance(args, Help):
        print(USAGE)
        return 0
    if isinstance(args, str):
        print(args, file=sys.stderr)
        return 2
    try:
        # One byte more than the limit is enough to know the body is too large.
        body = sys.stdin.buffer.read(MAX_BODY + 1)
    except OSError as e:
        print(f"error: cannot read the body from standard input: {e}", file=sys.stderr)
        return 1
    out = report(classify(args.status, args.headers, body), args.attempt) + "\n"
    sys.stdout.buffer.write(out.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
