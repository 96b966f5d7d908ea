"""The contract run against a served mock (--base-url), and its safety against other servers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from talkover_contract import cli
from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_TOKEN
from talkover_mock.server import serve_in_thread


def test_the_run_passes_against_a_running_mock_on_loopback() -> None:
    with serve_in_thread(create_app(MockConfig(seed=3))) as base_url:
        assert cli.is_our_mock(base_url)
        done = subprocess.run(
            [sys.executable, "-m", "talkover_contract.cli", "--base-url", base_url, "--token", DEMO_TOKEN,
             "--max-examples", "15"],
            capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:]
    assert "our mock, read-write" in done.stdout
    summary = done.stdout.strip().splitlines()[-1]  # e.g. "=== 1 warning in 18.2s ==="
    assert "failure" not in summary
    assert "error" not in summary


def test_an_external_server_is_read_only_unless_writes_are_allowed(tmp_path: Path) -> None:
    args = cli.parser().parse_args(["--base-url", "https://api.example.invalid/api/v1"])
    read_only = cli.schemathesis_command(
        args, "https://api.example.invalid/api/v1", tmp_path / "c.toml", read_only=True
    )
    excluded = [read_only[i + 1] for i, arg in enumerate(read_only) if arg == "--exclude-method"]
    assert excluded == ["POST", "PUT", "PATCH", "DELETE"]
    writable = cli.schemathesis_command(
        args, "https://api.example.invalid/api/v1", tmp_path / "c.toml", read_only=False
    )
    assert "--exclude-method" not in writable
    assert not cli.is_our_mock("http://127.0.0.1:9/api/v1")  # nothing listens there


def test_writes_against_an_external_server_need_a_scratch_agent(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = cli.main(
        ["--base-url", "http://127.0.0.1:9/api/v1", "--token", "talq_x", "--allow-writes"]
    )
    assert status == 2
    assert "--allow-writes needs --scratch-agent" in capsys.readouterr().err


def test_help_says_what_the_run_does_and_when_it_is_read_only() -> None:
    text = cli.parser().format_help()
    assert "read-only" in text
    assert "POST, PUT, PATCH and DELETE are\nexcluded by name" in text
    assert "reaches schemathesis only through the environment." in text  # not cut off


def test_no_token_is_refused_before_any_request(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TALKOVER_CONTRACT_TOKEN", raising=False)
    monkeypatch.setenv("TALKOVER_API_TOKEN", "talq_the_client_s_token")  # never read here
    assert cli.main(["--base-url", "http://127.0.0.1:9/api/v1"]) == 2
    assert "needs a token (--token or $TALKOVER_CONTRACT_TOKEN)" in capsys.readouterr().err
