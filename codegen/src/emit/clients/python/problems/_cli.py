"""The command line's work, apart from reading standard input and writing the output: read
the arguments, classify the body, and build the one JSON object printed (what the Rust
example ``classify`` prints). Bad arguments: one line of error, exit code 2."""

from typing import Callable, List, Tuple

from ._args import USAGE, Help, parse_args
from ._classify import classify
from ._report import report


def run(argv: List[str], read_body: Callable[[], bytes]) -> Tuple[int, str, str]:
    """Run the command line on ``argv`` (after the program), reading the body with
    ``read_body`` when the arguments are good: (exit code, stdout, stderr)."""
    args = parse_args(argv)
    if isinstance(args, Help):
        return 0, USAGE, ""
    if isinstance(args, str):
        return 2, "", args
    try:
        body = read_body()
    except OSError as e:
        return 1, "", f"error: cannot read the body from standard input: {e}"
    return 0, report(classify(args.status, args.headers, body), args.attempt), ""
