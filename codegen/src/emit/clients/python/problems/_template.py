"""Detail templates: a received detail matched against an entry's template (literal text and
parameter slots), recovering each parameter's text, and a problem rendered back."""

from typing import List, Optional, Sequence, Tuple, Union

from ._facts import ENTRY, LOCALES, TEXTS, Entry, Segments, texts_in
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


#: A template compiled for matching (``plan``): the fixed text of a template without
#: parameters (else ``None``), the literal prefix and suffix (or ``None``), the segments
#: between them, the number of parameters, and the usual forms of the segments between:
#: ``_ONE`` (a parameter), ``_TWO`` (two different parameters around a literal), else 0.
Plan = Tuple[Optional[str], Optional[str], Optional[str], Tuple[Union[str, int], ...], int, int]
_ONE, _TWO = 1, 2


def _form(middle: Tuple[Union[str, int], ...], count: int) -> int:
    """The usual form of the segments between the prefix and the suffix, else 0."""
    if len(middle) == 1 and isinstance(middle[0], int) and middle[0] < count:
        return _ONE
    if len(middle) == 3:
        first, literal, second = middle
        if isinstance(first, int) and isinstance(literal, str) and isinstance(second, int):
            if first != second and first < count and second < count:
                return _TWO
    return 0


def plan(segments: Segments, count: int) -> Plan:
    """``segments`` compiled for ``match_plan``, as ``match_segments`` reads them."""
    last = len(segments)
    if last == 1 and isinstance(segments[0], str):
        return segments[0], None, None, (), count, 0
    first = 0
    prefix = segments[0] if last > 0 else None
    if isinstance(prefix, str):
        first = 1
    else:
        prefix = None
    suffix = segments[last - 1] if last > first else None
    if isinstance(suffix, str):
        last -= 1
    else:
        suffix = None
    middle = tuple(segments[first:last])
    return None, prefix, suffix, middle, count, _form(middle, count)


def match_segments(segments: Segments, detail: str, count: int) -> Optional[List[str]]:
    """The text of each of ``count`` parameters in ``detail``, or ``None`` when it does not
    fit. Only literal text is compared: the prefix, the suffix, then each middle literal at
    its leftmost occurrence; a parameter used twice must have the same text both times."""
    return match_plan(plan(segments, count), detail)


def match_plan(compiled: Plan, detail: str) -> Optional[List[str]]:
    """``match_segments`` on segments compiled by ``plan``."""
    fixed, prefix, suffix, middle, count, form = compiled
    if fixed is not None:
        # Fixed text: the detail is that text, or it does not fit.
        return [""] * count if detail == fixed else None
    start, end = 0, len(detail)
    if prefix is not None:
        if not detail.startswith(prefix):
            return None
        start = len(prefix)
    if suffix is not None:
        if end - start < len(suffix) or not detail.endswith(suffix):
            return None
        end -= len(suffix)
    if form == _ONE:
        texts = [""] * count
        texts[middle[0]] = detail[start:end]  # type: ignore[index]
        return texts
    if form == _TWO:
        first, literal, second = middle
        at = detail.find(literal, start)  # type: ignore[arg-type]
        if at < 0 or at + len(literal) > end:  # type: ignore[arg-type]
            return None
        texts = [""] * count
        texts[first] = detail[start:at]  # type: ignore[index]
        texts[second] = detail[at + len(literal) : end]  # type: ignore[arg-type,index]
        return texts
    found: List[Optional[str]] = [None] * count
    pending = -1
    for segment in middle:
        if type(segment) is int:
            pending = segment
            continue
        at = detail.find(segment, start)  # type: ignore[arg-type]
        if at < 0 or at + len(segment) > end or not 0 <= pending < count:  # type: ignore[arg-type]
            return None
        text = detail[start:at]
        if found[pending] is None:
            found[pending] = text
        elif found[pending] != text:
            return None
        pending, start = -1, at + len(segment)  # type: ignore[arg-type]
    if pending >= 0:
        text = detail[start:end]
        if pending >= count or (found[pending] is not None and found[pending] != text):
            return None
        found[pending] = text
    elif start != end:
        return None
    return [t if t is not None else "" for t in found]


#: Each entry's templates compiled, per locale (``None`` where the locale has none).
_PLANS: Tuple[Tuple[Optional[Plan], ...], ...] = tuple(
    tuple(None if own is None else plan(own[1], len(entry.params)) for own in TEXTS[entry.position])
    for entry in ENTRY
)


def from_detail(entry: Entry, locale: int, detail: str) -> Optional[List[str]]:
    """The parameter texts of ``entry`` from ``detail`` in one locale, whole numbers
    checked; ``None`` when it does not fit (or the locale has no text for the entry)."""
    plans = _PLANS[entry.position]
    compiled = plans[locale] if locale < len(plans) else None
    if compiled is None:
        return None
    return _whole_numbers_checked(entry, match_plan(compiled, detail))


def _whole_numbers_checked(entry: Entry, texts: Optional[List[str]]) -> Optional[List[str]]:
    """``texts``, unless a whole-number parameter's text is not one."""
    if texts is not None:
        for i in entry.integers:
            if not is_u64(texts[i]):
                return None
    return texts


def match_detail(entry: Entry, locale: int, detail: str) -> Optional[List[str]]:
    """``from_detail`` on the text as received, then trimmed."""
    plans = _PLANS[entry.position]
    compiled = plans[locale] if locale < len(plans) else None
    if compiled is None:
        return None
    found = _whole_numbers_checked(entry, match_plan(compiled, detail))
    if found is not None:
        return found
    trimmed = trim(detail)
    return from_detail(entry, locale, trimmed) if len(trimmed) != len(detail) else None


def match_detail_any(entry: Entry, detail: str) -> Optional[Tuple[int, List[str]]]:
    """The first locale whose template of ``entry`` fits ``detail``, and the texts."""
    texts = match_detail(entry, 0, detail)
    if texts is not None:
        return 0, texts
    for locale in range(1, len(LOCALES)):
        texts = match_detail(entry, locale, detail)
        if texts is not None:
            return locale, texts
    return None


def render(entry: Entry, locale: int, texts: Sequence[str]) -> str:
    """The template of ``entry`` in ``locale`` with the parameter texts in its slots."""
    own = texts_in(entry, locale) or texts_in(entry, 0)
    assert own is not None
    return "".join(s if isinstance(s, str) else texts[s] for s in own[1])
