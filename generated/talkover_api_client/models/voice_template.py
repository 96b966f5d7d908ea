from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
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
        if "id" not in d:
            _drift.missing(
                "VoiceTemplate",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "gender",
                        "language",
                        "quality_tier",
                        "cost",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "name" not in d:
            _drift.missing(
                "VoiceTemplate",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "gender",
                        "language",
                        "quality_tier",
                        "cost",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "gender" not in d:
            _drift.missing(
                "VoiceTemplate",
                "gender",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "gender",
                        "language",
                        "quality_tier",
                        "cost",
                    )
                ),
            )
            gender = cast(Any, None)
        else:
            gender = check_voice_template_gender(d.pop("gender"))

        if "language" not in d:
            _drift.missing(
                "VoiceTemplate",
                "language",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "gender",
                        "language",
                        "quality_tier",
                        "cost",
                    )
                ),
            )
            language = cast(Any, None)
        else:
            language = check_language(d.pop("language"))

        if "quality_tier" not in d:
            _drift.missing(
                "VoiceTemplate",
                "quality_tier",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "gender",
                        "language",
                        "quality_tier",
                        "cost",
                    )
                ),
            )
            quality_tier = cast(Any, None)
        else:
            quality_tier = check_quality_tier(d.pop("quality_tier"))

        if "cost" not in d:
            _drift.missing(
                "VoiceTemplate",
                "cost",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "gender",
                        "language",
                        "quality_tier",
                        "cost",
                    )
                ),
            )
            cost = cast(Any, None)
        else:
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
