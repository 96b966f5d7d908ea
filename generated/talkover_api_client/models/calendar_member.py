from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.calendar_role import CalendarRole, check_calendar_role

T = TypeVar("T", bound="CalendarMember")


@_attrs_define
class CalendarMember:
    """
    Attributes:
        id (str):
        user_id (str):
        name (None | str): The user's name; null for a user the account does not know.
        email (None | str):
        role (CalendarRole):
        added_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    user_id: str
    name: None | str
    email: None | str
    role: CalendarRole
    added_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        name: None | str
        name = self.name

        email: None | str
        email = self.email

        role: str = self.role

        added_at = self.added_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "name": name,
                "email": email,
                "role": role,
                "added_at": added_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "CalendarMember",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "user_id",
                        "name",
                        "email",
                        "role",
                        "added_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "user_id" not in d:
            _drift.missing(
                "CalendarMember",
                "user_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "user_id",
                        "name",
                        "email",
                        "role",
                        "added_at",
                    )
                ),
            )
            user_id = cast(Any, None)
        else:
            user_id = d.pop("user_id")

        if "name" not in d:
            _drift.missing(
                "CalendarMember",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "user_id",
                        "name",
                        "email",
                        "role",
                        "added_at",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = cast("None | str", d.pop("name"))

        if "email" not in d:
            _drift.missing(
                "CalendarMember",
                "email",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "user_id",
                        "name",
                        "email",
                        "role",
                        "added_at",
                    )
                ),
            )
            email = cast(Any, None)
        else:
            email = cast("None | str", d.pop("email"))

        if "role" not in d:
            _drift.missing(
                "CalendarMember",
                "role",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "user_id",
                        "name",
                        "email",
                        "role",
                        "added_at",
                    )
                ),
            )
            role = cast(Any, None)
        else:
            role = check_calendar_role(d.pop("role"))

        if "added_at" not in d:
            _drift.missing(
                "CalendarMember",
                "added_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "user_id",
                        "name",
                        "email",
                        "role",
                        "added_at",
                    )
                ),
            )
            added_at = cast(Any, None)
        else:
            added_at = datetime.datetime.fromisoformat(d.pop("added_at"))

        calendar_member = cls(
            id=id,
            user_id=user_id,
            name=name,
            email=email,
            role=role,
            added_at=added_at,
        )

        calendar_member.additional_properties = d
        return calendar_member

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
