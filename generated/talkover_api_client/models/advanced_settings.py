from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="AdvancedSettings")


@_attrs_define
class AdvancedSettings:
    """
    Attributes:
        enable_initial_message_cache (bool):
    """

    enable_initial_message_cache: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_initial_message_cache = self.enable_initial_message_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enable_initial_message_cache": enable_initial_message_cache,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "enable_initial_message_cache" not in d:
            _drift.missing(
                "AdvancedSettings",
                "enable_initial_message_cache",
                not src_dict.keys().isdisjoint(("enable_initial_message_cache",)),
            )
            enable_initial_message_cache = cast(Any, None)
        else:
            enable_initial_message_cache = d.pop("enable_initial_message_cache")

        advanced_settings = cls(
            enable_initial_message_cache=enable_initial_message_cache,
        )

        advanced_settings.additional_properties = d
        return advanced_settings

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
