"""JSON text as the Rust classifier writes it (serde_json's ``Value``): object members
sorted by key (a later duplicate wins), integers with every digit, other numbers in their
shortest form (fixed notation for decimal exponents -5..=15, else ``1.5e+300``), strings
escaped only where JSON requires it."""

import json
from typing import Any, Dict, List, Union

from ._body import Member, Raw
from ._json import I64_MIN, U64_MAX, Fail, Pairs, Reader, Value


def number_value(n: Union[int, float]) -> Union[int, float]:
    """The number serde_json holds: an integer within u64 or i64 as it is, any other as a
    float; ``Fail`` when it is out of the float range."""
    if isinstance(n, int) and I64_MIN <= n <= U64_MAX:
        return n
    try:
        value = float(n)
    except OverflowError:
        raise Fail() from None
    if value in (float("inf"), float("-inf")) or value != value:
        raise Fail()
    return value


def _items(value: Union[Pairs, List[Value]]) -> List[Value]:
    """The values of an object's members, or of an array's items."""
    if isinstance(value, tuple):
        return [item for _, item in value]
    return value


def check(value: Value) -> None:
    """``Fail`` when serde_json could not have parsed ``value`` (a number out of range)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number_value(value)
    elif isinstance(value, list):
        for item in _items(value):
            check(item)


def format_float(x: float) -> str:
    """A float in the notation serde_json writes."""
    if x == 0:
        return "-0.0" if str(x).startswith("-") else "0.0"
    sign = "-" if x < 0 else ""
    text = repr(abs(x))
    if "e" in text:
        mantissa, exp = text.split("e")
        digits = mantissa.replace(".", "")
        e = int(exp)
    else:
        whole, _, fraction = text.partition(".")
        if whole != "0":
            digits, e = whole + fraction, len(whole) - 1
        else:
            stripped = fraction.lstrip("0")
            digits, e = stripped, -(len(fraction) - len(stripped)) - 1
    digits = digits.rstrip("0") or "0"
    if e < -5 or e > 15:
        point = f"{digits[0]}.{digits[1:]}" if len(digits) > 1 else digits
        return f"{sign}{point}e{'-' if e < 0 else '+'}{abs(e)}"
    if len(digits) - 1 <= e:
        return f"{sign}{digits}{'0' * (e + 1 - len(digits))}.0"
    if e >= 0:
        return f"{sign}{digits[: e + 1]}.{digits[e + 1 :]}"
    return f"{sign}0.{'0' * (-e - 1)}{digits}"


def to_json(value: Value) -> str:
    """A value as JSON text; ``Fail`` for a number serde_json could not hold."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (int, float)):
        n = number_value(value)
        return str(n) if isinstance(n, int) else format_float(n)
    if isinstance(value, tuple):
        last: Dict[str, Value] = {}
        for key, item in value:
            last[key] = item
        items = ",".join(f"{json.dumps(k, ensure_ascii=False)}:{to_json(last[k])}" for k in sorted(last))
        return "{" + items + "}"
    return "[" + ",".join(to_json(item) for item in _items(value)) + "]"


def resolve(member: Member) -> Value:
    """A member as serde_json reads it alone: ``Fail`` when it cannot."""
    if isinstance(member, Raw):
        reader = Reader(member.text)
        value = reader.value(0)
        if not reader.at_end():
            raise Fail()
        return value
    check(member)
    return member


def member_json(member: Member) -> str:
    """A member as JSON text: ``null`` when serde_json cannot read it as a value."""
    try:
        return to_json(resolve(member))
    except Fail:
        return "null"


def plain(value: Value) -> Any:
    """A value as plain Python: objects as dicts (a later duplicate wins)."""
    if isinstance(value, tuple):
        return {key: plain(item) for key, item in value}
    if isinstance(value, list):
        return [plain(item) for item in _items(value)]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_value(value)
    return value


def member_plain(member: Member) -> Any:
    """A member as plain Python (``None`` when it cannot be read)."""
    try:
        return plain(resolve(member))
    except Fail:
        return None


__all__: List[str] = ["check", "format_float", "member_json", "member_plain", "resolve", "to_json"]
