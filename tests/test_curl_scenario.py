"""The README's documented scenario with curl, over real HTTP on loopback."""

from __future__ import annotations

import json
import subprocess
from typing import Any

import pytest

from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN, DEMO_TRAINING_ID, OTHER_TOKEN
from talkover_mock.server import serve_in_thread

from .tools import require_executable


@pytest.fixture(autouse=True)
def _curl() -> None:
    require_executable("curl", "apt-get install curl")


def curl(
    base: str, method: str, path: str, token: str | None = DEMO_TOKEN, body: Any = None
) -> tuple[int, Any]:
    command = ["curl", "-s", "-X", method, "-w", "\n%{http_code}", base + path]
    if token is not None:
        command += ["-H", f"Authorization: Bearer {token}"]
    if body is not None:
        command += ["-H", "Content-Type: application/json", "-d", json.dumps(body)]
    out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=30).stdout
    payload, _, code = out.rpartition("\n")
    return int(code), json.loads(payload)


def test_documented_scenario_with_curl() -> None:
    trainings = f"/agents/{DEMO_AGENT_ID}/trainings"
    with serve_in_thread(create_app(MockConfig())) as base:
        status, listed = curl(base, "GET", trainings)
        assert (status, [t["id"] for t in listed["data"]]) == (200, [DEMO_TRAINING_ID])
        first = curl(
            base, "POST", trainings, body={"subject": "Plans", "instructions": "Three plans."}
        )
        second = curl(
            base, "POST", trainings, body={"subject": "Refunds", "instructions": "30 days."}
        )
        assert first[0] == second[0] == 200
        assert (
            curl(base, "POST", f"/agents/{DEMO_AGENT_ID}/publish")[1]["data"]["current_status"]
            == "published"
        )
        first_id = first[1]["data"]["id"]
        assert curl(base, "DELETE", f"{trainings}/{first_id}")[0] == 200
        assert curl(base, "GET", f"/agents/{DEMO_AGENT_ID}")[1]["data"]["current_status"] == "draft"
        assert [t["id"] for t in curl(base, "GET", trainings)[1]["data"]] == [
            DEMO_TRAINING_ID,
            second[1]["data"]["id"],
        ]
        assert curl(base, "DELETE", f"{trainings}/{first_id}") == (
            404,
            {"success": False, "message": "Training not found"},
        )
        assert curl(base, "POST", f"/agents/{DEMO_AGENT_ID}/publish")[0] == 200
        assert curl(base, "GET", trainings, token=OTHER_TOKEN)[0] == 403
        assert curl(base, "GET", trainings, token=None) == (
            401,
            {"success": False, "message": "Unauthenticated."},
        )
