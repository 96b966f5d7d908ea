from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.language import Language, check_language
from ..models.who_speaks_first import WhoSpeaksFirst, check_who_speaks_first
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceInput")


@_attrs_define
class VoiceInput:
    """
    Attributes:
        voice_id (str): A voice template's id (List Voice Templates).
        conversation_speed (float): The Create Agent range; the voice page says between 1 and 2, and its own example
            sends 1.0 (D23).
        who_speaks_first (WhoSpeaksFirst):
        ambient_background (None | str | Unset): For example `office`, `cafe`, `quiet`.
        ambient_volume (float | Unset): 0 (muted) to 2 (loud); kept, not echoed.
        language (Language | Unset): The languages an agent can speak (Create Agent).
        similarity (float | Unset): Required for high-fidelity templates (`pro`, `ultra`), refused for the others (D27).
        stability (float | Unset): Required for high-fidelity templates (`pro`, `ultra`), refused for the others (D27).
    """

    voice_id: str
    conversation_speed: float
    who_speaks_first: WhoSpeaksFirst
    ambient_background: None | str | Unset = UNSET
    ambient_volume: float | Unset = UNSET
    language: Language | Unset = UNSET
    similarity: float | Unset = UNSET
    stability: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        conversation_speed = self.conversation_speed

        who_speaks_first: str = self.who_speaks_first

        ambient_background: None | str | Unset
        if isinstance(self.ambient_background, Unset):
            ambient_background = UNSET
        else:
            ambient_background = self.ambient_background

        ambient_volume = self.ambient_volume

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        similarity = self.similarity

        stability = self.stability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "conversation_speed": conversation_speed,
                "who_speaks_first": who_speaks_first,
            }
        )
        if ambient_background is not UNSET:
            field_dict["ambient_background"] = ambient_background
        if ambient_volume is not UNSET:
            field_dict["ambient_volume"] = ambient_volume
        if language is not UNSET:
            field_dict["language"] = language
        if similarity is not UNSET:
            field_dict["similarity"] = similarity
        if stability is not UNSET:
            field_dict["stability"] = stability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "voice_id" not in d:
            _drift.missing(
                "VoiceInput",
                "voice_id",
                not src_dict.keys().isdisjoint(
                    (
                        "voice_id",
                        "conversation_speed",
                        "who_speaks_first",
                        "ambient_background",
                        "ambient_volume",
                        "language",
                        "similarity",
                        "stability",
                    )
                ),
            )
            voice_id = cast(Any, None)
        else:
            voice_id = d.pop("voice_id")

        if "conversation_speed" not in d:
            _drift.missing(
                "VoiceInput",
                "conversation_speed",
                not src_dict.keys().isdisjoint(
                    (
                        "voice_id",
                        "conversation_speed",
                        "who_speaks_first",
                        "ambient_background",
                        "ambient_volume",
                        "language",
                        "similarity",
                        "stability",
                    )
                ),
            )
            conversation_speed = cast(Any, None)
        else:
            conversation_speed = d.pop("conversation_speed")

        if "who_speaks_first" not in d:
            _drift.missing(
                "VoiceInput",
                "who_speaks_first",
                not src_dict.keys().isdisjoint(
                    (
                        "voice_id",
                        "conversation_speed",
                        "who_speaks_first",
                        "ambient_background",
                        "ambient_volume",
                        "language",
                        "similarity",
                        "stability",
                    )
                ),
            )
            who_speaks_first = cast(Any, None)
        else:
            who_speaks_first = check_who_speaks_first(d.pop("who_speaks_first"))

        ambient_background = cast("None | str | Unset", d.pop("ambient_background", UNSET))

        ambient_volume = d.pop("ambient_volume", UNSET)

        _language = d.pop("language", UNSET)
        language: Language | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = check_language(_language)

        similarity = d.pop("similarity", UNSET)

        stability = d.pop("stability", UNSET)

        voice_input = cls(
            voice_id=voice_id,
            conversation_speed=conversation_speed,
            who_speaks_first=who_speaks_first,
            ambient_background=ambient_background,
            ambient_volume=ambient_volume,
            language=language,
            similarity=similarity,
            stability=stability,
        )

        voice_input.additional_properties = d
        return voice_input

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
