"""``examples/``: one short program per resource family (per tag of the spec), each run here as
a user would run it (its own process, token and base URL from the environment) against a served
mock, and type-checked with ``mypy --strict`` by the test command (``pyproject.toml``)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_TOKEN, DEMO_USER_TOKEN
from talkover_mock.server import serve_in_thread
from talkover_spec import load_spec
from talkover_tools.sdkgen import snake_case

ROOT = Path(__file__).parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


def test_every_tag_has_its_example() -> None:
    """One per tag at least; the others (a tour of the SDK) are run and type-checked alike."""
    tags = {snake_case(tag["name"]) for tag in load_spec()["tags"]}
    assert tags <= {path.stem for path in EXAMPLES}


def test_the_examples_are_type_checked_strictly() -> None:
    mypy = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]
    assert mypy["strict"] is True
    assert "examples" in mypy["files"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_runs_against_the_mock(example: Path) -> None:
    app = create_app(MockConfig(seed=1))
    try:
        with serve_in_thread(app) as base_url:
            env = {
                **os.environ, "TALKOVER_API_TOKEN": DEMO_TOKEN, "TALKOVER_BASE_URL": base_url,
                "TALKOVER_USER_TOKEN": DEMO_USER_TOKEN,
            }  # fmt: skip
            done = subprocess.run(
                [sys.executable, str(example)],
                env=env, capture_output=True, text=True, timeout=60, check=False,
            )  # fmt: skip
    finally:
        app.state.deliverer.close(grace=0.5)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert done.stdout.strip(), "an example shows what it did"
    assert "Traceback" not in done.stderr
