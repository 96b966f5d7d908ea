"""What the docs say the state is, kept by hand, small enough to read. It starts from the state
the target reports (``GET /__mock__/state`` after a reset), never from a copy of the mock's demo
data: environments are named ``mine`` and ``other`` after the run's two tokens."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import talkover

from ..conftest import TARGET

BAD_TOKEN = "talq_not_a_real_token"
TOKENS: dict[str, str | None] = {TARGET.token: "mine", BAD_TOKEN: None}
"""The run's tokens and the environment each one opens ("mine", "other"), and one that opens
none."""
if TARGET.other_token:
    TOKENS[TARGET.other_token] = "other"
ENV_TOKEN = {env: token for token, env in TOKENS.items() if env is not None}
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
        self.environment_ids: dict[str, str] = {}
        """``mine`` / ``other`` -> the target's environment id (for the control plane)."""
        self.templates: dict[str, dict[str, Any]] = {}
        self.agents: dict[str, ModelAgent] = {}
        self.numbers: dict[str, str] = {}
        """Number id -> environment."""
        self.requests: dict[str, ModelRequest] = {}
        self.trunks: dict[str, ModelTrunk] = {}
        self.payment_methods: dict[str, str] = {}
        """Saved card id -> environment."""
        self.deleted_trunks: set[str] = set()
        self.billing = ModelBilling()
        self.deleted_agents: set[str] = set()
        self.deleted_trainings: set[str] = set()
        self.webhooks: dict[str, ModelWebhook] = {}  # id -> webhook, in order
        self.calls: dict[str, ModelCall] = {}
        self.campaigns: dict[str, ModelCampaign] = {}

    @classmethod
    def from_state(cls, state: dict[str, Any], labels: dict[str, str]) -> Model:
        """The model of the target's ``state`` (its control plane's dump); ``labels`` names
        the environments the run's tokens open (environment id -> ``mine`` / ``other``)."""
        model = cls()
        model.templates = {t["id"]: t for t in state.get("voice_templates", [])}
        for env in state["environments"]:
            label = labels.get(env["id"])
            if label is None:
                continue
            model.environment_ids[label] = env["id"]
            for number in env.get("phone_numbers", []):
                model.numbers[number["id"]] = label
            for card in env.get("payment_methods", []):
                model.payment_methods[card["id"]] = label
            for request in env.get("release_requests", []):
                model.requests[request["id"]] = ModelRequest(
                    label, request["phone_number_id"], request["status"]
                )
            for trunk in env.get("sip_trunks", []):
                model.trunks[trunk["id"]] = ModelTrunk(
                    label, trunk["domain"], trunk["is_verified"], trunk["is_active"]
                )
                for did in trunk.get("dids", []):
                    model.trunks[trunk["id"]].dids[did["id"]] = did["number"]
            for agent in env.get("agents", []):
                model.agents[agent["id"]] = ModelAgent(
                    label, agent["current_status"], agent.get("description"),
                    bool(agent.get("voice")), agent.get("direction"), agent["language"],
                    list(agent.get("phone_number_ids") or []),
                    {
                        t["id"]: {
                            "node_id": t.get("node_id"), "subject": t["subject"],
                            "status": t.get("current_status", "active"),
                        }
                        for t in agent.get("trainings", [])
                    },
                    {a["node_id"]: a["id"] for a in agent.get("actions", [])},
                )  # fmt: skip
            for campaign in env.get("campaigns", []):
                model.campaigns[campaign["id"]] = ModelCampaign(
                    label, campaign["agent_id"], campaign["status"],
                    bool(campaign.get("auto_complete")), open_now=_always_open(campaign),
                )  # fmt: skip
        return model

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

    def numbers_with_a_stranger(self) -> list[str]:
        """Every number, and one that does not exist."""
        return [*sorted(self.numbers), "no-such-number"]

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


def _always_open(campaign: dict[str, Any]) -> bool:
    """Whether the campaign's call windows cover every minute of every day."""
    days = set(campaign.get("days_of_week") or [])
    ranges = campaign.get("call_time_ranges") or []
    return days == set(range(1, 8)) and any(
        r.get("start") == "00:00" and r.get("end") == "23:59" for r in ranges
    )
