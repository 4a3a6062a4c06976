"""Bodies read by ``json.loads``, where it reads them as serde_json does: when the text holds
no escaped surrogate, and at most 126 brackets or no member that nests (so no depth limit
applies). Python keeps every member of an object (``object_pairs_hook``), reads ``-0`` as a
float as serde_json does, and refuses ``NaN``; numbers out of range are checked where
serde_json parses values. ``None`` leaves the body to ``_exact``."""

import json
import re
from typing import Callable, List, NoReturn, Optional, Sequence, Tuple, Union

from ._body import STATUS_SLOTS, TEXT_SLOTS, Body, Fields, LegacyItem, ObjectBuilder, legacy_key, status_of_text
from ._canonical import check, to_json
from ._json import Fail, Value

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_JSON_WS = re.compile("[ \t\n\r]*")


def _refuse(_: str) -> NoReturn:
    raise ValueError("not JSON")


def _integer(text: str) -> Union[int, float]:
    return -0.0 if text == "-0" else int(text)


_DECODER = json.JSONDecoder(object_pairs_hook=tuple, parse_int=_integer, parse_constant=_refuse)
#: The decoder's scanner (C): ``(value, end)`` from a position of the text.
_SCAN: Callable[[str, int], Tuple[object, int]] = getattr(_DECODER, "scan_once")
#: The members of an object as received, in order.
Members = Sequence[Tuple[str, Value]]


def read_fast(text: str, first: str) -> Optional[Body]:
    """The body, or ``None`` when ``json.loads`` does not read it as serde_json does."""
    if "\\" in text and _SURROGATE_ESCAPE.search(text):
        return None
    if text[0] == first:
        start = 0
    else:
        start = _JSON_WS.match(text).end()  # type: ignore[union-attr]
        if text[start : start + 1] != first:
            return None
    try:
        value, end = _SCAN(text, start)
    except (StopIteration, ValueError, RecursionError):
        return None
    if end != len(text) and text[end:].strip(" \t\n\r"):
        return None
    if first == "{" and type(value) is tuple:
        found = _problem(value, text)
        if found is not None:
            return found
        if text.count("[") + text.count("{") > 126:
            return None
        try:
            return _object(value)
        except Fail:
            return Body("invalid_json")
    if text.count("[") + text.count("{") > 126:
        return None
    if first == "[" and isinstance(value, list):
        try:
            return _legacy(value)
        except Fail:
            return Body("other_json")
    return Body("other_json")


#: The place of each standard member of a problem object (``_problem``); the gateway's
#: members send the object to ``_object``.
_PROBLEM_SLOTS = {"type": 0, "title": 1, "detail": 2, "instance": 3, "status": 4, "message": 5, "statusCode": 5}
_CONTAINERS = frozenset((tuple, list))


def _problem(pairs: Members, text: str) -> Optional[Body]:
    """The usual problem object: its standard members text (the status also digits, or an
    integer 100..=999), no gateway members, and at most 126 brackets in the text when a
    member is an object or array (with none, the object is one level deep whatever the
    text holds). ``None`` for any other object: ``_object`` places its members then, as both
    readers do."""
    fields = Fields()
    members = fields.members
    slots = _PROBLEM_SLOTS
    counted = False
    for pair in pairs:
        key, value = pair
        slot = slots.get(key)
        if slot is None:
            if not counted and type(value) in _CONTAINERS:
                if text.count("[") + text.count("{") > 126:
                    return None
                counted = True
            members.append(pair)
        elif type(value) is str:
            if slot == 2:
                fields.detail = value
            elif slot == 1:
                fields.title = value
            elif slot == 0:
                fields.type = value
            elif slot == 3:
                fields.instance = value
            elif slot == 4:
                n = status_of_text(value)
                if n is None:
                    return None
                fields.status = n
            else:
                return None
        elif slot == 4 and type(value) is int and 100 <= value <= 999:
            fields.status = value
        else:
            return None
    return Body("problem", fields)


def _object(pairs: Members) -> Body:
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
        if type(value) is not tuple:
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
