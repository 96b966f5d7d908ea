from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.webhook_log_status import WebhookLogStatus, check_webhook_log_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookLog")


@_attrs_define
class WebhookLog:
    """One delivery attempt. Fields of the outcome appear once there is one.

    Attributes:
        id (str):
        webhook_id (str):
        event (str): An event name, or `webhook.test`.
        attempt (int):
        status (WebhookLogStatus):
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        http_status (int | None | Unset):
        request_payload (WebhookLogRequestPayload | Unset):
        response_body (None | str | Unset): The start of the receiver's answer (up to 1,000 characters).
        response_headers (WebhookLogResponseHeaders | Unset):
        error (str | Unset):
        duration_ms (int | Unset):
        delivered_at (datetime.datetime | Unset): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        original_log_id (str | Unset): On a manual retry, the entry it retries.
    """

    id: str
    webhook_id: str
    event: str
    attempt: int
    status: WebhookLogStatus
    created_at: datetime.datetime
    http_status: int | None | Unset = UNSET
    request_payload: WebhookLogRequestPayload | Unset = UNSET
    response_body: None | str | Unset = UNSET
    response_headers: WebhookLogResponseHeaders | Unset = UNSET
    error: str | Unset = UNSET
    duration_ms: int | Unset = UNSET
    delivered_at: datetime.datetime | Unset = UNSET
    original_log_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        webhook_id = self.webhook_id

        event = self.event

        attempt = self.attempt

        status: str = self.status

        created_at = self.created_at.isoformat()

        http_status: int | None | Unset
        if isinstance(self.http_status, Unset):
            http_status = UNSET
        else:
            http_status = self.http_status

        request_payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_payload, Unset):
            request_payload = self.request_payload.to_dict()

        response_body: None | str | Unset
        if isinstance(self.response_body, Unset):
            response_body = UNSET
        else:
            response_body = self.response_body

        response_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_headers, Unset):
            response_headers = self.response_headers.to_dict()

        error = self.error

        duration_ms = self.duration_ms

        delivered_at: str | Unset = UNSET
        if not isinstance(self.delivered_at, Unset):
            delivered_at = self.delivered_at.isoformat()

        original_log_id = self.original_log_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "webhook_id": webhook_id,
                "event": event,
                "attempt": attempt,
                "status": status,
                "created_at": created_at,
            }
        )
        if http_status is not UNSET:
            field_dict["http_status"] = http_status
        if request_payload is not UNSET:
            field_dict["request_payload"] = request_payload
        if response_body is not UNSET:
            field_dict["response_body"] = response_body
        if response_headers is not UNSET:
            field_dict["response_headers"] = response_headers
        if error is not UNSET:
            field_dict["error"] = error
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if original_log_id is not UNSET:
            field_dict["original_log_id"] = original_log_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "WebhookLog",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "webhook_id",
                        "event",
                        "attempt",
                        "status",
                        "created_at",
                        "http_status",
                        "request_payload",
                        "response_body",
                        "response_headers",
                        "error",
                        "duration_ms",
                        "delivered_at",
                        "original_log_id",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "webhook_id" not in d:
            _drift.missing(
                "WebhookLog",
                "webhook_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "webhook_id",
                        "event",
                        "attempt",
                        "status",
                        "created_at",
                        "http_status",
                        "request_payload",
                        "response_body",
                        "response_headers",
                        "error",
                        "duration_ms",
                        "delivered_at",
                        "original_log_id",
                    )
                ),
            )
            webhook_id = cast(Any, None)
        else:
            webhook_id = d.pop("webhook_id")

        if "event" not in d:
            _drift.missing(
                "WebhookLog",
                "event",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "webhook_id",
                        "event",
                        "attempt",
                        "status",
                        "created_at",
                        "http_status",
                        "request_payload",
                        "response_body",
                        "response_headers",
                        "error",
                        "duration_ms",
                        "delivered_at",
                        "original_log_id",
                    )
                ),
            )
            event = cast(Any, None)
        else:
            event = d.pop("event")

        if "attempt" not in d:
            _drift.missing(
                "WebhookLog",
                "attempt",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "webhook_id",
                        "event",
                        "attempt",
                        "status",
                        "created_at",
                        "http_status",
                        "request_payload",
                        "response_body",
                        "response_headers",
                        "error",
                        "duration_ms",
                        "delivered_at",
                        "original_log_id",
                    )
                ),
            )
            attempt = cast(Any, None)
        else:
            attempt = d.pop("attempt")

        if "status" not in d:
            _drift.missing(
                "WebhookLog",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "webhook_id",
                        "event",
                        "attempt",
                        "status",
                        "created_at",
                        "http_status",
                        "request_payload",
                        "response_body",
                        "response_headers",
                        "error",
                        "duration_ms",
                        "delivered_at",
                        "original_log_id",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_webhook_log_status(d.pop("status"))

        if "created_at" not in d:
            _drift.missing(
                "WebhookLog",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "webhook_id",
                        "event",
                        "attempt",
                        "status",
                        "created_at",
                        "http_status",
                        "request_payload",
                        "response_body",
                        "response_headers",
                        "error",
                        "duration_ms",
                        "delivered_at",
                        "original_log_id",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        http_status = cast("int | None | Unset", d.pop("http_status", UNSET))

        _request_payload = d.pop("request_payload", UNSET)
        request_payload: WebhookLogRequestPayload | Unset
        if isinstance(_request_payload, Unset):
            request_payload = UNSET
        else:
            request_payload = WebhookLogRequestPayload.from_dict(_request_payload)

        response_body = cast("None | str | Unset", d.pop("response_body", UNSET))

        _response_headers = d.pop("response_headers", UNSET)
        response_headers: WebhookLogResponseHeaders | Unset
        if isinstance(_response_headers, Unset):
            response_headers = UNSET
        else:
            response_headers = WebhookLogResponseHeaders.from_dict(_response_headers)

        error = d.pop("error", UNSET)

        duration_ms = d.pop("duration_ms", UNSET)

        _delivered_at = d.pop("delivered_at", UNSET)
        delivered_at: datetime.datetime | Unset
        if isinstance(_delivered_at, Unset):
            delivered_at = UNSET
        else:
            delivered_at = datetime.datetime.fromisoformat(_delivered_at)

        original_log_id = d.pop("original_log_id", UNSET)

        webhook_log = cls(
            id=id,
            webhook_id=webhook_id,
            event=event,
            attempt=attempt,
            status=status,
            created_at=created_at,
            http_status=http_status,
            request_payload=request_payload,
            response_body=response_body,
            response_headers=response_headers,
            error=error,
            duration_ms=duration_ms,
            delivered_at=delivered_at,
            original_log_id=original_log_id,
        )

        webhook_log.additional_properties = d
        return webhook_log

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.webhook_log_request_payload import WebhookLogRequestPayload  # noqa: E402
from ..models.webhook_log_response_headers import WebhookLogResponseHeaders  # noqa: E402
