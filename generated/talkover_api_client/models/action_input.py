from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionInput")


@_attrs_define
class ActionInput:
    """One input parameter of an action (`inputs` in a request, `input_schema` in a response).

    Attributes:
        name (str):
        type_ (str):
        required (bool | Unset):
        description (None | str | Unset):
        value (Any | Unset):
    """

    name: str
    type_: str
    required: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        required = self.required

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required
        if description is not UNSET:
            field_dict["description"] = description
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "name" not in d:
            _drift.missing(
                "ActionInput",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "type",
                        "required",
                        "description",
                        "value",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "type" not in d:
            _drift.missing(
                "ActionInput",
                "type",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "type",
                        "required",
                        "description",
                        "value",
                    )
                ),
            )
            type_ = cast(Any, None)
        else:
            type_ = d.pop("type")

        required = d.pop("required", UNSET)

        description = cast("None | str | Unset", d.pop("description", UNSET))

        value = d.pop("value", UNSET)

        action_input = cls(
            name=name,
            type_=type_,
            required=required,
            description=description,
            value=value,
        )

        action_input.additional_properties = d
        return action_input

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
