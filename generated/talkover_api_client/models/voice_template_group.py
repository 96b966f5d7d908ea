from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="VoiceTemplateGroup")


@_attrs_define
class VoiceTemplateGroup:
    """
    Attributes:
        display_name (str):
        voices (list[VoiceTemplate]):
    """

    display_name: str
    voices: list[VoiceTemplate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        voices = []
        for voices_item_data in self.voices:
            voices_item = voices_item_data.to_dict()
            voices.append(voices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "voices": voices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "display_name" not in d:
            _drift.missing(
                "VoiceTemplateGroup",
                "display_name",
                not src_dict.keys().isdisjoint(
                    (
                        "display_name",
                        "voices",
                    )
                ),
            )
            display_name = cast(Any, None)
        else:
            display_name = d.pop("display_name")

        if "voices" not in d:
            _drift.missing(
                "VoiceTemplateGroup",
                "voices",
                not src_dict.keys().isdisjoint(
                    (
                        "display_name",
                        "voices",
                    )
                ),
            )
            voices = cast(Any, None)
        else:
            voices = []
            _voices = d.pop("voices")
            for voices_item_data in _voices:
                voices_item = VoiceTemplate.from_dict(voices_item_data)

                voices.append(voices_item)

        voice_template_group = cls(
            display_name=display_name,
            voices=voices,
        )

        voice_template_group.additional_properties = d
        return voice_template_group

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


from ..models.voice_template import VoiceTemplate  # noqa: E402
