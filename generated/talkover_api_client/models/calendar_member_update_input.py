from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.calendar_role import CalendarRole, check_calendar_role

T = TypeVar("T", bound="CalendarMemberUpdateInput")


@_attrs_define
class CalendarMemberUpdateInput:
    """Update Calendar Member's body.

    Attributes:
        role (CalendarRole):
    """

    role: CalendarRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "role" not in d:
            _drift.missing("CalendarMemberUpdateInput", "role", not src_dict.keys().isdisjoint(("role",)))
            role = cast(Any, None)
        else:
            role = check_calendar_role(d.pop("role"))

        calendar_member_update_input = cls(
            role=role,
        )

        calendar_member_update_input.additional_properties = d
        return calendar_member_update_input

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
