from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="CallbackAgentDetailResponseData")


@_attrs_define
class CallbackAgentDetailResponseData:
    """
    Attributes:
        agent (CallbackAgentDetailResponseDataAgent):
        source_agents (list[CallbackAgentDetailResponseDataSourceAgentsItem]):
        stats (CallbackAgentDetailResponseDataStats):
    """

    agent: CallbackAgentDetailResponseDataAgent
    source_agents: list[CallbackAgentDetailResponseDataSourceAgentsItem]
    stats: CallbackAgentDetailResponseDataStats
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent = self.agent.to_dict()

        source_agents = []
        for source_agents_item_data in self.source_agents:
            source_agents_item = source_agents_item_data.to_dict()
            source_agents.append(source_agents_item)

        stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent": agent,
                "source_agents": source_agents,
                "stats": stats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "agent" not in d:
            _drift.missing(
                "CallbackAgentDetailResponseData",
                "agent",
                not src_dict.keys().isdisjoint(
                    (
                        "agent",
                        "source_agents",
                        "stats",
                    )
                ),
            )
            agent = cast(Any, None)
        else:
            agent = CallbackAgentDetailResponseDataAgent.from_dict(d.pop("agent"))

        if "source_agents" not in d:
            _drift.missing(
                "CallbackAgentDetailResponseData",
                "source_agents",
                not src_dict.keys().isdisjoint(
                    (
                        "agent",
                        "source_agents",
                        "stats",
                    )
                ),
            )
            source_agents = cast(Any, None)
        else:
            source_agents = []
            _source_agents = d.pop("source_agents")
            for source_agents_item_data in _source_agents:
                source_agents_item = CallbackAgentDetailResponseDataSourceAgentsItem.from_dict(source_agents_item_data)

                source_agents.append(source_agents_item)

        if "stats" not in d:
            _drift.missing(
                "CallbackAgentDetailResponseData",
                "stats",
                not src_dict.keys().isdisjoint(
                    (
                        "agent",
                        "source_agents",
                        "stats",
                    )
                ),
            )
            stats = cast(Any, None)
        else:
            stats = CallbackAgentDetailResponseDataStats.from_dict(d.pop("stats"))

        callback_agent_detail_response_data = cls(
            agent=agent,
            source_agents=source_agents,
            stats=stats,
        )

        callback_agent_detail_response_data.additional_properties = d
        return callback_agent_detail_response_data

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


from ..models.callback_agent_detail_response_data_agent import CallbackAgentDetailResponseDataAgent  # noqa: E402
from ..models.callback_agent_detail_response_data_source_agents_item import (
    CallbackAgentDetailResponseDataSourceAgentsItem,  # noqa: E402
)
from ..models.callback_agent_detail_response_data_stats import CallbackAgentDetailResponseDataStats  # noqa: E402
