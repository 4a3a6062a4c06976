"""Bodies read by ``json.loads``, where it reads them as serde_json does: when the text holds
no escaped surrogate and at most 126 brackets (so no depth limit applies). Python keeps
every member of an object (``object_pairs_hook``), reads ``-0`` as a float as serde_json
does, and refuses ``NaN``; numbers out of range are checked where serde_json parses values.
``None`` leaves the body to ``_exact``."""

import json
import re
from typing import Callable, List, NoReturn, Optional, Tuple, Union

from ._body import STATUS_SLOTS, TEXT_SLOTS, Body, LegacyItem, ObjectBuilder, legacy_key, status_of_text
from ._canonical import check, to_json
from ._json import Fail, Pairs

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_JSON_WS = re.compile("[ \t\n\r]*")


def _refuse(_: str) -> NoReturn:
    raise ValueError("not JSON")


def _integer(text: str) -> Union[int, float]:
    return -0.0 if text == "-0" else int(text)


_DECODER = json.JSONDecoder(object_pairs_hook=Pairs, parse_int=_integer, parse_constant=_refuse)
#: The decoder's scanner (C): ``(value, end)`` from a position of the text.
_SCAN: Callable[[str, int], Tuple[object, int]] = getattr(_DECODER, "scan_once")


def read_fast(text: str, first: str) -> Optional[Body]:
    """The body, or ``None`` when ``json.loads`` does not read it as serde_json does."""
    if "\\u" in text and _SURROGATE_ESCAPE.search(text):
        return None
    if text.count("[") + text.count("{") > 126:
        return None
    start = _JSON_WS.match(text).end() if text[:1] in " \t\n\r" else 0  # type: ignore[union-attr]
    if text[start : start + 1] != first:
        return None
    try:
        value, end = _SCAN(text, start)
    except (StopIteration, ValueError, RecursionError):
        return None
    if end != len(text) and text[end:].strip(" \t\n\r"):
        return None
    if first == "{" and isinstance(value, Pairs):
        try:
            return _object(value)
        except Fail:
            return Body("invalid_json")
    if first == "[" and isinstance(value, list):
        try:
            return _legacy(value)
        except Fail:
            return Body("other_json")
    return Body("other_json")


def _object(pairs: Pairs) -> Body:
    b = ObjectBuilder()
    members = b.fields.members
    for key, value in pairs:
        if key in TEXT_SLOTS:
            if type(value) is str:
                b.text(key, value)
                continue
            check(value)
        elif key in STATUS_SLOTS:
            if type(value) is str:
                n = status_of_text(value)
                if n is not None:
                    b.status(key, n, value)
                    continue
            elif type(value) is int and 100 <= value <= 999:
                b.status(key, value, None)
                continue
            else:
                check(value)
        members.append((key, value))
    return b.finish()


def _legacy(values: List[object]) -> Body:
    if not values:
        return Body("other_json")
    items = []
    for value in values:
        if not isinstance(value, Pairs):
            raise Fail()
        item = LegacyItem()
        for key, member in value:
            slot = legacy_key(key, item.code is not None, item.message is not None)
            if type(member) is str:
                text: Optional[str] = member
            else:
                check(member)
                # A code sent as a number is kept as its decimal text.
                json_text = to_json(member)
                text = json_text if "0" <= json_text[0] <= "9" else None
            if slot == "code" and text is not None:
                item.code = text
            elif slot == "message" and text is not None:
                item.message = text
        items.append(item)
    return Body("legacy", items=items)


__all__ = ["read_fast"]
