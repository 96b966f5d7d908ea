from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowConfigGlobalFunctionsItem")


@_attrs_define
class FlowConfigGlobalFunctionsItem:
    """
    Attributes:
        name (str):
        description (str | Unset):
    """

    name: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "name" not in d:
            _drift.missing(
                "FlowConfigGlobalFunctionsItem",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "description",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        description = d.pop("description", UNSET)

        flow_config_global_functions_item = cls(
            name=name,
            description=description,
        )

        flow_config_global_functions_item.additional_properties = d
        return flow_config_global_functions_item

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
