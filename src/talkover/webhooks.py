"""Verify the webhook deliveries Talkover sends (the scheme is in the spec's ``webhooks``
section, decision D36).

    from talkover import verify_webhook, WebhookSignatureError
    from talkover.models import CallEventPayload

    def receive(request):
        try:
            event = verify_webhook(request.body, request.headers["Talkover-Signature"], SECRET)
        except WebhookSignatureError:
            return 400
        if isinstance(event.payload, CallEventPayload):  # typed, from the spec's webhooks
            print(event.payload.status, event.payload.context)
        event["event"]  # and still the dict that was sent

``Talkover-Signature: t=<unix seconds>,v1=<hex>``, where ``v1`` is the HMAC-SHA256 of
``<t>.<raw body>`` keyed by the webhook's secret. Verify the raw bytes as received: a body
parsed and dumped again is not the body that was signed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from functools import cached_property
from typing import Any

from talkover_api_client.webhook_events import EVENTS, WebhookPayload

SIGNATURE_HEADER = "Talkover-Signature"
DEFAULT_TOLERANCE = 300
"""Seconds a signature stays acceptable, against replayed deliveries."""


class WebhookSignatureError(ValueError):
    """The delivery is not signed by the secret, is malformed, or is too old."""


class WebhookEvent(dict[str, Any]):
    """A verified delivery: the JSON object that was sent (a ``dict``, as before), with its
    event's name as :attr:`type` and its body as a typed model as :attr:`payload`."""

    @property
    def type(self) -> str | None:
        """The body's ``event``, when it has one."""
        name = self.get("event")
        return name if isinstance(name, str) else None

    @cached_property
    def payload(self) -> WebhookPayload | None:
        """The body as the model the spec's ``webhooks`` give its event
        (``CallEventPayload``, ``CampaignEventPayload``, ``WebhookTestPayload``), or None
        when no model fits: an event the spec does not know yet, or a body a webhook's
        ``payload_templates`` reshaped (the dict is still all there)."""
        for model in EVENTS.get(self.type or "", ()):
            try:
                return model.from_dict(self)
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
        return None


_TIMESTAMP = re.compile(r"[0-9]{1,15}")
_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{64}")
MAX_HEADER = 8192
"""Characters of a signature header read at most (a longer one is malformed)."""


def _parse(header: str) -> tuple[int, list[str]]:
    timestamp: int | None = None
    signatures: list[str] = []
    if len(header) > MAX_HEADER:
        raise WebhookSignatureError(f"malformed {SIGNATURE_HEADER} header: too long")
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        if key == "t" and _TIMESTAMP.fullmatch(value):
            timestamp = int(value)
        elif key == "v1" and _HEX_DIGEST.fullmatch(value):
            signatures.append(value.lower())
    if timestamp is None or not signatures:
        raise WebhookSignatureError(
            f"malformed {SIGNATURE_HEADER} header: expected t=<seconds>,v1=<hex>"
        )
    return timestamp, signatures


def verify_webhook(
    payload: bytes | str,
    header: str | None,
    secret: str,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """The delivery (a :class:`WebhookEvent`: its JSON object, typed as ``.payload``), once
    its ``Talkover-Signature`` ``header`` is shown to be made
    with ``secret`` over ``payload`` (the raw body) no more than ``tolerance`` seconds ago
    (None: any age). Raises :class:`WebhookSignatureError` otherwise. The comparison takes
    constant time."""
    if not secret:
        raise ValueError("secret must not be empty")
    if not header:
        raise WebhookSignatureError(f"no {SIGNATURE_HEADER} header: the delivery is not signed")
    if not isinstance(header, str):
        raise WebhookSignatureError(f"malformed {SIGNATURE_HEADER} header: not text")
    try:
        body = payload.encode() if isinstance(payload, str) else bytes(payload)
    except (TypeError, ValueError, UnicodeError) as error:
        raise WebhookSignatureError("the payload is not bytes or text") from error
    timestamp, signatures = _parse(header)
    expected = hmac.new(
        secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256
    ).hexdigest()
    if not any(hmac.compare_digest(expected, given) for given in signatures):
        raise WebhookSignatureError("the signature does not match the payload and secret")
    current = time.time() if now is None else now
    if tolerance is not None and abs(current - timestamp) > tolerance:
        raise WebhookSignatureError(
            f"the signature is {int(current - timestamp)}s old (tolerance {tolerance}s)"
        )
    try:
        parsed = json.loads(body)
    except (ValueError, RecursionError) as error:
        raise WebhookSignatureError("the signed payload is not JSON") from error
    if not isinstance(parsed, dict):
        raise WebhookSignatureError("the signed payload is not a JSON object")
    return WebhookEvent(parsed)
