from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionIntegration")


@_attrs_define
class ActionIntegration:
    """
    Attributes:
        identifier (str):
        display_name (str):
        description (str | Unset):
        category (str | Unset):
        icon_url (str | Unset):
    """

    identifier: str
    display_name: str
    description: str | Unset = UNSET
    category: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        display_name = self.display_name

        description = self.description

        category = self.category

        icon_url = self.icon_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "display_name": display_name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "identifier" not in d:
            _drift.missing(
                "ActionIntegration",
                "identifier",
                not src_dict.keys().isdisjoint(
                    (
                        "identifier",
                        "display_name",
                        "description",
                        "category",
                        "icon_url",
                    )
                ),
            )
            identifier = cast(Any, None)
        else:
            identifier = d.pop("identifier")

        if "display_name" not in d:
            _drift.missing(
                "ActionIntegration",
                "display_name",
                not src_dict.keys().isdisjoint(
                    (
                        "identifier",
                        "display_name",
                        "description",
                        "category",
                        "icon_url",
                    )
                ),
            )
            display_name = cast(Any, None)
        else:
            display_name = d.pop("display_name")

        description = d.pop("description", UNSET)

        category = d.pop("category", UNSET)

        icon_url = d.pop("icon_url", UNSET)

        action_integration = cls(
            identifier=identifier,
            display_name=display_name,
            description=description,
            category=category,
            icon_url=icon_url,
        )

        action_integration.additional_properties = d
        return action_integration

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
