"""Read a response body into one of the shapes servers send, within bounds, as the Rust
classifier does: problem and gateway objects into their members, legacy lists into the code
and message of each object. Nothing here raises past ``read``: every failure is a shape.

The readers (``_fast``, ``_exact``) fill these values through the same builders."""

from typing import List, Optional, Tuple, Union

from ._json import Value

#: Bodies longer than this many bytes are not parsed.
MAX_BODY = 64 * 1024
#: How much of an unparsed body is kept as raw text, in bytes.
MAX_RAW_TEXT = 4 * 1024


class Raw:
    """An extension member's raw JSON, read as a value only when asked for."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


Member = Union[Value, Raw]


class Fields:
    """The members of a problem (or gateway) object."""

    __slots__ = ("type", "title", "detail", "instance", "status", "members")

    def __init__(self) -> None:
        self.type: Optional[str] = None
        self.title: Optional[str] = None
        self.detail: Optional[str] = None
        self.instance: Optional[str] = None
        self.status: Optional[int] = None
        #: (name, value) of every other member and mistyped standard member, in order.
        self.members: List[Tuple[str, Member]] = []

    def member(self, name: str) -> Optional[Tuple[Member]]:
        """The value of the last member called ``name``, in a 1-tuple; ``None`` if absent."""
        for key, value in reversed(self.members):
            if key == name:
                return (value,)
        return None

    def has_problem_members(self) -> bool:
        return (
            self.type is not None
            or self.title is not None
            or self.detail is not None
            or self.status is not None
            or self.instance is not None
        )


class LegacyItem:
    """What identification needs of one object of a legacy list."""

    __slots__ = ("code", "message")

    def __init__(self) -> None:
        self.code: Optional[str] = None
        self.message: Optional[str] = None


class Body:
    """What a body turned out to be: its shape, and the members or legacy items read."""

    __slots__ = ("shape", "fields", "items")

    def __init__(
        self, shape: str, fields: Optional[Fields] = None, items: Optional[List[LegacyItem]] = None
    ) -> None:
        self.shape = shape
        self.fields = fields
        self.items = items


def status_of_text(text: str) -> Optional[int]:
    """A status from the text of a JSON string: ASCII digits, spaces around allowed."""
    digits = text.strip(" ")
    if not 1 <= len(digits) <= 3 or not digits.isascii() or not digits.isdigit():
        return None
    n = int(digits)
    return n if n >= 100 else None


class ObjectBuilder:
    """Places each member of a problem or gateway object, as both readers read it."""

    __slots__ = ("fields", "message", "code")

    def __init__(self) -> None:
        self.fields = Fields()
        #: The gateway's ``message``: (members before it, name, text).
        self.message: Optional[Tuple[int, str, str]] = None
        #: The gateway's ``statusCode``: (members before it, name, status, text or None).
        self.code: Optional[Tuple[int, str, int, Optional[str]]] = None

    def text(self, key: str, text: str) -> None:
        f = self.fields
        if key == "type":
            f.type = text
        elif key == "title":
            f.title = text
        elif key == "detail":
            f.detail = text
        elif key == "instance":
            f.instance = text
        else:
            self.message = (len(f.members), key, text)

    def status(self, key: str, n: int, text: Optional[str]) -> None:
        if key == "status":
            self.fields.status = n
        else:
            self.code = (len(self.fields.members), key, n, text)

    def finish(self) -> Body:
        f = self.fields
        if self.message is None and self.code is None:
            return Body("problem", f)
        if f.has_problem_members():
            both: List[Tuple[int, str, Member]] = []
            if self.message is not None:
                both.append((self.message[0], self.message[1], self.message[2]))
            if self.code is not None:
                at, name, n, text = self.code
                both.append((at, name, n if text is None else text))
            both.sort(key=lambda m: m[0])
            for shift, (at, name, value) in enumerate(both):
                f.members.insert(min(at + shift, len(f.members)), (name, value))
            return Body("problem", f)
        f.detail = None if self.message is None else self.message[2]
        f.status = None if self.code is None else self.code[2]
        return Body("gateway", f)


TEXT_SLOTS = frozenset(("type", "title", "detail", "instance", "message"))
STATUS_SLOTS = frozenset(("status", "statusCode"))


def legacy_key(key: str, has_code: bool, has_message: bool) -> Optional[str]:
    """Which slot a key of a legacy error object fills, given what the object has."""
    if key == "errorCode" or (key == "code" and not has_code):
        return "code"
    if key == "errorMessage" or (key == "message" and not has_message):
        return "message"
    if key in ("errorGroup", "field", "contextId"):
        return "other"
    return None
