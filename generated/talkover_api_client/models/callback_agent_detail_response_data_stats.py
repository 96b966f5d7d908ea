from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift

T = TypeVar("T", bound="CallbackAgentDetailResponseDataStats")


@_attrs_define
class CallbackAgentDetailResponseDataStats:
    """
    Attributes:
        total_callbacks_received (int):
        callbacks_answered (int):
    """

    total_callbacks_received: int
    callbacks_answered: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_callbacks_received = self.total_callbacks_received

        callbacks_answered = self.callbacks_answered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_callbacks_received": total_callbacks_received,
                "callbacks_answered": callbacks_answered,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "total_callbacks_received" not in d:
            _drift.missing(
                "CallbackAgentDetailResponseDataStats",
                "total_callbacks_received",
                not src_dict.keys().isdisjoint(
                    (
                        "total_callbacks_received",
                        "callbacks_answered",
                    )
                ),
            )
            total_callbacks_received = cast(Any, None)
        else:
            total_callbacks_received = d.pop("total_callbacks_received")

        if "callbacks_answered" not in d:
            _drift.missing(
                "CallbackAgentDetailResponseDataStats",
                "callbacks_answered",
                not src_dict.keys().isdisjoint(
                    (
                        "total_callbacks_received",
                        "callbacks_answered",
                    )
                ),
            )
            callbacks_answered = cast(Any, None)
        else:
            callbacks_answered = d.pop("callbacks_answered")

        callback_agent_detail_response_data_stats = cls(
            total_callbacks_received=total_callbacks_received,
            callbacks_answered=callbacks_answered,
        )

        callback_agent_detail_response_data_stats.additional_properties = d
        return callback_agent_detail_response_data_stats

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
