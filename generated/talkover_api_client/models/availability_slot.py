from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="AvailabilitySlot")


@_attrs_define
class AvailabilitySlot:
    """
    Attributes:
        start_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        end_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    start_at: datetime.datetime
    end_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_at = self.start_at.isoformat()

        end_at = self.end_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_at": start_at,
                "end_at": end_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "start_at" not in d:
            _drift.missing(
                "AvailabilitySlot",
                "start_at",
                not src_dict.keys().isdisjoint(
                    (
                        "start_at",
                        "end_at",
                    )
                ),
            )
            start_at = cast(Any, None)
        else:
            start_at = datetime.datetime.fromisoformat(d.pop("start_at"))

        if "end_at" not in d:
            _drift.missing(
                "AvailabilitySlot",
                "end_at",
                not src_dict.keys().isdisjoint(
                    (
                        "start_at",
                        "end_at",
                    )
                ),
            )
            end_at = cast(Any, None)
        else:
            end_at = datetime.datetime.fromisoformat(d.pop("end_at"))

        availability_slot = cls(
            start_at=start_at,
            end_at=end_at,
        )

        availability_slot.additional_properties = d
        return availability_slot

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
