from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.language import Language, check_language
from ..models.quality_tier import QualityTier, check_quality_tier
from ..models.voice_template_gender import VoiceTemplateGender, check_voice_template_gender

T = TypeVar("T", bound="VoiceTemplate")


@_attrs_define
class VoiceTemplate:
    """
    Attributes:
        id (str):
        name (str):
        gender (VoiceTemplateGender):
        language (Language): The languages an agent can speak (Create Agent).
        quality_tier (QualityTier):
        cost (str): USD per minute, as a decimal string.
    """

    id: str
    name: str
    gender: VoiceTemplateGender
    language: Language
    quality_tier: QualityTier
    cost: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        gender: str = self.gender

        language: str = self.language

        quality_tier: str = self.quality_tier

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "gender": gender,
                "language": language,
                "quality_tier": quality_tier,
                "cost": cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        gender = check_voice_template_gender(d.pop("gender"))

        language = check_language(d.pop("language"))

        quality_tier = check_quality_tier(d.pop("quality_tier"))

        cost = d.pop("cost")

        voice_template = cls(
            id=id,
            name=name,
            gender=gender,
            language=language,
            quality_tier=quality_tier,
            cost=cost,
        )

        voice_template.additional_properties = d
        return voice_template

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
