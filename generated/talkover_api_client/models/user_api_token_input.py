from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserApiTokenInput")


@_attrs_define
class UserApiTokenInput:
    """Create User API Token's body.

    Attributes:
        name (str): What the token is for ("CI Pipeline").
        abilities (list[str] | Unset): What the token may do; `["*"]` (full access) when not sent.
    """

    name: str
    abilities: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        abilities: list[str] | Unset = UNSET
        if not isinstance(self.abilities, Unset):
            abilities = self.abilities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if abilities is not UNSET:
            field_dict["abilities"] = abilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "name" not in d:
            _drift.missing(
                "UserApiTokenInput",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "abilities",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        abilities = cast(list[str], d.pop("abilities", UNSET))

        user_api_token_input = cls(
            name=name,
            abilities=abilities,
        )

        user_api_token_input.additional_properties = d
        return user_api_token_input

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
