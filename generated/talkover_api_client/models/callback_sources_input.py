from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="CallbackSourcesInput")


@_attrs_define
class CallbackSourcesInput:
    """
    Attributes:
        source_agent_ids (list[str]):
    """

    source_agent_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_agent_ids = self.source_agent_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_agent_ids": source_agent_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "source_agent_ids" not in d:
            _drift.missing(
                "CallbackSourcesInput", "source_agent_ids", not src_dict.keys().isdisjoint(("source_agent_ids",))
            )
            source_agent_ids = cast(Any, None)
        else:
            source_agent_ids = cast(list[str], d.pop("source_agent_ids"))

        callback_sources_input = cls(
            source_agent_ids=source_agent_ids,
        )

        callback_sources_input.additional_properties = d
        return callback_sources_input

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
