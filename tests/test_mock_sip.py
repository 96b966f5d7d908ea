"""Custom SIP trunks in the mock (D49): created unverified and inactive, verified before they
are activated, verification reset by a connectivity change; DIDs in the environment's pool,
unique there, not deletable while an agent uses one; a trunk with DIDs not deletable; the plan
flag; the fault that lets an assigned DID go."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_AGENT_ID, OTHER_TOKEN
from talkover_mock.faults import parse_faults
from talkover_mock.inprocess import sync_transport

TRUNK = {
    "name": "Primary Carrier — US",
    "provider_name": "carrier-x",
    "domain": "sip.carrier-x.com",
    "username": "user_42",
    "password": "secret-password",
}


def create(http: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = http.post("/sip-trunks", json={**TRUNK, **fields})
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def test_created_unverified_inactive_with_defaults_and_no_password(http: httpx.Client) -> None:
    trunk = create(http)
    assert (trunk["is_active"], trunk["is_verified"], trunk["health_status"]) == (
        False, False, "unknown"
    )  # fmt: skip
    assert (trunk["transport"], trunk["port"]) == ("tls", 5061)
    assert create(http, transport="udp")["port"] == 5060
    assert "password" not in trunk
    assert "password" not in http.get(f"/sip-trunks/{trunk['id']}").json()["data"]
    assert http.get("/sip-trunks").json()["data"][0]["id"] == trunk["id"]
    refused = http.post("/sip-trunks", json={**TRUNK, "is_active": True})
    assert (refused.status_code, refused.json()["code"]) == (422, "TRUNK_NOT_VERIFIED")
    assert len(http.get("/sip-trunks").json()["data"]) == 2  # the refusal stored nothing


def test_verify_then_activate_and_a_connectivity_change_resets_it(http: httpx.Client) -> None:
    trunk = create(http)
    path = f"/sip-trunks/{trunk['id']}"
    assert http.put(path, json={"is_active": True}).json()["code"] == "TRUNK_NOT_VERIFIED"
    verified = http.post(f"{path}/verify").json()["data"]
    assert (verified["is_verified"], verified["health_status"]) == (True, "healthy")
    active = http.put(path, json={"is_active": True, "name": "Renamed"}).json()["data"]
    assert (active["is_active"], active["is_verified"], active["name"]) == (True, True, "Renamed")
    kept = http.put(path, json={"domain": "sip.carrier-x.com"}).json()["data"]
    assert kept["is_verified"] is True  # the same value is no change
    moved = http.put(path, json={"domain": "sip2.carrier-x.com"}).json()["data"]
    assert (moved["is_active"], moved["is_verified"], moved["health_status"]) == (
        False, False, "unknown"
    )  # fmt: skip
    both = http.put(path, json={"password": "new", "is_active": True})
    assert both.status_code == 422
    assert http.get(path).json()["data"]["is_verified"] is False


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"domain": "pbx.example.invalid"}, "Could not resolve pbx.example.invalid"),
        ({"username": "denied"}, "Authentication failed (401)"),
    ],
)
def test_failed_verification_is_kept_and_health_agrees(
    http: httpx.Client, fields: dict[str, str], error: str
) -> None:
    trunk = create(http, **fields)
    path = f"/sip-trunks/{trunk['id']}"
    failed = http.post(f"{path}/verify")
    assert failed.status_code == 422
    assert failed.json() == {
        "success": False,
        "message": "SIP trunk verification failed",
        "data": {"is_verified": False, "health_status": "unhealthy", "error": error},
    }
    assert http.get(path).json()["data"]["health_status"] == "unhealthy"
    health = http.get(f"{path}/health").json()["data"]
    assert (health["is_healthy"], health["response_time_ms"], health["error"]) == (
        False, 5000, error
    )  # fmt: skip


def test_health_changes_nothing(http: httpx.Client) -> None:
    trunk = create(http)
    path = f"/sip-trunks/{trunk['id']}"
    first = http.get(f"{path}/health").json()["data"]
    assert first["is_healthy"] is True
    assert (
        first["response_time_ms"] == http.get(f"{path}/health").json()["data"]["response_time_ms"]
    )
    assert http.get(path).json()["data"] == trunk


def test_dids_join_the_pool_are_unique_and_guarded(http: httpx.Client) -> None:
    trunk = create(http)
    dids = f"/sip-trunks/{trunk['id']}/dids"
    made = http.post(dids, json={"country_code": "US", "number": "+15551234567"})
    assert made.status_code == 201, made.text
    did = made.json()["data"]
    assert did == {
        "id": did["id"], "number": "+15551234567", "country_code": "US",
        "formatted_number": "(555) 123-4567", "trunk_id": trunk["id"],
    }  # fmt: skip
    assert http.get(dids).json()["data"] == [did]
    pool = {n["id"]: n for n in http.get("/phone-numbers").json()["data"]}
    assert pool[did["id"]]["trunk_id"] == trunk["id"]
    again = create(http, name="Second")
    taken = http.post(
        f"/sip-trunks/{again['id']}/dids", json={"country_code": "US", "number": "+15551234567"}
    )
    assert (taken.status_code, taken.json()["code"]) == (409, "DID_ALREADY_EXISTS")
    demo_number = next(n for n in pool.values() if "trunk_id" not in n)
    clash = http.post(dids, json={"country_code": "US", "number": demo_number["number"]})
    assert clash.status_code == 409  # a number of the pool that no trunk carries
    assert http.delete(f"/sip-trunks/{trunk['id']}").json()["code"] == "TRUNK_HAS_DIDS"

    assigned = http.put(
        f"/agents/{DEMO_AGENT_ID}/calling",
        json={"direction": "inbound", "phone_number_ids": [did["id"]]},
    )
    assert assigned.status_code == 200, assigned.text
    in_use = http.delete(f"{dids}/{did['id']}")
    assert (in_use.status_code, in_use.json()["code"]) == (409, "DID_IN_USE")
    http.put(
        f"/agents/{DEMO_AGENT_ID}/calling", json={"direction": "inbound", "phone_number_ids": []}
    )
    assert http.delete(f"{dids}/{did['id']}").json() == {"success": True, "message": "DID removed"}
    assert did["id"] not in {n["id"] for n in http.get("/phone-numbers").json()["data"]}
    assert http.delete(f"{dids}/{did['id']}").json()["message"] == "DID not found"
    assert http.delete(f"/sip-trunks/{trunk['id']}").json()["message"] == "SIP trunk deleted"
    assert http.get(f"/sip-trunks/{trunk['id']}").status_code == 404


def test_a_plain_number_is_not_a_did_of_any_trunk(http: httpx.Client) -> None:
    trunk = create(http)
    response = http.delete(f"/sip-trunks/{trunk['id']}/dids/phone-spare")
    assert (response.status_code, response.json()["message"]) == (404, "DID not found")


def test_the_plan_flag_and_other_environments(app, http: httpx.Client) -> None:  # type: ignore[no-untyped-def]
    trunk = create(http)
    with httpx.Client(
        transport=sync_transport(app),
        base_url="http://mock",
        headers={"Authorization": f"Bearer {OTHER_TOKEN}"},
    ) as other:
        assert other.get(f"/api/v1/sip-trunks/{trunk['id']}").status_code == 403
        assert [t["id"] for t in other.get("/api/v1/sip-trunks").json()["data"]] == ["trunk-other"]
        switched = other.put(
            "/__mock__/environments/env_other/plan", json={"allow_custom_sip_trunks": False}
        )
        assert switched.json()["plan"] == {"allow_custom_sip_trunks": False}
        refused = other.post("/api/v1/sip-trunks", json=TRUNK)
        assert (refused.status_code, refused.json()["code"]) == (403, "SIP_TRUNKS_NOT_ALLOWED")
        assert other.get("/api/v1/sip-trunks").status_code == 403
        unknown = other.put("/__mock__/environments/env_other/plan", json={"allow_x": True})
        assert unknown.status_code == 422
    assert http.get("/sip-trunks").status_code == 200  # the other environment's plan only


def test_fault_lets_an_assigned_did_go() -> None:
    app = create_app(MockConfig(seed=3, faults=parse_faults(["delete_assigned_did"])))
    with httpx.Client(
        transport=sync_transport(app), base_url="http://mock/api/v1",
        headers={"Authorization": "Bearer talq_demo_local_mock_token_0001"},
    ) as http:  # fmt: skip
        trunk = create(http)
        did = http.post(
            f"/sip-trunks/{trunk['id']}/dids", json={"country_code": "US", "number": "+15550001111"}
        ).json()["data"]
        http.put(
            f"/agents/{DEMO_AGENT_ID}/calling",
            json={"direction": "inbound", "phone_number_ids": [did["id"]]},
        )
        assert http.delete(f"/sip-trunks/{trunk['id']}/dids/{did['id']}").status_code == 200
