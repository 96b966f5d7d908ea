from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="CallbackStatsResponseData")


@_attrs_define
class CallbackStatsResponseData:
    """
    Attributes:
        period (CallbackStatsResponseDataPeriod):
        total_callbacks_received (int):
        callbacks_answered (int):
        callbacks_unmatched (int):
        callbacks_by_source_agent (list[CallbackStatsResponseDataCallbacksBySourceAgentItem]):
    """

    period: CallbackStatsResponseDataPeriod
    total_callbacks_received: int
    callbacks_answered: int
    callbacks_unmatched: int
    callbacks_by_source_agent: list[CallbackStatsResponseDataCallbacksBySourceAgentItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period.to_dict()

        total_callbacks_received = self.total_callbacks_received

        callbacks_answered = self.callbacks_answered

        callbacks_unmatched = self.callbacks_unmatched

        callbacks_by_source_agent = []
        for callbacks_by_source_agent_item_data in self.callbacks_by_source_agent:
            callbacks_by_source_agent_item = callbacks_by_source_agent_item_data.to_dict()
            callbacks_by_source_agent.append(callbacks_by_source_agent_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "total_callbacks_received": total_callbacks_received,
                "callbacks_answered": callbacks_answered,
                "callbacks_unmatched": callbacks_unmatched,
                "callbacks_by_source_agent": callbacks_by_source_agent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "period" not in d:
            _drift.missing(
                "CallbackStatsResponseData",
                "period",
                not src_dict.keys().isdisjoint(
                    (
                        "period",
                        "total_callbacks_received",
                        "callbacks_answered",
                        "callbacks_unmatched",
                        "callbacks_by_source_agent",
                    )
                ),
            )
            period = cast(Any, None)
        else:
            period = CallbackStatsResponseDataPeriod.from_dict(d.pop("period"))

        if "total_callbacks_received" not in d:
            _drift.missing(
                "CallbackStatsResponseData",
                "total_callbacks_received",
                not src_dict.keys().isdisjoint(
                    (
                        "period",
                        "total_callbacks_received",
                        "callbacks_answered",
                        "callbacks_unmatched",
                        "callbacks_by_source_agent",
                    )
                ),
            )
            total_callbacks_received = cast(Any, None)
        else:
            total_callbacks_received = d.pop("total_callbacks_received")

        if "callbacks_answered" not in d:
            _drift.missing(
                "CallbackStatsResponseData",
                "callbacks_answered",
                not src_dict.keys().isdisjoint(
                    (
                        "period",
                        "total_callbacks_received",
                        "callbacks_answered",
                        "callbacks_unmatched",
                        "callbacks_by_source_agent",
                    )
                ),
            )
            callbacks_answered = cast(Any, None)
        else:
            callbacks_answered = d.pop("callbacks_answered")

        if "callbacks_unmatched" not in d:
            _drift.missing(
                "CallbackStatsResponseData",
                "callbacks_unmatched",
                not src_dict.keys().isdisjoint(
                    (
                        "period",
                        "total_callbacks_received",
                        "callbacks_answered",
                        "callbacks_unmatched",
                        "callbacks_by_source_agent",
                    )
                ),
            )
            callbacks_unmatched = cast(Any, None)
        else:
            callbacks_unmatched = d.pop("callbacks_unmatched")

        if "callbacks_by_source_agent" not in d:
            _drift.missing(
                "CallbackStatsResponseData",
                "callbacks_by_source_agent",
                not src_dict.keys().isdisjoint(
                    (
                        "period",
                        "total_callbacks_received",
                        "callbacks_answered",
                        "callbacks_unmatched",
                        "callbacks_by_source_agent",
                    )
                ),
            )
            callbacks_by_source_agent = cast(Any, None)
        else:
            callbacks_by_source_agent = []
            _callbacks_by_source_agent = d.pop("callbacks_by_source_agent")
            for callbacks_by_source_agent_item_data in _callbacks_by_source_agent:
                callbacks_by_source_agent_item = CallbackStatsResponseDataCallbacksBySourceAgentItem.from_dict(
                    callbacks_by_source_agent_item_data
                )

                callbacks_by_source_agent.append(callbacks_by_source_agent_item)

        callback_stats_response_data = cls(
            period=period,
            total_callbacks_received=total_callbacks_received,
            callbacks_answered=callbacks_answered,
            callbacks_unmatched=callbacks_unmatched,
            callbacks_by_source_agent=callbacks_by_source_agent,
        )

        callback_stats_response_data.additional_properties = d
        return callback_stats_response_data

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


from ..models.callback_stats_response_data_callbacks_by_source_agent_item import (
    CallbackStatsResponseDataCallbacksBySourceAgentItem,  # noqa: E402
)
from ..models.callback_stats_response_data_period import CallbackStatsResponseDataPeriod  # noqa: E402
