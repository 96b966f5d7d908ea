from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_constraints_input_callback_trigger_statuses_item import (
    CallbackConstraintsInputCallbackTriggerStatusesItem,
    check_callback_constraints_input_callback_trigger_statuses_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackConstraintsInput")


@_attrs_define
class CallbackConstraintsInput:
    """
    Attributes:
        is_callback_agent (bool | Unset): Default true.
        callback_source_agents (list[str] | Unset):
        callback_trigger_statuses (list[CallbackConstraintsInputCallbackTriggerStatusesItem] | Unset):
    """

    is_callback_agent: bool | Unset = UNSET
    callback_source_agents: list[str] | Unset = UNSET
    callback_trigger_statuses: list[CallbackConstraintsInputCallbackTriggerStatusesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_callback_agent = self.is_callback_agent

        callback_source_agents: list[str] | Unset = UNSET
        if not isinstance(self.callback_source_agents, Unset):
            callback_source_agents = self.callback_source_agents

        callback_trigger_statuses: list[str] | Unset = UNSET
        if not isinstance(self.callback_trigger_statuses, Unset):
            callback_trigger_statuses = []
            for callback_trigger_statuses_item_data in self.callback_trigger_statuses:
                callback_trigger_statuses_item: str = callback_trigger_statuses_item_data
                callback_trigger_statuses.append(callback_trigger_statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_callback_agent is not UNSET:
            field_dict["is_callback_agent"] = is_callback_agent
        if callback_source_agents is not UNSET:
            field_dict["callback_source_agents"] = callback_source_agents
        if callback_trigger_statuses is not UNSET:
            field_dict["callback_trigger_statuses"] = callback_trigger_statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_callback_agent = d.pop("is_callback_agent", UNSET)

        callback_source_agents = cast(list[str], d.pop("callback_source_agents", UNSET))

        _callback_trigger_statuses = d.pop("callback_trigger_statuses", UNSET)
        callback_trigger_statuses: list[CallbackConstraintsInputCallbackTriggerStatusesItem] | Unset = UNSET
        if _callback_trigger_statuses is not UNSET:
            callback_trigger_statuses = []
            for callback_trigger_statuses_item_data in _callback_trigger_statuses:
                callback_trigger_statuses_item = check_callback_constraints_input_callback_trigger_statuses_item(
                    callback_trigger_statuses_item_data
                )

                callback_trigger_statuses.append(callback_trigger_statuses_item)

        callback_constraints_input = cls(
            is_callback_agent=is_callback_agent,
            callback_source_agents=callback_source_agents,
            callback_trigger_statuses=callback_trigger_statuses,
        )

        callback_constraints_input.additional_properties = d
        return callback_constraints_input

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
