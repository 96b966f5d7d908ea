"""The portable contract suite: one suite, any target. By default the embedded target (the
mock, found through its entry point and called in-process, no sockets); with
``TALKOVER_CONTRACT_BASE_URL`` (and ``TALKOVER_CONTRACT_TOKEN``) any server, under the same rules
as the ``talkover-contract`` run (``talkover_contract.target``). Everything here speaks HTTP to
the target: the API, and its control plane (``/__mock__``) where it has one. Nothing imports the
mock. The client's ``TALKOVER_API_TOKEN`` / ``TALKOVER_BASE_URL`` are never read here."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.config import SchemathesisConfig

import talkover_contract.hooks  # noqa: F401 - registers checks and hooks
from talkover_contract import embedded, junit
from talkover_contract.config import schemathesis_toml
from talkover_contract.target import WRITE_METHODS, Target, TargetError, from_environment
from talkover_spec import spec_path
from talkover_spec.extensions import all_operations

FAULTS = [f for f in os.environ.get("TALKOVER_CONTRACT_FAULTS", "").split(",") if f]
"""Fault switches to turn on in the target (the mock's self-tests plant their bugs so)."""
SEED = 20241115

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
except (TargetError, embedded.NoEmbeddedTarget) as error:
    raise pytest.UsageError(f"contract target: {error}") from None
# The hooks and checks of talkover_contract read these (as in the contract run).
os.environ.update(TARGET.hook_environment())


DEEP_RUN_DEPTH = 25
"""Examples per operation for the per-operation test when this job's contract run already
fuzzed the same target at the CI depth (see :func:`fuzz_depth`)."""


def fuzz_depth() -> tuple[int | None, str]:
    """The per-operation test's ``max_examples`` and why: None (the profile's) unless CI says
    (``TALKOVER_CONTRACT_DEEP_RUN``: the JUnit report of this job's ``talkover-contract`` run
    against the embedded mock) that every operation was already fuzzed deeply, and the report,
    newer than the spec, shows each of them passed. The deep run is then done once per job and
    this test checks the pytest driver at the dev depth, saying so; anything else keeps the
    full depth."""
    report = os.environ.get("TALKOVER_CONTRACT_DEEP_RUN")
    if not report:
        return None, ""
    full = "full depth, because "
    if os.environ.get("HYPOTHESIS_PROFILE") != "ci":
        return None, ""
    if not TARGET.in_process:
        return None, full + "the contract run's report is of the embedded mock, not this target"
    path = Path(report)
    if not path.is_file() or path.stat().st_mtime < Path(spec_path()).stat().st_mtime:
        return None, full + f"{report} is missing or older than the spec"
    passed = junit.passed_cases(path)
    expected = {f"{op.method.upper()} {op.path}" for op in all_operations()}
    if passed is None or not expected <= passed:
        missing = sorted(expected - (passed or set()))[:3]
        return None, full + f"{report} does not show every operation passed ({missing}…)"
    return DEEP_RUN_DEPTH, (
        f"per-operation fuzzing at {DEEP_RUN_DEPTH} examples, not the ci profile's 100: this "
        f"job's contract run fuzzed all {len(expected)} operations of the same mock at the CI "
        f"depth and passed ({report})"
    )


FUZZ_DEPTH, FUZZ_NOTE = fuzz_depth()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FUZZ_NOTE:
        terminalreporter.write_line(f"contract_tests: {FUZZ_NOTE}")
    if not TARGET.user_token:
        terminalreporter.write_line(
            "contract_tests: the Account API's operations were not run, because no user token"
            " was given (TALKOVER_CONTRACT_USER_TOKEN)"
        )


def needs_writes() -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        not TARGET.writes, reason=f"read-only target ({TARGET.mode}): writes are not sent"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The portable suite is a whole-system run: ``scripts/test --quick`` leaves it out."""
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.system)


@pytest.fixture(scope="session")
def target() -> Target:
    return TARGET


def build_schema(target: Target) -> schemathesis.BaseSchema:
    """The spec as a schemathesis schema aimed at ``target``."""
    config = SchemathesisConfig.from_str(
        schemathesis_toml(read_only=not target.writes, user_token=bool(target.user_token))
    )
    schema = schemathesis.openapi.from_path(spec_path(), config=config)
    if not target.writes:
        schema = schema.exclude(method=list(WRITE_METHODS))
    if not target.user_token:
        schema = schema.exclude(tag="Account")  # said at the end (pytest_terminal_summary)
    if target.in_process:
        schema.app = embedded.load().app(seed=SEED, faults=FAULTS)
        schema.config.update(base_url="http://target.invalid/api/v1")
    else:
        schema.config.update(base_url=target.base_url)
        if FAULTS:
            control(schema, "/faults", {"faults": FAULTS}, method="PUT")
    schema.config.generation.update(
        modes=[schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]
    )
    return schema


def control(
    schema: schemathesis.BaseSchema, path: str, body: Any = None, method: str = "POST"
) -> Any:
    """A control-plane request to the schema's target, in-process or over HTTP."""
    if TARGET.in_process:

        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=schema.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://target") as client:
                return await client.request(method, f"/__mock__{path}", json=body)

        response = asyncio.run(send())
    else:
        assert TARGET.control_url is not None, "the target has no control plane"
        response = httpx.request(method, f"{TARGET.control_url}{path}", json=body, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture(scope="session")
def api_schema(target: Target) -> schemathesis.BaseSchema:
    return build_schema(target)
