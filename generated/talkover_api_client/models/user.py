from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        id (str):
        name (str):
        email (str):
        current_environment_id (str): The environment the user works in; its balance is the account's (D61).
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    name: str
    email: str
    current_environment_id: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        email = self.email

        current_environment_id = self.current_environment_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "email": email,
                "current_environment_id": current_environment_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "User",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "email",
                        "current_environment_id",
                        "created_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "name" not in d:
            _drift.missing(
                "User",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "email",
                        "current_environment_id",
                        "created_at",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "email" not in d:
            _drift.missing(
                "User",
                "email",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "email",
                        "current_environment_id",
                        "created_at",
                    )
                ),
            )
            email = cast(Any, None)
        else:
            email = d.pop("email")

        if "current_environment_id" not in d:
            _drift.missing(
                "User",
                "current_environment_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "email",
                        "current_environment_id",
                        "created_at",
                    )
                ),
            )
            current_environment_id = cast(Any, None)
        else:
            current_environment_id = d.pop("current_environment_id")

        if "created_at" not in d:
            _drift.missing(
                "User",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "email",
                        "current_environment_id",
                        "created_at",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        user = cls(
            id=id,
            name=name,
            email=email,
            current_environment_id=current_environment_id,
            created_at=created_at,
        )

        user.additional_properties = d
        return user

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
