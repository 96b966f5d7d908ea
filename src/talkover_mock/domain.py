"""The mock's domain: plain records and the typed errors the store raises.

Nothing here knows about HTTP; ``problems.py`` maps these errors to statuses and bodies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

AgentStatus = Literal["draft", "published"]
TrainingStatus = Literal["active", "inactive"]


@dataclass(frozen=True)
class Training:
    id: str
    agent_id: str
    node_id: str | None
    subject: str
    instructions: str
    current_status: TrainingStatus
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Agent:
    """An agent. ``profile`` holds the configuration the mock only echoes (voice, actions, …)."""

    id: str
    environment_id: str
    name: str
    label: str
    current_status: AgentStatus
    created_at: str
    updated_at: str
    profile: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TrainingChange:
    """What an upsert did: the training, and whether it was created."""

    training: Training
    created: bool


class DomainError(Exception):
    """Base of the errors the store and the rules raise."""


class Unauthenticated(DomainError):
    """No token, or a token no environment has."""


class AgentNotFound(DomainError):
    pass


class TrainingNotFound(DomainError):
    pass


@dataclass
class Forbidden(DomainError):
    """The agent exists, in another environment. ``action`` picks the documented message."""

    action: Literal["delete_training", "other"] = "other"


@dataclass
class NotReadyToPublish(DomainError):
    """Publish refused; ``missing`` maps each missing part to its messages."""

    missing: dict[str, list[str]]


class InvalidFixture(DomainError):
    """A seed fixture that does not describe a valid state."""
