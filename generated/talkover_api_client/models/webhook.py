from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.agent_event import AgentEvent, check_agent_event
from ..models.webhook_status import WebhookStatus, check_webhook_status

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """
    Attributes:
        id (str):
        agent_id (str):
        name (str):
        webhook_url (str):
        events (list[AgentEvent]):
        timeout (int):
        max_retries (int):
        enabled (bool):
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        events_count (int):
        status (WebhookStatus): Derived: `disabled` when not enabled; `error` when enabled and its latest delivery
            failed after every retry; `active` otherwise (D35).
    """

    id: str
    agent_id: str
    name: str
    webhook_url: str
    events: list[AgentEvent]
    timeout: int
    max_retries: int
    enabled: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    events_count: int
    status: WebhookStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent_id = self.agent_id

        name = self.name

        webhook_url = self.webhook_url

        events = []
        for events_item_data in self.events:
            events_item: str = events_item_data
            events.append(events_item)

        timeout = self.timeout

        max_retries = self.max_retries

        enabled = self.enabled

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        events_count = self.events_count

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "agent_id": agent_id,
                "name": name,
                "webhook_url": webhook_url,
                "events": events,
                "timeout": timeout,
                "max_retries": max_retries,
                "enabled": enabled,
                "created_at": created_at,
                "updated_at": updated_at,
                "events_count": events_count,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "Webhook",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "name",
                        "webhook_url",
                        "events",
                        "timeout",
                        "max_retries",
                        "enabled",
                        "created_at",
                        "updated_at",
                        "events_count",
                        "status",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "agent_id" not in d:
            _drift.missing(
                "Webhook",
                "agent_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "name",
                        "webhook_url",
                        "events",
                        "timeout",
                        "max_retries",
                        "enabled",
                        "created_at",
                        "updated_at",
                        "events_count",
                        "status",
                    )
                ),
            )
            agent_id = cast(Any, None)
        else:
            agent_id = d.pop("agent_id")

        if "name" not in d:
            _drift.missing(
                "Webhook",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "name",
                        "webhook_url",
                        "events",
                        "timeout",
                        "max_retries",
                        "enabled",
                        "created_at",
                        "updated_at",
                        "events_count",
                        "status",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "webhook_url" not in d:
            _drift.missing(
                "Webhook",
                "webhook_url",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "name",
                        "webhook_url",
                        "events",
                        "timeout",
                        "max_retries",
                        "enabled",
                        "created_at",
                        "updated_at",
                        "events_count",
                        "status",
                    )
                ),
            )
            webhook_url = cast(Any, None)
        else:
            webhook_url = d.pop("webhook_url")

        if "events" not in d:
            _drift.missing(
                "Webhook",
                "events",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "name",
                        "webhook_url",
                        "events",
                        "timeout",
                        "max_retries",
                        "enabled",
                        "created_at",
                        "updated_at",
                        "events_count",
                        "status",
                    )
                ),
            )
            events = cast(Any, None)
        else:
            events = []
            _events = d.pop("events")
            for events_item_data in _events:
                events_item = check_agent_event(events_item_data)

                events.append(events_item)

        if "timeout" not in d:
            _drift.missing(
                "Webhook",
                "timeout",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "name",
                        "webhook_url",
                        "events",
                        "timeout",
                        "max_retries",
                        "enabled",
                        "created_at",
                        "updated_at",
                        "events_count",
                        "status",
                    )
                ),
            )
            timeout = cast(Any, None)
        else:
            timeout = d.pop("timeout")

        if "max_retries" not in d:
            _drift.missing(
                "Webhook",
                "max_retries",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "name",
                        "webhook_url",
                        "events",
                        "timeout",
                        "max_retries",
                        "enabled",
                        "created_at",
                        "updated_at",
                        "events_count",
                        "status",
                    )
                ),
            )
            max_retries = cast(Any, None)
        else:
            max_retries = d.pop("max_retries")

        if "enabled" not in d:
            _drift.missing(
                "Webhook",
                "enabled",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "name",
                        "webhook_url",
                        "events",
                        "timeout",
                        "max_retries",
                        "enabled",
                        "created_at",
                        "updated_at",
                        "events_count",
                        "status",
                    )
                ),
            )
            enabled = cast(Any, None)
        else:
            enabled = d.pop("enabled")

        if "created_at" not in d:
            _drift.missing(
                "Webhook",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "name",
                        "webhook_url",
                        "events",
                        "timeout",
                        "max_retries",
                        "enabled",
                        "created_at",
                        "updated_at",
                        "events_count",
                        "status",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "updated_at" not in d:
            _drift.missing(
                "Webhook",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "name",
                        "webhook_url",
                        "events",
                        "timeout",
                        "max_retries",
                        "enabled",
                        "created_at",
                        "updated_at",
                        "events_count",
                        "status",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        if "events_count" not in d:
            _drift.missing(
                "Webhook",
                "events_count",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "name",
                        "webhook_url",
                        "events",
                        "timeout",
                        "max_retries",
                        "enabled",
                        "created_at",
                        "updated_at",
                        "events_count",
                        "status",
                    )
                ),
            )
            events_count = cast(Any, None)
        else:
            events_count = d.pop("events_count")

        if "status" not in d:
            _drift.missing(
                "Webhook",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "agent_id",
                        "name",
                        "webhook_url",
                        "events",
                        "timeout",
                        "max_retries",
                        "enabled",
                        "created_at",
                        "updated_at",
                        "events_count",
                        "status",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_webhook_status(d.pop("status"))

        webhook = cls(
            id=id,
            agent_id=agent_id,
            name=name,
            webhook_url=webhook_url,
            events=events,
            timeout=timeout,
            max_retries=max_retries,
            enabled=enabled,
            created_at=created_at,
            updated_at=updated_at,
            events_count=events_count,
            status=status,
        )

        webhook.additional_properties = d
        return webhook

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
