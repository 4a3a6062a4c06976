"""Classify a saved HTTP error response: the body on standard input, status and headers as
arguments; prints one JSON object, the one the Rust example ``classify`` prints.

    python3 classify.py --status 404 [--header 'Retry-After: 30'] [--attempt N] < body

Bad arguments: one line on standard error, exit code 2."""

import sys

from problems._body import MAX_BODY
from problems._cli import run


def main() -> int:
    # One byte more than the limit is enough to know the body is too large.
    code, stdout, stderr = run(sys.argv[1:], lambda: sys.stdin.buffer.read(MAX_BODY + 1))
    if stdout:
        sys.stdout.buffer.write((stdout + "\n").encode("utf-8"))
    if stderr:
        sys.stderr.buffer.write((stderr + "\n").encode("utf-8"))
    return code


if __name__ == "__main__":
    sys.exit(main())
