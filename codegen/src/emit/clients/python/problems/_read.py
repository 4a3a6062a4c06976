"""Decide the shape of a body and read it.

Bodies are read by ``json.loads`` (``_fast``) unless their text holds what it reads
differently from serde_json (an escaped surrogate, deep nesting), or it refuses
them; then by the reader in ``_exact``, which decides."""

import re
from typing import Union

from ._body import MAX_BODY, Body
from ._exact import read_exact
from ._fast import read_fast
from ._text import utf8_length, well_formed


_JSON_START = frozenset('{["-tfn0123456789')
_ASCII_WS = " \t\n\x0c\r"
_LEADING = re.compile("[ \t\n\x0c\r]*")
_LEADING_BYTES = re.compile(b"[ \t\n\x0c\r]*")


def read(body: Union[bytes, str]) -> Body:
    """Decide the shape of a body (bytes, or text) and read it."""
    if isinstance(body, str):
        text = well_formed(body)
        if len(text) > MAX_BODY or (len(text) * 3 > MAX_BODY and utf8_length(text) > MAX_BODY):
            return Body("too_large")
        if text[:1] == "\ufeff":
            text = text[1:]
        at = _LEADING.match(text).end() if text[:1] in _WS else 0  # type: ignore[union-attr]
        if at == len(text):
            return Body("empty")
        first = text[at]
        if first not in _JSON_START:
            return Body("text")
        return read_fast(text, first) or read_exact(text, first)
    data = body if type(body) is bytes else bytes(body)
    if len(data) > MAX_BODY:
        return Body("too_large")
    if data[:1] == b"{":
        # The usual body: an object from its first byte.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return Body("invalid_json")
        return read_fast(text, "{") or read_exact(text, "{")
    if data[:3] == b"\xef\xbb\xbf":
        data = data[3:]
    at = _LEADING_BYTES.match(data).end() if data[:1] in _WS_BYTES else 0  # type: ignore[union-attr]
    if at == len(data):
        return Body("empty")
    # The text starts where the bytes do: what comes before is ASCII.
    first = chr(data[at])
    if first not in _JSON_START:
        return Body("text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return Body("invalid_json" if first in "{[" else "text")
    return read_fast(text, first) or read_exact(text, first)


_WS = frozenset(_ASCII_WS)
_WS_BYTES = frozenset(c.encode() for c in _ASCII_WS)
