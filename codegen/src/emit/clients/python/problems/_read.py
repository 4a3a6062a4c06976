"""Decide the shape of a body and read it.

Bodies are read by ``json.loads`` (``_fast``) unless their text holds what it reads
differently from serde_json (an escaped surrogate, deep nesting, ``-0``), or it refuses
them; then by the reader in ``_exact``, which decides."""

from typing import Union

from ._body import MAX_BODY, Body
from ._exact import read_exact
from ._fast import read_fast
from ._text import decode, utf8_length, well_formed


def _looks_like_json(c: str) -> bool:
    return c in '{["-tfn' or "0" <= c <= "9"


_ASCII_WS = " \t\n\x0c\r"


def read(body: Union[bytes, str]) -> Body:
    """Decide the shape of a body (bytes, or text) and read it."""
    if isinstance(body, str):
        text = well_formed(body)
        if len(text) > MAX_BODY or (len(text) * 3 > MAX_BODY and utf8_length(text) > MAX_BODY):
            return Body("too_large")
        if text.startswith("\ufeff"):
            text = text[1:]
    else:
        data = bytes(body)
        if len(data) > MAX_BODY:
            return Body("too_large")
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        stripped = data.lstrip(_ASCII_WS.encode())
        if not stripped:
            return Body("empty")
        first = chr(stripped[0])
        if not _looks_like_json(first):
            return Body("text")
        decoded = decode(data)
        if decoded is None:
            return Body("invalid_json" if first in "{[" else "text")
        text = decoded
    stripped_text = text.lstrip(_ASCII_WS)
    if not stripped_text:
        return Body("empty")
    first = stripped_text[0]
    if not _looks_like_json(first):
        return Body("text")
    return read_fast(text, first) or read_exact(text, first)
