from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="CallbackAgentDetailResponseDataSourceAgentsItem")


@_attrs_define
class CallbackAgentDetailResponseDataSourceAgentsItem:
    """
    Attributes:
        id (str):
        name (str):
    """

    id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "CallbackAgentDetailResponseDataSourceAgentsItem",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "name" not in d:
            _drift.missing(
                "CallbackAgentDetailResponseDataSourceAgentsItem",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        callback_agent_detail_response_data_source_agents_item = cls(
            id=id,
            name=name,
        )

        callback_agent_detail_response_data_source_agents_item.additional_properties = d
        return callback_agent_detail_response_data_source_agents_item

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
