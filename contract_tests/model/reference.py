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


ACTIVE_CALL = ("initiated", "ringing", "answered")
WAITING_CALL = ("queued", "scheduled")
FINAL_CALL = ("completed", "failed", "busy", "no-answer", "cancelled")
STAGE = {"queued": 0, "scheduled": 0, "initiated": 1, "ringing": 2, "answered": 3}
"""How far along the lifecycle a status is (a final one is 4)."""
OUTCOME = {"0002": "busy", "0003": "no-answer", "0004": "failed"}


@dataclass
class ModelCall:
    agent_id: str
    environment: str
    to: str
    status: str
    """The status last seen."""
    campaign_id: str | None = None

    @property
    def outcome(self) -> str:
        """How the call ends on its own (D39)."""
        return OUTCOME.get(self.to[-4:], "completed")


@dataclass
class ModelCampaign:
    environment: str
    agent_id: str
    status: str
    auto_complete: bool = False
    open_now: bool = False
    """Whether its call windows are open at the mock's time (the demo campaign's always are;
    the model's own open at midnight UTC only, so their calls wait until the day turns)."""


TRANSITIONS = {
    "draft": {"active", "cancelled"},
    "active": {"paused", "completed", "cancelled"},
    "paused": {"active", "completed", "cancelled"},
    "completed": set(),
    "cancelled": set(),
}


@dataclass
class ModelTrunk:
    environment: str
    domain: str
    verified: bool = False
    active: bool = False
    dids: dict[str, str] = field(default_factory=dict)
    """DID id -> its number, in order."""

    @property
    def connects(self) -> bool:
        """Whether registering succeeds (the mock's rule: not under ``.invalid``)."""
        return not self.domain.endswith(".invalid")


@dataclass
class ModelTopup:
    trigger: str
    status: str
    amount: float
    day: str
    """The mock's UTC day when it was charged (the daily limit counts per day)."""


@dataclass
class ModelBilling:
    """The demo environment's auto top-up, as the billing rules leave it (always disabled)."""

    recharge: float | None = None
    method: str | None = None
    decline: str | None = None
    topups: list[ModelTopup] = field(default_factory=list)


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
        self.trunks = {
            "trunk-other": ModelTrunk("env_other", "sip.carrier-y.com", verified=True, active=True)
        }
        self.deleted_trunks: set[str] = set()
        self.billing = ModelBilling()
        self.deleted_agents: set[str] = set()
        self.deleted_trainings: set[str] = set()
        self.webhooks: dict[str, ModelWebhook] = {}  # id -> webhook, in order
        self.calls: dict[str, ModelCall] = {}
        self.campaigns: dict[str, ModelCampaign] = {
            "campaign-uuid-1": ModelCampaign(
                "env_demo", OUTBOUND_AGENT_ID, "active", open_now=True
            ),
            "campaign-draft-1": ModelCampaign("env_demo", OUTBOUND_AGENT_ID, "draft"),
            "campaign-other": ModelCampaign("env_other", OTHER_AGENT_ID, "draft"),
        }

    def delete_agent(self, agent_id: str) -> None:
        """What deleting an agent takes along."""
        agent = self.agents.pop(agent_id)
        self.deleted_agents.add(agent_id)
        self.deleted_trainings.update(agent.trainings)
        self.webhooks = {i: h for i, h in self.webhooks.items() if h.agent_id != agent_id}
        self.calls = {i: c for i, c in self.calls.items() if c.agent_id != agent_id}
        for campaign_id in [i for i, c in self.campaigns.items() if c.agent_id == agent_id]:
            self.delete_campaign(campaign_id)

    def delete_campaign(self, campaign_id: str) -> None:
        del self.campaigns[campaign_id]
        self.calls = {i: c for i, c in self.calls.items() if c.campaign_id != campaign_id}

    def campaign_access(self, token: str, campaign_id: str) -> type[Exception] | None:
        campaign = self.campaigns.get(campaign_id)
        error = self.access(token, campaign.environment if campaign else None)
        return talkover.CampaignNotFoundError if error is talkover.NotFoundError else error

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
