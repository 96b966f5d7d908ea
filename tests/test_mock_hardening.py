"""The mock against awkward input: trailing slashes, blank strings, huge numbers, every kind of
bad control-plane input, and deterministic mode on a reused file. Each answers a 4xx with a
message and changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from talkover_mock import MockConfig, create_app
from talkover_mock.control import fixture_errors
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_FIXTURE, DEMO_TOKEN, DEMO_TRAINING_ID
from talkover_mock.inprocess import sync_transport

TRAININGS = f"/agents/{DEMO_AGENT_ID}/trainings"


@pytest.fixture
def control(app: Starlette) -> Iterator[httpx.Client]:
    with httpx.Client(transport=sync_transport(app), base_url="http://mock/__mock__") as client:
        yield client


def state(control: httpx.Client) -> Any:
    return control.get("/state").json()


@pytest.mark.parametrize(
    "path", [f"{TRAININGS}/", f"/agents/{DEMO_AGENT_ID}/", "/agents/x/trainings/"]
)
def test_a_trailing_slash_is_a_404_in_the_envelope_never_a_redirect(
    http: httpx.Client, path: str
) -> None:
    response = http.get(path, headers={"Host": "evil.example"})
    assert (response.status_code, response.json()) == (
        404,
        {"success": False, "message": "Route not found."},
    )
    assert "location" not in response.headers


@pytest.mark.parametrize("blank", ["   ", "\t", "\n\r\n", " \u000b "])
@pytest.mark.parametrize("field", ["subject", "instructions"])
def test_blank_required_strings_are_missing(
    http: httpx.Client, control: httpx.Client, blank: str, field: str
) -> None:
    before = state(control)
    body = {"subject": "s", "instructions": "i", field: blank}
    response = http.post(TRAININGS, json=body)
    assert response.status_code == 422
    assert response.json()["errors"] == {field: [f"The {field} field is required."]}
    assert state(control) == before


def test_text_with_spaces_around_it_is_accepted(http: httpx.Client) -> None:
    response = http.post(TRAININGS, json={"subject": "  Plans ", "instructions": "\tx\n"})
    assert response.status_code == 200


def test_a_huge_integer_is_refused_by_its_own_message(
    http: httpx.Client, control: httpx.Client
) -> None:
    before = state(control)
    raw = b'{"subject": "s", "instructions": "i", "ignored": ' + b"9" * 5000 + b"}"
    response = http.post(TRAININGS, content=raw, headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["errors"] == {
        "body": ["The request body holds an integer longer than 4300 digits."]
    }
    assert state(control) == before
    fine = b'{"subject": "s", "instructions": "i", "ignored": ' + b"9" * 300 + b"}"
    assert (
        http.post(TRAININGS, content=fine, headers={"Content-Type": "application/json"}).status_code
        == 200
    )


# -- the control plane ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "content", "content_type"),
    [
        ("POST", "/seed", b'{"environments": []}', "text/plain"),
        ("POST", "/seed", b'{"environments": []}', "application/x-www-form-urlencoded"),
        ("POST", "/reset", b"", "text/plain"),
        ("POST", "/reset", b"", None),
        ("PUT", "/faults", b'{"faults": ["skip_draft_rule"]}', "text/plain"),
    ],
)
def test_control_plane_writes_need_json(
    control: httpx.Client, method: str, path: str, content: bytes, content_type: str | None
) -> None:
    before = state(control)
    headers = {"Content-Type": content_type} if content_type else {}
    response = control.request(method, path, content=content, headers=headers)
    assert response.status_code == 415
    assert response.json()["message"] == "Control-plane writes must be sent as application/json."
    assert state(control) == before
    assert control.get("/faults").json() == {"faults": []}


BAD_FIXTURES: list[tuple[str, Any, str]] = [
    ("list of strings", {"environments": ["oops"]}, "environments/0"),
    ("not a list", {"environments": 5}, "environments"),
    ("no environments", {}, "(fixture)"),
    ("long name", {"environments": [{"name": "e", "agents": [{"name": "x" * 300}]}]}, "environments/0/agents/0/name"),
    ("language", {"environments": [{"name": "e", "agents": [{"name": "a", "language": "english"}]}]}, "environments/0/agents/0/language"),
    ("voice", {"environments": [{"name": "e", "agents": [{"name": "a", "voice": {"x": 1}}]}]}, "environments/0/agents/0/voice"),
    ("typo", {"environments": [{"name": "e", "agents": [{"name": "a", "langauge": "en-US"}]}]}, "environments/0/agents/0"),
    ("status", {"environments": [{"name": "e", "agents": [{"name": "a", "current_status": "live"}]}]}, "environments/0/agents/0/current_status"),
    ("training", {"environments": [{"name": "e", "agents": [{"name": "a", "trainings": [{"subject": " ", "instructions": "i"}]}]}]}, "environments/0/agents/0/trainings/0/subject"),
    ("token", {"environments": [{"name": "e", "tokens": ["bad"]}]}, "environments/0/tokens/0"),
    ("token type", {"environments": [{"name": "e", "tokens": [1]}]}, "environments/0/tokens/0"),
    ("array", [1, 2], "(fixture)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("fixture", "where"), [c[1:] for c in BAD_FIXTURES], ids=[c[0] for c in BAD_FIXTURES]
)
def test_an_invalid_fixture_is_refused_and_nothing_is_stored(
    control: httpx.Client, fixture: Any, where: str
) -> None:
    before = state(control)
    response = control.post("/seed", json=fixture)
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["success"] is False
    assert where in body.get("errors", {}) or body["message"] == "The body must be a JSON object."
    assert state(control) == before


def test_the_demo_fixture_is_valid() -> None:
    assert fixture_errors(DEMO_FIXTURE) == {}


def test_a_taken_id_in_a_fixture_is_a_422_not_a_500(control: httpx.Client) -> None:
    before = state(control)
    taken = {"environments": [{"name": "e", "agents": [{"id": DEMO_AGENT_ID, "name": "again"}]}]}
    response = control.post("/seed", json=taken)
    assert response.status_code == 422
    assert "taken" in response.json()["message"]
    assert state(control) == before


@pytest.mark.parametrize(
    "body",
    [b'{"faults": 5}', b'{"faults": [1]}', b'{"faults": "skip_draft_rule"}', b"[1]", b"garbage",
     b'{"fault": ["skip_draft_rule"]}', b"{}"],
)  # fmt: skip
def test_bad_fault_bodies_are_refused_and_change_nothing(
    control: httpx.Client, body: bytes
) -> None:
    control.put("/faults", json={"faults": ["skip_draft_rule"]})
    response = control.put("/faults", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert "known faults" in response.json()["message"] or response.json()["message"].startswith(
        "The body"
    )
    assert control.get("/faults").json() == {"faults": ["skip_draft_rule"]}


@pytest.mark.parametrize("body", [b'{"demo": "yes"}', b'{"wipe": true}', b"[]"])
def test_bad_reset_bodies_are_refused_and_change_nothing(
    control: httpx.Client, body: bytes
) -> None:
    before = state(control)
    response = control.post("/reset", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert state(control) == before


def test_reset_with_demo_reseeds_in_one_step(control: httpx.Client, http: httpx.Client) -> None:
    http.post(TRAININGS, json={"subject": "s", "instructions": "i"})
    assert control.post("/reset", json={"demo": True}).json()["seeded"]["environments"]
    assert [t["id"] for t in http.get(TRAININGS).json()["data"]] == [DEMO_TRAINING_ID]


# -- deterministic mode on a reused file ------------------------------------------------------


def _three_seeded_runs(database: str) -> list[tuple[str, str]]:
    """(id, updated_at) of two trainings created by each of three runs of
    ``talkover-mock --seed 1`` on the same file."""
    made: list[tuple[str, str]] = []
    for _ in range(3):
        app = create_app(MockConfig(database=database, seed=1))
        with httpx.Client(
            transport=sync_transport(app),
            base_url="http://mock/api/v1",
            headers={"Authorization": f"Bearer {DEMO_TOKEN}"},
        ) as http:
            for n in range(2):
                response = http.post(TRAININGS, json={"subject": f"s{n}", "instructions": "i"})
                assert response.status_code == 200, response.text
                data = response.json()["data"]
                made.append((data["id"], data["updated_at"]))
        app.state.store.close()
    return made


def test_a_seeded_mock_continues_on_its_own_file(tmp_path: Path) -> None:
    made = _three_seeded_runs(str(tmp_path / "state.sqlite3"))
    ids, stamps = [m[0] for m in made], [m[1] for m in made]
    assert len(set(ids)) == 6
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 6
    # and it is still deterministic: the same runs on a new file give the same ids
    assert [m[0] for m in _three_seeded_runs(str(tmp_path / "again.sqlite3"))] == ids


def test_query_strings_keep_their_minimum_length_and_dates_their_calendar() -> None:
    """Shared by every query parameter: ``minLength`` holds (an empty ``agent_id=`` filter is
    refused, not read as no filter), and ``format: date`` is a day that exists."""
    from talkover_mock.validation import InvalidRequest, QueryValidator

    validator = QueryValidator(
        [
            {"name": "agent_id", "in": "query", "schema": {"type": "string", "minLength": 1}},
            {"name": "date_from", "in": "query", "schema": {"type": "string", "format": "date"}},
        ]
    )
    assert validator.parse({"agent_id": "a", "date_from": "2024-02-29"}) == {
        "agent_id": "a", "date_from": "2024-02-29",
    }  # fmt: skip
    for given, field, message in (
        ({"agent_id": ""}, "agent_id", "The agent id field must be at least 1 characters."),
        ({"date_from": "2023-02-29"}, "date_from", "The date from must be a valid date."),
        ({"date_from": "0000-01-01"}, "date_from", "The date from must be a valid date."),
    ):
        with pytest.raises(InvalidRequest) as refused:
            validator.parse(given)
        assert refused.value.errors == {field: [message]}
