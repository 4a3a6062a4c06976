"""Text as the Rust classifier sees it: UTF-8 bytes, Rust's ``str::trim``, ASCII case
folding."""

import re
from typing import Tuple

#: White_Space, as Rust's ``char::is_whitespace`` has it.
_WHITESPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def trim(s: str) -> str:
    """Rust's ``str::trim``."""
    return s.strip(_WHITESPACE)


def fold_ascii(s: str) -> str:
    """ASCII letters lowercased, every other character kept: what ``eq_ignore_ascii_case``
    compares."""
    return s.lower() if s.isascii() else s.translate(_LOWER)


def well_formed(s: str) -> str:
    """A string as the UTF-8 text it stands for: a lone surrogate becomes U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", s) if not s.isascii() else s


def utf8_length(s: str) -> int:
    """The UTF-8 length of a well-formed string."""
    return len(s) if s.isascii() else len(s.encode("utf-8"))


def bounded_bytes(data: bytes, limit: int) -> Tuple[str, bool]:
    """The start of ``data`` as text, at most ``limit`` bytes, invalid UTF-8 replaced, a
    character cut short at the end dropped: (text, whether it was cut)."""
    if len(data) <= limit:
        return data.decode("utf-8", "replace"), False
    cut = data[:limit]
    try:
        cut.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data":
            cut = cut[: e.start]
    return cut.decode("utf-8", "replace"), True


def bounded_string(s: str, limit: int) -> Tuple[str, bool]:
    """The start of a well-formed string, at most ``limit`` bytes of UTF-8, whole
    characters."""
    if len(s) <= limit and (len(s) * 4 <= limit or utf8_length(s) <= limit):
        return s, False
    return s.encode("utf-8")[:limit].decode("utf-8", "ignore"), True
