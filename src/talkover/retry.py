"""Retries: the pure decisions (whether, how long) and the httpx transports that apply them.

The decisions are plain functions of their inputs (no clock, no sleep, no network) so they are
tested with tables; the transports take the clock, the sleep and the random source as
arguments so that end-to-end tests run without waiting.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import httpx
from talkover_api_client.errors import (
    AMBIGUOUS_EXTENSION,
    ATTEMPTS_EXTENSION,
    APIConnectionError,
    APITimeoutError,
    parse_retry_after,
)

from . import options as call_options

logger = logging.getLogger("talkover")

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
MAYBE_APPLIED_STATUSES = frozenset({500, 502, 504})
"""Retryable statuses after which the server may still have applied the request (408, 429
and 503 are refusals before any work)."""
RETRYABLE_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.NetworkError,
    httpx.TimeoutException,
    httpx.RemoteProtocolError,
)
"""Transport errors that a new attempt can cure. Others (a header value that cannot be sent,
an unsupported scheme, a proxy refusal) fail the same way every time and are not retried."""
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
"""Transport errors raised before the request reached the server."""
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "PUT"})


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    """Retries after the first attempt; 0 turns retries off."""
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    retry_after_cap: float = 60.0
    """A server's Retry-After longer than this is cut to it."""
    retry_posts: bool = False
    """Also retry POST (creates may then be applied twice). Off by default."""


def should_retry(
    policy: RetryPolicy,
    method: str,
    attempt: int,
    *,
    status: int | None = None,
    connection_error: bool = False,
) -> bool:
    """Whether attempt number ``attempt`` (1-based) that just failed should be repeated."""
    if attempt > policy.max_retries:
        return False
    if method.upper() not in IDEMPOTENT_METHODS and not (
        policy.retry_posts and method.upper() == "POST"
    ):
        return False
    return connection_error or status in RETRY_STATUSES


def backoff_delay(policy: RetryPolicy, attempt: int, rand: Callable[[], float]) -> float:
    """Exponential backoff with full jitter: uniform in [0, min(cap, base * 2**(attempt-1)))."""
    return float(rand() * min(policy.backoff_cap, policy.backoff_base * 2 ** (attempt - 1)))


def is_retryable_error(error: httpx.TransportError) -> bool:
    return isinstance(error, RETRYABLE_ERRORS)


def may_have_been_applied(status: int | None, error: httpx.TransportError | None) -> bool:
    """Whether a failed attempt may still have been applied by the server."""
    if error is not None:
        return not isinstance(error, NOT_SENT_ERRORS)
    return status in MAYBE_APPLIED_STATUSES


def retry_delay(
    policy: RetryPolicy,
    attempt: int,
    retry_after: str | None,
    now: datetime,
    rand: Callable[[], float],
) -> float:
    """How long to wait before the next attempt: the server's Retry-After (capped) or backoff."""
    server = parse_retry_after(retry_after, now)
    if server is not None:
        return min(server, policy.retry_after_cap)
    return backoff_delay(policy, attempt, rand)


@dataclass
class _Outcome:
    response: httpx.Response | None
    error: httpx.TransportError | None


def _log(request: httpx.Request, attempt: int, outcome: _Outcome, elapsed: float) -> None:
    status = (
        outcome.response.status_code
        if outcome.response is not None
        else type(outcome.error).__name__
    )
    logger.debug(
        "%s %s -> %s (attempt %d, %.1f ms)",
        request.method, request.url.path, status, attempt, elapsed * 1000,
    )  # fmt: skip


def _final_error(request: httpx.Request, error: httpx.TransportError) -> Exception:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"{request.method} {request.url.path} timed out.", request=request)
    return APIConnectionError(
        f"{request.method} {request.url.path} failed: {type(error).__name__}.", request=request
    )


@dataclass
class _Wait:
    """Close ``response`` (when there is one), then sleep ``seconds``."""

    seconds: float
    response: httpx.Response | None


class _Retrying:
    """The retry loop without I/O: a generator that asks its driver to send the request
    (yields None and receives the :class:`_Outcome`) or to wait (yields :class:`_Wait`), and
    returns the final response or raises the typed connection error. The sync and async
    transports are thin drivers of it."""

    def __init__(
        self,
        policy: RetryPolicy,
        *,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.policy, self.clock, self.now, self.rand = policy, clock, now, rand

    def next_delay(
        self, policy: RetryPolicy, request: httpx.Request, attempt: int, outcome: _Outcome
    ) -> float | None:
        """None: stop and hand the outcome to the caller; else the seconds to wait."""
        status = outcome.response.status_code if outcome.response is not None else None
        if not should_retry(
            policy,
            request.method,
            attempt,
            status=status,
            connection_error=outcome.error is not None and is_retryable_error(outcome.error),
        ):
            if request.method == "DELETE" and attempt > 1 and status == 404:
                logger.warning(
                    "DELETE %s answered 404 on a retry: an earlier attempt may have deleted it.",
                    request.url.path,
                )
            return None
        retry_after = (
            outcome.response.headers.get("retry-after") if outcome.response is not None else None
        )
        return retry_delay(policy, attempt, retry_after, self.now(), self.rand)

    def plan(
        self, request: httpx.Request
    ) -> Generator[_Wait | None, _Outcome | None, httpx.Response]:
        overrides = call_options.current()  # talkover.options(...) around the call
        if overrides.timeout is not None:
            request.extensions["timeout"] = overrides.timeout.as_dict()
        policy = self.policy
        if overrides.max_retries is not None:
            policy = replace(policy, max_retries=overrides.max_retries)
        attempt = 0
        maybe_applied = False
        while True:
            attempt += 1
            started = self.clock()
            outcome = yield None
            assert outcome is not None
            _log(request, attempt, outcome, self.clock() - started)
            delay = self.next_delay(policy, request, attempt, outcome)
            if delay is None:
                if outcome.error is not None:
                    raise _final_error(request, outcome.error) from outcome.error
                assert outcome.response is not None
                outcome.response.extensions[ATTEMPTS_EXTENSION] = attempt
                outcome.response.extensions[AMBIGUOUS_EXTENSION] = maybe_applied
                return outcome.response
            status = outcome.response.status_code if outcome.response is not None else None
            maybe_applied = maybe_applied or may_have_been_applied(status, outcome.error)
            yield _Wait(delay, outcome.response)


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport with the retry policy, debug logging and typed connection errors.
    ``sleep``, ``clock``, ``now`` and ``rand`` are injectable so tests never wait."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        *,
        sleep: Callable[[float], None] = time.sleep,
        owns_inner: bool = True,
        **sources: Any,
    ) -> None:
        self.inner, self.retrying, self.sleep = inner, _Retrying(policy, **sources), sleep
        self.owns_inner = owns_inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        steps = self.retrying.plan(request)
        step = next(steps)
        while True:
            outcome: _Outcome | None = None
            if step is None:
                try:
                    outcome = _Outcome(self.inner.handle_request(request), None)
                except httpx.TransportError as error:
                    outcome = _Outcome(None, error)
            else:
                if step.response is not None:
                    step.response.close()
                self.sleep(step.seconds)
            try:
                step = steps.send(outcome)
            except StopIteration as done:
                response: httpx.Response = done.value
                return response

    def close(self) -> None:
        if self.owns_inner:
            self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async driver of the same loop as :class:`RetryTransport`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        owns_inner: bool = True,
        **sources: Any,
    ) -> None:
        self.inner, self.retrying, self.sleep = inner, _Retrying(policy, **sources), sleep
        self.owns_inner = owns_inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        steps = self.retrying.plan(request)
        step = next(steps)
        while True:
            outcome: _Outcome | None = None
            if step is None:
                try:
                    outcome = _Outcome(await self.inner.handle_async_request(request), None)
                except httpx.TransportError as error:
                    outcome = _Outcome(None, error)
            else:
                if step.response is not None:
                    await step.response.aclose()
                await self.sleep(step.seconds)
            try:
                step = steps.send(outcome)
            except StopIteration as done:
                response: httpx.Response = done.value
                return response

    async def aclose(self) -> None:
        if self.owns_inner:
            await self.inner.aclose()
