"""Phone numbers (kind ``phone_number``, owned by an environment: the pool agents draw
``phone_number_ids`` from) and their release requests (kind ``release_request``). Review of a
release request happens outside the API: :func:`resolve_release` is the control plane's way
in (D32)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..documents import Doc, FixturePart, Transaction
from ..errors import ApiError
from ..faults import fault
from ..registry import (
    Call,
    Control,
    ControlInputError,
    DemoFixture,
    Reply,
    control_route,
    demo_part,
    fixture_part,
    operation,
)
from .schemas import fixture_item

RELEASE_ASSIGNED_NUMBER = fault(
    "release_assigned_number",
    "A release request is accepted for a number that an agent still uses.",
    model=["numbers"],
)


KIND = "phone_number"
RELEASE = "release_request"
EMBEDDED = ("number", "country_code", "formatted_number", "international_number", "current_status")
"""The fields a number shows inside an agent."""


def views(tx: Transaction, ids: Iterable[str]) -> list[dict[str, Any]]:
    """The numbers of ``ids`` that still exist, in that order, as an agent shows them."""
    found = []
    for number_id in ids:
        doc = tx.get(KIND, number_id)
        if doc is not None:
            found.append({"id": doc.id, **{k: doc.body[k] for k in EMBEDDED if k in doc.body}})
    return found


def _details(doc: Doc) -> dict[str, Any]:
    return {"id": doc.id, **doc.body}


def _request(doc: Doc) -> dict[str, Any]:
    return {"id": doc.id, **doc.body}


def assigned(tx: Transaction, environment_id: str | None, number_id: str) -> bool:
    """Whether any agent of the environment uses the number."""
    agents, _ = tx.page("agent", environment_id)
    return any(number_id in agent.body.get("phone_number_ids", []) for agent in agents)


@operation("listPhoneNumbers")
def list_phone_numbers(call: Call) -> Reply:
    query = call.query
    equals: dict[str, Any] = {
        name: query[name] for name in ("type", "has_voice", "has_whatsapp") if name in query
    }
    docs, _ = call.tx.page(KIND, call.environment_id, equals=equals)
    search = (query.get("search") or "").lower()
    if search:
        docs = [d for d in docs if search in d.body["number"].lower() or search in d.id.lower()]
    return Reply({"success": True, "data": [_details(d) for d in docs]})


@operation("listReleaseRequests")
def list_release_requests(call: Call) -> Reply:
    docs, _ = call.tx.page(RELEASE, call.environment_id)
    return Reply({"success": True, "data": [_request(d) for d in docs]})


@operation("requestPhoneNumberRelease")
def request_release(call: Call) -> Reply:
    number = call.resource("phone_number_id")
    pending = call.tx.page(
        RELEASE, call.environment_id, equals={"phone_number_id": number.id, "status": "pending"}
    )[1]
    if pending:
        raise call.fail(409)
    if assigned(call.tx, call.environment_id, number.id) and (
        not call.planted(RELEASE_ASSIGNED_NUMBER)
    ):
        raise call.fail(422, "PhoneNumberInUse")
    body = {
        "phone_number_id": number.id,
        "phone_number": number.body["number"],
        "reason": call.body["reason"],
        "status": "pending",
        "requested_at": call.tx.now(),
        "updated_at": call.tx.now(),
    }
    request = call.tx.insert(RELEASE, body, environment_id=call.environment_id)
    return Reply({"success": True, "data": _public(request)}, status=201)


def _public(doc: Doc) -> dict[str, Any]:
    return {k: v for k, v in _request(doc).items() if k != "updated_at"}


@operation("cancelReleaseRequest")
def cancel_release_request(call: Call) -> Reply:
    request = call.resource("release_request_id")
    if request.body["status"] != "pending":
        raise call.fail(409)
    now = call.tx.now()
    call.tx.update(
        request, {**request.body, "status": "cancelled", "resolved_at": now, "updated_at": now}
    )
    return Reply({"success": True, "message": "Release request cancelled"})


def resolve_release(
    tx: Transaction, request_id: str, *, approve: bool, reason: str | None = None
) -> dict[str, Any]:
    """Approve or reject a pending request (the control plane's review). Approval releases the
    number: it leaves the pool (D32)."""
    request = tx.get(RELEASE, request_id)
    if request is None:
        raise ApiError.of(404, "Release request not found")
    if request.body["status"] != "pending":
        raise ApiError.of(409, "Release request already resolved and cannot be cancelled")
    now = tx.now()
    body = {**request.body, "status": "approved" if approve else "rejected", "resolved_at": now}
    if not approve:
        body["rejection_reason"] = reason or "Rejected by review."
    body["updated_at"] = now
    request = tx.update(request, body)
    if approve:
        number = tx.get(KIND, request.body["phone_number_id"])
        if number is not None:
            # Assigned again while the request was pending: the released number leaves its agents.
            for agent in tx.page("agent", number.environment_id)[0]:
                ids = agent.body.get("phone_number_ids", [])
                if number.id in ids:
                    kept = [i for i in ids if i != number.id]
                    tx.update(agent, {**agent.body, "phone_number_ids": kept})
            tx.delete(number)
    return _public(request)


def _seed_number(tx: Transaction, environment_id: str | None, item: Mapping[str, Any]) -> None:
    fields = dict(item)
    tx.insert(KIND, fields, environment_id=environment_id, id_=fields.pop("id", None))


def _seed_request(tx: Transaction, environment_id: str | None, item: Mapping[str, Any]) -> None:
    fields = dict(item)
    fields.setdefault("updated_at", fields["requested_at"])
    tx.insert(RELEASE, fields, environment_id=environment_id, id_=fields.pop("id", None))


def _dump(kind: str) -> Any:
    def dump(tx: Transaction, environment_id: str | None) -> list[Any]:
        # A SIP trunk's DIDs are dumped with their trunk (``sip_trunks``), not here.
        docs = tx.page(kind, environment_id)[0]
        return [{"id": d.id, **d.body} for d in docs if d.parent_id is None]

    return dump


fixture_part(
    FixturePart(
        "phone_numbers", lambda: fixture_item("PhoneNumberDetails"), _seed_number, _dump(KIND), 10
    )
)
fixture_part(
    FixturePart(
        "release_requests",
        lambda: fixture_item("ReleaseRequest"),
        _seed_request,
        _dump(RELEASE),
        30,
    )
)


@control_route("/release-requests/{request_id}/{decision}", empty={})
def review(control: Control) -> dict[str, Any]:
    """Approve or reject a pending release request (review happens outside the API, D32):
    ``POST /__mock__/release-requests/{id}/approve`` with ``{}``, or ``.../reject`` with an
    optional ``{"reason": "..."}``."""
    decision, body = control.path["decision"], control.body or {}
    if decision not in ("approve", "reject"):
        raise ControlInputError(404, "Use .../approve or .../reject.")
    approve = decision == "approve"
    reason = body.get("reason")
    if (
        set(body) - {"reason"}
        or (reason is not None and not isinstance(reason, str))
        or (approve and reason is not None)
    ):
        raise ControlInputError(422, 'Send {} to approve, {"reason": "..."} (optional) to reject.')
    try:
        with control.store.transaction() as tx:
            resolved = resolve_release(
                tx, control.path["request_id"], approve=approve, reason=reason
            )
    except ApiError as error:
        raise ControlInputError(error.status, str(error.body["message"])) from None
    return {"success": True, "data": resolved}


def phone_number(number_id: str, number: str, formatted: str, international: str) -> dict[str, Any]:
    """A US voice number with every field List Phone Numbers shows."""
    return {
        "id": number_id,
        "number": number,
        "country_code": "US",
        "formatted_number": formatted,
        "international_number": international,
        "type": "voice",
        "has_voice": True,
        "has_sms": True,
        "has_mms": False,
        "has_fax": False,
        "has_whatsapp": False,
        "current_status": "active",
        "is_sandbox": False,
        "current_price": 1.0,
        "currency": "USD",
        "renewal_date": "2024-02-15",
        "auto_renewal": True,
        "created_at": "2024-01-15T10:30:00.000000Z",
        "updated_at": "2024-01-15T10:30:00.000000Z",
        "monthly_renewal_cost": 1.0,
        "days_until_monthly_renewal": 15,
        "is_due_for_monthly_renewal": False,
    }


@demo_part
def _demo(fixture: DemoFixture) -> None:
    fixture.add("env_demo", "phone_numbers", [
        phone_number("phone-uuid", "+1234567890", "(123) 456-7890", "+1 234 567 890"),
        phone_number("phone-spare", "+1555010020", "(555) 010-020", "+1 555 010 020"),
        phone_number("phone-outbound", "+1555010030", "(555) 010-030", "+1 555 010 030"),
    ])  # fmt: skip
    fixture.add("env_other", "phone_numbers", [
        phone_number("phone-other", "+1987654321", "(198) 765-4321", "+1 987 654 321"),
        phone_number("phone-other-2", "+1987654322", "(198) 765-4322", "+1 987 654 322"),
    ])  # fmt: skip
    fixture.add("env_other", "release_requests", [
        {
            "id": "release-other", "phone_number_id": "phone-other-2",
            "phone_number": "+1987654322", "reason": "No longer needed after the migration.",
            "status": "pending", "requested_at": "2024-01-15T10:30:00.000000Z",
        }
    ])  # fmt: skip
