"""HTTP dates as the Rust classifier reads ``Retry-After`` (the ``httpdate`` crate):
IMF-fixdate, RFC 850 and asctime, years 1970..=9999, a real day whose weekday is right."""

import calendar
import re
from typing import Callable, Optional, Tuple

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_LONG_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TWO = re.compile(r"[0-9]{2}\Z")
_FOUR = re.compile(r"[0-9]{4}\Z")


def _two(s: str, at: int) -> Optional[int]:
    return int(s[at : at + 2]) if _TWO.match(s[at : at + 2]) else None


def _four(s: str, at: int) -> Optional[int]:
    return int(s[at : at + 4]) if _FOUR.match(s[at : at + 4]) else None


def _index(names: Tuple[str, ...], test: Callable[[str], bool]) -> int:
    """The position of the first name that passes ``test``, else -1."""
    for i, name in enumerate(names):
        if test(name):
            return i
    return -1


def http_date(s: str) -> Optional[int]:
    """An HTTP date in seconds since the epoch, else ``None``."""
    if not s.isascii():
        return None
    x = s.strip(" \t\n\x0b\x0c\r")
    for parse in (_imf_fixdate, _rfc850, _asctime):
        at = parse(x)
        if at is not None:
            return at
    return None


def _imf_fixdate(s: str) -> Optional[int]:
    # Sun, 06 Nov 1994 08:49:37 GMT
    if len(s) != 29 or s[25:] != " GMT" or s[16] != " " or s[19] != ":" or s[22] != ":":
        return None
    wday = _index(_DAYS, lambda d: s.startswith(d + ", "))
    mon = _index(_MONTHS, lambda m: s[7:12] == f" {m} ")
    return _valid(_two(s, 23), _two(s, 20), _two(s, 17), _two(s, 5), mon, _four(s, 12), wday)


def _rfc850(s: str) -> Optional[int]:
    # Sunday, 06-Nov-94 08:49:37 GMT
    if len(s) < 23:
        return None
    wday = _index(_LONG_DAYS, lambda d: s.startswith(d + ", "))
    if wday < 0:
        return None
    r = s[len(_LONG_DAYS[wday]) + 2 :]
    if len(r) != 22 or r[12] != ":" or r[15] != ":" or r[18:] != " GMT":
        return None
    yy = _two(r, 7)
    year = None if yy is None else (2000 + yy if yy < 70 else 1900 + yy)
    mon = _index(_MONTHS, lambda m: r[2:7] == f"-{m}-")
    return _valid(_two(r, 16), _two(r, 13), _two(r, 10), _two(r, 0), mon, year, wday)


def _asctime(s: str) -> Optional[int]:
    # Sun Nov  6 08:49:37 1994
    if len(s) != 24 or s[10] != " " or s[13] != ":" or s[16] != ":" or s[19] != " ":
        return None
    day = (int(s[9]) if "0" <= s[9] <= "9" else None) if s[8] == " " else _two(s, 8)
    mon = _index(_MONTHS, lambda m: s[4:8] == f"{m} ")
    wday = _index(_DAYS, lambda d: s.startswith(d + " "))
    return _valid(_two(s, 17), _two(s, 14), _two(s, 11), day, mon, _four(s, 20), wday)


def _valid(
    sec: Optional[int],
    minute: Optional[int],
    hour: Optional[int],
    day: Optional[int],
    mon: int,
    year: Optional[int],
    wday: int,
) -> Optional[int]:
    if sec is None or minute is None or hour is None or day is None or year is None:
        return None
    if mon < 0 or wday < 0 or sec >= 60 or minute >= 60 or hour >= 24 or not 1970 <= year <= 9999:
        return None
    if not 1 <= day <= calendar.monthrange(year, mon + 1)[1]:
        return None
    if calendar.weekday(year, mon + 1, day) != wday:
        return None
    return calendar.timegm((year, mon + 1, day, hour, minute, sec, 0, 0, 0))
