"""Teeth: with each fault switch on, the suite fails and names what caught it. A check that was
never seen failing proves nothing.

Nothing here lists a fault: every fault is declared in its family's module with what catches it
(``talkover_mock.faults``). A fault the contract run catches gets one run of ``talkover-contract``
aimed at its tags (a process of its own, as users run it); a fault only the model-based test
can catch (it needs the state before a request, a receiver, or the clock) gets the model's
state machine run in-process, composed of the rule areas the declaration names, with
``derandomize`` so that it fails the same way on every machine. The clean runs are elsewhere,
once: the CI's main contract run and the portable suite in ``contract_tests/`` (whose model
test runs every rule area deeper than the teeth do, so a fault's failure here is the fault's).
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis.stateful import invariant, run_state_machine_as_test

from talkover_mock.demo import DEMO_TOKEN, OTHER_TOKEN
from talkover_mock.faults import Fault, all_faults, named
from talkover_spec.extensions import all_operations

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = [f for f in all_faults() if f.tags]
MODEL = [f for f in all_faults() if f.model and not f.tags]
PARALLEL = 2
"""Contract runs at a time: each is two processes (schemathesis and the mock)."""


def contract_run(*args: str) -> subprocess.CompletedProcess[str]:
    """The contract run at 15 examples per operation (seed 1), where every fault is caught."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALKOVER_CONTRACT_")}
    command = [sys.executable, "-m", "talkover_contract.cli", "--max-examples", "15", *args]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=300, check=False, env=env
    )


def aimed(fault: Fault) -> list[str]:
    return ["--fault", fault.name, *(a for tag in fault.tags for a in ("--tag", tag))]


@pytest.fixture(scope="module")
def contract_runs() -> dict[str, subprocess.CompletedProcess[str]]:
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        done = pool.map(lambda f: contract_run(*aimed(f)), CONTRACT)
        return {f.name: run for f, run in zip(CONTRACT, done, strict=True)}


def test_every_fault_says_what_catches_it() -> None:
    tags = {tag for op in all_operations() for tag in op.tags}
    areas = {p.stem for p in (ROOT / "contract_tests" / "model").glob("*.py")}
    for fault in all_faults():
        assert (fault.tags and fault.caught_by) or fault.model, fault.name
        assert set(fault.tags) <= tags, fault.name
        assert set(fault.model) <= areas, fault.name
    print(
        f"{len(all_faults())} faults: {len(CONTRACT)} for the contract run, {len(MODEL)} for the model"
    )


@pytest.mark.parametrize("fault", CONTRACT, ids=str)
def test_the_contract_run_catches(
    fault: Fault, contract_runs: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    done = contract_runs[fault.name]
    assert done.returncode != 0, done.stdout[-3000:]
    assert any(marker in done.stdout for marker in fault.caught_by), done.stdout[-3000:]


# -- the model-based test, in-process and deterministic -------------------------------------

TEETH = settings(
    max_examples=50, stateful_step_count=25, deadline=None, derandomize=True, database=None,
    phases=[Phase.generate], suppress_health_check=list(HealthCheck),
)  # fmt: skip


def machine(areas: tuple[str, ...], without: Callable[..., Any] | None = None) -> type:
    """The model's state machine with only the rules of ``areas`` (and, for the test that a
    removed check lets a fault through, one invariant switched off)."""
    from contract_tests.model.machine import Base

    rules: list[type] = []
    for area in areas:
        module = importlib.import_module(f"contract_tests.model.{area}")
        rules += [
            c for c in vars(module).values()
            if isinstance(c, type) and issubclass(c, Base) and c.__module__ == module.__name__
        ]  # fmt: skip
    namespace: dict[str, Any] = {}
    if without is not None:
        namespace[without.__name__] = invariant()(lambda self: None)
    return type("Aimed", tuple(rules), namespace)


@pytest.fixture
def planted(monkeypatch: pytest.MonkeyPatch) -> Callable[[Fault], None]:
    def plant(fault: Fault) -> None:
        monkeypatch.setenv("TALKOVER_CONTRACT_FAULTS", fault.name)

    return plant


BROKEN_TEST = (TypeError, AttributeError, NameError, ImportError, KeyError)


@pytest.mark.parametrize("fault", MODEL, ids=str)
def test_the_model_catches(fault: Fault, planted: Callable[[Fault], None]) -> None:
    planted(fault)
    with pytest.raises(BaseException) as caught:
        run_state_machine_as_test(machine(fault.model), settings=TEETH)
    assert not isinstance(caught.value, (*BROKEN_TEST, KeyboardInterrupt)), caught.value


def test_a_fault_goes_uncaught_when_its_check_is_removed(
    planted: Callable[[Fault], None],
) -> None:
    """The check is what catches it: with the invariant that looks for what a delete left
    behind switched off, the same deterministic run lets ``keep_agent_children`` through."""
    from contract_tests.model.agents import AgentRules

    planted(named("keep_agent_children"))
    with pytest.raises(AssertionError, match="left behind"):
        run_state_machine_as_test(machine(("agents",)), settings=TEETH)
    run_state_machine_as_test(
        machine(("agents",), without=AgentRules.nothing_outlives_its_agent), settings=TEETH
    )


def test_the_token_never_reaches_the_run_s_output_or_reports(tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    done = contract_run(*aimed(named("skip_draft_rule")), "--junit", str(junit))
    assert done.returncode != 0
    artifacts = {"stdout": done.stdout, "stderr": done.stderr, "junit": junit.read_text()}
    artifacts.update(
        {p.name: p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file()}
    )
    assert "curl" in done.stdout
    for name, text in artifacts.items():
        assert DEMO_TOKEN not in text, name
        assert OTHER_TOKEN not in text, name


def test_no_area_hides_another_areas_rule() -> None:
    """The model composes every area's rules into one class, where a rule named like another
    area's would silently replace it (the trainings' ``delete`` once hid the agents')."""
    from contract_tests.model.machine import Base

    seen: dict[str, str] = {}
    clashes = []
    for path in sorted((ROOT / "contract_tests" / "model").glob("*.py")):
        module = importlib.import_module(f"contract_tests.model.{path.stem}")
        for rules in vars(module).values():
            if not (isinstance(rules, type) and issubclass(rules, Base) and rules is not Base):
                continue
            if rules.__module__ != module.__name__:
                continue
            for name in vars(rules):
                if name.startswith("__"):
                    continue
                if name in seen and seen[name] != rules.__name__:
                    clashes.append(f"{name}: {seen[name]} and {rules.__name__}")
                seen[name] = rules.__name__
    assert clashes == []
    assert len(seen) > 50
