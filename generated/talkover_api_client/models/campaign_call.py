from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.campaign_call_status import CampaignCallStatus, check_campaign_call_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignCall")


@_attrs_define
class CampaignCall:
    """
    Attributes:
        id (str):
        campaign_id (str):
        to (str):
        status (CampaignCallStatus): `queued` (to be placed now), `scheduled` (at `scheduled_at`, the next opening of
            the
            campaign's call windows, or after a retry's cooldown), the call statuses once placed,
            and `cancelled` for a call the campaign's cancellation or completion dropped (D42).
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        scheduled_at (datetime.datetime | Unset): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    campaign_id: str
    to: str
    status: CampaignCallStatus
    created_at: datetime.datetime
    scheduled_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        to = self.to

        status: str = self.status

        created_at = self.created_at.isoformat()

        scheduled_at: str | Unset = UNSET
        if not isinstance(self.scheduled_at, Unset):
            scheduled_at = self.scheduled_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "campaign_id": campaign_id,
                "to": to,
                "status": status,
                "created_at": created_at,
            }
        )
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "CampaignCall",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "to",
                        "status",
                        "created_at",
                        "scheduled_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "campaign_id" not in d:
            _drift.missing(
                "CampaignCall",
                "campaign_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "to",
                        "status",
                        "created_at",
                        "scheduled_at",
                    )
                ),
            )
            campaign_id = cast(Any, None)
        else:
            campaign_id = d.pop("campaign_id")

        if "to" not in d:
            _drift.missing(
                "CampaignCall",
                "to",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "to",
                        "status",
                        "created_at",
                        "scheduled_at",
                    )
                ),
            )
            to = cast(Any, None)
        else:
            to = d.pop("to")

        if "status" not in d:
            _drift.missing(
                "CampaignCall",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "to",
                        "status",
                        "created_at",
                        "scheduled_at",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_campaign_call_status(d.pop("status"))

        if "created_at" not in d:
            _drift.missing(
                "CampaignCall",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "to",
                        "status",
                        "created_at",
                        "scheduled_at",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        _scheduled_at = d.pop("scheduled_at", UNSET)
        scheduled_at: datetime.datetime | Unset
        if isinstance(_scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = datetime.datetime.fromisoformat(_scheduled_at)

        campaign_call = cls(
            id=id,
            campaign_id=campaign_id,
            to=to,
            status=status,
            created_at=created_at,
            scheduled_at=scheduled_at,
        )

        campaign_call.additional_properties = d
        return campaign_call

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
