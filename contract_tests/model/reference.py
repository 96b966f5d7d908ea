"""What the docs say the state is, kept by hand, small enough to read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import talkover
from talkover_mock.demo import (
    DEMO_AGENT_ID,
    DEMO_TOKEN,
    DEMO_TRAINING_ID,
    DRAFT_AGENT_ID,
    OTHER_AGENT_ID,
    OTHER_TOKEN,
    OUTBOUND_AGENT_ID,
    VOICE_TEMPLATES,
)

TOKENS = {DEMO_TOKEN: "env_demo", OTHER_TOKEN: "env_other", "talq_not_a_real_token": None}
ENV_TOKEN = {"env_demo": DEMO_TOKEN, "env_other": OTHER_TOKEN}
TEMPLATES = {t["id"]: t for t in VOICE_TEMPLATES}
HIGH_FIDELITY = {"pro", "ultra"}


@dataclass
class ModelAgent:
    environment: str
    status: str
    description: str | None
    voice: bool
    direction: str | None
    language: str
    numbers: list[str] = field(default_factory=list)
    trainings: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> fields, in order
    actions: dict[str, str] = field(default_factory=dict)  # node_id -> action id, in order
    flow_versions: int = 0

    @property
    def ready(self) -> bool:
        return (
            bool((self.description or "").strip())
            and self.voice
            and bool(self.direction)
            and bool(self.numbers)
        )


@dataclass
class ModelWebhook:
    agent_id: str
    secret: str | None
    enabled: bool = True


@dataclass
class ModelRequest:
    environment: str
    number: str
    status: str


class Model:
    def __init__(self) -> None:
        self.agents: dict[str, ModelAgent] = {
            DEMO_AGENT_ID: ModelAgent(
                "env_demo",
                "published",
                "x",
                True,
                "inbound",
                "en-US",
                ["phone-uuid"],
                {
                    DEMO_TRAINING_ID: {
                        "node_id": "plans",
                        "subject": "Product Knowledge",
                        "status": "active",
                    }
                },
            ),
            DRAFT_AGENT_ID: ModelAgent(
                "env_demo", "draft", "Calls leads back.", False, None, "en-US"
            ),
            OUTBOUND_AGENT_ID: ModelAgent(
                "env_demo", "published", "x", True, "outbound", "en-US", ["phone-outbound"]
            ),
            OTHER_AGENT_ID: ModelAgent(  # and the demo action "action-other", set below
                "env_other", "draft", "x", True, "inbound", "en-US", ["phone-other"]
            ),
        }
        self.agents[OTHER_AGENT_ID].actions["handover"] = "action-other"
        self.numbers = {
            "phone-uuid": "env_demo",
            "phone-spare": "env_demo",
            "phone-outbound": "env_demo",
            "phone-other": "env_other",
            "phone-other-2": "env_other",
        }
        self.requests = {"release-other": ModelRequest("env_other", "phone-other-2", "pending")}
        self.deleted_agents: set[str] = set()
        self.deleted_trainings: set[str] = set()
        self.webhooks: dict[str, ModelWebhook] = {}  # id -> webhook, in order

    def delete_agent(self, agent_id: str) -> None:
        """What deleting an agent takes along."""
        agent = self.agents.pop(agent_id)
        self.deleted_agents.add(agent_id)
        self.deleted_trainings.update(agent.trainings)
        self.webhooks = {i: h for i, h in self.webhooks.items() if h.agent_id != agent_id}

    def token_of(self, environment: str) -> str:
        return ENV_TOKEN[environment]

    def access(self, token: str, environment: str | None) -> type[Exception] | None:
        """The error a token meets on a resource of ``environment`` (None: does not exist)."""
        env = TOKENS[token]
        if env is None:
            return talkover.AuthenticationError
        if environment is None:
            return talkover.NotFoundError
        if environment != env:
            return talkover.PermissionDeniedError
        return None

    def agent_access(self, token: str, agent_id: str) -> type[Exception] | None:
        agent = self.agents.get(agent_id)
        error = self.access(token, agent.environment if agent else None)
        return talkover.AgentNotFoundError if error is talkover.NotFoundError else error

    def assigned(self, number: str) -> bool:
        return any(number in a.numbers for a in self.agents.values())
