from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedSettingsInput")


@_attrs_define
class AdvancedSettingsInput:
    """
    Attributes:
        enable_initial_message_cache (bool | Unset):
    """

    enable_initial_message_cache: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_initial_message_cache = self.enable_initial_message_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_initial_message_cache is not UNSET:
            field_dict["enable_initial_message_cache"] = enable_initial_message_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable_initial_message_cache = d.pop("enable_initial_message_cache", UNSET)

        advanced_settings_input = cls(
            enable_initial_message_cache=enable_initial_message_cache,
        )

        advanced_settings_input.additional_properties = d
        return advanced_settings_input

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
