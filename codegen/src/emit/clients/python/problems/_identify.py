"""Which catalogue entry a received body is, in the Rust classifier's order:

1. the exact ``type`` URI of an entry (generic per-status URIs identify nothing);
2. ``title`` (ASCII case and outer spaces ignored) among the entries of the HTTP status,
   then of the body's status, then of any; the ``detail`` chooses between entries sharing it;
3. the ``detail`` against every template (same widening of statuses);

and for other shapes: the gateway's ``message`` against the gateway entries, a legacy code,
then a legacy message. Each step runs over the source texts, then each translation's."""

from typing import List, Optional, Sequence, Tuple, Union

from ._body import Fields, LegacyItem, Member
from ._canonical import resolve
from ._facts import BY_TYPE, ENTRY, INDEX, Entry, Index, Param
from ._json import U64_MAX, Fail
from ._template import from_detail, is_u64, match_detail, match_detail_any
from ._text import fold_ascii, trim

#: The locale of an entry known by its type URI or legacy code: that of its own title or
#: detail, found when asked for.
TEXTS = -1


class Identified:
    """An identified entry: its parameter texts (``None`` when they are lost), how it was
    found, and the locale whose text matched (a position, ``TEXTS``, or ``None``)."""

    __slots__ = ("entry", "texts", "by", "locale")

    def __init__(self, entry: Entry, texts: Optional[List[str]], by: str, locale: Optional[int]) -> None:
        self.entry = entry
        self.texts = texts
        self.by = by
        self.locale = locale


_AMBIGUOUS = "ambiguous"


def _scopes(status: int, body_status: Optional[int]) -> Sequence[Optional[int]]:
    """The HTTP status, then the body's own status when it differs, then every status."""
    if body_status is None or body_status == status:
        return (status, None)
    return (status, body_status, None)


def _positions(index: Index, scope: Optional[int]) -> Sequence[int]:
    return index.all if scope is None else index.by_status.get(scope, ())


def problem(status: int, f: Fields) -> Optional[Identified]:
    """A problem+json object."""
    if f.type is not None:
        entry = BY_TYPE.get(f.type)
        if entry is not None:
            return Identified(entry, _with_params(entry, f), "type_uri", TEXTS)
    detail = f.detail
    if f.title is not None:
        # A title of the source's as written is looked up before folding it: the same list.
        exact = INDEX[0].exact.get(f.title)
        if exact is not None and len(exact) == 1:
            # Of one entry: whatever the scope, it is the one (what ``_by_title`` finds).
            return _single(ENTRY[exact[0]], 0, f)
        title = None if exact is not None else fold_ascii(trim(f.title))
        for index in INDEX:
            titled: Optional[List[int]] = exact
            if titled is None or index.locale != 0:
                if title is None:
                    title = fold_ascii(trim(f.title))
                titled = index.titles.get(title)
            found = _by_title(index, status, f, titled)
            if found is _AMBIGUOUS:
                break
            if isinstance(found, Identified):
                return found
    if detail is None:
        return None
    for index in INDEX:
        for scope in _scopes(status, f.status):
            best = _best_of(index, _positions(index, scope), detail)
            if best is not None:
                return Identified(best[0], best[1], "template", index.locale)
    return None


def _by_title(index: Index, status: int, f: Fields, titled: Optional[List[int]]) -> Union[Identified, str, None]:
    """The entry of the entries titled alike (``titled``) in the locale of ``index``."""
    if titled is None:
        return None
    if len(titled) == 1:
        # One entry has the title: whatever the scope, it is the one.
        return _single(ENTRY[titled[0]], index.locale, f)
    for scope in _scopes(status, f.status):
        here = titled if scope is None else [at for at in titled if ENTRY[at].status == scope]
        if not here:
            continue
        if len(here) == 1:
            return _single(ENTRY[here[0]], index.locale, f)
        # Several entries share the title: the first whose template fits the detail.
        if f.detail is not None:
            for at in here:
                texts = match_detail(ENTRY[at], index.locale, f.detail)
                if texts is not None:
                    return Identified(ENTRY[at], texts, "template", index.locale)
        return _AMBIGUOUS
    return None


def _single(entry: Entry, locale: int, f: Fields) -> Identified:
    """The one entry with the title: the detail gives the parameters (in this locale, else
    in any), else the members do."""
    detail = f.detail
    texts = None if detail is None else match_detail(entry, locale, detail)
    if texts is not None:
        return Identified(entry, texts, "title", locale)
    found = None if detail is None else match_detail_any(entry, detail)
    if found is not None:
        return Identified(entry, found[1], "title", found[0])
    return Identified(entry, _with_params(entry, f), "title", locale)


def _best_of(index: Index, positions: Sequence[int], detail: str) -> Optional[Tuple[Entry, List[str]]]:
    """Among ``positions`` (most literal text first), the first template with literal text
    that fits ``detail``."""
    for at in positions:
        if index.weights[at] == 0:
            return None
        texts = match_detail(ENTRY[at], index.locale, detail)
        if texts is not None:
            return ENTRY[at], texts
    return None


def gateway(status: int, status_code: Optional[int], message: str) -> Optional[Identified]:
    """The gateway's message: its entries of the response's status, then of the body's,
    then any; in each locale."""
    code = status_code if status_code != status else None
    for index in INDEX:
        for step in range(3):
            for at in index.gateway:
                s = ENTRY[at].status
                if (0 if s == status else 1 if s == code else 2) != step or index.weights[at] == 0:
                    continue
                texts = match_detail(ENTRY[at], index.locale, message)
                if texts is not None:
                    return Identified(ENTRY[at], texts, "gateway_message", index.locale)
    return None


def legacy(status: int, items: Sequence[LegacyItem]) -> Optional[Identified]:
    """A legacy list, as the code and message of each object: the first that identifies."""
    source = INDEX[0]
    for item in items:
        if item.code is not None:
            wanted = trim(item.code)
            coded = [at for at in source.legacy if ENTRY[at].error_code == wanted]
            same = [at for at in coded if ENTRY[at].status == status]
            pick = same or coded
            if pick:
                entry = ENTRY[min(pick)]
                if not entry.params:
                    return Identified(entry, [], "legacy_code", TEXTS)
                found = None if item.message is None else match_detail_any(entry, item.message)
                if found is None:
                    return Identified(entry, None, "legacy_code", None)
                return Identified(entry, found[1], "legacy_code", found[0])
        if item.message is not None:
            for index in INDEX:
                for scope in (status, None):
                    candidates = [at for at in index.legacy if scope is None or ENTRY[at].status == scope]
                    best = _best_of(index, candidates, item.message)
                    if best is not None:
                        return Identified(best[0], best[1], "template", index.locale)
    return None


def _with_params(entry: Entry, f: Fields) -> Optional[List[str]]:
    """The parameter texts of a known entry: from extension members (exact, when the sender
    wrote them), else recovered from the detail."""
    params = entry.params
    if not params:
        return []
    members = [f.member(p.name) for p in params]
    # Each found member is a 1-tuple, which is true.
    if all(members):
        # Every parameter sent as a member: the detail is not read.
        texts: List[str] = []
        for param, member in zip(params, members):
            value = member[0]  # type: ignore[index]
            text = value if type(value) is str else _member_text(param, value)
            if text is None or (param.kind == "integer" and not is_u64(text)):
                return None
            texts.append(text)
        return texts
    found = None if f.detail is None else match_detail_any(entry, f.detail)
    from_text = None if found is None else found[1]
    if not any(members):
        return from_text
    if from_text is not None and _members_agree(params, from_text, members):
        return from_text
    # Some parameters are members, and the detail does not agree with them: the detail alone,
    # in the source's words.
    return None if f.detail is None else from_detail(entry, 0, f.detail)


def _member_text(param: Param, member: Member) -> Optional[str]:
    """The text of a parameter's member: a string, or for a whole number an unsigned
    integer."""
    try:
        value = resolve(member)
    except Fail:
        return None
    if isinstance(value, str):
        return value
    if param.kind == "integer" and type(value) is int and 0 <= value <= U64_MAX:
        return str(value)
    return None


def _members_agree(params: Sequence[Param], texts: Sequence[str], members: Sequence[Optional[Tuple[Member]]]) -> bool:
    """Whether every parameter sent as a member has the value the detail gave."""
    for param, text, member in zip(params, texts, members):
        if member is None:
            continue
        value = member[0]
        if type(value) is str and param.kind != "integer":
            # A string resolves to itself.
            if value != text:
                return False
            continue
        try:
            value = resolve(value)
        except Fail:
            return False
        if param.kind == "integer":
            if not (type(value) is int and 0 <= value <= U64_MAX and str(value) == text):
                return False
        elif not (isinstance(value, str) and value == text):
            return False
    return True
