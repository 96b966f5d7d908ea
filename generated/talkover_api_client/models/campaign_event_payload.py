from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.campaign_event import CampaignEvent, check_campaign_event
from ..models.campaign_status import CampaignStatus, check_campaign_status

T = TypeVar("T", bound="CampaignEventPayload")


@_attrs_define
class CampaignEventPayload:
    """The body of a campaign event (D57).

    Attributes:
        event (CampaignEvent): An event a campaign webhook can subscribe to (`available_events`).
        campaign_id (str):
        campaign_name (str):
        status (CampaignStatus):
        timestamp (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        data (CampaignEventPayloadData): What the event is about; `{}` when the campaign itself is.
    """

    event: CampaignEvent
    campaign_id: str
    campaign_name: str
    status: CampaignStatus
    timestamp: datetime.datetime
    data: CampaignEventPayloadData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str = self.event

        campaign_id = self.campaign_id

        campaign_name = self.campaign_name

        status: str = self.status

        timestamp = self.timestamp.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "campaign_id": campaign_id,
                "campaign_name": campaign_name,
                "status": status,
                "timestamp": timestamp,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "event" not in d:
            _drift.missing(
                "CampaignEventPayload",
                "event",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "campaign_id",
                        "campaign_name",
                        "status",
                        "timestamp",
                        "data",
                    )
                ),
            )
            event = cast(Any, None)
        else:
            event = check_campaign_event(d.pop("event"))

        if "campaign_id" not in d:
            _drift.missing(
                "CampaignEventPayload",
                "campaign_id",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "campaign_id",
                        "campaign_name",
                        "status",
                        "timestamp",
                        "data",
                    )
                ),
            )
            campaign_id = cast(Any, None)
        else:
            campaign_id = d.pop("campaign_id")

        if "campaign_name" not in d:
            _drift.missing(
                "CampaignEventPayload",
                "campaign_name",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "campaign_id",
                        "campaign_name",
                        "status",
                        "timestamp",
                        "data",
                    )
                ),
            )
            campaign_name = cast(Any, None)
        else:
            campaign_name = d.pop("campaign_name")

        if "status" not in d:
            _drift.missing(
                "CampaignEventPayload",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "campaign_id",
                        "campaign_name",
                        "status",
                        "timestamp",
                        "data",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_campaign_status(d.pop("status"))

        if "timestamp" not in d:
            _drift.missing(
                "CampaignEventPayload",
                "timestamp",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "campaign_id",
                        "campaign_name",
                        "status",
                        "timestamp",
                        "data",
                    )
                ),
            )
            timestamp = cast(Any, None)
        else:
            timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        if "data" not in d:
            _drift.missing(
                "CampaignEventPayload",
                "data",
                not src_dict.keys().isdisjoint(
                    (
                        "event",
                        "campaign_id",
                        "campaign_name",
                        "status",
                        "timestamp",
                        "data",
                    )
                ),
            )
            data = cast(Any, None)
        else:
            data = CampaignEventPayloadData.from_dict(d.pop("data"))

        campaign_event_payload = cls(
            event=event,
            campaign_id=campaign_id,
            campaign_name=campaign_name,
            status=status,
            timestamp=timestamp,
            data=data,
        )

        campaign_event_payload.additional_properties = d
        return campaign_event_payload

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


from ..models.campaign_event_payload_data import CampaignEventPayloadData  # noqa: E402
