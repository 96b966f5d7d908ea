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
import ipaddress
import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from .config import Targets
from .documents import Doc, Transaction
from .faults import Fault
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


def signature(secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


@dataclass(frozen=True)
class Outcome:
    ok: bool
    status_code: int | None
    duration_ms: int
    error: str | None = None


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


def _template(value: Any, payload: Mapping[str, Any]) -> Any:
    """``payload_templates`` values: ``{{a.b}}`` in strings is replaced by that payload path."""
    if isinstance(value, str):
        out = value
        while "{{" in out and "}}" in out.split("{{", 1)[1]:
            head, rest = out.split("{{", 1)
            path, tail = rest.split("}}", 1)
            found: Any = payload
            for part in path.strip().split("."):
                found = found.get(part) if isinstance(found, Mapping) else None
            out = head + ("" if found is None else str(found)) + tail
        return out
    if isinstance(value, Mapping):
        return {key: _template(item, payload) for key, item in value.items()}
    if isinstance(value, list):
        return [_template(item, payload) for item in value]
    return value


def _refusal(url: str, targets: Targets) -> str | None:
    """Why ``url`` may not be delivered to under ``targets`` (None when it may)."""
    host = (urlsplit(url).hostname or "").lower()
    if targets is Targets.ANY:
        return None
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        if targets is Targets.LOOPBACK and host != "localhost":
            return f"Delivery outside this machine is disabled in this mock ({host})"
        if targets is Targets.PUBLIC and host == "localhost":
            return "Delivery to a private address is refused (localhost)"
        return None
    if targets is Targets.LOOPBACK and not address.is_loopback:
        return f"Delivery outside this machine is disabled in this mock ({host})"
    if targets is Targets.PUBLIC and not address.is_global:
        return f"Delivery to a private address is refused ({host})"
    return None


class Deliverer:
    """Sends pending log entries on a private event loop (one daemon thread, started on first
    use). ``submit`` may be called from any thread; it returns a future of the attempt's
    :class:`Outcome` (None when the entry is gone or no longer pending)."""

    def __init__(
        self, store: Store, *, targets: Targets = Targets.ANY, backoff: float = 1.0
    ) -> None:
        self.store, self.targets, self.backoff = store, targets, backoff
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

    def close(self, grace: float = 5.0) -> None:
        """Stop: deliveries in flight get ``grace`` seconds; what is not done by then stays
        pending in the store and is sent by the next run."""
        self._closed = True
        deadline = time.monotonic() + grace
        for future in list(self._tasks):
            try:
                future.result(timeout=max(0.0, deadline - time.monotonic()))
            except BaseException:  # shutting down: the entry stays pending
                future.cancel()
        with self._lock:
            loop, self._loop = self._loop, None
        if loop is not None:
            if self._client is not None:
                client, self._client = self._client, None
                asyncio.run_coroutine_threadsafe(client.aclose(), loop).result(timeout=5)
            loop.call_soon_threadsafe(loop.stop)
            if self._thread is not None:
                self._thread.join(timeout=5)
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
        retry = not outcome.ok and log.body["attempt"] <= webhook.body["max_retries"]
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
        hook = webhook.body
        refusal = _refusal(hook["webhook_url"], self.targets)
        if refusal is not None:
            return Outcome(False, None, 0, refusal), {}
        payload: Any = log.body["request_payload"]
        template = (hook.get("payload_templates") or {}).get(log.body["event"])
        if isinstance(template, Mapping):
            payload = _template(template, payload)
        body = json.dumps(payload, separators=(",", ":")).encode()
        headers = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "Talkover-Event": log.body["event"],
            "Talkover-Delivery": log.id,
        }
        for header in hook.get("custom_headers") or []:
            headers[header["key"]] = header["value"]
        secret = hook.get("webhook_secret")
        if secret:
            stamp = int(time.time())
            signed = body if Fault.WRONG_SIGNATURE not in self.store.faults else body + b" "
            headers[SIGNATURE_HEADER] = signature(secret, stamp, signed)
        if self._client is None:
            self._client = httpx.AsyncClient(
                follow_redirects=False,
                trust_env=False,
                limits=httpx.Limits(max_connections=MAX_CONNECTIONS, max_keepalive_connections=20),
            )
        started = time.perf_counter()
        try:
            async with self._client.stream(
                hook.get("http_method", "POST"), hook["webhook_url"], content=body,
                headers=headers, timeout=float(hook["timeout"]),
            ) as response:  # fmt: skip
                received = b""
                async for chunk in response.aiter_bytes():
                    received += chunk
                    if len(received) >= READ_LIMIT:
                        break
        except httpx.TimeoutException:
            return Outcome(False, None, _ms(started), "Connection timeout"), {}
        except httpx.ConnectError:
            return Outcome(False, None, _ms(started), "Connection refused"), {}
        except httpx.HTTPError as error:
            reason = f"Delivery failed ({type(error).__name__})"
            return Outcome(False, None, _ms(started), reason), {}
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
