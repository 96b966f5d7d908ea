from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="VoiceDemo")


@_attrs_define
class VoiceDemo:
    """
    Attributes:
        mp3_url (str):
    """

    mp3_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mp3_url = self.mp3_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mp3_url": mp3_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "mp3_url" not in d:
            _drift.missing("VoiceDemo", "mp3_url", not src_dict.keys().isdisjoint(("mp3_url",)))
            mp3_url = cast(Any, None)
        else:
            mp3_url = d.pop("mp3_url")

        voice_demo = cls(
            mp3_url=mp3_url,
        )

        voice_demo.additional_properties = d
        return voice_demo

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
