from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_direction_type_0 import AgentDirectionType0, check_agent_direction_type_0
from ..models.agent_interrupt_sensitivity import AgentInterruptSensitivity, check_agent_interrupt_sensitivity
from ..models.agent_status import AgentStatus, check_agent_status
from ..models.agent_who_speaks_first_type_0 import AgentWhoSpeaksFirstType0, check_agent_who_speaks_first_type_0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action import Action
    from ..models.phone_number import PhoneNumber
    from ..models.training import Training
    from ..models.voice import Voice


T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """
    Attributes:
        id (str): Opaque id (D2).
        name (str):
        label (str):
        language (str): A locale such as `en-US` or `pt-BR`.
        voice (None | Voice): Null until a voice is set.
        interrupt_sensitivity (AgentInterruptSensitivity):
        current_status (AgentStatus):
        is_ready_to_publish (bool): True when knowledge (a description), a voice and calling settings (a direction
            and at least one phone number) are configured (D9). Derived, never set directly.
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        trainings (list[Training]):
        actions (list[Action]):
        phone_numbers (list[PhoneNumber]):
        description (None | str | Unset):
        initial_message (None | str | Unset):
        conversation_speed (float | None | Unset): The agent pages say 0.1 to 3.0; the voice page says between 1 and 2
            for writes.
        initial_message_delay (float | None | Unset):
        ask_if_human_present_on_idle (bool | None | Unset):
        direction (AgentDirectionType0 | None | Unset): Null until calling settings are set.
        who_speaks_first (AgentWhoSpeaksFirstType0 | None | Unset):
        is_sandbox (bool | Unset):
    """

    id: str
    name: str
    label: str
    language: str
    voice: None | Voice
    interrupt_sensitivity: AgentInterruptSensitivity
    current_status: AgentStatus
    is_ready_to_publish: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    trainings: list[Training]
    actions: list[Action]
    phone_numbers: list[PhoneNumber]
    description: None | str | Unset = UNSET
    initial_message: None | str | Unset = UNSET
    conversation_speed: float | None | Unset = UNSET
    initial_message_delay: float | None | Unset = UNSET
    ask_if_human_present_on_idle: bool | None | Unset = UNSET
    direction: AgentDirectionType0 | None | Unset = UNSET
    who_speaks_first: AgentWhoSpeaksFirstType0 | None | Unset = UNSET
    is_sandbox: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.voice import Voice  # noqa: PLC0415

        id = self.id

        name = self.name

        label = self.label

        language = self.language

        voice: dict[str, Any] | None
        if isinstance(self.voice, Voice):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        interrupt_sensitivity: str = self.interrupt_sensitivity

        current_status: str = self.current_status

        is_ready_to_publish = self.is_ready_to_publish

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        trainings = []
        for trainings_item_data in self.trainings:
            trainings_item = trainings_item_data.to_dict()
            trainings.append(trainings_item)

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        phone_numbers = []
        for phone_numbers_item_data in self.phone_numbers:
            phone_numbers_item = phone_numbers_item_data.to_dict()
            phone_numbers.append(phone_numbers_item)

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

        conversation_speed: float | None | Unset
        if isinstance(self.conversation_speed, Unset):
            conversation_speed = UNSET
        else:
            conversation_speed = self.conversation_speed

        initial_message_delay: float | None | Unset
        if isinstance(self.initial_message_delay, Unset):
            initial_message_delay = UNSET
        else:
            initial_message_delay = self.initial_message_delay

        ask_if_human_present_on_idle: bool | None | Unset
        if isinstance(self.ask_if_human_present_on_idle, Unset):
            ask_if_human_present_on_idle = UNSET
        else:
            ask_if_human_present_on_idle = self.ask_if_human_present_on_idle

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, str):
            direction = self.direction
        else:
            direction = self.direction

        who_speaks_first: None | str | Unset
        if isinstance(self.who_speaks_first, Unset):
            who_speaks_first = UNSET
        elif isinstance(self.who_speaks_first, str):
            who_speaks_first = self.who_speaks_first
        else:
            who_speaks_first = self.who_speaks_first

        is_sandbox = self.is_sandbox

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "label": label,
                "language": language,
                "voice": voice,
                "interrupt_sensitivity": interrupt_sensitivity,
                "current_status": current_status,
                "is_ready_to_publish": is_ready_to_publish,
                "created_at": created_at,
                "updated_at": updated_at,
                "trainings": trainings,
                "actions": actions,
                "phone_numbers": phone_numbers,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if initial_message is not UNSET:
            field_dict["initial_message"] = initial_message
        if conversation_speed is not UNSET:
            field_dict["conversation_speed"] = conversation_speed
        if initial_message_delay is not UNSET:
            field_dict["initial_message_delay"] = initial_message_delay
        if ask_if_human_present_on_idle is not UNSET:
            field_dict["ask_if_human_present_on_idle"] = ask_if_human_present_on_idle
        if direction is not UNSET:
            field_dict["direction"] = direction
        if who_speaks_first is not UNSET:
            field_dict["who_speaks_first"] = who_speaks_first
        if is_sandbox is not UNSET:
            field_dict["is_sandbox"] = is_sandbox

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action import Action  # noqa: PLC0415
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415
        from ..models.training import Training  # noqa: PLC0415
        from ..models.voice import Voice  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        label = d.pop("label")

        language = d.pop("language")

        def _parse_voice(data: object) -> None | Voice:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_type_0 = Voice.from_dict(data)

                return voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Voice, data)

        voice = _parse_voice(d.pop("voice"))

        interrupt_sensitivity = check_agent_interrupt_sensitivity(d.pop("interrupt_sensitivity"))

        current_status = check_agent_status(d.pop("current_status"))

        is_ready_to_publish = d.pop("is_ready_to_publish")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        trainings = []
        _trainings = d.pop("trainings")
        for trainings_item_data in _trainings:
            trainings_item = Training.from_dict(trainings_item_data)

            trainings.append(trainings_item)

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = Action.from_dict(actions_item_data)

            actions.append(actions_item)

        phone_numbers = []
        _phone_numbers = d.pop("phone_numbers")
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

            phone_numbers.append(phone_numbers_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_initial_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_message = _parse_initial_message(d.pop("initial_message", UNSET))

        def _parse_conversation_speed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        conversation_speed = _parse_conversation_speed(d.pop("conversation_speed", UNSET))

        def _parse_initial_message_delay(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        initial_message_delay = _parse_initial_message_delay(d.pop("initial_message_delay", UNSET))

        def _parse_ask_if_human_present_on_idle(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ask_if_human_present_on_idle = _parse_ask_if_human_present_on_idle(d.pop("ask_if_human_present_on_idle", UNSET))

        def _parse_direction(data: object) -> AgentDirectionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = check_agent_direction_type_0(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentDirectionType0 | None | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_who_speaks_first(data: object) -> AgentWhoSpeaksFirstType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                who_speaks_first_type_0 = check_agent_who_speaks_first_type_0(data)

                return who_speaks_first_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentWhoSpeaksFirstType0 | None | Unset, data)

        who_speaks_first = _parse_who_speaks_first(d.pop("who_speaks_first", UNSET))

        is_sandbox = d.pop("is_sandbox", UNSET)

        agent = cls(
            id=id,
            name=name,
            label=label,
            language=language,
            voice=voice,
            interrupt_sensitivity=interrupt_sensitivity,
            current_status=current_status,
            is_ready_to_publish=is_ready_to_publish,
            created_at=created_at,
            updated_at=updated_at,
            trainings=trainings,
            actions=actions,
            phone_numbers=phone_numbers,
            description=description,
            initial_message=initial_message,
            conversation_speed=conversation_speed,
            initial_message_delay=initial_message_delay,
            ask_if_human_present_on_idle=ask_if_human_present_on_idle,
            direction=direction,
            who_speaks_first=who_speaks_first,
            is_sandbox=is_sandbox,
        )

        agent.additional_properties = d
        return agent

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
