"""The deep fuzzing is done once per CI job: the per-operation test runs lighter only when this
job's contract run shows every operation passed against the same mock, and says so; any doubt
keeps the full depth (and says why)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from contract_tests import conftest as suite
from talkover_contract import junit
from talkover_spec import spec_path
from talkover_spec.extensions import all_operations


def report(path: Path, *, fail: str | None = None, leave_out: int = 0) -> Path:
    names = [f"{op.method.upper()} {op.path}" for op in all_operations()][leave_out:]
    cases: list[junit.Case] = [(n, [f"boom in {n}"] if n == fail else None, "") for n in names]
    junit.add_suite(path, "schemathesis", cases)
    later = time.time() + 5
    os.utime(path, (later, later))
    return path


@pytest.fixture
def ci(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("HYPOTHESIS_PROFILE", "ci")
    return monkeypatch


def test_a_passing_report_of_every_operation_lightens_the_per_operation_test(
    ci: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ci.setenv("TALKOVER_CONTRACT_DEEP_RUN", str(report(tmp_path / "j.xml")))
    depth, note = suite.fuzz_depth()
    assert depth == suite.DEEP_RUN_DEPTH
    assert "fuzzed all" in note
    assert str(tmp_path) in note


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda p: report(p, fail="GET /agents"), "does not show every operation passed"),
        (lambda p: report(p, leave_out=1), "does not show every operation passed"),
        (lambda p: p, "missing or older than the spec"),
    ],
    ids=["a failure", "an operation left out", "no report"],
)
def test_any_doubt_keeps_the_full_depth_and_says_why(
    ci: pytest.MonkeyPatch, tmp_path: Path, make: object, why: str
) -> None:
    path = make(tmp_path / "j.xml")  # type: ignore[operator]
    ci.setenv("TALKOVER_CONTRACT_DEEP_RUN", str(path))
    depth, note = suite.fuzz_depth()
    assert depth is None
    assert why in note


def test_an_old_report_keeps_the_full_depth(ci: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = report(tmp_path / "j.xml")
    old = Path(spec_path()).stat().st_mtime - 60
    os.utime(path, (old, old))
    ci.setenv("TALKOVER_CONTRACT_DEEP_RUN", str(path))
    assert suite.fuzz_depth()[0] is None


def test_without_the_ci_profile_or_a_report_nothing_changes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("TALKOVER_CONTRACT_DEEP_RUN", raising=False)
    assert suite.fuzz_depth() == (None, "")
    monkeypatch.setenv("TALKOVER_CONTRACT_DEEP_RUN", str(report(tmp_path / "j.xml")))
    monkeypatch.setenv("HYPOTHESIS_PROFILE", "dev")
    assert suite.fuzz_depth() == (None, "")
