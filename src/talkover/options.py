"""Per-call options: ``with talkover.options(timeout=5, max_retries=0): ...``.

The generated operations take no per-call settings, so they travel in a context variable that
the retry transports read for every request sent inside the block (sync or async: contextvars
follow tasks). The client's own settings apply outside any block.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class CallOptions:
    timeout: httpx.Timeout | None = None
    max_retries: int | None = None


_NO_OVERRIDES = CallOptions()
_current: contextvars.ContextVar[CallOptions | None] = contextvars.ContextVar(
    "talkover_call_options", default=None
)


def current() -> CallOptions:
    return _current.get() or _NO_OVERRIDES


@contextmanager
def options(
    *, timeout: httpx.Timeout | float | None = None, max_retries: int | None = None
) -> Iterator[None]:
    """Override the timeout and/or the retry count for the calls made inside the block."""
    if timeout is not None and not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(timeout)
    token = _current.set(CallOptions(timeout=timeout, max_retries=max_retries))
    try:
        yield
    finally:
        _current.reset(token)
