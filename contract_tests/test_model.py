"""Model-based test: the generated client (sync and async) drives the in-process mock, and every
answer is compared with the reference model (``contract_tests/model``). The mock runs in
deterministic mode, so a shrunk failure replays."""

from __future__ import annotations

from hypothesis import settings

from .conftest import FAULTS
from .model.actions import ActionRules
from .model.agents import AgentRules
from .model.billing import BillingRules
from .model.campaigns import CampaignRules
from .model.flow import FlowRules
from .model.numbers import NumberRules
from .model.sip import SipRules
from .model.trainings import TrainingRules
from .model.webhooks import WebhookRules


class Workflow(
    TrainingRules,
    ActionRules,
    AgentRules,
    NumberRules,
    FlowRules,
    WebhookRules,
    CampaignRules,
    SipRules,
    BillingRules,
):
    faults = FAULTS


Workflow.TestCase.settings = settings(stateful_step_count=25)
TestWorkflow = Workflow.TestCase
