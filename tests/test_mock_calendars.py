"""Calendars in the mock (D55): the CRUD rules of the pages, the time zone, and a delete that
takes what the calendar holds."""

from __future__ import annotations

import httpx

from talkover_mock.demo import OTHER_TOKEN


def create(http: httpx.Client, **fields: object) -> dict[str, object]:
    response = http.post("/calendars", json={"name": "Demos", "owner_id": "user-1", **fields})
    assert response.status_code == 201, response.text
    created: dict[str, object] = response.json()["data"]
    return created


def test_create_applies_the_defaults(http: httpx.Client) -> None:
    created = create(http)
    assert (created["timezone"], created["metadata"], created["owner_id"]) == ("UTC", {}, "user-1")
    assert created["created_at"] == created["updated_at"]
    assert http.get(f"/calendars/{created['id']}").json()["data"] == created


def test_a_zone_that_does_not_exist_is_refused_and_changes_nothing(http: httpx.Client) -> None:
    before = http.get("/calendars").json()["data"]
    for zone in ("Mars/Olympus", "Not_A/Zone", "../../etc/passwd"):
        refused = http.post("/calendars", json={"name": "X", "owner_id": "u", "timezone": zone})
        assert refused.status_code == 422, zone
        assert list(refused.json()["errors"]) == ["timezone"]
    calendar = create(http, timezone="Asia/Kolkata")
    refused = http.put(f"/calendars/{calendar['id']}", json={"timezone": "Mars/Olympus"})
    assert refused.status_code == 422
    assert http.get(f"/calendars/{calendar['id']}").json()["data"]["timezone"] == "Asia/Kolkata"
    assert len(http.get("/calendars").json()["data"]) == len(before) + 1


def test_update_changes_only_what_is_sent(http: httpx.Client) -> None:
    calendar = create(http, timezone="Europe/Lisbon", metadata={"team": "a"})
    updated = http.put(f"/calendars/{calendar['id']}", json={"name": "Renamed"}).json()["data"]
    assert (updated["name"], updated["timezone"], updated["metadata"]) == (
        "Renamed", "Europe/Lisbon", {"team": "a"},
    )  # fmt: skip
    assert updated["updated_at"] > calendar["updated_at"]
    replaced = http.put(f"/calendars/{calendar['id']}", json={"metadata": {"b": 1}}).json()
    assert replaced["data"]["metadata"] == {"b": 1}


def test_the_list_is_oldest_first_and_bounded_by_per_page(http: httpx.Client) -> None:
    made = [create(http, name=f"C{n}")["id"] for n in range(3)]
    listed = [c["id"] for c in http.get("/calendars", params={"per_page": 100}).json()["data"]]
    assert listed[-3:] == made
    assert len(http.get("/calendars", params={"per_page": 2}).json()["data"]) == 2
    assert http.get("/calendars", params={"per_page": 101}).status_code == 422


def test_delete_is_permanent_and_takes_what_the_calendar_holds(app, http: httpx.Client) -> None:  # type: ignore[no-untyped-def]
    calendar = create(http)
    store = app.state.store
    with store.transaction() as tx:  # an event, as the events' family will keep them
        tx.insert("calendar_event", {"title": "Demo"}, environment_id="env_demo",
                  parent_id=calendar["id"])  # fmt: skip
    assert http.delete(f"/calendars/{calendar['id']}").json() == {
        "success": True, "message": "Calendar deleted",
    }  # fmt: skip
    for response in (http.get(f"/calendars/{calendar['id']}"),
                     http.delete(f"/calendars/{calendar['id']}")):  # fmt: skip
        assert response.status_code == 404
        assert response.json() == {"success": False, "message": "Calendar not found"}
    assert store.integrity()["orphans"] == []
    assert "calendar_event" not in store.integrity()["counts"]


def test_another_environment_s_calendar_is_refused(http: httpx.Client) -> None:
    calendar = create(http)
    other = {"Authorization": f"Bearer {OTHER_TOKEN}"}
    for method in ("GET", "DELETE"):
        response = http.request(method, f"/calendars/{calendar['id']}", headers=other)
        assert response.status_code == 403
    response = http.put(f"/calendars/{calendar['id']}", json={"name": "Mine"}, headers=other)
    assert response.status_code == 403
    assert http.get(f"/calendars/{calendar['id']}").json()["data"]["name"] == "Demos"
    theirs = [c["id"] for c in http.get("/calendars", headers=other).json()["data"]]
    assert calendar["id"] not in theirs
