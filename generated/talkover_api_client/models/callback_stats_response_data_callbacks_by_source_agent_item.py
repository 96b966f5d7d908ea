from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="CallbackStatsResponseDataCallbacksBySourceAgentItem")


@_attrs_define
class CallbackStatsResponseDataCallbacksBySourceAgentItem:
    """
    Attributes:
        source_agent_id (str):
        name (str):
        count (int):
    """

    source_agent_id: str
    name: str
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_agent_id = self.source_agent_id

        name = self.name

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_agent_id": source_agent_id,
                "name": name,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "source_agent_id" not in d:
            _drift.missing(
                "CallbackStatsResponseDataCallbacksBySourceAgentItem",
                "source_agent_id",
                not src_dict.keys().isdisjoint(
                    (
                        "source_agent_id",
                        "name",
                        "count",
                    )
                ),
            )
            source_agent_id = cast(Any, None)
        else:
            source_agent_id = d.pop("source_agent_id")

        if "name" not in d:
            _drift.missing(
                "CallbackStatsResponseDataCallbacksBySourceAgentItem",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "source_agent_id",
                        "name",
                        "count",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "count" not in d:
            _drift.missing(
                "CallbackStatsResponseDataCallbacksBySourceAgentItem",
                "count",
                not src_dict.keys().isdisjoint(
                    (
                        "source_agent_id",
                        "name",
                        "count",
                    )
                ),
            )
            count = cast(Any, None)
        else:
            count = d.pop("count")

        callback_stats_response_data_callbacks_by_source_agent_item = cls(
            source_agent_id=source_agent_id,
            name=name,
            count=count,
        )

        callback_stats_response_data_callbacks_by_source_agent_item.additional_properties = d
        return callback_stats_response_data_callbacks_by_source_agent_item

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
