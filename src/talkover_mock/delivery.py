"""Webhook deliveries: really sent, signed, retried, logged, and never in the way of the API.

A delivery is a log entry (a document of kind ``webhook_log`` under its webhook) written in the
transaction of the request that caused it, with status ``pending``. Only once that transaction
has committed does the :class:`Deliverer` send it, on its own event loop in its own thread, so
a slow or dead receiver never holds a request or the database. The outcome is written back to
the entry (``success``, or ``retrying`` then ``failed``); a failed attempt is followed, after a
backoff, by a new entry with the next ``attempt`` number, up to the webhook's ``max_retries``.
Because the entry is stored before anything is sent, nothing is lost across a crash or a
restart: :meth:`Deliverer.resume` picks up every entry still ``pending`` or ``retrying``. That
makes delivery at least once; receivers deduplicate on the ``Talkover-Delivery`` header (the
entry's id, the same on a resend).

Signing (D36): when the webhook has a ``webhook_secret``, every delivery carries
``Talkover-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import hashlib
import hmac
import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from . import payload_templates, webhook_targets
from .config import Targets
from .documents import Doc, Transaction
from .faults import Fault, fault, planted
from .store import Store

WEBHOOK = "webhook"
LOG = "webhook_log"
SIGNATURE_HEADER = "Talkover-Signature"
RESPONSE_EXCERPT = 1000
"""Characters of the receiver's response body kept in the log."""
READ_LIMIT = 64 * 1024
"""Bytes of the receiver's response read at most."""
USER_AGENT = "Talkover-Webhooks/1.0 (mock)"
MAX_CONNECTIONS = 500
"""Deliveries sent at once; more wait for a connection (within their own timeout)."""
SHUTDOWN_GRACE = 5.0
"""Seconds deliveries in flight get at shutdown, in all; what is not done stays pending."""
LOGGER = logging.getLogger("talkover_mock.delivery")


def signature(secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


@dataclass(frozen=True)
class Outcome:
    ok: bool
    status_code: int | None
    duration_ms: int
    error: str | None = None
    final: bool = False
    """No retry can help (the settings cannot be sent as they are)."""


def new_log(
    tx: Transaction, webhook: Doc, event: str, payload: Mapping[str, Any], **extra: Any
) -> Doc:
    """A pending delivery of ``payload`` to ``webhook`` (sent once the transaction commits, by
    whoever calls :meth:`Deliverer.submit` from ``tx.after_commit``)."""
    body = {
        "webhook_id": webhook.id,
        "event": event,
        "attempt": 1,
        "status": "pending",
        "request_payload": dict(payload),
        "created_at": tx.now(),
        **extra,
    }
    return tx.insert(LOG, body, environment_id=webhook.environment_id, parent_id=webhook.id)


def emit(
    tx: Transaction,
    deliverer: Deliverer,
    owner: Doc,
    event: str,
    payload: Mapping[str, Any],
    *,
    takes: Callable[[Doc], bool] | None = None,
) -> list[Doc]:
    """Deliver ``event`` to every enabled webhook of ``owner`` (an agent or a campaign) that
    subscribes to it, or, with ``takes``, that ``takes`` accepts (a campaign webhook with
    ``include_call_events`` takes every call event). The event bus: whatever causes an event
    calls this in its own transaction."""
    logs = []
    for webhook in tx.children(WEBHOOK, owner.id):
        wanted = takes(webhook) if takes is not None else event in webhook.body["events"]
        if webhook.body["enabled"] and wanted:
            log = new_log(tx, webhook, event, payload)
            tx.after_commit(functools.partial(deliverer.submit, log.id))
            logs.append(log)
    return logs


WRONG_SIGNATURE = fault(
    "wrong_signature",
    "Webhook deliveries are signed over the wrong input, so a receiver that verifies them"
    " refuses every one.",
    model=["webhooks"],
)


class Undeliverable(Exception):
    """The delivery cannot be made from these settings (a template past its bounds, a header
    that cannot be sent): the attempt fails at once, with this reason, and is not retried."""


def prepare(
    hook: Mapping[str, Any], log: Doc, faults: frozenset[Fault]
) -> tuple[bytes, dict[str, str]]:
    """The body and headers of one delivery of ``log`` under the webhook settings ``hook``."""
    payload: Any = log.body["request_payload"]
    template = (hook.get("payload_templates") or {}).get(log.body["event"])
    if isinstance(template, Mapping):
        try:
            payload = payload_templates.expand(template, payload)
        except (payload_templates.TemplateError, RecursionError) as error:
            raise Undeliverable(str(error) or "the payload template cannot be expanded") from None
    body = json.dumps(payload, separators=(",", ":")).encode()
    headers: dict[str, str] = {}
    for header in hook.get("custom_headers") or []:
        name, value = str(header["key"]), str(header["value"])
        if not (name.isascii() and value.isascii()):
            raise Undeliverable(f"the custom header {name[:40]!r} is not ASCII")
        headers[name] = value
    headers.update({
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "Talkover-Event": log.body["event"],
        "Talkover-Delivery": log.id,
    })  # fmt: skip
    secret = hook.get("webhook_secret")
    if secret:
        stamp = int(time.time())
        signed = body + b" " if planted(faults, WRONG_SIGNATURE) else body
        headers[SIGNATURE_HEADER] = signature(secret, stamp, signed)
    return body, headers


class Deliverer:
    """Sends pending log entries on a private event loop (one daemon thread, started on first
    use). ``submit`` may be called from any thread; it returns a future of the attempt's
    :class:`Outcome` (None when the entry is gone or no longer pending)."""

    def __init__(
        self,
        store: Store,
        *,
        targets: Targets = Targets.ANY,
        backoff: float = 1.0,
        resolver: webhook_targets.Resolver = webhook_targets.system_resolver,
    ) -> None:
        self.store, self.targets, self.backoff = store, targets, backoff
        self.resolver = resolver
        """How names are resolved for the target policy (a test may answer as DNS would)."""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._client: httpx.AsyncClient | None = None
        self._lock = threading.Lock()
        self._tasks: set[concurrent.futures.Future[Any]] = set()
        self._closed = False

    # -- scheduling ------------------------------------------------------------------------

    def _event_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                self._thread = threading.Thread(
                    target=loop.run_forever, name="talkover-webhooks", daemon=True
                )
                self._thread.start()
                self._loop = loop
            return self._loop

    def _schedule(self, coroutine: Any) -> concurrent.futures.Future[Any]:
        if self._closed:
            coroutine.close()
            future: concurrent.futures.Future[Any] = concurrent.futures.Future()
            future.set_result(None)
            return future
        future = asyncio.run_coroutine_threadsafe(coroutine, self._event_loop())
        self._tasks.add(future)
        future.add_done_callback(self._tasks.discard)
        return future

    def submit(self, log_id: str, delay: float = 0.0) -> concurrent.futures.Future[Any]:
        return self._schedule(self._deliver(log_id, delay))

    def resume(self) -> int:
        """Send what a previous run left: entries still pending, follow-ups still due."""
        with self.store.transaction(write=False) as tx:
            unfinished = tx.find(LOG, "status", ["pending", "retrying"])
        for log in unfinished:
            if log.body["status"] == "pending":
                self.submit(log.id)
            else:
                self._schedule(self._follow_up(log.id, self.backoff))
        return len(unfinished)

    def in_flight(self) -> int:
        return len(self._tasks)

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until nothing is in flight, retries after their backoff included (for tests and
        tools); False when ``timeout`` seconds were not enough."""
        deadline = time.monotonic() + timeout
        while self._tasks and time.monotonic() < deadline:
            for future in list(self._tasks):
                with contextlib.suppress(BaseException):
                    future.result(timeout=max(0.0, deadline - time.monotonic()))
        return not self._tasks

    def close(self, grace: float = SHUTDOWN_GRACE) -> None:
        """Stop within about ``grace`` seconds in all: deliveries in flight get what is left
        of it, then are cancelled (their entries stay pending in the store and the next run
        sends them); the connection pool and the thread get a bounded moment each."""
        self._closed = True
        deadline = time.monotonic() + grace
        for future in list(self._tasks):
            try:
                future.result(timeout=max(0.0, deadline - time.monotonic()))
            except BaseException:  # shutting down: the entry stays pending
                future.cancel()
        with self._lock:
            loop, self._loop = self._loop, None
        if loop is None:
            return
        if self._client is not None:
            client, self._client = self._client, None
            closing = asyncio.run_coroutine_threadsafe(client.aclose(), loop)
            try:
                closing.result(timeout=1.0)
            except BaseException:  # a connection that will not close is dropped with the loop
                closing.cancel()
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=1.0)
        if not loop.is_running():
            loop.close()

    # -- one attempt -------------------------------------------------------------------------

    async def _deliver(self, log_id: str, delay: float) -> Outcome | None:
        if delay:
            await asyncio.sleep(delay)
        with self.store.transaction(write=False) as tx:
            log = tx.get(LOG, log_id)
            webhook = tx.get(WEBHOOK, log.parent_id) if log and log.parent_id else None
        if log is None or webhook is None or log.body["status"] != "pending":
            return None
        outcome, response = await self._send(webhook, log)
        retry = (
            not outcome.ok
            and not outcome.final
            and log.body["attempt"] <= webhook.body["max_retries"]
        )
        if outcome.final:
            LOGGER.warning("webhook %s: delivery %s failed: %s", webhook.id, log_id, outcome.error)
        with self.store.transaction() as tx:
            current = tx.get(LOG, log_id)
            if current is None:
                return outcome
            now = tx.now()
            tx.update(
                current,
                {
                    **current.body,
                    "status": "success" if outcome.ok else "retrying" if retry else "failed",
                    "http_status": outcome.status_code,
                    "duration_ms": outcome.duration_ms,
                    **({"delivered_at": now} if outcome.status_code is not None else {}),
                    **({"error": outcome.error} if outcome.error else {}),
                    **response,
                },
            )
            owner = tx.get(WEBHOOK, webhook.id)
            if owner is not None:
                failed_for_good = not outcome.ok and not retry
                if owner.body.get("delivery_error", False) != failed_for_good:
                    tx.update(owner, {**owner.body, "delivery_error": failed_for_good})
        if retry:
            delay = self.backoff * 2 ** (log.body["attempt"] - 1)
            self._schedule(self._follow_up(log_id, delay))
        return outcome

    async def _follow_up(self, log_id: str, delay: float) -> None:
        """After the backoff: the failed entry becomes ``failed`` and a new entry with the next
        attempt number is sent (unless the webhook was disabled or deleted meanwhile)."""
        await asyncio.sleep(delay)
        with self.store.transaction() as tx:
            log = tx.get(LOG, log_id)
            if log is None or log.body["status"] != "retrying":
                return
            tx.update(log, {**log.body, "status": "failed"})
            webhook = tx.get(WEBHOOK, log.parent_id or "")
            if webhook is None or not webhook.body["enabled"]:
                return
            extra = (
                {"original_log_id": log.body["original_log_id"]}
                if "original_log_id" in (log.body)
                else {}
            )
            follow = new_log(
                tx, webhook, log.body["event"], log.body["request_payload"],
                attempt=log.body["attempt"] + 1, **extra,
            )  # fmt: skip
        self.submit(follow.id)

    async def _send(self, webhook: Doc, log: Doc) -> tuple[Outcome, dict[str, Any]]:
        """One attempt, bounded as a whole by the webhook's ``timeout`` (connecting, sending
        and reading together): whatever goes wrong becomes a failed :class:`Outcome` with its
        reason, never an exception."""
        hook = webhook.body
        started = time.perf_counter()
        try:
            body, headers = prepare(hook, log, self.store.faults)
        except Undeliverable as error:
            reason = f"Delivery could not be prepared: {error}"
            return Outcome(False, None, 0, reason, final=True), {}
        try:
            async with asyncio.timeout(float(hook["timeout"])):
                target = await webhook_targets.destination(
                    hook["webhook_url"], self.targets, self.resolver
                )
                return await self._exchange(hook, target, body, headers, started)
        except webhook_targets.TargetRefused as error:
            return Outcome(False, None, _ms(started), str(error)), {}
        except (TimeoutError, httpx.TimeoutException):
            return Outcome(False, None, _ms(started), "Connection timeout"), {}
        except httpx.ConnectError:
            return Outcome(False, None, _ms(started), "Connection refused"), {}
        except Exception as error:  # any failure is the attempt's, never the mock's
            reason = f"Delivery failed ({type(error).__name__})"
            return Outcome(False, None, _ms(started), reason), {}

    async def _exchange(
        self,
        hook: Mapping[str, Any],
        target: webhook_targets.Destination,
        body: bytes,
        headers: dict[str, str],
        started: float,
    ) -> tuple[Outcome, dict[str, Any]]:
        if self._client is None:
            self._client = httpx.AsyncClient(
                follow_redirects=False,
                trust_env=False,
                limits=httpx.Limits(max_connections=MAX_CONNECTIONS, max_keepalive_connections=20),
            )
        async with self._client.stream(
            hook.get("http_method", "POST"), target.url, content=body,
            headers={**headers, **target.headers}, extensions=target.extensions,
            timeout=float(hook["timeout"]),
        ) as response:  # fmt: skip
            received = b""
            async for chunk in response.aiter_bytes():
                received += chunk
                if len(received) >= READ_LIMIT:
                    break
        duration = _ms(started)
        details = {
            "response_body": received.decode("utf-8", "replace")[:RESPONSE_EXCERPT],
            "response_headers": dict(list(response.headers.items())[:20]),
        }
        if 200 <= response.status_code < 300:
            return Outcome(True, response.status_code, duration), details
        reason = f"HTTP {response.status_code} {response.reason_phrase}".strip()
        return Outcome(False, response.status_code, duration, reason), details


def _ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)
