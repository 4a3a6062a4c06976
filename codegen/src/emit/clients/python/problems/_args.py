"""The command line's arguments, read as the Rust example reads them (clap): ``--status N``
(100..=999), ``--header 'Name: value'`` (repeatable), ``--attempt N`` (0..=2^32-1),
``--help``; ``--name=value`` too. A mistake is one line of error and exit code 2."""

import re
from typing import Callable, Dict, List, NamedTuple, Optional, Tuple, Union

from ._text import trim

USAGE = """Classify a saved HTTP error response (body on standard input) against the catalogue, and say whether, how and when to retry

Usage: classify [OPTIONS] --status <STATUS>

Options:
      --status <STATUS>        The HTTP status of the response
      --header <NAME: VALUE>   A response header as 'Name: value' (repeatable), e.g. 'Retry-After: 30'
      --attempt <ATTEMPT>      How many retries were already made [default: 0]
  -h, --help                   Print help"""

_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+\Z")
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")


class Args(NamedTuple):
    """What the arguments ask for."""

    status: int
    headers: List[Tuple[str, str]]
    attempt: int


class Help(NamedTuple):
    """``--help``."""


def _integer(option: str, text: str, low: int, high: int) -> Tuple[Optional[int], Optional[str]]:
    if not _INTEGER.match(text):
        return None, f"invalid value '{text}' for '{option}': invalid digit found in string"
    n = int(text)
    if not -(2**63) <= n < 2**63:
        return None, f"invalid value '{text}' for '{option}': number too large to fit in target type"
    if not low <= n <= high:
        return None, f"invalid value '{text}' for '{option}': {n} is not in {low}..={high}"
    return n, None


def _header(option: str, text: str) -> Tuple[Optional[Tuple[str, str]], Optional[str]]:
    name, colon, value = text.partition(":")
    if not colon:
        return None, f"invalid value '{text}' for '{option}': `{text}` is not 'Name: value'"
    name, value = trim(name), trim(value)
    if not _TOKEN.match(name):
        return None, f"invalid value '{text}' for '{option}': `{name}` is not a header name"
    if not all(c >= " " and c != "\x7f" or c == "\t" for c in value):
        return None, f"invalid value '{text}' for '{option}': the value of `{name.lower()}` is not a valid header value"
    return (name.lower(), value), None


_LABELS = {"status": "--status <STATUS>", "header": "--header <NAME: VALUE>", "attempt": "--attempt <ATTEMPT>"}
_READERS: Dict[str, Callable[[str, str], Tuple[object, Optional[str]]]] = {
    "status": lambda o, t: _integer(o, t, 100, 999),
    "header": _header,
    "attempt": lambda o, t: _integer(o, t, 0, 4294967295),
}


def parse_args(argv: List[str]) -> Union[Args, Help, str]:
    """The arguments after the program's name: ``Args``, ``Help``, or an error line."""
    seen: Dict[str, object] = {}
    headers: List[Tuple[str, str]] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            if i + 1 < len(argv):
                return f"error: unexpected argument '{argv[i + 1]}' found"
            break
        if arg == "--help" or (arg.startswith("-h") and not arg.startswith("--")):
            return Help()
        name, eq, inline = arg[2:].partition("=") if arg.startswith("--") else ("", "", "")
        if name not in _LABELS:
            if name == "help":
                return f"error: unexpected value '{inline}' for '--help' found; no more were expected"
            return f"error: unexpected argument '{arg}' found"
        label = _LABELS[name]
        if eq:
            text = inline
        else:
            nxt = argv[i + 1] if i + 1 < len(argv) else None
            if nxt is None or (nxt.startswith("-") and nxt != "-"):
                return f"error: a value is required for '{label}' but none was supplied"
            text = nxt
            i += 1
        if name != "header" and name in seen:
            return f"error: the argument '{label}' cannot be used multiple times"
        value, error = _READERS[name](label, text)
        if error is not None:
            return f"error: {error}"
        if name == "header":
            assert isinstance(value, tuple)
            headers.append(value)
        else:
            seen[name] = value
        i += 1
    status = seen.get("status")
    if not isinstance(status, int):
        return "error: the following required arguments were not provided: --status <STATUS>"
    attempt = seen.get("attempt", 0)
    assert isinstance(attempt, int)
    return Args(status, headers, attempt)
