"""Schemathesis' stateful phase: chains of calls through the spec's links (create a training,
then delete it, list, get the agent, publish, ...), with every check after every call. Each
scenario starts from the target's demo state, restored through its control plane; a target
without one is not written to (the test is skipped, saying why)."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import settings

from talkover_contract.checks import CUSTOM_CHECKS

from .conftest import TARGET, build_schema, control

if not TARGET.writes or not TARGET.control:
    pytestmark = pytest.mark.skip(
        reason="the stateful test writes and resets through the control plane;"
        f" target: {TARGET.mode}"
    )

SCHEMA = build_schema(TARGET)
Base: Any = SCHEMA.as_state_machine()


class Workflow(Base):  # type: ignore[misc]
    def setup(self) -> None:
        # Every scenario starts from the demo state, so a replayed scenario meets the same
        # answers (hypothesis requires it) and a failure shrinks and replays.
        control(SCHEMA, "/reset", {"demo": True})

    def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
        return {"headers": TARGET.authorization(case.method, case.path)}

    def validate_response(
        self, response: schemathesis.Response, case: schemathesis.Case, **kwargs: Any
    ) -> None:
        case.validate_response(response, additional_checks=list(CUSTOM_CHECKS), **kwargs)


TestWorkflow = Workflow.TestCase
TestWorkflow.settings = settings(stateful_step_count=10)
