from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.campaign_event import CampaignEvent, check_campaign_event

T = TypeVar("T", bound="CampaignWebhook")


@_attrs_define
class CampaignWebhook:
    """
    Attributes:
        id (str):
        campaign_id (str):
        name (str):
        webhook_url (str):
        events (list[CampaignEvent]):
        enabled (bool):
        include_call_events (bool):
        timeout (int):
        max_retries (int):
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    campaign_id: str
    name: str
    webhook_url: str
    events: list[CampaignEvent]
    enabled: bool
    include_call_events: bool
    timeout: int
    max_retries: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        name = self.name

        webhook_url = self.webhook_url

        events = []
        for events_item_data in self.events:
            events_item: str = events_item_data
            events.append(events_item)

        enabled = self.enabled

        include_call_events = self.include_call_events

        timeout = self.timeout

        max_retries = self.max_retries

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "campaign_id": campaign_id,
                "name": name,
                "webhook_url": webhook_url,
                "events": events,
                "enabled": enabled,
                "include_call_events": include_call_events,
                "timeout": timeout,
                "max_retries": max_retries,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "CampaignWebhook",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "name",
                        "webhook_url",
                        "events",
                        "enabled",
                        "include_call_events",
                        "timeout",
                        "max_retries",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "campaign_id" not in d:
            _drift.missing(
                "CampaignWebhook",
                "campaign_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "name",
                        "webhook_url",
                        "events",
                        "enabled",
                        "include_call_events",
                        "timeout",
                        "max_retries",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            campaign_id = cast(Any, None)
        else:
            campaign_id = d.pop("campaign_id")

        if "name" not in d:
            _drift.missing(
                "CampaignWebhook",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "name",
                        "webhook_url",
                        "events",
                        "enabled",
                        "include_call_events",
                        "timeout",
                        "max_retries",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "webhook_url" not in d:
            _drift.missing(
                "CampaignWebhook",
                "webhook_url",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "name",
                        "webhook_url",
                        "events",
                        "enabled",
                        "include_call_events",
                        "timeout",
                        "max_retries",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            webhook_url = cast(Any, None)
        else:
            webhook_url = d.pop("webhook_url")

        if "events" not in d:
            _drift.missing(
                "CampaignWebhook",
                "events",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "name",
                        "webhook_url",
                        "events",
                        "enabled",
                        "include_call_events",
                        "timeout",
                        "max_retries",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            events = cast(Any, None)
        else:
            events = []
            _events = d.pop("events")
            for events_item_data in _events:
                events_item = check_campaign_event(events_item_data)

                events.append(events_item)

        if "enabled" not in d:
            _drift.missing(
                "CampaignWebhook",
                "enabled",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "name",
                        "webhook_url",
                        "events",
                        "enabled",
                        "include_call_events",
                        "timeout",
                        "max_retries",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            enabled = cast(Any, None)
        else:
            enabled = d.pop("enabled")

        if "include_call_events" not in d:
            _drift.missing(
                "CampaignWebhook",
                "include_call_events",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "name",
                        "webhook_url",
                        "events",
                        "enabled",
                        "include_call_events",
                        "timeout",
                        "max_retries",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            include_call_events = cast(Any, None)
        else:
            include_call_events = d.pop("include_call_events")

        if "timeout" not in d:
            _drift.missing(
                "CampaignWebhook",
                "timeout",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "name",
                        "webhook_url",
                        "events",
                        "enabled",
                        "include_call_events",
                        "timeout",
                        "max_retries",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            timeout = cast(Any, None)
        else:
            timeout = d.pop("timeout")

        if "max_retries" not in d:
            _drift.missing(
                "CampaignWebhook",
                "max_retries",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "name",
                        "webhook_url",
                        "events",
                        "enabled",
                        "include_call_events",
                        "timeout",
                        "max_retries",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            max_retries = cast(Any, None)
        else:
            max_retries = d.pop("max_retries")

        if "created_at" not in d:
            _drift.missing(
                "CampaignWebhook",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "name",
                        "webhook_url",
                        "events",
                        "enabled",
                        "include_call_events",
                        "timeout",
                        "max_retries",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "updated_at" not in d:
            _drift.missing(
                "CampaignWebhook",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "name",
                        "webhook_url",
                        "events",
                        "enabled",
                        "include_call_events",
                        "timeout",
                        "max_retries",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        campaign_webhook = cls(
            id=id,
            campaign_id=campaign_id,
            name=name,
            webhook_url=webhook_url,
            events=events,
            enabled=enabled,
            include_call_events=include_call_events,
            timeout=timeout,
            max_retries=max_retries,
            created_at=created_at,
            updated_at=updated_at,
        )

        campaign_webhook.additional_properties = d
        return campaign_webhook

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
