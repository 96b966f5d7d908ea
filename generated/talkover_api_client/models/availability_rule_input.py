from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.availability_rule_type import AvailabilityRuleType, check_availability_rule_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailabilityRuleInput")


@_attrs_define
class AvailabilityRuleInput:
    """Create Availability Rule's body: `recurring` needs `days_of_week`, `start_time` and
    `end_time`; `exception` needs `date` and `available` (and takes an optional window).

        Attributes:
            type_ (AvailabilityRuleType):
            days_of_week (list[int] | Unset): ISO weekdays, 1 = Monday … 7 = Sunday (recurring rules).
            start_time (str | Unset): Where the window starts, `HH:MM` wall time.
            end_time (str | Unset): Where the window ends, `HH:MM` wall time; after `start_time`.
            timezone (str | Unset): The IANA zone of the wall times; the calendar's when not given.
            date (datetime.date | Unset): The date an exception changes (exception rules).
            available (bool | Unset): Whether the date is open (instead of the recurring rules) or blocked.
    """

    type_: AvailabilityRuleType
    days_of_week: list[int] | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    timezone: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    available: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        days_of_week: list[int] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            days_of_week = self.days_of_week

        start_time = self.start_time

        end_time = self.end_time

        timezone = self.timezone

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        available = self.available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if days_of_week is not UNSET:
            field_dict["days_of_week"] = days_of_week
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if date is not UNSET:
            field_dict["date"] = date
        if available is not UNSET:
            field_dict["available"] = available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "type" not in d:
            _drift.missing(
                "AvailabilityRuleInput",
                "type",
                not src_dict.keys().isdisjoint(
                    (
                        "type",
                        "days_of_week",
                        "start_time",
                        "end_time",
                        "timezone",
                        "date",
                        "available",
                    )
                ),
            )
            type_ = cast(Any, None)
        else:
            type_ = check_availability_rule_type(d.pop("type"))

        days_of_week = cast(list[int], d.pop("days_of_week", UNSET))

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        timezone = d.pop("timezone", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        available = d.pop("available", UNSET)

        availability_rule_input = cls(
            type_=type_,
            days_of_week=days_of_week,
            start_time=start_time,
            end_time=end_time,
            timezone=timezone,
            date=date,
            available=available,
        )

        availability_rule_input.additional_properties = d
        return availability_rule_input

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
