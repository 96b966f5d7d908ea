"""``examples/github-actions.yml``, the CI recipe for a user's repository: it parses, runs on
the triggers it says, pins the kit, uploads what it writes, and each of its commands runs here
(its local equivalent: the kit already installed, one tag at two examples an operation, our
served mock as "staging") and writes the JUnit report the upload step takes."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_TOKEN
from talkover_mock.server import serve_in_thread

pytestmark = pytest.mark.system
ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = yaml.safe_load((ROOT / "examples" / "github-actions.yml").read_text())
CHEAPER = ["--tag", "Trainings", "--max-examples", "2"]
"""What the local equivalent adds to a contract run (the workflow's own runs are full)."""

USERS_SUITE = """
import pytest
import talkover

pytest_plugins = ["talkover_mock.pytest_plugin"]


def test_a_broke_environment_cannot_call(talkover_sdk, talkover_control):
    talkover_control.set_credits(0)
    with pytest.raises(talkover.PaymentRequiredError):
        talkover_sdk.calls.make("agent-outbound-1", to="+14155550100")
"""


def steps(job: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = WORKFLOW["jobs"][job]["steps"]
    return found


def runs(job: str) -> list[dict[str, Any]]:
    return [s for s in steps(job) if "run" in s and not s["run"].startswith("pip install")]


def test_it_runs_on_pull_requests_and_nightly_and_pins_the_kit() -> None:
    triggers = WORKFLOW[True] if True in WORKFLOW else WORKFLOW["on"]  # YAML 1.1 reads `on` as true
    assert {"pull_request", "schedule"} <= set(triggers)
    assert "pull_request" in WORKFLOW["jobs"]["against-the-mock"]["if"]
    assert "pull_request" in WORKFLOW["jobs"]["staging-nightly"]["if"]
    kit = WORKFLOW["env"]["TALKOVER_KIT"]
    assert kit.startswith("talkover[contract] @ git+https://")
    assert "@v" in kit.rsplit("/", 1)[-1]  # a tag, not a branch
    for job in WORKFLOW["jobs"]:
        installs = [s["run"] for s in steps(job) if s.get("run", "").startswith("pip install")]
        assert installs == [i for i in installs if "$TALKOVER_KIT" in i], job
        assert WORKFLOW["jobs"][job]["timeout-minutes"] <= 60


def junit_outputs(command: str) -> list[str]:
    words = shlex.split(command)
    found = [w.split("=", 1)[1] for w in words if w.startswith("--junitxml=")]
    found += [words[i + 1] for i, w in enumerate(words) if w == "--junit"]
    return found


def test_every_report_written_is_uploaded_and_nightly_is_read_only() -> None:
    for job in WORKFLOW["jobs"]:
        uploads = [s["with"]["path"] for s in steps(job) if "upload-artifact" in s.get("uses", "")]
        assert uploads, job
        for step in runs(job):
            for report in junit_outputs(step["run"]):
                assert any(report.startswith(u) for u in uploads), (job, report)
        assert all(s.get("if") == "always()" for s in steps(job) if "upload" in s.get("uses", ""))
    (nightly,) = runs("staging-nightly")
    assert "--read-only" in nightly["run"]
    assert "secrets." in nightly["env"]["TALKOVER_CONTRACT_TOKEN"]


@pytest.fixture
def staging() -> Iterator[str]:
    with serve_in_thread(create_app(MockConfig(seed=6))) as url:
        yield url


def test_each_command_runs_here_and_writes_its_report(tmp_path: Path, staging: str) -> None:
    (tmp_path / "test_users_suite.py").write_text(USERS_SUITE)
    bin_dir = str(Path(sys.executable).parent)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALKOVER_CONTRACT_")}
    env.update(PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}")
    ran = 0
    for job in WORKFLOW["jobs"]:
        for step in runs(job):
            step_env = {**env, **step.get("env", {})}
            if job == "staging-nightly":
                step_env.update(TALKOVER_CONTRACT_TOKEN=DEMO_TOKEN, STAGING_URL=staging)
            command = step["run"]
            if command.startswith("talkover-contract"):
                command += " " + shlex.join(CHEAPER)
            done = subprocess.run(
                ["bash", "-c", command], cwd=tmp_path, env=step_env,
                capture_output=True, text=True, timeout=300, check=False,
            )  # fmt: skip
            assert done.returncode == 0, (step["name"], done.stdout[-3000:], done.stderr[-2000:])
            for report in junit_outputs(step["run"]):
                root = ET.parse(tmp_path / report).getroot()
                cases = list(root.iter("testcase"))
                assert cases, report
                assert not list(root.iter("failure")), report
            ran += 1
    assert ran == 3
