"""The mock over HTTP (in-process): documented bodies, validation, routing, state, restarts."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette

from talkover_mock import MockConfig, create_app
from talkover_mock.app import MissingHandler
from talkover_mock.demo import (
    DEMO_AGENT_ID,
    DEMO_TOKEN,
    DEMO_TRAINING_ID,
    DRAFT_AGENT_ID,
    OTHER_AGENT_ID,
    OTHER_TOKEN,
)
from talkover_mock.inprocess import sync_transport
from talkover_mock.store import StoreInUse

TRAININGS = f"/agents/{DEMO_AGENT_ID}/trainings"


def test_documented_scenario(http: httpx.Client) -> None:
    assert [t["id"] for t in http.get(TRAININGS).json()["data"]] == [DEMO_TRAINING_ID]
    first = http.post(TRAININGS, json={"subject": "Plans", "instructions": "Three plans."})
    second = http.post(TRAININGS, json={"subject": "Refunds", "instructions": "30 days."})
    assert first.status_code == second.status_code == 200
    assert first.json()["message"] == "Agent training updated successfully"
    assert (
        http.post(f"/agents/{DEMO_AGENT_ID}/publish").json()["data"]["current_status"]
        == "published"
    )
    training_id = first.json()["data"]["id"]
    deleted = http.delete(f"{TRAININGS}/{training_id}")
    assert deleted.json() == {"success": True, "message": "Agent training deleted successfully"}
    assert http.get(f"/agents/{DEMO_AGENT_ID}").json()["data"]["current_status"] == "draft"
    assert [t["id"] for t in http.get(TRAININGS).json()["data"]] == [
        DEMO_TRAINING_ID,
        second.json()["data"]["id"],
    ]
    again = http.delete(f"{TRAININGS}/{training_id}")
    assert (again.status_code, again.json()) == (
        404,
        {"success": False, "message": "Training not found"},
    )
    assert http.post(f"/agents/{DEMO_AGENT_ID}/publish").status_code == 200


def test_upsert_by_node_id_updates_in_place(http: httpx.Client) -> None:
    created = http.post(
        TRAININGS, json={"node_id": "n1", "subject": "A", "instructions": "x"}
    ).json()["data"]
    updated = http.post(
        TRAININGS,
        json={"node_id": "n1", "subject": "B", "instructions": "y", "current_status": "inactive"},
    ).json()["data"]
    assert updated["id"] == created["id"]
    assert (updated["subject"], updated["current_status"]) == ("B", "inactive")
    assert updated["created_at"] == created["created_at"] < updated["updated_at"]
    assert len(http.get(TRAININGS).json()["data"]) == 2  # the demo training and this one


@pytest.mark.parametrize(
    ("headers", "path", "status", "message"),
    [
        ({"Authorization": ""}, f"/agents/{DEMO_AGENT_ID}", 401, "Unauthenticated."),
        ({"Authorization": "Bearer talq_nope"}, f"/agents/{DEMO_AGENT_ID}", 401, "Unauthenticated."),
        ({"Authorization": f"Bearer {OTHER_TOKEN}"}, f"/agents/{DEMO_AGENT_ID}", 403,
         "You are not authorized to perform this action."),
        ({}, f"/agents/{OTHER_AGENT_ID}", 403, "You are not authorized to perform this action."),
        ({}, "/agents/no-such-agent", 404, "Agent not found"),
        ({}, "/agents/no-such-agent/trainings", 404, "Agent not found"),
    ],
)  # fmt: skip
def test_documented_error_bodies(
    http: httpx.Client, headers: dict[str, str], path: str, status: int, message: str
) -> None:
    response = http.get(path, headers=headers)
    assert (response.status_code, response.json()) == (
        status,
        {"success": False, "message": message},
    )


def test_delete_in_another_environment_uses_its_documented_message(http: httpx.Client) -> None:
    response = http.delete(f"/agents/{OTHER_AGENT_ID}/trainings/x")
    assert response.json()["message"] == "You are not authorized to delete training for this agent."


def test_publish_of_an_agent_that_is_not_ready(http: httpx.Client) -> None:
    response = http.post(f"/agents/{DRAFT_AGENT_ID}/publish")
    assert response.status_code == 422
    assert set(response.json()["errors"]) == {"voice", "calling"}


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"json": {"instructions": "x"}}, "subject", "The subject field is required."),
        ({"json": {"subject": "", "instructions": "x"}}, "subject", "The subject field is required."),
        ({"json": {"subject": "s" * 256, "instructions": "x"}}, "subject",
         "The subject field must not be greater than 255 characters."),
        ({"json": {"subject": 5, "instructions": "x"}}, "subject", "The subject field must be a string."),
        ({"json": {"subject": "s", "instructions": "x", "current_status": "on"}}, "current_status",
         "The selected current status is invalid."),
        ({"json": [1]}, "body", "The request body must be a JSON object."),
        ({"content": b"{", "headers": {"content-type": "application/json"}}, "body",
         "The request body is not valid JSON."),
        ({"content": b'{"subject":"s","instructions":"x"}', "headers": {"content-type": "text/plain"}},
         "body", "The request body must be sent as application/json."),
        ({"content": b'{"subject":"\\ud800","instructions":"x"}',
          "headers": {"content-type": "application/json"}}, "body", "The request body is not valid JSON."),
    ],
)  # fmt: skip
def test_invalid_bodies_get_422_and_change_nothing(
    http: httpx.Client, kwargs: dict[str, object], field: str, message: str
) -> None:
    before = http.get(f"/agents/{DEMO_AGENT_ID}").json()
    response = http.post(TRAININGS, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == 422
    assert response.json()["message"] == "The given data was invalid."
    assert message in response.json()["errors"][field]
    assert http.get(f"/agents/{DEMO_AGENT_ID}").json() == before


def test_oversized_body_is_413(http: httpx.Client) -> None:
    body = b'{"subject": "s", "instructions": "' + b"x" * (1 << 20) + b'"}'
    response = http.post(TRAININGS, content=body, headers={"content-type": "application/json"})
    assert (response.status_code, response.json()["message"]) == (
        413,
        "The request body is too large.",
    )


def test_unknown_route_and_wrong_method_are_json(http: httpx.Client) -> None:
    missing = http.get("/nothing-here")
    assert (missing.status_code, missing.json()["success"]) == (404, False)
    wrong = http.put(f"/agents/{DEMO_AGENT_ID}")
    assert wrong.status_code == 405
    assert set(wrong.headers["allow"].split(", ")) == {"GET", "HEAD", "DELETE"}
    assert wrong.json() == {"success": False, "message": "Method not allowed."}


def test_every_operation_in_the_spec_must_be_served(monkeypatch: pytest.MonkeyPatch) -> None:
    from talkover_mock.registry import HANDLERS

    monkeypatch.delitem(HANDLERS, "deleteTraining")
    with pytest.raises(MissingHandler, match="deleteTraining"):
        create_app(MockConfig())


def test_a_handler_for_an_operation_the_spec_lacks_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from talkover_mock.registry import HANDLERS

    monkeypatch.setitem(HANDLERS, "deleteEverything", HANDLERS["getAgent"])
    with pytest.raises(MissingHandler, match="deleteEverything"):
        create_app(MockConfig())


def test_state_survives_a_restart(tmp_path: Path) -> None:
    database = str(tmp_path / "mock.sqlite3")

    def client(app: Starlette) -> httpx.Client:
        from talkover_mock.demo import DEMO_TOKEN

        return httpx.Client(
            transport=sync_transport(app),
            base_url="http://mock/api/v1",
            headers={"Authorization": f"Bearer {DEMO_TOKEN}"},
        )

    first_app = create_app(MockConfig(database=database))
    with client(first_app) as first:
        created = first.post(TRAININGS, json={"subject": "Kept", "instructions": "x"}).json()
    with pytest.raises(StoreInUse, match="in use"):
        create_app(MockConfig(database=database))
    first_app.state.store.close()  # the first server stops
    with client(create_app(MockConfig(database=database))) as second:
        assert second.get(TRAININGS).json()["data"][-1] == created["data"]


def test_control_plane_reset_seed_dump_and_faults(http: httpx.Client, app) -> None:  # type: ignore[no-untyped-def]
    control = httpx.Client(transport=sync_transport(app), base_url="http://mock/__mock__")
    request_close = control.close
    state = control.get("/state").json()
    assert DEMO_TOKEN not in json.dumps(state)
    assert state["environments"][0]["token_hints"] == ["talq_…0001"]
    assert control.put("/faults", json={"faults": ["skip_draft_rule"]}).json() == {
        "faults": ["skip_draft_rule"]
    }
    assert control.put("/faults", json={"faults": ["nope"]}).status_code == 422
    assert control.post("/reset", json={}).json()["success"] is True
    assert http.get(f"/agents/{DEMO_AGENT_ID}").status_code == 401
    assert (
        control.post("/seed", json={"environments": [{"name": "x", "tokens": ["bad"]}]}).status_code
        == 422
    )
    request_close()


def test_control_plane_requires_the_admin_token_when_set() -> None:
    app = create_app(MockConfig(admin_token="s3cret"))
    control = httpx.Client(transport=sync_transport(app), base_url="http://mock/__mock__")
    assert control.get("/state").status_code == 401
    assert control.get("/state", headers={"X-Mock-Admin-Token": "s3cret"}).status_code == 200
    control.close()


def test_a_failed_write_changes_nothing_and_leaves_no_stale_cache(
    http: httpx.Client, app: Starlette, monkeypatch: pytest.MonkeyPatch
) -> None:
    from talkover_mock import rules

    before = http.get(f"/agents/{DEMO_AGENT_ID}").json()

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(rules, "to_draft", explode)  # fails inside the write transaction
    failed = http.post(TRAININGS, json={"subject": "Lost", "instructions": "x"})
    assert (failed.status_code, failed.json()) == (
        500,
        {"success": False, "message": "Internal server error."},
    )
    monkeypatch.undo()
    assert http.get(f"/agents/{DEMO_AGENT_ID}").json() == before


def test_a_state_file_of_the_previous_schema_is_brought_up_to_date(tmp_path: Path) -> None:
    """A file written by the mock before the indexed columns (schema 2) opens, its documents
    and their indexed fields intact."""
    import sqlite3

    from talkover_mock.store import SCHEMA_VERSION, Store

    database = tmp_path / "old.sqlite3"
    with sqlite3.connect(database) as db:
        db.executescript(
            "CREATE TABLE environments (id TEXT PRIMARY KEY, name TEXT NOT NULL);"
            "CREATE TABLE tokens (digest TEXT PRIMARY KEY, environment_id TEXT NOT NULL,"
            " hint TEXT NOT NULL);"
            "CREATE TABLE documents (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
            " id TEXT NOT NULL, environment_id TEXT, parent_id TEXT, natural_key TEXT,"
            " body TEXT NOT NULL, UNIQUE (kind, id));"
            "CREATE INDEX documents_by_status ON documents"
            " (kind, environment_id, json_extract(body, '$.status'));"
            "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "INSERT INTO environments VALUES ('e', 'E');"
            "INSERT INTO documents (kind, id, environment_id, body) VALUES"
            " ('call', 'c1', 'e', '{\"status\": \"ringing\", \"due_at\": \"2030-01-01T00:00:00.000000Z\"}');"
            "PRAGMA user_version = 2;"
        )
    store = Store(str(database))
    try:
        with store.transaction(write=False) as tx:
            (found,) = tx.find("call", "status", ["ringing"])
            assert found.id == "c1"
        assert store.next_due == "2030-01-01T00:00:00.000000Z"
        version = store._db.execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION
    finally:
        store.close()
