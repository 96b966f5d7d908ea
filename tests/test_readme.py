"""The README's client example runs as written against the mock, over real HTTP on loopback."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_TOKEN
from talkover_mock.server import serve_in_thread

README = Path(__file__).parents[1] / "README.md"


def client_example() -> str:
    """The first Python block of the README's client section."""
    text = README.read_text()
    example = re.search(r"```python\n(.*?)```", text[text.index("## Using the client") :], re.S)
    assert example is not None
    return example.group(1)


def receiver_example() -> str:
    """The README's pytest example with the ``webhook_receiver`` fixture."""
    example = re.search(r"```python\n(def test_my_receiver.*?)```", README.read_text(), re.S)
    assert example is not None
    return example.group(1)


def test_readme_client_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app = create_app(MockConfig())
    with serve_in_thread(app) as base_url:
        monkeypatch.setenv("TALKOVER_API_TOKEN", DEMO_TOKEN)
        monkeypatch.setenv("TALKOVER_BASE_URL", base_url)
        namespace: dict[str, object] = {}
        exec(compile(client_example(), "README.md", "exec"), namespace)
        namespace["tk"].close()  # type: ignore[attr-defined]
    (demo,) = [e for e in app.state.store.dump()["environments"] if e["id"] == "env_demo"]
    (agent,) = [a for a in demo["agents"] if a["id"] == "550e8400-e29b-41d4-a716-446655440000"]
    assert agent["current_status"] == "published"
    assert [t["id"] for t in agent["trainings"]] == ["training-uuid-1"]  # the demo training


def test_readme_client_example_passes_mypy_strict(tmp_path: Path) -> None:
    from mypy import api

    source = tmp_path / "readme_example.py"
    source.write_text(client_example())
    stdout, stderr, status = api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(source)]
    )
    assert status == 0, stdout + stderr


def test_readme_webhook_receiver_example_passes_in_a_users_suite(tmp_path: Path) -> None:
    """The example runs as a user's test would: the plugin's fixtures, nothing else."""
    module = tmp_path / "test_users_receiver.py"
    module.write_text('pytest_plugins = ["talkover_mock.pytest_plugin"]\n\n\n' + receiver_example())
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(module)],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
