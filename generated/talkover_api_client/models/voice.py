from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..types import UNSET, Unset

T = TypeVar("T", bound="Voice")


@_attrs_define
class Voice:
    """
    Attributes:
        id (str):
        name (str):
        label (None | str):
        stability (float | None | Unset):
        similarity_boost (float | None | Unset): Set through the voice endpoint's `similarity` field.
        ambient_background (None | str | Unset): For example `office`, `cafe`, `quiet`.
        template (VoiceTemplateRef | Unset):
    """

    id: str
    name: str
    label: None | str
    stability: float | None | Unset = UNSET
    similarity_boost: float | None | Unset = UNSET
    ambient_background: None | str | Unset = UNSET
    template: VoiceTemplateRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        label: None | str
        label = self.label

        stability: float | None | Unset
        if isinstance(self.stability, Unset):
            stability = UNSET
        else:
            stability = self.stability

        similarity_boost: float | None | Unset
        if isinstance(self.similarity_boost, Unset):
            similarity_boost = UNSET
        else:
            similarity_boost = self.similarity_boost

        ambient_background: None | str | Unset
        if isinstance(self.ambient_background, Unset):
            ambient_background = UNSET
        else:
            ambient_background = self.ambient_background

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "label": label,
            }
        )
        if stability is not UNSET:
            field_dict["stability"] = stability
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        if ambient_background is not UNSET:
            field_dict["ambient_background"] = ambient_background
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "Voice",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "stability",
                        "similarity_boost",
                        "ambient_background",
                        "template",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "name" not in d:
            _drift.missing(
                "Voice",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "stability",
                        "similarity_boost",
                        "ambient_background",
                        "template",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "label" not in d:
            _drift.missing(
                "Voice",
                "label",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "stability",
                        "similarity_boost",
                        "ambient_background",
                        "template",
                    )
                ),
            )
            label = cast(Any, None)
        else:
            label = cast("None | str", d.pop("label"))

        stability = cast("float | None | Unset", d.pop("stability", UNSET))

        similarity_boost = cast("float | None | Unset", d.pop("similarity_boost", UNSET))

        ambient_background = cast("None | str | Unset", d.pop("ambient_background", UNSET))

        _template = d.pop("template", UNSET)
        template: VoiceTemplateRef | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = VoiceTemplateRef.from_dict(_template)

        voice = cls(
            id=id,
            name=name,
            label=label,
            stability=stability,
            similarity_boost=similarity_boost,
            ambient_background=ambient_background,
            template=template,
        )

        voice.additional_properties = d
        return voice

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


from ..models.voice_template_ref import VoiceTemplateRef  # noqa: E402
