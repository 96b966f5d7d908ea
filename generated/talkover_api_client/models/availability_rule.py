from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.availability_rule_type import AvailabilityRuleType, check_availability_rule_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailabilityRule")


@_attrs_define
class AvailabilityRule:
    """A rule; the fields of its type are present.

    Attributes:
        id (str):
        type_ (AvailabilityRuleType):
        timezone (str):
        days_of_week (list[int] | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        date (str | Unset):
        available (bool | Unset):
    """

    id: str
    type_: AvailabilityRuleType
    timezone: str
    days_of_week: list[int] | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    date: str | Unset = UNSET
    available: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        timezone = self.timezone

        days_of_week: list[int] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            days_of_week = self.days_of_week

        start_time = self.start_time

        end_time = self.end_time

        date = self.date

        available = self.available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "timezone": timezone,
            }
        )
        if days_of_week is not UNSET:
            field_dict["days_of_week"] = days_of_week
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if date is not UNSET:
            field_dict["date"] = date
        if available is not UNSET:
            field_dict["available"] = available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "AvailabilityRule",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "type",
                        "timezone",
                        "days_of_week",
                        "start_time",
                        "end_time",
                        "date",
                        "available",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "type" not in d:
            _drift.missing(
                "AvailabilityRule",
                "type",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "type",
                        "timezone",
                        "days_of_week",
                        "start_time",
                        "end_time",
                        "date",
                        "available",
                    )
                ),
            )
            type_ = cast(Any, None)
        else:
            type_ = check_availability_rule_type(d.pop("type"))

        if "timezone" not in d:
            _drift.missing(
                "AvailabilityRule",
                "timezone",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "type",
                        "timezone",
                        "days_of_week",
                        "start_time",
                        "end_time",
                        "date",
                        "available",
                    )
                ),
            )
            timezone = cast(Any, None)
        else:
            timezone = d.pop("timezone")

        days_of_week = cast(list[int], d.pop("days_of_week", UNSET))

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        date = d.pop("date", UNSET)

        available = d.pop("available", UNSET)

        availability_rule = cls(
            id=id,
            type_=type_,
            timezone=timezone,
            days_of_week=days_of_week,
            start_time=start_time,
            end_time=end_time,
            date=date,
            available=available,
        )

        availability_rule.additional_properties = d
        return availability_rule

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
