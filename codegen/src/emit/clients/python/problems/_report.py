"""The one JSON object the command line prints for a classified response: member for member
and value for value what the Rust example ``classify`` prints (members sorted by key)."""

import json
from typing import Dict, List, Optional, Tuple

from ._body import Member
from ._canonical import member_json
from ._classify import Classification
from ._facts import BY_ID
from ._retry import RetryPolicy, decide

#: No jitter: the same input always prints the same advice.
_POLICY = RetryPolicy(jitter="none")


def _text(value: Optional[str]) -> str:
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def _number(value: Optional[int]) -> str:
    return "null" if value is None else str(value)


def _object(members: List[Tuple[str, str]]) -> str:
    return "{" + ",".join(f"{json.dumps(k, ensure_ascii=False)}:{v}" for k, v in sorted(members)) + "}"


def report(c: Classification, attempt: int) -> str:
    """The report of classification ``c`` after ``attempt`` retries, as JSON text."""
    entry = None if c.id is None else BY_ID[c.id]
    params: List[Tuple[str, str]] = []
    if entry is not None and c.problem.id != "unknown":
        for p in entry.params:
            value = c.param_texts[p.name]
            params.append((p.name, value if p.kind == "integer" else _text(value)))
    advice = decide(c.retry_hint, c.delay, _POLICY, attempt, 0.0)
    named = advice.source not in (None, "backoff")
    retry = _object(
        [
            ("retryable", "true" if advice.retryable else "false"),
            ("action", _text(advice.action)),
            ("after_seconds", _number(advice.whole_seconds if named else None)),
            ("source", _text(advice.source)),
            ("same_idempotency_key", "true" if advice.same_idempotency_key else "false"),
        ]
    )
    last: Dict[str, Member] = {}
    for name, member in c.members:
        last[name] = member
    extensions = _object([(name, member_json(m)) for name, m in last.items()])
    return _object(
        [
            ("known", "true" if c.known else "false"),
            ("id", _text(c.id)),
            ("type", _text(None if entry is None else entry.type)),
            ("status", str(c.status)),
            ("title", _text(None if entry is None else entry.title)),
            ("params", _object(params)),
            ("identified_by", _text(c.identified_by)),
            ("shape", _text(c.shape)),
            ("body_status", _number(c.body_status)),
            ("catalogue_status", _number(c.catalogue_status)),
            ("retry", retry),
            ("instance", _text(c.instance)),
            ("extensions", extensions),
            ("detail", _text(c.detail)),
            ("raw_text", _text(c.raw_text)),
        ]
    )
