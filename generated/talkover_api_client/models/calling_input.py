from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.direction import Direction, check_direction
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallingInput")


@_attrs_define
class CallingInput:
    """
    Attributes:
        direction (Direction):
        phone_number_ids (list[str] | Unset): Replaces the agent's numbers when sent; omitted, they are kept.
    """

    direction: Direction
    phone_number_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction: str = self.direction

        phone_number_ids: list[str] | Unset = UNSET
        if not isinstance(self.phone_number_ids, Unset):
            phone_number_ids = self.phone_number_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
            }
        )
        if phone_number_ids is not UNSET:
            field_dict["phone_number_ids"] = phone_number_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "direction" not in d:
            _drift.missing(
                "CallingInput",
                "direction",
                not src_dict.keys().isdisjoint(
                    (
                        "direction",
                        "phone_number_ids",
                    )
                ),
            )
            direction = cast(Any, None)
        else:
            direction = check_direction(d.pop("direction"))

        phone_number_ids = cast(list[str], d.pop("phone_number_ids", UNSET))

        calling_input = cls(
            direction=direction,
            phone_number_ids=phone_number_ids,
        )

        calling_input.additional_properties = d
        return calling_input

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
