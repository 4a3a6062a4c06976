"""Detail templates: a received detail matched against an entry's template (literal text and
parameter slots), recovering each parameter's text, and a problem rendered back."""

from typing import List, Optional, Sequence, Tuple

from ._facts import LOCALES, TEXTS, Entry, Segments, texts_in
from ._text import trim

U64_MAX = 18446744073709551615


def is_u64(text: str) -> bool:
    """Whether ``text`` is a whole number as rendering writes one: digits, no sign, no
    leading zero, at most 2^64 - 1."""
    return (
        0 < len(text) <= 20
        and text.isascii()
        and text.isdigit()
        and (len(text) == 1 or text[0] != "0")
        and int(text) <= U64_MAX
    )


def match_segments(segments: Segments, detail: str, count: int) -> Optional[List[str]]:
    """The text of each of ``count`` parameters in ``detail``, or ``None`` when it does not
    fit. Only literal text is compared: the prefix, the suffix, then each middle literal at
    its leftmost occurrence; a parameter used twice must have the same text both times."""
    last = len(segments)
    if last == 1:
        only = segments[0]
        if isinstance(only, str):
            # Fixed text: the detail is that text, or it does not fit.
            return [""] * count if detail == only else None
    texts: List[Optional[str]] = [None] * count
    start, end, first = 0, len(detail), 0
    prefix = segments[0] if last > 0 else None
    if isinstance(prefix, str):
        if not detail.startswith(prefix):
            return None
        start, first = len(prefix), 1
    suffix = segments[last - 1] if last > first else None
    if isinstance(suffix, str):
        if end - start < len(suffix) or not detail.endswith(suffix):
            return None
        end, last = end - len(suffix), last - 1
    pending = -1
    for k in range(first, last):
        segment = segments[k]
        if not isinstance(segment, str):
            pending = segment
            continue
        at = detail.find(segment, start)
        if at < 0 or at + len(segment) > end or not 0 <= pending < count:
            return None
        text = detail[start:at]
        if texts[pending] is None:
            texts[pending] = text
        elif texts[pending] != text:
            return None
        pending, start = -1, at + len(segment)
    if pending >= 0:
        text = detail[start:end]
        if pending >= count or (texts[pending] is not None and texts[pending] != text):
            return None
        texts[pending] = text
    elif start != end:
        return None
    return [t if t is not None else "" for t in texts]


def from_detail(entry: Entry, locale: int, detail: str) -> Optional[List[str]]:
    """The parameter texts of ``entry`` from ``detail`` in one locale, whole numbers
    checked; ``None`` when it does not fit (or the locale has no text for the entry)."""
    texts = TEXTS[entry.position]
    own = texts[locale] if locale < len(texts) else None
    if own is None:
        return None
    values = match_segments(own[1], detail, len(entry.params))
    if values is not None and entry.integers and not all(is_u64(values[i]) for i in entry.integers):
        return None
    return values


def match_detail(entry: Entry, locale: int, detail: str) -> Optional[List[str]]:
    """``from_detail`` on the text as received, then trimmed."""
    found = from_detail(entry, locale, detail)
    if found is not None:
        return found
    trimmed = trim(detail)
    return from_detail(entry, locale, trimmed) if len(trimmed) != len(detail) else None


def match_detail_any(entry: Entry, detail: str) -> Optional[Tuple[int, List[str]]]:
    """The first locale whose template of ``entry`` fits ``detail``, and the texts."""
    for locale in range(len(LOCALES)):
        texts = match_detail(entry, locale, detail)
        if texts is not None:
            return locale, texts
    return None


def render(entry: Entry, locale: int, texts: Sequence[str]) -> str:
    """The template of ``entry`` in ``locale`` with the parameter texts in its slots."""
    own = texts_in(entry, locale) or texts_in(entry, 0)
    assert own is not None
    return "".join(s if isinstance(s, str) else texts[s] for s in own[1])
