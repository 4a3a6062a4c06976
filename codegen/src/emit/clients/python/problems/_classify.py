"""Classification: read the body into its shape, identify the entry, and build the
classified value (a typed problem, or ``Unknown`` keeping everything received). Never raises
on a body."""

import random
from typing import Any, Callable, Dict, List, Optional, Tuple, Type, Union, cast

from ._body import MAX_RAW_TEXT, Fields, Member
from ._canonical import member_plain
from ._facts import BY_ID, ENTRY, INDEX, LOCALES, Entry, texts_in
from ._identify import TEXTS, Identified, gateway, legacy, problem
from ._read import read
from ._retry import DEFAULT_POLICY, Delay, Headers, RetryAdvice, RetryPolicy, decide, delay_in_text
from ._retry import header_pairs, hint_for_status, retry_after
from ._template import match_detail_any, render
from ._text import bounded_bytes, bounded_string, fold_ascii, trim, well_formed
from .types import PROBLEM_CLASSES, Problem, Unknown

_UNPARSED = frozenset(("other_json", "invalid_json", "text", "too_large"))
_UNKNOWN = Unknown()


def _maker(entry: Entry) -> Callable[[List[str]], Problem]:
    """The typed problem of ``entry`` from its parameter texts (whole numbers as ints). A
    problem without parameters is the same frozen value every time; the fields of one with
    parameters are set as its dataclass ``__init__`` sets them, without the cost of calling
    it."""
    cls = PROBLEM_CLASSES[entry.id]
    if not entry.params:
        only = cls()
        return lambda texts: only
    names = tuple(p.name for p in entry.params)
    integers = tuple(p.kind == "integer" for p in entry.params)
    kind = cast(Type[Any], cls)
    if "__slots__" in vars(kind) or hasattr(kind, "__post_init__"):
        return lambda texts: cls(*(int(t) if i else t for i, t in zip(integers, texts)))
    new = object.__new__
    if not any(integers):
        # One or two text parameters (most entries) are stored one by one: quicker than
        # `update` from a `zip`.
        if len(names) == 1:
            (name,) = names

            def make_one(texts: List[str]) -> Problem:
                problem: Problem = new(kind)
                problem.__dict__[name] = texts[0]
                return problem

            return make_one
        if len(names) == 2:
            first, second = names

            def make_two(texts: List[str]) -> Problem:
                problem: Problem = new(kind)
                fields = problem.__dict__
                fields[first] = texts[0]
                fields[second] = texts[1]
                return problem

            return make_two

        def make(texts: List[str]) -> Problem:
            problem: Problem = new(kind)
            vars(problem).update(zip(names, texts))
            return problem

        return make

    def make_with_integers(texts: List[str]) -> Problem:
        problem: Problem = new(kind)
        vars(problem).update(zip(names, [int(t) if i else t for i, t in zip(integers, texts)]))
        return problem

    return make_with_integers


#: Each entry's typed problem from its parameter texts, by id.
_MAKERS = {entry.id: _maker(entry) for entry in ENTRY}


class Classification:
    """A classified response: the typed problem (or ``Unknown``) and everything else it
    said."""

    __slots__ = (
        "status", "shape", "id", "identified_by", "problem", "type", "title", "detail", "instance",
        "body_status", "catalogue_status", "raw_text", "raw_text_truncated", "server_delay", "_found",
        "_fields",
    )

    def __init__(self, status: int, headers: Optional[Headers], body: Union[bytes, str]) -> None:
        pairs = header_pairs(headers) if headers is not None else ()
        #: The ``Retry-After`` header as a delay.
        self.server_delay: Optional[Delay] = retry_after(pairs) if pairs else None
        #: The HTTP status of the response.
        self.status = status
        read_ = read(body)
        #: What the body was: ``problem``, ``gateway``, ``legacy``, ``empty``, ``other_json``,
        #: ``invalid_json``, ``text`` or ``too_large``.
        self.shape = shape = read_.shape
        f = self._fields = read_.fields
        found: Optional[Identified] = None
        #: The start of a body that was not read as JSON classification understands.
        raw_text: Optional[str] = None
        #: Whether ``raw_text`` is only the start of the body.
        truncated = False
        if f is not None:
            if shape == "problem":
                found = problem(status, f)
            elif f.detail is not None:
                found = gateway(status, f.status, f.detail)
            #: The detail as received: the gateway's message, a legacy list's first message.
            self.detail: Optional[str] = f.detail
            #: The ``type``, ``title`` and ``instance`` members as received (the type is often
            #: a generic one), and the status written in the body (``status``, or
            #: ``statusCode``).
            self.type, self.title, self.instance, self.body_status = f.type, f.title, f.instance, f.status
        else:
            self.detail = None
            self.type = self.title = self.instance = self.body_status = None
            if read_.items is not None:
                found = legacy(status, read_.items)
                self.detail = next((i.message for i in read_.items if i.message is not None), None)
            elif shape in _UNPARSED:
                raw_text, truncated = (
                    bounded_string(well_formed(body), MAX_RAW_TEXT)
                    if isinstance(body, str)
                    else bounded_bytes(bytes(body), MAX_RAW_TEXT)
                )
        self.raw_text = raw_text
        self.raw_text_truncated = truncated
        self._found = found
        if found is None:
            #: The identified entry, also when its parameters were lost.
            self.id: Optional[str] = None
            #: How the entry was found.
            self.identified_by = "unidentified"
            #: The typed problem, or ``Unknown``.
            self.problem: Union[Problem, Unknown] = _UNKNOWN
            #: The status the catalogue assigns to the identified entry.
            self.catalogue_status: Optional[int] = None
        else:
            entry = found.entry
            self.id = entry.id
            self.identified_by = found.by
            self.problem = _UNKNOWN if found.texts is None else _MAKERS[entry.id](found.texts)
            self.catalogue_status = entry.status

    @property
    def param_texts(self) -> Dict[str, str]:
        """Each parameter's text as recovered."""
        found = self._found
        if found is None or found.texts is None:
            return {}
        return {p.name: t for p, t in zip(found.entry.params, found.texts)}

    @property
    def members(self) -> List[Tuple[str, Member]]:
        """(name, value) of each extension member the entry does not declare, in order:
        parameters live in the typed problem."""
        f, found = self._fields, self._found
        if f is None:
            return []
        if found is None or found.texts is None or not found.entry.params:
            return f.members
        own = {p.name for p in found.entry.params}
        return [m for m in f.members if m[0] not in own]

    @property
    def known(self) -> bool:
        """Whether an entry was identified."""
        return self.id is not None

    def extension(self, name: str) -> Any:
        """An extension member the entry does not declare, as plain Python (``None`` when
        absent or unreadable)."""
        for key, value in reversed(self.members):
            if key == name:
                return member_plain(value)
        return None

    @property
    def extensions(self) -> Dict[str, Any]:
        """Every extension member the entry does not declare (a later duplicate wins)."""
        return {name: self.extension(name) for name, _ in self.members}

    @property
    def trace_id(self) -> Optional[str]:
        """The ePayment API's ``traceId``, when it is text."""
        value = self.extension("traceId")
        return value if isinstance(value, str) else None

    @property
    def locale(self) -> Optional[str]:
        """The locale whose title or template the body matched."""
        found = self._found
        if found is None or found.locale is None:
            return None
        if found.locale != TEXTS:
            return LOCALES[found.locale]
        if self.title is not None:
            title = fold_ascii(trim(self.title))
            for index in INDEX:
                if found.entry.position in index.titles.get(title, ()):
                    return LOCALES[index.locale]
        any_ = None if self.detail is None else match_detail_any(found.entry, self.detail)
        return None if any_ is None else LOCALES[any_[0]]

    @property
    def retry_hint(self) -> str:
        """The entry's retry hint, else the rule for the response's status."""
        return hint_for_status(self.status) if self.id is None else BY_ID[self.id].retry

    @property
    def delay(self) -> Optional[Delay]:
        """The wait the server asked for: ``Retry-After``, else one named in the detail."""
        if self.server_delay is not None:
            return self.server_delay
        text = self.detail if self.detail is not None else self.raw_text
        seconds = None if text is None else delay_in_text(text)
        return None if seconds is None else Delay(seconds * 1000.0, seconds, "message")

    def retry_advice(self, attempt: int = 0, policy: RetryPolicy = DEFAULT_POLICY) -> RetryAdvice:
        """Whether, how and when to retry; ``attempt`` counts the retries already made."""
        return decide(self.retry_hint, self.delay, policy, attempt, random.random())


def classify(status: int, headers: Optional[Headers] = None, body: Union[bytes, str] = b"") -> Classification:
    """Classify a response from its status, headers and body (bytes, or text). Never raises
    on a body: one no one expected gives an ``Unknown`` problem with what was read."""
    return Classification(status, headers, body)


def texts(p: Problem, locale: str) -> Tuple[str, str]:
    """A problem's title and detail in ``locale`` (the source's where it has no text)."""
    entry = BY_ID[p.id]
    at = LOCALES.index(locale) if locale in LOCALES else 0
    own = at if texts_in(entry, at) is not None else 0
    values = [str(getattr(p, param.name)) for param in entry.params]
    title = texts_in(entry, own)
    assert title is not None
    return title[0], render(entry, own, values)
