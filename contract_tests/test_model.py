"""Model-based test: the generated client (sync and async) drives the target, and every answer
is compared with the reference model (``contract_tests/model``). It needs the target's control
plane (reset, state, clock, faults): the embedded mock in-process (deterministic, so a shrunk
failure replays), or any served target that answers ``/__mock__``. Against a target without
one it is skipped, and says why."""

from __future__ import annotations

import pytest
from hypothesis import settings

from .conftest import TARGET

if not TARGET.control:
    pytest.skip(
        f"the model-based test needs the target's control plane (/__mock__), and {TARGET.mode}"
        " has none: its reset, state and clock are how the test starts from a known state",
        allow_module_level=True,
    )
if not TARGET.writes or not TARGET.other_token:
    pytest.skip(
        "the model-based test writes, and needs a second environment's token"
        f" (TALKOVER_CONTRACT_OTHER_TOKEN); target: {TARGET.mode}",
        allow_module_level=True,
    )

from .model.account import AccountRules
from .model.actions import ActionRules
from .model.agents import AgentRules
from .model.billing import BillingRules
from .model.calendars import CalendarRules
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
    CalendarRules,
    AccountRules,
):
    pass


Workflow.TestCase.settings = settings(stateful_step_count=25)
TestWorkflow = Workflow.TestCase
