"""The README's client example runs as written against the mock, over real HTTP on loopback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_TOKEN
from talkover_mock.server import serve_in_thread

README = Path(__file__).parents[1] / "README.md"


def test_readme_client_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    example = re.search(r"```python\n(.*?)```", README.read_text(), re.S)
    assert example is not None
    app = create_app(MockConfig())
    with serve_in_thread(app) as base_url:
        monkeypatch.setenv("TALKOVER_API_TOKEN", DEMO_TOKEN)
        monkeypatch.setenv("TALKOVER_BASE_URL", base_url)
        namespace: dict[str, object] = {}
        exec(compile(example.group(1), "README.md", "exec"), namespace)
        namespace["client"].get_httpx_client().close()  # type: ignore[attr-defined]
    (demo,) = [e for e in app.state.store.dump()["environments"] if e["id"] == "env_demo"]
    (agent,) = [a for a in demo["agents"] if a["id"] == "550e8400-e29b-41d4-a716-446655440000"]
    assert agent["current_status"] == "published"
    assert [t["id"] for t in agent["trainings"]] == ["training-uuid-1"]  # the demo training


def test_readme_client_example_passes_mypy_strict(tmp_path: Path) -> None:
    from mypy import api

    example = re.search(r"```python\n(.*?)```", README.read_text(), re.S)
    assert example is not None
    source = tmp_path / "readme_example.py"
    source.write_text(example.group(1))
    stdout, stderr, status = api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(source)]
    )
    assert status == 0, stdout + stderr
