"""Whether, how and when to send a request again: the server's delay (``Retry-After`` in
seconds or as an HTTP date, or a wait named in the message) and the retry rules."""

import math
import time
from typing import Callable, Iterable, List, Mapping, NamedTuple, Optional, Sequence, Tuple, Union

from ._httpdate import http_date
from ._text import trim

U64_MAX = 18446744073709551615

#: Response headers: ``(name, value)`` pairs (one per header line, which keeps repeated
#: headers apart), or a mapping of names to a value or a list of values.
Headers = Union[Iterable[Tuple[str, str]], Mapping[str, Union[str, Sequence[str]]]]


class Delay(NamedTuple):
    """A delay: in milliseconds, and (for ``Retry-After`` seconds) exact whole seconds."""

    ms: float
    seconds: Optional[int]
    source: Optional[str]

    def whole_seconds(self) -> int:
        """The delay in whole seconds, rounded up."""
        return self.seconds if self.seconds is not None else math.ceil(self.ms / 1000)


class RetryPolicy(NamedTuple):
    """How the client computes its own delay when the server names none: the delay before
    retry number ``attempt`` is ``min(max_delay_ms, initial_delay_ms * 2**attempt)``,
    jittered (``none``, ``full`` or ``equal``)."""

    max_retries: int = 5
    initial_delay_ms: float = 500
    max_delay_ms: float = 30000
    jitter: str = "full"


DEFAULT_POLICY = RetryPolicy()


class RetryAdvice(NamedTuple):
    """Whether, how and when to send the request again."""

    #: ``resend``, ``reauthenticate``, ``fix_request`` or ``give_up``.
    action: str
    #: Whether to send it again (possibly after reauthenticating).
    retryable: bool
    #: Whether the retry must carry the first request's ``Idempotency-Key``.
    same_idempotency_key: bool
    #: How long to wait first, in milliseconds; ``None`` when not retrying.
    delay_ms: Optional[float]
    #: The same delay in whole seconds, rounded up.
    whole_seconds: Optional[int]
    #: Where the delay comes from: ``retry_after``, ``message`` or ``backoff``.
    source: Optional[str]


def header_pairs(headers: Optional[Headers]) -> Sequence[Tuple[str, str]]:
    """The headers as (lowercased name, value) pairs, in order."""
    if not headers:
        return []
    # A mapping, or an object with `items()` such as `http.client.HTTPMessage` (one item
    # per header line). A dict is looked at first: `typing.Mapping` checks are slow.
    items: Iterable[Tuple[str, Union[str, Sequence[str]]]] = (
        headers.items()
        if type(headers) is dict or isinstance(headers, Mapping)
        else getattr(headers, "items", lambda: headers)()
    )
    out: List[Tuple[str, str]] = []
    for name, value in items:
        values = [value] if isinstance(value, str) else list(value)
        out.extend((str(name).lower(), str(v)) for v in values)
    return out


def _visible(value: str) -> bool:
    return all(" " <= c < "\x7f" or c == "\t" for c in value)


def retry_after(pairs: Sequence[Tuple[str, str]], now: Callable[[], float] = time.time) -> Optional[Delay]:
    """``Retry-After`` as a delay: seconds, or an HTTP date measured from the response's
    ``Date`` header (else from now); the first value that reads as either."""
    for name, value in pairs:
        if name != "retry-after" or not _visible(value):
            continue
        text = trim(value)
        if text and text.isascii() and text.isdigit():
            seconds = min(int(text), U64_MAX)
            return Delay(seconds * 1000.0, seconds, "retry_after")
        at = http_date(text)
        if at is None:
            continue
        date = next((v for n, v in pairs if n == "date"), None)
        dated = http_date(trim(date)) if date is not None and _visible(date) else None
        start = dated * 1000.0 if dated is not None else now() * 1000.0
        return Delay(max(0.0, at * 1000.0 - start), None, "retry_after")
    return None


def delay_in_text(text: str) -> Optional[int]:
    """A wait named in a message, in seconds: "Try again in 57 seconds", "in 00:59:57"."""
    at = text.find(" ")
    while 0 <= at and at + 4 <= len(text):
        if text[at + 1] in "iI" and text[at + 2] in "nN" and text[at + 3] == " ":
            seconds = _delay_after(text[at + 4 :])
            if seconds is not None:
                return seconds
        at = text.find(" ", at + 1)
    return None


def _digits(s: str) -> int:
    n = 0
    while n < len(s) and "0" <= s[n] <= "9":
        n += 1
    return n


def _delay_after(rest: str) -> Optional[int]:
    n = _digits(rest)
    if not 0 < n <= 9:
        return None
    number = int(rest[:n])
    after = rest[n:]
    unit = after[1:] if after.startswith(" ") else after
    if unit[:6].isascii() and unit[:6].lower() == "second":
        return number
    if not after.startswith(":"):
        return None
    mm = after[1:]
    if _digits(mm) != 2 or mm[2:3] != ":":
        return None
    ss = mm[3:]
    if _digits(ss) != 2:
        return None
    return number * 3600 + int(mm[:2]) * 60 + int(ss[:2])


def hint_for_status(status: int) -> str:
    """The retry hint for a problem the catalogue does not describe, from its status."""
    if status == 401:
        return "reauthenticate"
    return "backoff" if status in (408, 423, 425, 429, 500, 502, 503, 504) else "never"


def backoff(policy: RetryPolicy, attempt: int, random: float) -> float:
    """The policy's delay in milliseconds before retry ``attempt`` (0-based), jittered by
    ``random`` in [0, 1)."""
    delay = min(policy.max_delay_ms, policy.initial_delay_ms * float(1 << min(attempt, 31)))
    if policy.jitter == "none":
        return delay
    if policy.jitter == "equal":
        return delay / 2 + (delay - delay / 2) * random
    return delay * random


def decide(hint: str, server: Optional[Delay], policy: RetryPolicy, attempt: int, random: float) -> RetryAdvice:
    """Whether, how and when to retry, given the hint, the server's delay and the attempt."""
    if hint == "never":
        return _advice("fix_request", None)
    if attempt >= policy.max_retries or (hint == "reauthenticate" and attempt >= 1):
        return _advice("give_up", None)
    if hint == "reauthenticate":
        return _advice("reauthenticate", server or Delay(0.0, None, None))
    return _advice("resend", server or Delay(backoff(policy, attempt, random), None, "backoff"))


def _advice(action: str, delay: Optional[Delay]) -> RetryAdvice:
    retryable = action in ("resend", "reauthenticate")
    if delay is None:
        return RetryAdvice(action, retryable, retryable, None, None, None)
    return RetryAdvice(action, retryable, retryable, delay.ms, delay.whole_seconds(), delay.source)
