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
    r.ws()
    r.expect("{")
    r.ws()
    if r.peek() == "}":
        r.i += 1
    else:
        while True:
            r.ws()
            key = r.key()
            r.ws()
            c = r.peek()
            if key in TEXT_SLOTS:
                if c == '"':
                    b.text(key, r.string())
                else:
                    members.append((key, r.value(1)))
            elif key in STATUS_SLOTS:
                n: Optional[int] = None
                value: Value
                if c == '"':
                    string = r.string()
                    n, value = status_of_text(string), string
                    if n is not None:
                        b.status(key, n, string)
                elif c == "-" or "0" <= c <= "9" and c:
                    digits, plain = r.number_text()
                    value = number(digits, plain)
                    if type(value) is int and 100 <= value <= 999:
                        n = value
                        b.status(key, n, None)
                else:
                    value = r.value(1)
                if n is None:
                    members.append((key, value))
            else:
                start = r.i
                r.skip()
                raw = text[start : r.i]
                nested = raw[:1] in ("[", "{")
                if len(raw) > 2 * MAX_MEMBER_DEPTH and nested and not depth_within(raw, MAX_MEMBER_DEPTH):
                    raise Fail()
                members.append((key, Raw(raw)))
            r.ws()
            nxt = r.peek()
            r.i += 1
            if nxt == "}":
                break
            if nxt != ",":
                raise Fail()
    if not r.at_end():
        raise Fail()
    return b.finish()


def _legacy(text: str) -> Body:
    r = Reader(text)
    items: List[LegacyItem] = []
    r.ws()
    r.expect("[")
    r.ws()
    if r.peek() == "]":
        r.i += 1
    else:
        while True:
            r.ws()
            items.append(_legacy_item(r))
            r.ws()
            nxt = r.peek()
            r.i += 1
            if nxt == "]":
                break
            if nxt != ",":
                raise Fail()
    if not r.at_end():
        raise Fail()
    return Body("legacy", items=items) if items else Body("other_json")


def _legacy_item(r: Reader) -> LegacyItem:
    item = LegacyItem()
    r.expect("{")
    r.ws()
    if r.peek() == "}":
        r.i += 1
        return item
    while True:
        r.ws()
        slot = legacy_key(r.key(), item.code is not None, item.message is not None)
        r.ws()
        if slot is None:
            r.value(2)
        else:
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
        r.ws()
        nxt = r.peek()
        r.i += 1
        if nxt == "}":
            return item
        if nxt != ",":
            raise Fail()
