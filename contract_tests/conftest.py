"""One suite, two targets: the mock in-process (default, no sockets), or the server named by
``TALKOVER_CONTRACT_BASE_URL`` (with ``TALKOVER_CONTRACT_TOKEN``), under the same rules as the
``talkover-contract`` run: read-only against a server that is not our mock unless
``TALKOVER_CONTRACT_ALLOW_WRITES=1`` with ``TALKOVER_CONTRACT_SCRATCH_AGENT``
(see ``talkover_contract.target``). The client's ``TALKOVER_API_TOKEN`` / ``TALKOVER_BASE_URL``
are never read here."""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.config import SchemathesisConfig

import talkover_contract.hooks  # noqa: F401 - registers checks and hooks
from talkover_contract.config import schemathesis_toml
from talkover_contract.target import WRITE_METHODS, Target, TargetError, from_environment
from talkover_mock import MockConfig, create_app
from talkover_spec import spec_path

FAULTS = frozenset(os.environ.get("TALKOVER_MOCK_FAULTS", "").split(",")) - {""}

settings.register_profile(
    "smoke", max_examples=5, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.register_profile(
    "dev", max_examples=25, deadline=None, suppress_health_check=list(HealthCheck)
)

settings.register_profile(
    "ci", max_examples=100, deadline=None, suppress_health_check=list(HealthCheck)
)
# The teeth runs only need to see the suite fail: no shrinking of the planted bug's example.
settings.register_profile(
    "teeth",
    max_examples=25,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


try:
    TARGET = from_environment()
except TargetError as error:
    raise pytest.UsageError(f"contract target: {error}") from None
# The hooks and checks of talkover_contract read these (as in the contract run).
os.environ.update(TARGET.hook_environment())


def needs_writes() -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        not TARGET.writes, reason=f"read-only target ({TARGET.mode}): writes are not sent"
    )


@pytest.fixture(scope="session")
def target() -> Target:
    return TARGET


def build_schema(target: Target) -> schemathesis.BaseSchema:
    """The spec as a schemathesis schema aimed at ``target``."""
    config = SchemathesisConfig.from_str(schemathesis_toml(read_only=not target.writes))
    schema = schemathesis.openapi.from_path(spec_path(), config=config)
    if not target.writes:
        schema = schema.exclude(method=list(WRITE_METHODS))
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
