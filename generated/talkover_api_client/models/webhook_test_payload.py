from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="WebhookTestPayload")


@_attrs_define
class WebhookTestPayload:
    """
    Attributes:
        event (Literal['webhook.test']):
        agent_id (str):
        agent_name (str):
        webhook_id (str):
        webhook_name (str):
        timestamp (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        test (bool):
    """

    event: Literal["webhook.test"]
    agent_id: str
    agent_name: str
    webhook_id: str
    webhook_name: str
    timestamp: datetime.datetime
    test: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        agent_id = self.agent_id

        agent_name = self.agent_name

        webhook_id = self.webhook_id

        webhook_name = self.webhook_name

        timestamp = self.timestamp.isoformat()

        test = self.test

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "agent_id": agent_id,
                "agent_name": agent_name,
                "webhook_id": webhook_id,
                "webhook_name": webhook_name,
                "timestamp": timestamp,
                "test": test,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "event" not in d:
            _drift.missing(
                "WebhookTestPayload",
                "event",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "agent_id",
                        "agent_name",
                        "webhook_id",
                        "webhook_name",
                        "timestamp",
                        "test",
                    )
                ),
            )
            event = cast(Any, None)
        else:
            event = cast(Literal["webhook.test"], d.pop("event"))
            if event != "webhook.test":
                raise ValueError(f"event must match const 'webhook.test', got '{event}'")

        if "agent_id" not in d:
            _drift.missing(
                "WebhookTestPayload",
                "agent_id",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "agent_id",
                        "agent_name",
                        "webhook_id",
                        "webhook_name",
                        "timestamp",
                        "test",
                    )
                ),
            )
            agent_id = cast(Any, None)
        else:
            agent_id = d.pop("agent_id")

        if "agent_name" not in d:
            _drift.missing(
                "WebhookTestPayload",
                "agent_name",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "agent_id",
                        "agent_name",
                        "webhook_id",
                        "webhook_name",
                        "timestamp",
                        "test",
                    )
                ),
            )
            agent_name = cast(Any, None)
        else:
            agent_name = d.pop("agent_name")

        if "webhook_id" not in d:
            _drift.missing(
                "WebhookTestPayload",
                "webhook_id",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "agent_id",
                        "agent_name",
                        "webhook_id",
                        "webhook_name",
                        "timestamp",
                        "test",
                    )
                ),
            )
            webhook_id = cast(Any, None)
        else:
            webhook_id = d.pop("webhook_id")

        if "webhook_name" not in d:
            _drift.missing(
                "WebhookTestPayload",
                "webhook_name",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "agent_id",
                        "agent_name",
                        "webhook_id",
                        "webhook_name",
                        "timestamp",
                        "test",
                    )
                ),
            )
            webhook_name = cast(Any, None)
        else:
            webhook_name = d.pop("webhook_name")

        if "timestamp" not in d:
            _drift.missing(
                "WebhookTestPayload",
                "timestamp",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "agent_id",
                        "agent_name",
                        "webhook_id",
                        "webhook_name",
                        "timestamp",
                        "test",
                    )
                ),
            )
            timestamp = cast(Any, None)
        else:
            timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        if "test" not in d:
            _drift.missing(
                "WebhookTestPayload",
                "test",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "agent_id",
                        "agent_name",
                        "webhook_id",
                        "webhook_name",
                        "timestamp",
                        "test",
                    )
                ),
            )
            test = cast(Any, None)
        else:
            test = d.pop("test")

        webhook_test_payload = cls(
            event=event,
            agent_id=agent_id,
            agent_name=agent_name,
            webhook_id=webhook_id,
            webhook_name=webhook_name,
            timestamp=timestamp,
            test=test,
        )

        webhook_test_payload.additional_properties = d
        return webhook_test_payload

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
