from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.agent_direction_type_0 import AgentDirectionType0, check_agent_direction_type_0
from ..models.agent_interrupt_sensitivity import AgentInterruptSensitivity, check_agent_interrupt_sensitivity
from ..models.agent_status import AgentStatus, check_agent_status
from ..models.agent_who_speaks_first_type_0 import AgentWhoSpeaksFirstType0, check_agent_who_speaks_first_type_0

T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """Every field the Get Agent page lists is always sent (D20): fields that can be unset are
    nullable, not optional, so a field the server stops sending is a contract failure.

        Attributes:
            id (str): Opaque id (D2).
            name (str):
            label (str):
            description (None | str):
            language (str): A locale such as `en-US` or `pt-BR`.
            voice (None | Voice): Null until a voice is set.
            initial_message (None | str):
            interrupt_sensitivity (AgentInterruptSensitivity):
            conversation_speed (float | None): The agent pages say 0.1 to 3.0; the voice page says between 1 and 2 for
                writes.
            initial_message_delay (float | None):
            ask_if_human_present_on_idle (bool | None):
            direction (AgentDirectionType0 | None): Null until calling settings are set.
            who_speaks_first (AgentWhoSpeaksFirstType0 | None):
            current_status (AgentStatus):
            is_sandbox (bool):
            is_ready_to_publish (bool): True when knowledge (a description), a voice and calling settings (a direction
                and at least one phone number) are configured (D9). Derived, never set directly.
            created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
                `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
            updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
                `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
            trainings (list[Training]):
            actions (list[Action]):
            phone_numbers (list[PhoneNumber]):
    """

    id: str
    name: str
    label: str
    description: None | str
    language: str
    voice: None | Voice
    initial_message: None | str
    interrupt_sensitivity: AgentInterruptSensitivity
    conversation_speed: float | None
    initial_message_delay: float | None
    ask_if_human_present_on_idle: bool | None
    direction: AgentDirectionType0 | None
    who_speaks_first: AgentWhoSpeaksFirstType0 | None
    current_status: AgentStatus
    is_sandbox: bool
    is_ready_to_publish: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    trainings: list[Training]
    actions: list[Action]
    phone_numbers: list[PhoneNumber]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        label = self.label

        description: None | str
        description = self.description

        language = self.language

        voice: dict[str, Any] | None
        if isinstance(self.voice, Voice):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        initial_message: None | str
        initial_message = self.initial_message

        interrupt_sensitivity: str = self.interrupt_sensitivity

        conversation_speed: float | None
        conversation_speed = self.conversation_speed

        initial_message_delay: float | None
        initial_message_delay = self.initial_message_delay

        ask_if_human_present_on_idle: bool | None
        ask_if_human_present_on_idle = self.ask_if_human_present_on_idle

        direction: None | str
        if isinstance(self.direction, str):
            direction = self.direction
        else:
            direction = self.direction

        who_speaks_first: None | str
        if isinstance(self.who_speaks_first, str):
            who_speaks_first = self.who_speaks_first
        else:
            who_speaks_first = self.who_speaks_first

        current_status: str = self.current_status

        is_sandbox = self.is_sandbox

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "label": label,
                "description": description,
                "language": language,
                "voice": voice,
                "initial_message": initial_message,
                "interrupt_sensitivity": interrupt_sensitivity,
                "conversation_speed": conversation_speed,
                "initial_message_delay": initial_message_delay,
                "ask_if_human_present_on_idle": ask_if_human_present_on_idle,
                "direction": direction,
                "who_speaks_first": who_speaks_first,
                "current_status": current_status,
                "is_sandbox": is_sandbox,
                "is_ready_to_publish": is_ready_to_publish,
                "created_at": created_at,
                "updated_at": updated_at,
                "trainings": trainings,
                "actions": actions,
                "phone_numbers": phone_numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "Agent",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "name" not in d:
            _drift.missing(
                "Agent",
                "name",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            name = cast(Any, None)
        else:
            name = d.pop("name")

        if "label" not in d:
            _drift.missing(
                "Agent",
                "label",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            label = cast(Any, None)
        else:
            label = d.pop("label")

        if "description" not in d:
            _drift.missing(
                "Agent",
                "description",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            description = cast(Any, None)
        else:
            description = cast("None | str", d.pop("description"))

        if "language" not in d:
            _drift.missing(
                "Agent",
                "language",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            language = cast(Any, None)
        else:
            language = d.pop("language")

        if "voice" not in d:
            _drift.missing(
                "Agent",
                "voice",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            voice = cast(Any, None)
        else:

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

        if "initial_message" not in d:
            _drift.missing(
                "Agent",
                "initial_message",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            initial_message = cast(Any, None)
        else:
            initial_message = cast("None | str", d.pop("initial_message"))

        if "interrupt_sensitivity" not in d:
            _drift.missing(
                "Agent",
                "interrupt_sensitivity",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            interrupt_sensitivity = cast(Any, None)
        else:
            interrupt_sensitivity = check_agent_interrupt_sensitivity(d.pop("interrupt_sensitivity"))

        if "conversation_speed" not in d:
            _drift.missing(
                "Agent",
                "conversation_speed",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            conversation_speed = cast(Any, None)
        else:
            conversation_speed = cast("float | None", d.pop("conversation_speed"))

        if "initial_message_delay" not in d:
            _drift.missing(
                "Agent",
                "initial_message_delay",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            initial_message_delay = cast(Any, None)
        else:
            initial_message_delay = cast("float | None", d.pop("initial_message_delay"))

        if "ask_if_human_present_on_idle" not in d:
            _drift.missing(
                "Agent",
                "ask_if_human_present_on_idle",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            ask_if_human_present_on_idle = cast(Any, None)
        else:
            ask_if_human_present_on_idle = cast("bool | None", d.pop("ask_if_human_present_on_idle"))

        if "direction" not in d:
            _drift.missing(
                "Agent",
                "direction",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            direction = cast(Any, None)
        else:

            def _parse_direction(data: object) -> AgentDirectionType0 | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    direction_type_0 = check_agent_direction_type_0(data)

                    return direction_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AgentDirectionType0 | None, data)

            direction = _parse_direction(d.pop("direction"))

        if "who_speaks_first" not in d:
            _drift.missing(
                "Agent",
                "who_speaks_first",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            who_speaks_first = cast(Any, None)
        else:

            def _parse_who_speaks_first(data: object) -> AgentWhoSpeaksFirstType0 | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    who_speaks_first_type_0 = check_agent_who_speaks_first_type_0(data)

                    return who_speaks_first_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AgentWhoSpeaksFirstType0 | None, data)

            who_speaks_first = _parse_who_speaks_first(d.pop("who_speaks_first"))

        if "current_status" not in d:
            _drift.missing(
                "Agent",
                "current_status",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            current_status = cast(Any, None)
        else:
            current_status = check_agent_status(d.pop("current_status"))

        if "is_sandbox" not in d:
            _drift.missing(
                "Agent",
                "is_sandbox",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            is_sandbox = cast(Any, None)
        else:
            is_sandbox = d.pop("is_sandbox")

        if "is_ready_to_publish" not in d:
            _drift.missing(
                "Agent",
                "is_ready_to_publish",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            is_ready_to_publish = cast(Any, None)
        else:
            is_ready_to_publish = d.pop("is_ready_to_publish")

        if "created_at" not in d:
            _drift.missing(
                "Agent",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "updated_at" not in d:
            _drift.missing(
                "Agent",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        if "trainings" not in d:
            _drift.missing(
                "Agent",
                "trainings",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            trainings = cast(Any, None)
        else:
            trainings = []
            _trainings = d.pop("trainings")
            for trainings_item_data in _trainings:
                trainings_item = Training.from_dict(trainings_item_data)

                trainings.append(trainings_item)

        if "actions" not in d:
            _drift.missing(
                "Agent",
                "actions",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            actions = cast(Any, None)
        else:
            actions = []
            _actions = d.pop("actions")
            for actions_item_data in _actions:
                actions_item = Action.from_dict(actions_item_data)

                actions.append(actions_item)

        if "phone_numbers" not in d:
            _drift.missing(
                "Agent",
                "phone_numbers",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "name",
                        "label",
                        "description",
                        "language",
                        "voice",
                        "initial_message",
                        "interrupt_sensitivity",
                        "conversation_speed",
                        "initial_message_delay",
                        "ask_if_human_present_on_idle",
                        "direction",
                        "who_speaks_first",
                        "current_status",
                        "is_sandbox",
                        "is_ready_to_publish",
                        "created_at",
                        "updated_at",
                        "trainings",
                        "actions",
                        "phone_numbers",
                    )
                ),
            )
            phone_numbers = cast(Any, None)
        else:
            phone_numbers = []
            _phone_numbers = d.pop("phone_numbers")
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        agent = cls(
            id=id,
            name=name,
            label=label,
            description=description,
            language=language,
            voice=voice,
            initial_message=initial_message,
            interrupt_sensitivity=interrupt_sensitivity,
            conversation_speed=conversation_speed,
            initial_message_delay=initial_message_delay,
            ask_if_human_present_on_idle=ask_if_human_present_on_idle,
            direction=direction,
            who_speaks_first=who_speaks_first,
            current_status=current_status,
            is_sandbox=is_sandbox,
            is_ready_to_publish=is_ready_to_publish,
            created_at=created_at,
            updated_at=updated_at,
            trainings=trainings,
            actions=actions,
            phone_numbers=phone_numbers,
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


from ..models.action import Action  # noqa: E402
from ..models.phone_number import PhoneNumber  # noqa: E402
from ..models.training import Training  # noqa: E402
from ..models.voice import Voice  # noqa: E402
