"""How domain records look on the wire (the shapes of the spec's schemas)."""

from __future__ import annotations

from typing import Any

from . import rules
from .domain import Agent, Training
from .faults import Fault

AGENT_DEFAULTS: dict[str, Any] = {
    "description": None,
    "language": "en-US",
    "voice": None,
    "initial_message": None,
    "interrupt_sensitivity": "medium",
    "conversation_speed": 1.0,
    "initial_message_delay": 0,
    "ask_if_human_present_on_idle": False,
    "direction": None,
    "who_speaks_first": "agent",
    "is_sandbox": False,
    "actions": [],
    "phone_numbers": [],
}


def training(item: Training, faults: frozenset[Fault]) -> dict[str, Any]:
    body = {
        "id": item.id,
        "subject": item.subject,
        "instructions": item.instructions,
        "current_status": item.current_status,
        "created_at": item.created_at,
        "updated_at": item.updated_at,
    }
    if Fault.DROP_REQUIRED_FIELD in faults:
        del body["updated_at"]
    return body


def agent(item: Agent, trainings: list[Training], faults: frozenset[Fault]) -> dict[str, Any]:
    ready: Any = rules.is_ready_to_publish(item)
    if Fault.WRONG_FIELD_TYPE in faults:
        ready = "yes" if ready else "no"
    profile = {key: item.profile.get(key, default) for key, default in AGENT_DEFAULTS.items()}
    return {
        "id": item.id,
        "name": item.name,
        "label": item.label,
        **profile,
        "current_status": item.current_status,
        "is_ready_to_publish": ready,
        "created_at": item.created_at,
        "updated_at": item.updated_at,
        "trainings": [training(t, faults) for t in trainings],
    }


def agent_summary(item: Agent) -> dict[str, Any]:
    return {
        "id": item.id,
        "name": item.name,
        "current_status": item.current_status,
        "is_ready_to_publish": rules.is_ready_to_publish(item),
        "updated_at": item.updated_at,
    }
