from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="PricingComponents")


@_attrs_define
class PricingComponents:
    """
    Attributes:
        voice_synthesis (PriceLine):
        transcription (PriceLine):
        language_model (PricingComponentsLanguageModel):
    """

    voice_synthesis: PriceLine
    transcription: PriceLine
    language_model: PricingComponentsLanguageModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_synthesis = self.voice_synthesis.to_dict()

        transcription = self.transcription.to_dict()

        language_model = self.language_model.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_synthesis": voice_synthesis,
                "transcription": transcription,
                "language_model": language_model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "voice_synthesis" not in d:
            _drift.missing(
                "PricingComponents",
                "voice_synthesis",
                not src_dict.keys().isdisjoint(
                    (
                        "voice_synthesis",
                        "transcription",
                        "language_model",
                    )
                ),
            )
            voice_synthesis = cast(Any, None)
        else:
            voice_synthesis = PriceLine.from_dict(d.pop("voice_synthesis"))

        if "transcription" not in d:
            _drift.missing(
                "PricingComponents",
                "transcription",
                not src_dict.keys().isdisjoint(
                    (
                        "voice_synthesis",
                        "transcription",
                        "language_model",
                    )
                ),
            )
            transcription = cast(Any, None)
        else:
            transcription = PriceLine.from_dict(d.pop("transcription"))

        if "language_model" not in d:
            _drift.missing(
                "PricingComponents",
                "language_model",
                not src_dict.keys().isdisjoint(
                    (
                        "voice_synthesis",
                        "transcription",
                        "language_model",
                    )
                ),
            )
            language_model = cast(Any, None)
        else:
            language_model = PricingComponentsLanguageModel.from_dict(d.pop("language_model"))

        pricing_components = cls(
            voice_synthesis=voice_synthesis,
            transcription=transcription,
            language_model=language_model,
        )

        pricing_components.additional_properties = d
        return pricing_components

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


from ..models.price_line import PriceLine  # noqa: E402
from ..models.pricing_components_language_model import PricingComponentsLanguageModel  # noqa: E402
