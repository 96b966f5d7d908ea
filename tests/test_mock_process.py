"""The mock's process model under attack (issue 24): one mock per state file, workers that
die with their supervisor, a clock that never goes back across a restart, control-plane reads
that are never stale, and control-plane input that cannot cost memory or a 500."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.requests import Request

from talkover_mock import MockConfig, create_app
from talkover_mock.control import ControlInputError, _json_object
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN
from talkover_mock.inprocess import sync_transport
from talkover_mock.server import free_port
from talkover_mock.store import Store, StoreInUse
from talkover_tools.load import MockProcess, _accepts

CALLER = {"Authorization": f"Bearer {DEMO_TOKEN}"}


def mock_cli(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "talkover_mock.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


# -- the clock never goes back across a restart ----------------------------------------------


def test_the_clock_offset_survives_a_restart_on_the_same_file(tmp_path: Path) -> None:
    database = str(tmp_path / "clock.sqlite3")
    first = create_app(MockConfig(database=database))
    with httpx.Client(transport=sync_transport(first), base_url="http://mock") as api:
        placed = api.post(
            f"/api/v1/agents/{DEMO_AGENT_ID}/call", headers=CALLER,
            json={"to": "+14155550100"},
        )  # fmt: skip
        assert placed.status_code == 200, placed.text
        call_id = placed.json()["data"]["id"]
        advanced = api.post("/__mock__/clock/advance", json={"seconds": 3 * 24 * 3600}).json()
    first.state.deliverer.close(grace=0.5)
    first.state.store.close()

    second = create_app(MockConfig(database=database))
    try:
        with httpx.Client(transport=sync_transport(second), base_url="http://mock") as api:
            now = api.get("/__mock__/clock").json()["now"]
            assert now >= advanced["now"]  # not back to wall time
            created = api.post(
                f"/api/v1/agents/{DEMO_AGENT_ID}/trainings", headers=CALLER,
                json={"subject": "After restart", "instructions": "x"},
            ).json()["data"]  # fmt: skip
            assert created["created_at"] >= advanced["now"]
            listed = api.get("/api/v1/calls", headers=CALLER).json()["data"]
            (call,) = [c for c in listed if c["id"] == call_id]
            assert call["status"] == "completed"  # it ended during the advanced time
            assert call["updated_at"] >= call["created_at"]
    finally:
        second.state.deliverer.close(grace=0.5)
        second.state.store.close()


# -- one mock per state file ----------------------------------------------------------------


def test_a_second_store_on_a_file_in_use_is_refused_before_writing(tmp_path: Path) -> None:
    database = str(tmp_path / "one.sqlite3")
    first = Store(database)
    try:
        with first.transaction() as tx:
            tx.set_setting("marker", 1)
        for shared in (False, True):
            with pytest.raises(StoreInUse, match="one mock per state file"):
                Store(database, shared=shared)
        with first.transaction(write=False) as tx:
            assert tx.setting("marker") == 1
    finally:
        first.close()
    Store(database).close()  # free again once the first is closed


def test_a_second_mock_with_workers_is_refused_and_the_first_keeps_its_state(
    tmp_path: Path,
) -> None:
    database = str(tmp_path / "workers.sqlite3")
    first = MockProcess(database, free_port(), workers=2)
    first.start()
    control = f"http://127.0.0.1:{first.port}/__mock__"
    try:
        httpx.put(f"{control}/faults", json={"faults": ["bare_error_body"]}, timeout=10)
        moved = httpx.post(f"{control}/clock/advance", json={"seconds": 3600}, timeout=10).json()
        for workers in ("2", "1"):
            refused = mock_cli("--db", database, "--port", str(free_port()), "--workers", workers)
            assert refused.returncode == 2, refused.stderr
            assert "in use by another running mock" in refused.stderr
            assert "Traceback" not in refused.stderr
            assert len(refused.stderr.strip().splitlines()) == 1
            assert "serving" not in refused.stdout  # refused before the banner
        same_port = mock_cli("--db", str(tmp_path / "other.sqlite3"), "--port", str(first.port))
        assert same_port.returncode == 2
        assert "port is in use" in same_port.stderr
        assert not (tmp_path / "other.sqlite3").exists()  # nothing written
        for _ in range(6):  # whichever worker answers
            faults = httpx.get(f"{control}/faults", timeout=10).json()
            assert faults == {"faults": ["bare_error_body"]}
            assert httpx.get(f"{control}/clock", timeout=10).json()["now"] >= moved["now"]
    finally:
        first.kill()


def test_workers_exit_when_their_supervisor_is_killed(tmp_path: Path) -> None:
    port = free_port()
    command = [sys.executable, "-m", "talkover_mock.cli", "--port", str(port),
               "--db", str(tmp_path / "orphans.sqlite3"), "--workers", "2"]  # fmt: skip
    supervisor = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 20
        while not _accepts(port) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _accepts(port)
        supervisor.send_signal(signal.SIGKILL)  # the supervisor alone, not its group
        supervisor.wait(timeout=10)
        deadline = time.monotonic() + 20
        while _accepts(port) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _accepts(port), "orphaned workers still serve"
        again = MockProcess(str(tmp_path / "orphans.sqlite3"), port, workers=2)
        again.start()  # the file is free again
        again.kill()
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(supervisor.pid, signal.SIGKILL)


# -- the control plane's input --------------------------------------------------------------


def test_an_event_that_is_not_a_name_is_a_422(http: httpx.Client) -> None:
    for event in (["event_action"], {"a": 1}, 3, None):
        body = {"agent_id": DEMO_AGENT_ID, "event": event}
        response = http.post("http://mock/__mock__/events", json=body)
        assert response.status_code == 422, (event, response.text)


def test_a_huge_control_plane_body_is_cut_at_the_limit_not_buffered() -> None:
    chunk = b"x" * (1024 * 1024)
    sent = {"chunks": 0}

    async def receive() -> dict[str, Any]:
        sent["chunks"] += 1
        return {"type": "http.request", "body": chunk, "more_body": sent["chunks"] < 300}

    class State:
        config = MockConfig()

    scope = {
        "type": "http", "method": "POST", "path": "/__mock__/seed", "query_string": b"",
        "headers": [(b"content-type", b"application/json")], "app": type("A", (), {"state": State}),
    }  # fmt: skip
    with pytest.raises(ControlInputError) as refused:
        asyncio.run(_json_object(Request(scope, receive)))
    assert refused.value.status == 413
    assert sent["chunks"] <= 2  # of 300 MB, at most 2 MiB were read


def test_the_state_dump_shows_no_secret(http: httpx.Client) -> None:
    secrets = ["whsec_dont_show_me", "hdr-value-secret", "url-password", "sftp-password-secret"]
    hook = {
        "name": "H", "events": ["event_action"], "webhook_secret": secrets[0],
        "webhook_url": f"https://user:{secrets[2]}@example.com/hook",
        "custom_headers": [{"key": "Authorization", "value": secrets[1]}],
    }  # fmt: skip
    assert http.post(f"/agents/{DEMO_AGENT_ID}/webhooks", json=hook).status_code == 200
    sftp = {
        "host": "sftp.example.com", "username": "u", "auth_type": "password",
        "password": secrets[3], "remote_path": "/in",
    }  # fmt: skip
    http.post("/campaigns/campaign-draft-1/sftp", json=sftp)
    state = json.dumps(http.get("http://mock/__mock__/state").json(), ensure_ascii=False)
    for secret in secrets:
        assert secret not in state
    assert "[redacted]" in state
    assert "talq_…0001" in state  # token hints stay


# -- verify_webhook: every malformed header is a WebhookSignatureError ----------------------


@pytest.mark.parametrize(
    "header",
    [
        "t=1,v1=" + "é" * 64, "t=" + "9" * 5000 + ",v1=" + "0" * 64, "t=١٢٣,v1=" + "0" * 64,
        "t=1,v1=zz", "t=-1,v1=" + "0" * 64, "t=1,v1=" + "0" * 10_000, "\x00", "t=,v1=",
        "v1=" + "0" * 64, "," * 100_000, "t=1," + "v1=" + "0" * 63 + "\u0660",
    ],
    ids=lambda header: repr(header[:24]),
)  # fmt: skip
def test_every_malformed_signature_header_raises_the_signature_error(header: str) -> None:
    import talkover

    with pytest.raises(talkover.WebhookSignatureError):
        talkover.verify_webhook(b"{}", header, "secret", now=1)


def test_a_non_text_header_or_payload_is_the_signature_error() -> None:
    import talkover

    with pytest.raises(talkover.WebhookSignatureError):
        talkover.verify_webhook(b"{}", b"t=1,v1=00", "secret")  # type: ignore[arg-type]
    with pytest.raises(talkover.WebhookSignatureError):
        talkover.verify_webhook(12, "t=1,v1=" + "0" * 64, "secret")  # type: ignore[arg-type]
