from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="WebhookRetryResponseData")


@_attrs_define
class WebhookRetryResponseData:
    """
    Attributes:
        log_id (str):
        original_log_id (str):
        queued_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    log_id: str
    original_log_id: str
    queued_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_id = self.log_id

        original_log_id = self.original_log_id

        queued_at = self.queued_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "log_id": log_id,
                "original_log_id": original_log_id,
                "queued_at": queued_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "log_id" not in d:
            _drift.missing(
                "WebhookRetryResponseData",
                "log_id",
                not src_dict.keys().isdisjoint(
                    (
                        "log_id",
                        "original_log_id",
                        "queued_at",
                    )
                ),
            )
            log_id = cast(Any, None)
        else:
            log_id = d.pop("log_id")

        if "original_log_id" not in d:
            _drift.missing(
                "WebhookRetryResponseData",
                "original_log_id",
                not src_dict.keys().isdisjoint(
                    (
                        "log_id",
                        "original_log_id",
                        "queued_at",
                    )
                ),
            )
            original_log_id = cast(Any, None)
        else:
            original_log_id = d.pop("original_log_id")

        if "queued_at" not in d:
            _drift.missing(
                "WebhookRetryResponseData",
                "queued_at",
                not src_dict.keys().isdisjoint(
                    (
                        "log_id",
                        "original_log_id",
                        "queued_at",
                    )
                ),
            )
            queued_at = cast(Any, None)
        else:
            queued_at = datetime.datetime.fromisoformat(d.pop("queued_at"))

        webhook_retry_response_data = cls(
            log_id=log_id,
            original_log_id=original_log_id,
            queued_at=queued_at,
        )

        webhook_retry_response_data.additional_properties = d
        return webhook_retry_response_data

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
