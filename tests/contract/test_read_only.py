"""Read-only means read-only on the wire: the contract run and the pytest suite, pointed at a
server that is not our mock, send nothing but GET. A recording server on loopback answers
every request with a plausible body and keeps the method and path of each."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from talkover_contract import target as contract_target
from talkover_mock.demo import DEMO_AGENT_ID

ROOT = Path(__file__).resolve().parents[2]


class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str]]] = []

    def _answer(self) -> None:
        self.seen.append((self.command, self.path))
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.path.startswith("/__mock__"):
            status, body = 404, b"<html>Not Found</html>"  # not our mock
        else:
            status, body = 200, json.dumps({"success": True, "data": []}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_TRACE = _answer

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[str]:
    _Recorder.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    server.shutdown()
    server.server_close()


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("TALKOVER_CONTRACT_")}


def _api_methods() -> set[str]:
    return {method for method, path in _Recorder.seen if path.startswith("/api/v1")}


def test_the_contract_run_sends_only_get_to_a_foreign_server(recorder: str) -> None:
    env = {**_clean_env(), contract_target.TOKEN_ENV: "talq_recording_only"}
    done = subprocess.run(
        [sys.executable, "-m", "talkover_contract.cli", "--base-url", recorder,
         "--agent-id", DEMO_AGENT_ID, "--max-examples", "5"],
        capture_output=True, text=True, timeout=300, check=False, env=env, cwd=ROOT,
    )  # fmt: skip
    assert "external server, read-only" in done.stdout, done.stdout[-2000:]
    assert _api_methods() == {"GET"}, sorted(set(_Recorder.seen))[:20]


def test_the_pytest_suite_sends_only_get_to_a_foreign_server(recorder: str) -> None:
    env = {
        **_clean_env(),
        contract_target.BASE_URL_ENV: recorder,
        contract_target.TOKEN_ENV: "talq_recording_only",
        contract_target.AGENT_ENV: DEMO_AGENT_ID,
        "HYPOTHESIS_PROFILE": "smoke",
    }
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
         "contract_tests/test_schemathesis.py", "contract_tests/test_stateful.py"],
        capture_output=True, text=True, timeout=300, check=False, env=env, cwd=ROOT,
    )  # fmt: skip
    assert "the stateful test writes" in done.stdout, done.stdout[-2000:]  # skipped, saying why
    assert _api_methods() == {"GET"}, sorted(set(_Recorder.seen))[:20]


def test_writes_to_a_foreign_server_need_a_scratch_agent() -> None:
    with pytest.raises(contract_target.TargetError, match="scratch agent"):
        contract_target.from_environment(
            {
                contract_target.BASE_URL_ENV: "http://127.0.0.1:9/api/v1",
                contract_target.TOKEN_ENV: "talq_x",
                contract_target.ALLOW_WRITES_ENV: "1",
            }
        )


def test_the_client_s_variables_do_not_choose_the_contract_target() -> None:
    target = contract_target.from_environment(
        {"TALKOVER_BASE_URL": "https://app.talkover.ai/api/v1", "TALKOVER_API_TOKEN": "talq_prod"}
    )
    assert target.in_process
