from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.campaign_status import CampaignStatus, check_campaign_status

T = TypeVar("T", bound="CampaignStatusResponseData")


@_attrs_define
class CampaignStatusResponseData:
    """
    Attributes:
        id (str):
        status (CampaignStatus):
        updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    status: CampaignStatus
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str = self.status

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "CampaignStatusResponseData",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "status",
                        "updated_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "status" not in d:
            _drift.missing(
                "CampaignStatusResponseData",
                "status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "status",
                        "updated_at",
                    )
                ),
            )
            status = cast(Any, None)
        else:
            status = check_campaign_status(d.pop("status"))

        if "updated_at" not in d:
            _drift.missing(
                "CampaignStatusResponseData",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "status",
                        "updated_at",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        campaign_status_response_data = cls(
            id=id,
            status=status,
            updated_at=updated_at,
        )

        campaign_status_response_data.additional_properties = d
        return campaign_status_response_data

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
