from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="EventAttendeeInput")


@_attrs_define
class EventAttendeeInput:
    """An attendee to add.

    Attributes:
        name (str):
        email (str):
    """

    name: str
    email: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "name" not in d:
            _drift.missing(
                "EventAttendeeInput",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "email",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "email" not in d:
            _drift.missing(
                "EventAttendeeInput",
                "email",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "email",
                    )
                ),
            )
            email = cast(Any, None)
        else:
            email = d.pop("email")

        event_attendee_input = cls(
            name=name,
            email=email,
        )

        event_attendee_input.additional_properties = d
        return event_attendee_input

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
