"""A client of the problem catalogue: ``classify`` reads a response of the API (status,
headers, body) into a typed problem with the rules of the Rust classifier, and says whether,
how and when to retry. Standard library only."""

from ._classify import Classification, classify, texts
from ._facts import LOCALES, OPERATIONS
from ._retry import DEFAULT_POLICY, Delay, Headers, RetryAdvice, RetryPolicy
from .types import (
    OPERATION_PROBLEMS,
    PROBLEM_CLASSES,
    Problem,
    Unknown,
    $$names
)

__all__ = [
    "Classification",
    "DEFAULT_POLICY",
    "Delay",
    "Headers",
    "LOCALES",
    "OPERATIONS",
    "OPERATION_PROBLEMS",
    "PROBLEM_CLASSES",
    "Problem",
    "RetryAdvice",
    "RetryPolicy",
    "Unknown",
    "classify",
    "texts",
    $$quoted_names
]
