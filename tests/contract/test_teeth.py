"""Teeth: with each fault switch on, the contract run fails and names the check that caught it;
with all off, the same run passes. A check that was never seen failing proves nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pytest

from talkover_mock.faults import Fault
from talkover_spec.extensions import all_operations

ROOT = Path(__file__).resolve().parents[2]

CAUGHT_BY: dict[Fault, str | tuple[str, ...]] = {
    Fault.IGNORE_AUTH_ON_LIST: "API accepts requests without authentication",
    Fault.KEEP_DELETED_TRAINING: "deleted_stays_gone",
    Fault.SKIP_DRAFT_RULE: "change_sends_agent_to_draft",
    # A 410 for a missing training: schemathesis' status check, or ours on a second delete.
    Fault.UNDOCUMENTED_STATUS: ("Undocumented status code", "again answered 410"),
    Fault.DROP_REQUIRED_FIELD: '"updated_at" is a required property',
    Fault.WRONG_FIELD_TYPE: "/components/schemas/Agent/properties/is_ready_to_publish",
    Fault.ACCEPT_LONG_SUBJECT: "Schema-violating request accepted",
    Fault.LEAK_OTHER_ENVIRONMENT: "other_environment_is_refused",
    Fault.BARE_ERROR_BODY: "error_envelope",
    Fault.VOICE_KEEPS_STATUS: "change_sends_agent_to_draft",
    Fault.TOGGLE_KEEPS_STATUS: "status_follows_enabled",
    Fault.CALL_UNPUBLISHED_AGENT: "requirement_held",
    Fault.ILLEGAL_TRANSITION: "transitions_follow_table",
    Fault.DUPLICATE_CAMPAIGN_CALL: "repeat_is_refused",
}
AIMED_AT: dict[Fault, tuple[str, ...]] = {
    Fault.IGNORE_AUTH_ON_LIST: ("Trainings",),
    Fault.KEEP_DELETED_TRAINING: ("Trainings",),
    Fault.SKIP_DRAFT_RULE: ("Trainings",),
    Fault.UNDOCUMENTED_STATUS: ("Trainings",),
    Fault.DROP_REQUIRED_FIELD: ("Trainings",),
    Fault.WRONG_FIELD_TYPE: ("Agents",),
    Fault.ACCEPT_LONG_SUBJECT: ("Trainings",),
    Fault.LEAK_OTHER_ENVIRONMENT: ("Agents",),
    Fault.BARE_ERROR_BODY: ("Trainings",),
    Fault.VOICE_KEEPS_STATUS: ("Agents",),
    Fault.TOGGLE_KEEPS_STATUS: ("Agent Webhooks",),
    Fault.CALL_UNPUBLISHED_AGENT: ("Calls", "Agents"),
    Fault.ILLEGAL_TRANSITION: ("Campaigns",),
    Fault.DUPLICATE_CAMPAIGN_CALL: ("Calls",),
}
"""The tags of the operations each fault lives in: its run covers those (10 to 30 s) instead of
all 76 operations (90 s each; the teeth took 11 minutes of a CI run at 76 operations). The
clean run still covers every operation, so a check that fires where it should not is seen."""
MODEL_ONLY = {
    Fault.DELETE_PUBLISHED_AGENT,
    Fault.KEEP_AGENT_CHILDREN,
    Fault.RELEASE_ASSIGNED_NUMBER,
    Fault.FLOW_VALIDATE_PERSISTS,
    Fault.WRONG_SIGNATURE,
    Fault.CALL_NEVER_COMPLETES,
    Fault.DELETE_ASSIGNED_DID,
    Fault.TOPUP_IGNORES_DAILY_LIMIT,
}
"""Rules that need the state before a request (was the agent published, was the number
assigned, what is left in the store, did a dry run save anything), a receiver of deliveries
(are they signed) or the mock's clock (does a call end): the model-based test in the pytest
suite catches them; the contract run, which sees one response at a time, cannot."""


PARALLEL = 2
"""Runs at a time: each is a subprocess (a contract run is two: schemathesis and the mock), so
two keep both cores of a CI machine busy; the teeth took 23 minutes one at a time."""
Key = TypeVar("Key")


def run_all(
    keys: list[Key], run: Callable[[Key], subprocess.CompletedProcess[str]]
) -> dict[Key, subprocess.CompletedProcess[str]]:
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        return dict(zip(keys, pool.map(run, keys), strict=True))


def contract_run(*args: str) -> subprocess.CompletedProcess[str]:
    """The contract run at 15 examples per operation (seed 1), where every fault is caught;
    at 5 a planted kept-deleted training slipped through, so the saving is not worth it."""
    command = [sys.executable, "-m", "talkover_contract.cli", "--max-examples", "15", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def contract_runs() -> dict[Fault | None, subprocess.CompletedProcess[str]]:
    """The clean run and one run per fault the contract run catches, two at a time."""
    keys: list[Fault | None] = [None, *CAUGHT_BY]
    return run_all(keys, lambda fault: contract_run(*aimed(fault)))


def aimed(fault: Fault | None) -> list[str]:
    """The contract run's arguments for ``fault``: planted, over its operations."""
    if fault is None:
        return []
    return ["--fault", fault.value, *(a for tag in AIMED_AT[fault] for a in ("--tag", tag))]


def test_every_fault_has_a_catching_check() -> None:
    assert set(CAUGHT_BY) | MODEL_ONLY == set(Fault)
    assert not set(CAUGHT_BY) & MODEL_ONLY
    assert set(AIMED_AT) == set(CAUGHT_BY)
    tags = {op.definition["tags"][0] for op in all_operations()}
    assert {t for aimed in AIMED_AT.values() for t in aimed} <= tags


def test_the_run_passes_with_no_fault(
    contract_runs: dict[Fault | None, subprocess.CompletedProcess[str]],
) -> None:
    done = contract_runs[None]
    assert done.returncode == 0, done.stdout[-3000:]
    summary = [line for line in done.stdout.splitlines() if line.startswith("===")][-1]
    assert "failure" not in summary
    assert "error" not in summary


@pytest.mark.parametrize("fault", list(CAUGHT_BY))
def test_the_run_fails_on_each_fault(
    fault: Fault, contract_runs: dict[Fault | None, subprocess.CompletedProcess[str]]
) -> None:
    done = contract_runs[fault]
    assert done.returncode != 0
    markers = CAUGHT_BY[fault]
    markers = (markers,) if isinstance(markers, str) else markers
    assert any(marker in done.stdout for marker in markers), done.stdout[-3000:]


def test_the_token_never_reaches_the_run_s_output_or_reports(tmp_path: Path) -> None:
    from talkover_mock.demo import DEMO_TOKEN, OTHER_TOKEN

    junit = tmp_path / "junit.xml"
    done = contract_run(*aimed(Fault.SKIP_DRAFT_RULE), "--junit", str(junit))
    assert done.returncode != 0
    artifacts = {"stdout": done.stdout, "stderr": done.stderr, "junit": junit.read_text()}
    artifacts.update(
        {p.name: p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file()}
    )
    assert "curl" in done.stdout
    for name, text in artifacts.items():
        assert DEMO_TOKEN not in text, name
        assert OTHER_TOKEN not in text, name


def pytest_suite(fault: Fault) -> subprocess.CompletedProcess[str]:
    """The pytest contract suite (model-based, stateful and per-operation tests, the quickest
    first) with ``fault`` planted in the in-process mock; ``-x`` stops at the first failure."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALKOVER_CONTRACT_")}
    env.update(TALKOVER_CONTRACT_FAULTS=fault.value, HYPOTHESIS_PROFILE="teeth")
    command = [
        sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-x", "-q",
        "contract_tests/test_model.py", "contract_tests/test_stateful.py",
        "contract_tests/test_schemathesis.py",
    ]  # fmt: skip
    return subprocess.run(
        command, capture_output=True, text=True, timeout=600, check=False, env=env, cwd=ROOT
    )


@pytest.fixture(scope="module")
def suite_runs() -> dict[Fault, subprocess.CompletedProcess[str]]:
    return run_all(list(Fault), pytest_suite)


@pytest.mark.slow
@pytest.mark.parametrize("fault", list(Fault))
def test_the_pytest_suite_fails_on_each_fault(
    fault: Fault, suite_runs: dict[Fault, subprocess.CompletedProcess[str]]
) -> None:
    done = suite_runs[fault]
    assert done.returncode == 1, done.stdout[-3000:]
    # Failed on the planted bug, not on a broken test (a TypeError once passed for a catch).
    broken = re.search(r"^E\s+(TypeError|AttributeError|NameError|ImportError|KeyError)\b",
                       done.stdout, re.M)  # fmt: skip
    assert broken is None, done.stdout[-3000:]
    assert " failed" in done.stdout.splitlines()[-1], done.stdout[-3000:]
