"""JSON as the Rust classifier reads it (serde_json): the grammar of RFC 8259, strings whose
``\\u`` escapes must pair up when their text is used, numbers as unsigned, signed or
floating (out of range is an error), at most 127 levels of nesting where values are parsed,
none where they are only skipped. Values are Python's: ``int`` for serde_json's integers,
``float`` for its floats, ``Pairs`` (a tuple) for objects (members as received)."""

from typing import Callable, List, Tuple, Union

#: Levels of nesting serde_json allows while parsing values (its limit is 128).
MAX_DEPTH = 127
U64_MAX = 18446744073709551615
I64_MIN = -9223372036854775808


class Fail(Exception):
    """Text serde_json refuses."""


#: The members of a JSON object as received, in order, duplicates included: a tuple, which
#: nothing else read from JSON is (``json`` builds one from its list of members at C speed).
Pairs = Tuple[Tuple[str, "Value"], ...]
Value = Union[None, bool, int, float, str, Pairs, List["Value"]]

_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = frozenset("0123456789abcdefABCDEF")
_DIGITS = frozenset("0123456789")


def number(text: str, plain: bool) -> Union[int, float]:
    """serde_json's number for grammatical number text (``plain``: no fraction, exponent)."""
    if plain:
        n = int(text) if len(text) <= 21 else None
        if n is not None and (0 <= n <= U64_MAX or (I64_MIN <= n < 0)):
            return -0.0 if text == "-0" else n
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise Fail()
    return value


class Reader:
    """A cursor over JSON text."""

    def __init__(self, s: str, at: int = 0) -> None:
        self.s = s
        self.i = at

    def ws(self) -> None:
        s, i, n = self.s, self.i, len(self.s)
        while i < n and s[i] in " \n\r\t":
            i += 1
        self.i = i

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def at_end(self) -> bool:
        self.ws()
        return self.i == len(self.s)

    def expect(self, c: str) -> None:
        if self.peek() != c:
            raise Fail()
        self.i += 1

    def string(self, skip: bool = False) -> str:
        """A string at the cursor: its text (escapes decoded, surrogates paired), or with
        ``skip`` nothing (escapes checked, surrogates not)."""
        self.expect('"')
        s, i, n = self.s, self.i, len(self.s)
        out: List[str] = []
        start = i
        while True:
            if i >= n:
                raise Fail()
            c = s[i]
            if c == '"':
                out.append(s[start:i])
                self.i = i + 1
                return "" if skip else "".join(out)
            if c < " ":
                raise Fail()
            if c != "\\":
                i += 1
                continue
            out.append(s[start:i])
            e = s[i + 1 : i + 2]
            i += 2
            if e in _ESCAPES:
                out.append(_ESCAPES[e])
            elif e == "u":
                code = self._hex(i)
                i += 4
                if not skip:
                    if 0xDC00 <= code <= 0xDFFF:
                        raise Fail()
                    if 0xD800 <= code <= 0xDBFF:
                        if s[i : i + 2] != "\\u":
                            raise Fail()
                        low = self._hex(i + 2)
                        if not 0xDC00 <= low <= 0xDFFF:
                            raise Fail()
                        i += 6
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    out.append(chr(code))
            else:
                raise Fail()
            start = i

    def _hex(self, at: int) -> int:
        digits = self.s[at : at + 4]
        if len(digits) != 4 or not all(c in _HEX for c in digits):
            raise Fail()
        return int(digits, 16)

    def number_text(self) -> Tuple[str, bool]:
        """The text of a number at the cursor, checked against the grammar."""
        s, start = self.s, self.i
        i = start
        if s[i : i + 1] == "-":
            i += 1
        first = s[i : i + 1]
        if first == "0":
            i += 1
        elif first in _DIGITS and first:
            while s[i : i + 1] in _DIGITS and i < len(s):
                i += 1
        else:
            raise Fail()
        if s[i : i + 1] in _DIGITS and i < len(s):
            raise Fail()
        plain = True
        if s[i : i + 1] == ".":
            plain = False
            i = self._digits(i + 1)
        if s[i : i + 1] in ("e", "E"):
            plain = False
            i += 1
            if s[i : i + 1] in ("+", "-"):
                i += 1
            i = self._digits(i)
        self.i = i
        return s[start:i], plain

    def _digits(self, i: int) -> int:
        start = i
        while i < len(self.s) and self.s[i] in _DIGITS:
            i += 1
        if i == start:
            raise Fail()
        return i

    def scalar(self, skip: bool) -> Value:
        c = self.peek()
        if c == '"':
            return self.string(skip)
        for word, value in (("true", True), ("false", False), ("null", None)):
            if c == word[0]:
                if not self.s.startswith(word, self.i):
                    raise Fail()
                self.i += len(word)
                return value
        if c == "-" or (c in _DIGITS and c):
            text, plain = self.number_text()
            return None if skip else number(text, plain)
        raise Fail()

    def sequence(self, open_: str, close: str, item: Callable[[], None]) -> None:
        """``open_``, items separated by commas, then ``close`` (whitespace around each
        skipped); each item read by ``item``."""
        self.ws()
        self.expect(open_)
        self.ws()
        if self.peek() == close:
            self.i += 1
            return
        while True:
            self.ws()
            item()
            self.ws()
            nxt = self.peek()
            self.i += 1
            if nxt == close:
                return
            if nxt != ",":
                raise Fail()

    def key(self, skip: bool = False) -> str:
        """An object key and its colon."""
        key = self.string(skip)
        self.ws()
        self.expect(":")
        return key

    def skip(self) -> None:
        """Skip any value, as serde_json ignores it: grammar only, no depth limit."""
        stack: List[str] = []
        while True:
            self.ws()
            c = self.peek()
            if c in ("{", "["):
                self.i += 1
                self.ws()
                close = "}" if c == "{" else "]"
                if self.peek() == close:
                    self.i += 1
                else:
                    stack.append(close)
                    if close == "}":
                        self.key(True)
                    continue
            else:
                self.scalar(True)
            while True:
                if not stack:
                    return
                self.ws()
                nxt = self.peek()
                if nxt == ",":
                    self.i += 1
                    if stack[-1] == "}":
                        self.ws()
                        self.key(True)
                    break
                if nxt != stack[-1]:
                    raise Fail()
                self.i += 1
                stack.pop()

    def value(self, depth: int) -> Value:
        """Parse a value at nesting level ``depth`` (that of the container it is in)."""
        self.ws()
        c = self.peek()
        if c not in ("{", "["):
            return self.scalar(False)
        if depth + 1 > MAX_DEPTH:
            raise Fail()
        if c == "[":
            items: List[Value] = []
            self.sequence("[", "]", lambda: items.append(self.value(depth + 1)))
            return items
        members: List[Tuple[str, Value]] = []

        def member() -> None:
            key = self.key()
            members.append((key, self.value(depth + 1)))

        self.sequence("{", "}", member)
        return tuple(members)


def depth_within(json: str, limit: int) -> bool:
    """Whether ``json`` nests at most ``limit`` levels deep (strings skipped)."""
    depth = 0
    in_string = escaped = False
    for c in json:
        if in_string:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "[{":
            depth += 1
            if depth > limit:
                return False
        elif c in "]}" and depth > 0:
            depth -= 1
    return True
