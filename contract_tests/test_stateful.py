"""Schemathesis' stateful phase: chains of calls through the spec's links (create a training,
then delete it, list, get the agent, publish, ...), with every check after every call."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import settings

from talkover_contract.checks import CUSTOM_CHECKS
from talkover_mock.demo import DEMO_FIXTURE

from .conftest import TARGET, build_schema, needs_writes

SCHEMA = build_schema(TARGET)
Base: Any = SCHEMA.as_state_machine()


class Workflow(Base):  # type: ignore[misc]
    def setup(self) -> None:
        # Every scenario starts from the demo state, so a replayed scenario meets the same
        # answers (hypothesis requires it) and a failure shrinks and replays.
        if TARGET.in_process:
            store = SCHEMA.app.state.store
            store.reset()
            store.seed(DEMO_FIXTURE)

    def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
        return {"headers": {"Authorization": f"Bearer {TARGET.token}"}}

    def validate_response(
        self, response: schemathesis.Response, case: schemathesis.Case, **kwargs: Any
    ) -> None:
        case.validate_response(response, additional_checks=list(CUSTOM_CHECKS), **kwargs)


TestWorkflow = needs_writes()(Workflow.TestCase)
TestWorkflow.settings = settings(stateful_step_count=10)
