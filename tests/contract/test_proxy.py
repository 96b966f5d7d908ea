"""The conformance proxy (issue 28, its second tool), on loopback: in front of the mock it
passes clean traffic untouched and reports each planted fault; in front of a hostile server it
reports wrong types, undocumented statuses and missing fields and still forwards every byte;
large bodies pass through unchecked and counted; no token reaches its output; the command's
reports and exit code."""

from __future__ import annotations

import http.server
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
import uvicorn

from talkover_contract.proxy import MAX_CHECKED, REPORT_PATH, Proxy
from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN
from talkover_mock.faults import named
from talkover_mock.server import serve_in_thread

pytestmark = pytest.mark.system
AUTH = {"Authorization": f"Bearer {DEMO_TOKEN}"}


@contextmanager
def served(proxy: Proxy) -> Iterator[str]:
    """The proxy on a free loopback port, with its lifespan (so it closes its upstream pool)."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(proxy, host="127.0.0.1", port=port, log_level="error", ws="none")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the proxy did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}/api/v1"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def lines() -> tuple[list[str], Any]:
    seen: list[str] = []
    return seen, seen.append


@pytest.fixture
def in_front_of_the_mock(
    request: pytest.FixtureRequest,
) -> Iterator[tuple[str, str, Proxy, list[str]]]:
    faults = frozenset(named(n) for n in getattr(request, "param", ()))
    with serve_in_thread(create_app(MockConfig(seed=8, faults=faults))) as upstream:
        seen, echo = lines()
        proxy = Proxy(upstream, echo=echo)
        with served(proxy) as front:
            yield upstream, front, proxy, seen


def test_clean_traffic_passes_untouched_and_is_counted(
    in_front_of_the_mock: tuple[str, str, Proxy, list[str]],
) -> None:
    upstream, front, proxy, seen = in_front_of_the_mock
    for path in ("/agents", f"/agents/{DEMO_AGENT_ID}", f"/agents/{DEMO_AGENT_ID}/trainings"):
        direct = httpx.get(upstream + path, headers=AUTH)
        through = httpx.get(front + path, headers=AUTH)
        assert (through.status_code, through.content) == (direct.status_code, direct.content)
    created = httpx.post(
        front + f"/agents/{DEMO_AGENT_ID}/trainings", headers=AUTH,
        json={"subject": "Refunds", "instructions": "Within 30 days."},
    )  # fmt: skip
    assert created.status_code in (200, 201)
    missing = httpx.get(front + "/agents/no-such-agent", headers=AUTH)
    assert missing.status_code == 404  # a documented 404 is not a violation
    report = httpx.get(front.removesuffix("/api/v1") + REPORT_PATH).json()
    assert seen == []
    assert report["violations"] == 0
    assert report["operations"]["GET /agents"]["calls"] == 1
    assert report["operations"]["GET /agents/{agent_id}"]["calls"] == 2
    assert "DELETE /agents/{agent_id}" in report["never_exercised"]
    assert len(report["never_exercised"]) == len(proxy.spec.operations) - 4


@pytest.mark.parametrize(
    ("in_front_of_the_mock", "call", "kind", "where"),
    [
        (("wrong_field_type",), ("GET", f"/agents/{DEMO_AGENT_ID}"), "invalid response body",
         "data.is_ready_to_publish"),
        (("undocumented_status",), ("DELETE", f"/agents/{DEMO_AGENT_ID}/trainings/gone"),
         "undocumented status", "410"),
        (("drop_required_field",), ("GET", f"/agents/{DEMO_AGENT_ID}/trainings"),
         "invalid response body", "updated_at"),
        (("bare_error_body",), ("GET", "/agents/no-such-agent"), "invalid response body",
         "not JSON"),
    ],
    indirect=["in_front_of_the_mock"],
    ids=["wrong_field_type", "undocumented_status", "drop_required_field", "bare_error_body"],
)  # fmt: skip
def test_each_planted_fault_is_reported(
    in_front_of_the_mock: tuple[str, str, Proxy, list[str]],
    call: tuple[str, str],
    kind: str,
    where: str,
) -> None:
    upstream, front, proxy, seen = in_front_of_the_mock
    method, path = call
    through = httpx.request(method, front + path, headers=AUTH)
    direct = httpx.request(method, upstream + path, headers=AUTH)
    assert through.content == direct.content  # reported, not changed
    assert any(kind in line and where in line for line in seen), seen
    assert proxy.report.violation_count >= 1


class Hostile(http.server.BaseHTTPRequestHandler):
    """Answers every documented path with a body the spec does not describe."""

    protocol_version = "HTTP/1.1"
    big: ClassVar[bytes] = b'{"success": true, "data": [' + b'"x",' * (MAX_CHECKED // 3) + b'"x"]}'

    def do_GET(self) -> None:
        if self.path.endswith("/agents"):
            status, body = 200, b'{"success": true, "data": [{"id": 5}], "meta": {}}'
        elif self.path.endswith("/trainings"):
            status, body = 200, self.big
        else:
            status, body = 418, b'{"success": false, "message": "teapot"}'
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def hostile() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    ).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    server.shutdown()
    server.server_close()


def test_a_hostile_server_is_reported_and_still_forwarded_byte_for_byte(hostile: str) -> None:
    seen, echo = lines()
    proxy = Proxy(hostile, echo=echo)
    with served(proxy) as front:
        agents = httpx.get(front + "/agents", headers=AUTH)
        teapot = httpx.get(front + f"/agents/{DEMO_AGENT_ID}", headers=AUTH)
        big = httpx.get(front + f"/agents/{DEMO_AGENT_ID}/trainings", headers=AUTH)
    assert agents.content == b'{"success": true, "data": [{"id": 5}], "meta": {}}'
    assert (teapot.status_code, big.content) == (418, Hostile.big)
    report = proxy.report.as_json()
    assert report["operations"]["GET /agents"]["violations"] == {"invalid response body": 1}
    assert report["operations"]["GET /agents/{agent_id}"]["violations"] == {
        "undocumented status": 1
    }
    trainings = report["operations"]["GET /agents/{agent_id}/trainings"]
    assert (trainings["calls"], trainings["bodies_not_checked"]) == (1, 1)
    assert len(seen) == 2


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_command_writes_its_reports_fails_on_violation_and_never_shows_the_token(
    tmp_path: Path,
) -> None:
    faults = frozenset([named("wrong_field_type")])
    with serve_in_thread(create_app(MockConfig(seed=9, faults=faults))) as upstream:
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("TALKOVER_")}
        proxy = subprocess.Popen(
            [sys.executable, "-m", "talkover_contract.cli", "proxy", "--upstream", upstream,
             "--port", str(port), "--json", str(tmp_path / "r.json"),
             "--junit", str(tmp_path / "r.xml"), "--fail-on-violation"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        try:
            front = f"http://127.0.0.1:{port}/api/v1"
            deadline = time.monotonic() + 20
            while True:
                try:
                    httpx.get(f"http://127.0.0.1:{port}{REPORT_PATH}")
                    break
                except httpx.ConnectError:
                    assert time.monotonic() < deadline, "the proxy did not start"
                    time.sleep(0.1)
            assert httpx.get(front + f"/agents/{DEMO_AGENT_ID}", headers=AUTH).status_code == 200
            assert httpx.get(front + "/agents", headers=AUTH).status_code == 200
        finally:
            proxy.send_signal(signal.SIGINT)
            out, err = proxy.communicate(timeout=30)
    assert proxy.returncode == 1, out + err
    assert "2 calls over 2 of" in out
    assert "invalid response body" in err
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["operations"]["GET /agents/{agent_id}"]["violations"] == {
        "invalid response body": 1
    }
    failures = [
        f.get("message", "") for f in ET.parse(tmp_path / "r.xml").getroot().iter("failure")
    ]
    assert any("is_ready_to_publish" in f for f in failures), failures
    for text in (out, err, (tmp_path / "r.json").read_text(), (tmp_path / "r.xml").read_text()):
        assert DEMO_TOKEN not in text
        assert "SupportBot" not in text  # no value of a body


def test_an_unreachable_upstream_is_a_violation_not_silence() -> None:
    seen, echo = lines()
    proxy = Proxy(f"http://127.0.0.1:{free_port()}/api/v1", echo=echo)  # nothing listens
    with served(proxy) as front:
        answer = httpx.get(front + "/agents", headers=AUTH)
    assert answer.status_code == 502
    assert proxy.report.as_json()["operations"]["GET /agents"]["violations"] == {
        "upstream unreachable": 1
    }
    assert seen


def test_fail_on_violation_fails_when_nothing_was_checked(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALKOVER_")}
    proxy = subprocess.Popen(
        [sys.executable, "-m", "talkover_contract.cli", "proxy", "--upstream",
         "http://127.0.0.1:9/api/v1", "--port", str(port), "--fail-on-violation"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}{REPORT_PATH}")
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline, "the proxy did not start"
                time.sleep(0.1)
    finally:
        proxy.send_signal(signal.SIGINT)
        out, err = proxy.communicate(timeout=30)
    assert proxy.returncode == 1, out + err
    assert "nothing was checked" in out
