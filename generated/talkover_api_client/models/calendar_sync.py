from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="CalendarSync")


@_attrs_define
class CalendarSync:
    """
    Attributes:
        syncing (list[str]):
        up_to_date (list[str]):
    """

    syncing: list[str]
    up_to_date: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        syncing = self.syncing

        up_to_date = self.up_to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "syncing": syncing,
                "up_to_date": up_to_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "syncing" not in d:
            _drift.missing(
                "CalendarSync",
                "syncing",
                not src_dict.keys().isdisjoint(
                    (
                        "syncing",
                        "up_to_date",
                    )
                ),
            )
            syncing = cast(Any, None)
        else:
            syncing = cast(list[str], d.pop("syncing"))

        if "up_to_date" not in d:
            _drift.missing(
                "CalendarSync",
                "up_to_date",
                not src_dict.keys().isdisjoint(
                    (
                        "syncing",
                        "up_to_date",
                    )
                ),
            )
            up_to_date = cast(Any, None)
        else:
            up_to_date = cast(list[str], d.pop("up_to_date"))

        calendar_sync = cls(
            syncing=syncing,
            up_to_date=up_to_date,
        )

        calendar_sync.additional_properties = d
        return calendar_sync

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
