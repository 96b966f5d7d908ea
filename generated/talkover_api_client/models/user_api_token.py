from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="UserApiToken")


@_attrs_define
class UserApiToken:
    """
    Attributes:
        id (str):
        name (str):
        abilities (list[str]):
        last_used_at (datetime.datetime | None):
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    name: str
    abilities: list[str]
    last_used_at: datetime.datetime | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        abilities = self.abilities

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "abilities": abilities,
                "last_used_at": last_used_at,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "UserApiToken",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "abilities",
                        "last_used_at",
                        "created_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "name" not in d:
            _drift.missing(
                "UserApiToken",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "abilities",
                        "last_used_at",
                        "created_at",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "abilities" not in d:
            _drift.missing(
                "UserApiToken",
                "abilities",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "abilities",
                        "last_used_at",
                        "created_at",
                    )
                ),
            )
            abilities = cast(Any, None)
        else:
            abilities = cast(list[str], d.pop("abilities"))

        if "last_used_at" not in d:
            _drift.missing(
                "UserApiToken",
                "last_used_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "abilities",
                        "last_used_at",
                        "created_at",
                    )
                ),
            )
            last_used_at = cast(Any, None)
        else:

            def _parse_last_used_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_used_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            last_used_at = _parse_last_used_at(d.pop("last_used_at"))

        if "created_at" not in d:
            _drift.missing(
                "UserApiToken",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "abilities",
                        "last_used_at",
                        "created_at",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        user_api_token = cls(
            id=id,
            name=name,
            abilities=abilities,
            last_used_at=last_used_at,
            created_at=created_at,
        )

        user_api_token.additional_properties = d
        return user_api_token

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
