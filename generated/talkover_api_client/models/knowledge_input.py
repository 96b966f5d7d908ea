from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.interrupt_sensitivity import InterruptSensitivity, check_interrupt_sensitivity
from ..types import UNSET, Unset

T = TypeVar("T", bound="KnowledgeInput")


@_attrs_define
class KnowledgeInput:
    """
    Attributes:
        description (str):
        interrupt_sensitivity (InterruptSensitivity):
        ask_if_human_present_on_idle (bool):
        llm_temperature (float):
        initial_message_delay (int):
        initial_message (None | str | Unset):
    """

    description: str
    interrupt_sensitivity: InterruptSensitivity
    ask_if_human_present_on_idle: bool
    llm_temperature: float
    initial_message_delay: int
    initial_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        interrupt_sensitivity: str = self.interrupt_sensitivity

        ask_if_human_present_on_idle = self.ask_if_human_present_on_idle

        llm_temperature = self.llm_temperature

        initial_message_delay = self.initial_message_delay

        initial_message: None | str | Unset
        if isinstance(self.initial_message, Unset):
            initial_message = UNSET
        else:
            initial_message = self.initial_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "interrupt_sensitivity": interrupt_sensitivity,
                "ask_if_human_present_on_idle": ask_if_human_present_on_idle,
                "llm_temperature": llm_temperature,
                "initial_message_delay": initial_message_delay,
            }
        )
        if initial_message is not UNSET:
            field_dict["initial_message"] = initial_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "description" not in d:
            _drift.missing(
                "KnowledgeInput",
                "description",
                not src_dict.keys().isdisjoint(
                    (
                        "description",
                        "interrupt_sensitivity",
                        "ask_if_human_present_on_idle",
                        "llm_temperature",
                        "initial_message_delay",
                        "initial_message",
                    )
                ),
            )
            description = cast(Any, None)
        else:
            description = d.pop("description")

        if "interrupt_sensitivity" not in d:
            _drift.missing(
                "KnowledgeInput",
                "interrupt_sensitivity",
                not src_dict.keys().isdisjoint(
                    (
                        "description",
                        "interrupt_sensitivity",
                        "ask_if_human_present_on_idle",
                        "llm_temperature",
                        "initial_message_delay",
                        "initial_message",
                    )
                ),
            )
            interrupt_sensitivity = cast(Any, None)
        else:
            interrupt_sensitivity = check_interrupt_sensitivity(d.pop("interrupt_sensitivity"))

        if "ask_if_human_present_on_idle" not in d:
            _drift.missing(
                "KnowledgeInput",
                "ask_if_human_present_on_idle",
                not src_dict.keys().isdisjoint(
                    (
                        "description",
                        "interrupt_sensitivity",
                        "ask_if_human_present_on_idle",
                        "llm_temperature",
                        "initial_message_delay",
                        "initial_message",
                    )
                ),
            )
            ask_if_human_present_on_idle = cast(Any, None)
        else:
            ask_if_human_present_on_idle = d.pop("ask_if_human_present_on_idle")

        if "llm_temperature" not in d:
            _drift.missing(
                "KnowledgeInput",
                "llm_temperature",
                not src_dict.keys().isdisjoint(
                    (
                        "description",
                        "interrupt_sensitivity",
                        "ask_if_human_present_on_idle",
                        "llm_temperature",
                        "initial_message_delay",
                        "initial_message",
                    )
                ),
            )
            llm_temperature = cast(Any, None)
        else:
            llm_temperature = d.pop("llm_temperature")

        if "initial_message_delay" not in d:
            _drift.missing(
                "KnowledgeInput",
                "initial_message_delay",
                not src_dict.keys().isdisjoint(
                    (
                        "description",
                        "interrupt_sensitivity",
                        "ask_if_human_present_on_idle",
                        "llm_temperature",
                        "initial_message_delay",
                        "initial_message",
                    )
                ),
            )
            initial_message_delay = cast(Any, None)
        else:
            initial_message_delay = d.pop("initial_message_delay")

        initial_message = cast("None | str | Unset", d.pop("initial_message", UNSET))

        knowledge_input = cls(
            description=description,
            interrupt_sensitivity=interrupt_sensitivity,
            ask_if_human_present_on_idle=ask_if_human_present_on_idle,
            llm_temperature=llm_temperature,
            initial_message_delay=initial_message_delay,
            initial_message=initial_message,
        )

        knowledge_input.additional_properties = d
        return knowledge_input

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
