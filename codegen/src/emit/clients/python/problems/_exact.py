"""Bodies read character by character as serde_json reads them: what ``_fast`` leaves here
(escaped surrogates, deep nesting, text ``json.loads`` refuses). Extension members
stay raw JSON until read."""

from typing import List, Optional

from ._body import STATUS_SLOTS, TEXT_SLOTS, Body, LegacyItem, ObjectBuilder, Raw, legacy_key, status_of_text
from ._canonical import to_json
from ._json import Fail, Reader, Value, depth_within, number

#: How deep an extension member may nest, so that the whole body stays within serde_json's
#: limit when the member is read as a value.
MAX_MEMBER_DEPTH = 126


def read_exact(text: str, first: str) -> Body:
    """The body, with serde_json's answer for every text."""
    try:
        if first == "{":
            return _object(text)
        if first == "[":
            return _legacy(text)
    except Fail:
        if first == "{":
            return Body("invalid_json")
        return Body("other_json" if depth_within(text, 128) and _skips_whole(text) else "invalid_json")
    return Body("other_json" if _skips_whole(text) else "text")


def _skips_whole(text: str) -> bool:
    try:
        reader = Reader(text)
        reader.skip()
        return reader.at_end()
    except Fail:
        return False


def _object(text: str) -> Body:
    r = Reader(text)
    b = ObjectBuilder()
    members = b.fields.members

    def member() -> None:
        key = r.key()
        r.ws()
        c = r.peek()
        if key in TEXT_SLOTS:
            if c == '"':
                b.text(key, r.string())
            else:
                members.append((key, r.value(1)))
            return
        if key not in STATUS_SLOTS:
            start = r.i
            r.skip()
            raw = text[start : r.i]
            nested = raw[:1] in ("[", "{")
            if len(raw) > 2 * MAX_MEMBER_DEPTH and nested and not depth_within(raw, MAX_MEMBER_DEPTH):
                raise Fail()
            members.append((key, Raw(raw)))
            return
        value: Value
        if c == '"':
            value = r.string()
            n = status_of_text(value)
            if n is not None:
                b.status(key, n, value)
                return
        elif c == "-" or "0" <= c <= "9" and c:
            value = number(*r.number_text())
            if type(value) is int and 100 <= value <= 999:
                b.status(key, value, None)
                return
        else:
            value = r.value(1)
        members.append((key, value))

    r.sequence("{", "}", member)
    if not r.at_end():
        raise Fail()
    return b.finish()


def _legacy(text: str) -> Body:
    r = Reader(text)
    items: List[LegacyItem] = []
    r.sequence("[", "]", lambda: items.append(_legacy_item(r)))
    if not r.at_end():
        raise Fail()
    return Body("legacy", items=items) if items else Body("other_json")


def _legacy_item(r: Reader) -> LegacyItem:
    """One object of a legacy list, as serde_json reads it into a ``LegacyError``."""
    item = LegacyItem()

    def member() -> None:
        slot = legacy_key(r.key(), item.code is not None, item.message is not None)
        r.ws()
        if slot is None:
            r.value(2)
            return
        text: Optional[str]
        if r.peek() == '"':
            text = r.string()
        else:
            # A code sent as a number is kept as its decimal text.
            json_text = to_json(r.value(2))
            text = json_text if "0" <= json_text[0] <= "9" else None
        if slot == "code" and text is not None:
            item.code = text
        elif slot == "message" and text is not None:
            item.message = text

    r.sequence("{", "}", member)
    return item
