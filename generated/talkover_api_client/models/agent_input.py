from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.direction import Direction, check_direction
from ..models.interrupt_sensitivity import InterruptSensitivity, check_interrupt_sensitivity
from ..models.language import Language, check_language
from ..models.who_speaks_first import WhoSpeaksFirst, check_who_speaks_first
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentInput")


@_attrs_define
class AgentInput:
    """The fields of Create Agent, required as the page tables them. Unknown fields are
    ignored (D13). `idle_time_seconds` takes 1 to 300, as the page's own 422 message says
    (its parameter table says 60, D22).

        Attributes:
            name (str):
            label (str):
            language (Language): The languages an agent can speak (Create Agent).
            interrupt_sensitivity (InterruptSensitivity):
            endpointing_sensitivity (str): The examples send `auto`; no list of values is documented.
            ivr_navigation_mode (str): The examples send `off`; no list of values is documented.
            conversation_speed (float):
            initial_message_delay (int):
            ask_if_human_present_on_idle (bool):
            idle_time_seconds (int):
            llm_temperature (float):
            enable_recording (bool):
            direction (Direction):
            who_speaks_first (WhoSpeaksFirst):
            description (None | str | Unset):
            initial_message (None | str | Unset):
            max_idle_check_count (int | Unset):
            max_call_duration_seconds (int | Unset):
            say_goodbye_on_max_duration (bool | Unset):
            user_inactivity_timeout_seconds (int | Unset):
            initial_idle_time_seconds (int | Unset):
            initial_max_idle_check_count (int | Unset):
            phone_number_ids (list[str] | Unset): Numbers of the caller's environment (List Phone Numbers) to assign.
    """

    name: str
    label: str
    language: Language
    interrupt_sensitivity: InterruptSensitivity
    endpointing_sensitivity: str
    ivr_navigation_mode: str
    conversation_speed: float
    initial_message_delay: int
    ask_if_human_present_on_idle: bool
    idle_time_seconds: int
    llm_temperature: float
    enable_recording: bool
    direction: Direction
    who_speaks_first: WhoSpeaksFirst
    description: None | str | Unset = UNSET
    initial_message: None | str | Unset = UNSET
    max_idle_check_count: int | Unset = UNSET
    max_call_duration_seconds: int | Unset = UNSET
    say_goodbye_on_max_duration: bool | Unset = UNSET
    user_inactivity_timeout_seconds: int | Unset = UNSET
    initial_idle_time_seconds: int | Unset = UNSET
    initial_max_idle_check_count: int | Unset = UNSET
    phone_number_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        language: str = self.language

        interrupt_sensitivity: str = self.interrupt_sensitivity

        endpointing_sensitivity = self.endpointing_sensitivity

        ivr_navigation_mode = self.ivr_navigation_mode

        conversation_speed = self.conversation_speed

        initial_message_delay = self.initial_message_delay

        ask_if_human_present_on_idle = self.ask_if_human_present_on_idle

        idle_time_seconds = self.idle_time_seconds

        llm_temperature = self.llm_temperature

        enable_recording = self.enable_recording

        direction: str = self.direction

        who_speaks_first: str = self.who_speaks_first

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        initial_message: None | str | Unset
        if isinstance(self.initial_message, Unset):
            initial_message = UNSET
        else:
            initial_message = self.initial_message

        max_idle_check_count = self.max_idle_check_count

        max_call_duration_seconds = self.max_call_duration_seconds

        say_goodbye_on_max_duration = self.say_goodbye_on_max_duration

        user_inactivity_timeout_seconds = self.user_inactivity_timeout_seconds

        initial_idle_time_seconds = self.initial_idle_time_seconds

        initial_max_idle_check_count = self.initial_max_idle_check_count

        phone_number_ids: list[str] | Unset = UNSET
        if not isinstance(self.phone_number_ids, Unset):
            phone_number_ids = self.phone_number_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "label": label,
                "language": language,
                "interrupt_sensitivity": interrupt_sensitivity,
                "endpointing_sensitivity": endpointing_sensitivity,
                "ivr_navigation_mode": ivr_navigation_mode,
                "conversation_speed": conversation_speed,
                "initial_message_delay": initial_message_delay,
                "ask_if_human_present_on_idle": ask_if_human_present_on_idle,
                "idle_time_seconds": idle_time_seconds,
                "llm_temperature": llm_temperature,
                "enable_recording": enable_recording,
                "direction": direction,
                "who_speaks_first": who_speaks_first,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if initial_message is not UNSET:
            field_dict["initial_message"] = initial_message
        if max_idle_check_count is not UNSET:
            field_dict["max_idle_check_count"] = max_idle_check_count
        if max_call_duration_seconds is not UNSET:
            field_dict["max_call_duration_seconds"] = max_call_duration_seconds
        if say_goodbye_on_max_duration is not UNSET:
            field_dict["say_goodbye_on_max_duration"] = say_goodbye_on_max_duration
        if user_inactivity_timeout_seconds is not UNSET:
            field_dict["user_inactivity_timeout_seconds"] = user_inactivity_timeout_seconds
        if initial_idle_time_seconds is not UNSET:
            field_dict["initial_idle_time_seconds"] = initial_idle_time_seconds
        if initial_max_idle_check_count is not UNSET:
            field_dict["initial_max_idle_check_count"] = initial_max_idle_check_count
        if phone_number_ids is not UNSET:
            field_dict["phone_number_ids"] = phone_number_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "name" not in d:
            _drift.missing(
                "AgentInput",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "label",
                        "language",
                        "interrupt_sensitivity",
                        "endpointing_sensitivity",
                        "ivr_navigation_mode",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "idle_time_seconds",
                        "llm_temperature",
                        "enable_recording",
                        "direction",
                        "who_speaks_first",
                        "description",
                        "initial_message",
                        "max_idle_check_count",
                        "max_call_duration_seconds",
                        "say_goodbye_on_max_duration",
                        "user_inactivity_timeout_seconds",
                        "initial_idle_time_seconds",
                        "initial_max_idle_check_count",
                        "phone_number_ids",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "label" not in d:
            _drift.missing(
                "AgentInput",
                "label",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "label",
                        "language",
                        "interrupt_sensitivity",
                        "endpointing_sensitivity",
                        "ivr_navigation_mode",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "idle_time_seconds",
                        "llm_temperature",
                        "enable_recording",
                        "direction",
                        "who_speaks_first",
                        "description",
                        "initial_message",
                        "max_idle_check_count",
                        "max_call_duration_seconds",
                        "say_goodbye_on_max_duration",
                        "user_inactivity_timeout_seconds",
                        "initial_idle_time_seconds",
                        "initial_max_idle_check_count",
                        "phone_number_ids",
                    )
                ),
            )
            label = cast(Any, None)
        else:
            label = d.pop("label")

        if "language" not in d:
            _drift.missing(
                "AgentInput",
                "language",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "label",
                        "language",
                        "interrupt_sensitivity",
                        "endpointing_sensitivity",
                        "ivr_navigation_mode",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "idle_time_seconds",
                        "llm_temperature",
                        "enable_recording",
                        "direction",
                        "who_speaks_first",
                        "description",
                        "initial_message",
                        "max_idle_check_count",
                        "max_call_duration_seconds",
                        "say_goodbye_on_max_duration",
                        "user_inactivity_timeout_seconds",
                        "initial_idle_time_seconds",
                        "initial_max_idle_check_count",
                        "phone_number_ids",
                    )
                ),
            )
            language = cast(Any, None)
        else:
            language = check_language(d.pop("language"))

        if "interrupt_sensitivity" not in d:
            _drift.missing(
                "AgentInput",
                "interrupt_sensitivity",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "label",
                        "language",
                        "interrupt_sensitivity",
                        "endpointing_sensitivity",
                        "ivr_navigation_mode",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "idle_time_seconds",
                        "llm_temperature",
                        "enable_recording",
                        "direction",
                        "who_speaks_first",
                        "description",
                        "initial_message",
                        "max_idle_check_count",
                        "max_call_duration_seconds",
                        "say_goodbye_on_max_duration",
                        "user_inactivity_timeout_seconds",
                        "initial_idle_time_seconds",
                        "initial_max_idle_check_count",
                        "phone_number_ids",
                    )
                ),
            )
            interrupt_sensitivity = cast(Any, None)
        else:
            interrupt_sensitivity = check_interrupt_sensitivity(d.pop("interrupt_sensitivity"))

        if "endpointing_sensitivity" not in d:
            _drift.missing(
                "AgentInput",
                "endpointing_sensitivity",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "label",
                        "language",
                        "interrupt_sensitivity",
                        "endpointing_sensitivity",
                        "ivr_navigation_mode",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "idle_time_seconds",
                        "llm_temperature",
                        "enable_recording",
                        "direction",
                        "who_speaks_first",
                        "description",
                        "initial_message",
                        "max_idle_check_count",
                        "max_call_duration_seconds",
                        "say_goodbye_on_max_duration",
                        "user_inactivity_timeout_seconds",
                        "initial_idle_time_seconds",
                        "initial_max_idle_check_count",
                        "phone_number_ids",
                    )
                ),
            )
            endpointing_sensitivity = cast(Any, None)
        else:
            endpointing_sensitivity = d.pop("endpointing_sensitivity")

        if "ivr_navigation_mode" not in d:
            _drift.missing(
                "AgentInput",
                "ivr_navigation_mode",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "label",
                        "language",
                        "interrupt_sensitivity",
                        "endpointing_sensitivity",
                        "ivr_navigation_mode",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "idle_time_seconds",
                        "llm_temperature",
                        "enable_recording",
                        "direction",
                        "who_speaks_first",
                        "description",
                        "initial_message",
                        "max_idle_check_count",
                        "max_call_duration_seconds",
                        "say_goodbye_on_max_duration",
                        "user_inactivity_timeout_seconds",
                        "initial_idle_time_seconds",
                        "initial_max_idle_check_count",
                        "phone_number_ids",
                    )
                ),
            )
            ivr_navigation_mode = cast(Any, None)
        else:
            ivr_navigation_mode = d.pop("ivr_navigation_mode")

        if "conversation_speed" not in d:
            _drift.missing(
                "AgentInput",
                "conversation_speed",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "label",
                        "language",
                        "interrupt_sensitivity",
                        "endpointing_sensitivity",
                        "ivr_navigation_mode",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "idle_time_seconds",
                        "llm_temperature",
                        "enable_recording",
                        "direction",
                        "who_speaks_first",
                        "description",
                        "initial_message",
                        "max_idle_check_count",
                        "max_call_duration_seconds",
                        "say_goodbye_on_max_duration",
                        "user_inactivity_timeout_seconds",
                        "initial_idle_time_seconds",
                        "initial_max_idle_check_count",
                        "phone_number_ids",
                    )
                ),
            )
            conversation_speed = cast(Any, None)
        else:
            conversation_speed = d.pop("conversation_speed")

        if "initial_message_delay" not in d:
            _drift.missing(
                "AgentInput",
                "initial_message_delay",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "label",
                        "language",
                        "interrupt_sensitivity",
                        "endpointing_sensitivity",
                        "ivr_navigation_mode",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "idle_time_seconds",
                        "llm_temperature",
                        "enable_recording",
                        "direction",
                        "who_speaks_first",
                        "description",
                        "initial_message",
                        "max_idle_check_count",
                        "max_call_duration_seconds",
                        "say_goodbye_on_max_duration",
                        "user_inactivity_timeout_seconds",
                        "initial_idle_time_seconds",
                        "initial_max_idle_check_count",
                        "phone_number_ids",
                    )
                ),
            )
            initial_message_delay = cast(Any, None)
        else:
            initial_message_delay = d.pop("initial_message_delay")

        if "ask_if_human_present_on_idle" not in d:
            _drift.missing(
                "AgentInput",
                "ask_if_human_present_on_idle",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "label",
                        "language",
                        "interrupt_sensitivity",
                        "endpointing_sensitivity",
                        "ivr_navigation_mode",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "idle_time_seconds",
                        "llm_temperature",
                        "enable_recording",
                        "direction",
                        "who_speaks_first",
                        "description",
                        "initial_message",
                        "max_idle_check_count",
                        "max_call_duration_seconds",
                        "say_goodbye_on_max_duration",
                        "user_inactivity_timeout_seconds",
                        "initial_idle_time_seconds",
                        "initial_max_idle_check_count",
                        "phone_number_ids",
                    )
                ),
            )
            ask_if_human_present_on_idle = cast(Any, None)
        else:
            ask_if_human_present_on_idle = d.pop("ask_if_human_present_on_idle")

        if "idle_time_seconds" not in d:
            _drift.missing(
                "AgentInput",
                "idle_time_seconds",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "label",
                        "language",
                        "interrupt_sensitivity",
                        "endpointing_sensitivity",
                        "ivr_navigation_mode",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "idle_time_seconds",
                        "llm_temperature",
                        "enable_recording",
                        "direction",
                        "who_speaks_first",
                        "description",
                        "initial_message",
                        "max_idle_check_count",
                        "max_call_duration_seconds",
                        "say_goodbye_on_max_duration",
                        "user_inactivity_timeout_seconds",
                        "initial_idle_time_seconds",
                        "initial_max_idle_check_count",
                        "phone_number_ids",
                    )
                ),
            )
            idle_time_seconds = cast(Any, None)
        else:
            idle_time_seconds = d.pop("idle_time_seconds")

        if "llm_temperature" not in d:
            _drift.missing(
                "AgentInput",
                "llm_temperature",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "label",
                        "language",
                        "interrupt_sensitivity",
                        "endpointing_sensitivity",
                        "ivr_navigation_mode",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "idle_time_seconds",
                        "llm_temperature",
                        "enable_recording",
                        "direction",
                        "who_speaks_first",
                        "description",
                        "initial_message",
                        "max_idle_check_count",
                        "max_call_duration_seconds",
                        "say_goodbye_on_max_duration",
                        "user_inactivity_timeout_seconds",
                        "initial_idle_time_seconds",
                        "initial_max_idle_check_count",
                        "phone_number_ids",
                    )
                ),
            )
            llm_temperature = cast(Any, None)
        else:
            llm_temperature = d.pop("llm_temperature")

        if "enable_recording" not in d:
            _drift.missing(
                "AgentInput",
                "enable_recording",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "label",
                        "language",
                        "interrupt_sensitivity",
                        "endpointing_sensitivity",
                        "ivr_navigation_mode",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "idle_time_seconds",
                        "llm_temperature",
                        "enable_recording",
                        "direction",
                        "who_speaks_first",
                        "description",
                        "initial_message",
                        "max_idle_check_count",
                        "max_call_duration_seconds",
                        "say_goodbye_on_max_duration",
                        "user_inactivity_timeout_seconds",
                        "initial_idle_time_seconds",
                        "initial_max_idle_check_count",
                        "phone_number_ids",
                    )
                ),
            )
            enable_recording = cast(Any, None)
        else:
            enable_recording = d.pop("enable_recording")

        if "direction" not in d:
            _drift.missing(
                "AgentInput",
                "direction",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "label",
                        "language",
                        "interrupt_sensitivity",
                        "endpointing_sensitivity",
                        "ivr_navigation_mode",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "idle_time_seconds",
                        "llm_temperature",
                        "enable_recording",
                        "direction",
                        "who_speaks_first",
                        "description",
                        "initial_message",
                        "max_idle_check_count",
                        "max_call_duration_seconds",
                        "say_goodbye_on_max_duration",
                        "user_inactivity_timeout_seconds",
                        "initial_idle_time_seconds",
                        "initial_max_idle_check_count",
                        "phone_number_ids",
                    )
                ),
            )
            direction = cast(Any, None)
        else:
            direction = check_direction(d.pop("direction"))

        if "who_speaks_first" not in d:
            _drift.missing(
                "AgentInput",
                "who_speaks_first",
                not src_dict.keys().isdisjoint(
                    (
                        "name",
                        "label",
                        "language",
                        "interrupt_sensitivity",
                        "endpointing_sensitivity",
                        "ivr_navigation_mode",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "idle_time_seconds",
                        "llm_temperature",
                        "enable_recording",
                        "direction",
                        "who_speaks_first",
                        "description",
                        "initial_message",
                        "max_idle_check_count",
                        "max_call_duration_seconds",
                        "say_goodbye_on_max_duration",
                        "user_inactivity_timeout_seconds",
                        "initial_idle_time_seconds",
                        "initial_max_idle_check_count",
                        "phone_number_ids",
                    )
                ),
            )
            who_speaks_first = cast(Any, None)
        else:
            who_speaks_first = check_who_speaks_first(d.pop("who_speaks_first"))

        description = cast("None | str | Unset", d.pop("description", UNSET))

        initial_message = cast("None | str | Unset", d.pop("initial_message", UNSET))

        max_idle_check_count = d.pop("max_idle_check_count", UNSET)

        max_call_duration_seconds = d.pop("max_call_duration_seconds", UNSET)

        say_goodbye_on_max_duration = d.pop("say_goodbye_on_max_duration", UNSET)

        user_inactivity_timeout_seconds = d.pop("user_inactivity_timeout_seconds", UNSET)

        initial_idle_time_seconds = d.pop("initial_idle_time_seconds", UNSET)

        initial_max_idle_check_count = d.pop("initial_max_idle_check_count", UNSET)

        phone_number_ids = cast(list[str], d.pop("phone_number_ids", UNSET))

        agent_input = cls(
            name=name,
            label=label,
            language=language,
            interrupt_sensitivity=interrupt_sensitivity,
            endpointing_sensitivity=endpointing_sensitivity,
            ivr_navigation_mode=ivr_navigation_mode,
            conversation_speed=conversation_speed,
            initial_message_delay=initial_message_delay,
            ask_if_human_present_on_idle=ask_if_human_present_on_idle,
            idle_time_seconds=idle_time_seconds,
            llm_temperature=llm_temperature,
            enable_recording=enable_recording,
            direction=direction,
            who_speaks_first=who_speaks_first,
            description=description,
            initial_message=initial_message,
            max_idle_check_count=max_idle_check_count,
            max_call_duration_seconds=max_call_duration_seconds,
            say_goodbye_on_max_duration=say_goodbye_on_max_duration,
            user_inactivity_timeout_seconds=user_inactivity_timeout_seconds,
            initial_idle_time_seconds=initial_idle_time_seconds,
            initial_max_idle_check_count=initial_max_idle_check_count,
            phone_number_ids=phone_number_ids,
        )

        agent_input.additional_properties = d
        return agent_input

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
