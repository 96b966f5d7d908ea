"""Calendars (kind ``calendar``, owned by an environment), their members and provider
connections, and the sync of those connections. What a calendar holds (events, members,
availability rules, provider connections) are documents under it, so a calendar's delete takes
them along (D55). Events live in ``calendar_events``, availability in ``availability``.

A calendar has exactly one owner: its ``owner_id``, also a member with the role ``owner``
(D60). Giving another member that role transfers ownership; the owner cannot be removed or
lowered. A provider connection is ``pending`` until its OAuth flow, which happens outside the
API, completes (the control plane's ``/calendar-providers/{id}/authorization``); a sync takes
``SYNC_SECONDS`` of the mock's clock."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..delivery import Deliverer
from ..documents import ChildPart, Doc, FixturePart, Transaction
from ..errors import ApiError
from ..faults import fault
from ..registry import (
    Call,
    Control,
    ControlInputError,
    DemoFixture,
    Reply,
    child_part,
    control_route,
    demo_part,
    dump_with_nested,
    fixture_part,
    nested_parts,
    operation,
    pop_nested,
    seed_nested,
    timer,
)
from .calls import _parse, later
from .schemas import AN_ID, component, fixture_item

REMOVE_OWNER = fault(
    "remove_calendar_owner",
    "Remove Calendar Member removes the calendar's owner.",
    model=["calendars"],
)
TWO_OWNERS = fault(
    "calendar_two_owners",
    "Giving a member the owner role leaves the previous owner an owner too.",
    model=["calendars"],
)

KIND = "calendar"
MEMBER = "calendar_member"
PROVIDER = "calendar_provider"
SYNC_SECONDS = 30
"""How long a provider sync takes on the mock's clock."""
FRESH_SECONDS = 300
"""Trigger Calendars Sync leaves alone a calendar whose connections all synced this recently."""
DEFAULT_TIMEZONE = "UTC"
"""The environment's time zone, which the mock keeps as UTC (D55)."""


def view(doc: Doc) -> dict[str, Any]:
    return {"id": doc.id, **doc.body}


def zone_refused(name: str) -> ApiError | None:
    """The 422 for a time zone the IANA database does not have."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        message = "The timezone must be a valid timezone."
        errors = {"timezone": [message]}
        return ApiError(422, {"success": False, "message": message, "errors": errors})
    return None


@operation("listCalendars")
def list_calendars(call: Call) -> Reply:
    docs, _ = call.tx.page(KIND, call.environment_id, limit=call.query.get("per_page", 25))
    return Reply({"success": True, "data": [view(d) for d in docs]})


@operation("createCalendar")
def create_calendar(call: Call) -> Reply:
    fields = call.body
    timezone = fields.get("timezone", DEFAULT_TIMEZONE)
    if (refused := zone_refused(timezone)) is not None:
        raise refused
    doc = _new_calendar(call.tx, call.environment_id, {**fields, "timezone": timezone})
    return Reply({"success": True, "data": view(doc)}, status=201)


def _new_calendar(
    tx: Transaction, environment_id: str | None, fields: Mapping[str, Any], id_: str | None = None
) -> Doc:
    now = tx.now()
    body = {
        "name": fields["name"],
        "timezone": fields.get("timezone", DEFAULT_TIMEZONE),
        "owner_id": fields["owner_id"],
        "metadata": fields.get("metadata", {}),
        "created_at": now,
        "updated_at": now,
    }
    calendar = tx.insert(KIND, body, environment_id=environment_id, id_=id_)
    _add_member(tx, calendar, fields["owner_id"], "owner")  # the owner is a member
    return calendar


@operation("getCalendar")
def get_calendar(call: Call) -> Reply:
    return Reply({"success": True, "data": view(call.resource("calendar_id"))})


@operation("updateCalendar")
def update_calendar(call: Call) -> Reply:
    calendar, fields = call.resource("calendar_id"), call.body
    if "timezone" in fields and (refused := zone_refused(fields["timezone"])) is not None:
        raise refused
    changed = {k: fields[k] for k in ("name", "timezone", "metadata") if k in fields}
    body = {**calendar.body, **changed, "updated_at": call.tx.now()}
    return Reply({"success": True, "data": view(call.tx.update(calendar, body))})


@operation("deleteCalendar")
def delete_calendar(call: Call) -> Reply:
    call.tx.delete(call.resource("calendar_id"))  # with everything under it
    return Reply({"success": True, "message": "Calendar deleted"})


# -- members ----------------------------------------------------------------------------------


def member_view(tx: Transaction, doc: Doc) -> dict[str, Any]:
    """A member, with the name and email of the account's user (the Account API family's
    ``user`` document); a user the account does not know shows nulls."""
    user = tx.get("user", doc.body["user_id"])
    name, email = (user.body["name"], user.body["email"]) if user is not None else (None, None)
    return {"id": doc.id, "user_id": doc.body["user_id"], "name": name, "email": email,
            "role": doc.body["role"], "added_at": doc.body["added_at"]}  # fmt: skip


def _add_member(
    tx: Transaction, calendar: Doc, user_id: str, role: str, id_: str | None = None
) -> Doc:
    body = {"user_id": user_id, "role": role, "added_at": tx.now()}
    return tx.insert(
        MEMBER, body, environment_id=calendar.environment_id, parent_id=calendar.id,
        key=user_id, id_=id_,
    )  # fmt: skip


def _make_owner(call: Call, calendar: Doc, member: Doc) -> None:
    """``member`` becomes the owner: the calendar's ``owner_id`` follows, the previous owner
    becomes an editor (unless the fault leaves two owners)."""
    for other in call.tx.children(MEMBER, calendar.id):
        if other.id != member.id and other.body["role"] == "owner" and not call.planted(TWO_OWNERS):
            call.tx.update(other, {**other.body, "role": "editor"})
    owner = member.body["user_id"]
    call.tx.update(calendar, {**calendar.body, "owner_id": owner, "updated_at": call.tx.now()})


@operation("listCalendarMembers")
def list_members(call: Call) -> Reply:
    calendar = call.resource("calendar_id")
    members = call.tx.children(MEMBER, calendar.id)
    return Reply({"success": True, "data": [member_view(call.tx, m) for m in members]})


@operation("addCalendarMember")
def add_member(call: Call) -> Reply:
    calendar, fields = call.resource("calendar_id"), call.body
    if call.tx.by_key(MEMBER, calendar.id, fields["user_id"]) is not None:
        raise call.fail(409)
    member = _add_member(call.tx, calendar, fields["user_id"], fields["role"])
    if fields["role"] == "owner":
        _make_owner(call, calendar, member)
    return Reply({"success": True, "data": member_view(call.tx, member)}, status=201)


@operation("updateCalendarMember")
def update_member(call: Call) -> Reply:
    calendar, member = call.resource("calendar_id"), call.resource("member_id")
    role = call.body["role"]
    if member.body["role"] == "owner" and role != "owner":
        raise call.fail(409)
    member = call.tx.update(member, {**member.body, "role": role})
    if role == "owner":
        _make_owner(call, calendar, member)
    return Reply({"success": True, "data": member_view(call.tx, member)})


@operation("removeCalendarMember")
def remove_member(call: Call) -> Reply:
    member = call.resource("member_id")
    if member.body["role"] == "owner" and not call.planted(REMOVE_OWNER):
        raise call.fail(409)
    call.tx.delete(member)
    return Reply({"success": True, "message": "Member removed"})


# -- provider connections and sync ------------------------------------------------------------


def provider_view(doc: Doc) -> dict[str, Any]:
    return {
        "id": doc.id,
        **{k: v for k, v in doc.body.items() if k not in ("due_at", "redirect_uri", "queued_at")},
    }


def active_connections(tx: Transaction, calendar_id: str) -> list[Doc]:
    return [c for c in tx.children(PROVIDER, calendar_id) if c.body["is_active"]]


def _start_sync(tx: Transaction, connection: Doc) -> Doc:
    """Queue a sync of an active connection (one already running is left to finish)."""
    if connection.body["is_syncing"]:
        return connection
    now = tx.now()
    body = {**connection.body, "is_syncing": True, "queued_at": now,
            "due_at": later(now, SYNC_SECONDS)}  # fmt: skip
    return tx.update(connection, body)


@timer(PROVIDER)
def finish_sync(tx: Transaction, connection: Doc, deliverer: Deliverer) -> None:
    """A sync ends: the provider mirrors the calendar's events (the mock reaches no provider)."""
    events = tx.children("calendar_event", connection.parent_id or "")
    body = {**connection.body, "due_at": None, "is_syncing": False, "last_sync_at": tx.now(),
            "events_synced": len(events)}  # fmt: skip
    tx.update(connection, body)


@operation("listProviderConnections")
def list_providers(call: Call) -> Reply:
    calendar = call.resource("calendar_id")
    connections = call.tx.children(PROVIDER, calendar.id)
    return Reply({"success": True, "data": [provider_view(c) for c in connections]})


def _new_connection(
    tx: Transaction, calendar: Doc, provider: str, redirect_uri: str, id_: str | None = None
) -> Doc:
    connection_id = id_ or tx.new_id(PROVIDER)
    url = (
        "https://provider.example.com/oauth/authorize"
        f"?state={quote(connection_id, safe='')}&redirect_uri={quote(redirect_uri, safe='')}"
    )
    body = {
        "provider": provider, "external_calendar_id": None, "status": "pending",
        "is_active": False, "authorization_url": url, "is_syncing": False, "events_synced": 0,
        "last_sync_at": None, "created_at": tx.now(), "redirect_uri": redirect_uri,
    }  # fmt: skip
    return tx.insert(
        PROVIDER, body, environment_id=calendar.environment_id, parent_id=calendar.id,
        id_=connection_id,
    )  # fmt: skip


@operation("createProviderConnection")
def create_provider(call: Call) -> Reply:
    calendar = call.resource("calendar_id")
    connection = _new_connection(
        call.tx, calendar, call.body["provider"], call.body["redirect_uri"]
    )
    return Reply({"success": True, "data": provider_view(connection)}, status=201)


@operation("disconnectProvider")
def disconnect_provider(call: Call) -> Reply:
    # Events it synced stay: the mock's events are the calendar's own, never the connection's.
    call.tx.delete(call.resource("provider_id"))
    return Reply({"success": True, "message": "Provider connection removed"})


@operation("triggerProviderSync")
def trigger_provider_sync(call: Call) -> Reply:
    connection = call.resource("provider_id")
    if not connection.body["is_active"]:
        raise call.fail(422)
    connection = _start_sync(call.tx, connection)
    return Reply(
        {"success": True, "data": {"queued": True, "queued_at": connection.body["queued_at"]}}
    )


@operation("triggerCalendarsSync")
def trigger_calendars_sync(call: Call) -> Reply:
    now = _parse(call.tx.now())
    syncing, up_to_date = [], []
    for calendar in call.tx.page(KIND, call.environment_id)[0]:
        connections = active_connections(call.tx, calendar.id)
        if not connections:
            continue
        fresh = all(
            not c.body["is_syncing"] and c.body["last_sync_at"] is not None
            and now - _parse(c.body["last_sync_at"]) < timedelta(seconds=FRESH_SECONDS)
            for c in connections
        )  # fmt: skip
        if fresh:
            up_to_date.append(calendar.id)
            continue
        for connection in connections:
            _start_sync(call.tx, connection)
        syncing.append(calendar.id)
    return Reply({"success": True, "data": {"syncing": syncing, "up_to_date": up_to_date}})


@operation("getCalendarsSyncStatus")
def sync_status(call: Call) -> Reply:
    items = []
    for calendar in call.tx.page(KIND, call.environment_id)[0]:
        for c in call.tx.children(PROVIDER, calendar.id):
            items.append({
                "calendar_id": calendar.id, "connection_id": c.id, "provider": c.body["provider"],
                "last_sync_at": c.body["last_sync_at"], "is_syncing": c.body["is_syncing"],
                "events_synced": c.body["events_synced"],
            })  # fmt: skip
    return Reply({"success": True, "data": items})


@control_route("/calendar-providers/{connection_id}/authorization")
def complete_authorization(control: Control) -> dict[str, Any]:
    """The user finishes the provider's OAuth flow: ``{"outcome": "granted"}`` makes the
    connection active and starts its first sync, ``{"outcome": "denied"}`` marks it failed.
    Answers the connection."""
    body = control.body or {}
    outcome = body.get("outcome")
    if set(body) - {"outcome", "external_calendar_id"} or outcome not in ("granted", "denied"):
        raise ControlInputError(
            422, 'Send {"outcome": "granted" or "denied"} (and optionally "external_calendar_id").'
        )
    external = body.get("external_calendar_id", "primary")
    if not isinstance(external, str) or not external.strip() or len(external) > 255:
        raise ControlInputError(422, "external_calendar_id must be a non-empty string.")
    with control.store.transaction() as tx:
        connection = tx.get(PROVIDER, control.path["connection_id"])
        if connection is None:
            raise ControlInputError(404, "Provider connection not found")
        if connection.body["status"] != "pending":
            raise ControlInputError(409, f"The connection is {connection.body['status']} already.")
        if outcome == "denied":
            connection = tx.update(connection, {**connection.body, "status": "failed"})
        else:
            connection = tx.update(connection, {
                **connection.body, "status": "active", "is_active": True,
                "authorization_url": None, "external_calendar_id": external,
            })  # fmt: skip
            connection = _start_sync(tx, connection)  # the first sync runs on its own
        return provider_view(connection)


# -- fixtures ---------------------------------------------------------------------------------


def _seed(tx: Transaction, environment_id: str | None, item: Mapping[str, Any]) -> None:
    fields = dict(item)
    nested = pop_nested(KIND, fields)
    calendar = _new_calendar(tx, environment_id, fields, id_=fields.get("id"))
    seed_nested(tx, calendar, nested)


def _dump(tx: Transaction, environment_id: str | None) -> list[Any]:
    return dump_with_nested(tx, KIND, environment_id)


def _seed_members(tx: Transaction, calendar: Doc, items: list[Mapping[str, Any]]) -> None:
    for member in items:
        if member["user_id"] != calendar.body["owner_id"]:  # the owner is a member already
            _add_member(
                tx, calendar, member["user_id"], member.get("role", "viewer"), member.get("id")
            )


def _dump_members(tx: Transaction, calendar_id: str) -> list[Any]:
    return [{"id": m.id, "user_id": m.body["user_id"], "role": m.body["role"]}
            for m in tx.children(MEMBER, calendar_id)]  # fmt: skip


def _seed_providers(tx: Transaction, calendar: Doc, items: list[Mapping[str, Any]]) -> None:
    for given in items:
        redirect = given.get("redirect_uri", "https://example.com/oauth/calendar/callback")
        connection = _new_connection(tx, calendar, given["provider"], redirect, given.get("id"))
        if given.get("is_active"):
            tx.update(connection, {
                **connection.body, "status": "active", "is_active": True,
                "authorization_url": None, "external_calendar_id": "primary",
            })  # fmt: skip


def _dump_providers(tx: Transaction, calendar_id: str) -> list[Any]:
    return [provider_view(c) for c in tx.children(PROVIDER, calendar_id)]


child_part(KIND, ChildPart("members", lambda: {
    "type": "object", "additionalProperties": False, "required": ["user_id"],
    "properties": {"id": AN_ID, "user_id": AN_ID, "role": component("CalendarRole")},
}, _seed_members, _dump_members))  # fmt: skip
child_part(KIND, ChildPart("providers", lambda: {
    "type": "object", "additionalProperties": False, "required": ["provider"],
    "properties": {"id": AN_ID, "provider": AN_ID, "redirect_uri": {"type": "string"},
                   "is_active": {"type": "boolean"}},
}, _seed_providers, _dump_providers))  # fmt: skip


def _item_schema() -> dict[str, Any]:
    return fixture_item(
        "CalendarInput", add={part.name: part.schema() for part in nested_parts(KIND)}
    )


fixture_part(FixturePart("calendars", _item_schema, _seed, _dump, order=20))


@demo_part
def _demo(fixture: DemoFixture) -> None:
    fixture.add("env_demo", "calendars", [
        {"id": "calendar-uuid-1", "name": "Sales Demo Calendar",
         "timezone": "America/New_York", "owner_id": "user-uuid-1",
         "members": [{"id": "member-uuid-2", "user_id": "user-uuid-2", "role": "editor"}],
         "providers": [{"id": "conn-uuid-1", "provider": "calendar_provider_a",
                        "is_active": True}]},
    ])  # fmt: skip
    fixture.add("env_other", "calendars", [
        {"id": "calendar-other", "name": "Another team's calendar", "owner_id": "user-other"},
    ])  # fmt: skip
