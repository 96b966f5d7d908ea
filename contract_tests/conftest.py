"""One suite, two targets: the mock in-process (default, no sockets), or any server when
``TALKOVER_BASE_URL`` and ``TALKOVER_API_TOKEN`` are set."""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

import talkover_contract.hooks  # noqa: F401 - registers checks and hooks
from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN, OTHER_TOKEN
from talkover_mock.spec import spec_path

FAULTS = frozenset(os.environ.get("TALKOVER_MOCK_FAULTS", "").split(",")) - {""}

settings.register_profile(
    "dev", max_examples=25, deadline=None, suppress_health_check=list(HealthCheck)
)

settings.register_profile(
    "ci", max_examples=100, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@dataclass(frozen=True)
class Target:
    base_url: str | None  # None: the mock, in-process
    token: str
    agent_id: str
    other_token: str | None

    @property
    def in_process(self) -> bool:
        return self.base_url is None


def current_target() -> Target:
    base_url = os.environ.get("TALKOVER_BASE_URL")
    if base_url:
        token = os.environ.get("TALKOVER_API_TOKEN")
        agent = os.environ.get("TALKOVER_AGENT_ID")
        if not token or not agent:
            raise pytest.UsageError(
                "TALKOVER_BASE_URL needs TALKOVER_API_TOKEN and TALKOVER_AGENT_ID"
            )
        return Target(base_url, token, agent, os.environ.get("TALKOVER_OTHER_TOKEN"))
    return Target(None, DEMO_TOKEN, DEMO_AGENT_ID, OTHER_TOKEN)


TARGET = current_target()
# The hooks and checks of talkover_contract read these (as in the contract run).
os.environ["TALKOVER_AGENT_ID"] = TARGET.agent_id
if TARGET.other_token:
    os.environ["TALKOVER_OTHER_TOKEN"] = TARGET.other_token


@pytest.fixture(scope="session")
def target() -> Target:
    return TARGET


def build_schema(target: Target) -> schemathesis.BaseSchema:
    """The spec as a schemathesis schema aimed at ``target``."""
    schema = schemathesis.openapi.from_path(spec_path())
    if target.in_process:
        schema.app = create_app(MockConfig(seed=20241115, faults=FAULTS))
        schema.config.update(base_url="http://mock.invalid/api/v1")
    else:
        schema.config.update(base_url=target.base_url)
    schema.config.generation.update(
        modes=[schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]
    )
    return schema


@pytest.fixture(scope="session")
def api_schema(target: Target) -> schemathesis.BaseSchema:
    return build_schema(target)
