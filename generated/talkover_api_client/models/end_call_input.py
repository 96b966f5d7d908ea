from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="EndCallInput")


@_attrs_define
class EndCallInput:
    """
    Attributes:
        call_sid (str): The `id` Make a Call returned.
    """

    call_sid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_sid = self.call_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_sid": call_sid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "call_sid" not in d:
            _drift.missing("EndCallInput", "call_sid", not src_dict.keys().isdisjoint(("call_sid",)))
            call_sid = cast(Any, None)
        else:
            call_sid = d.pop("call_sid")

        end_call_input = cls(
            call_sid=call_sid,
        )

        end_call_input.additional_properties = d
        return end_call_input

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
