"""Custom SIP trunks (kind ``sip_trunk``, owned by an environment) and their DIDs: phone
numbers (kind ``phone_number``) whose parent is the trunk, so that they are in the
environment's pool (List Phone Numbers, agents' ``phone_number_ids``) and the trunk's list at
once (D49). The mock reaches no carrier: the outcome of a registration is a rule of the
configuration, as for SFTP (a domain under the reserved ``.invalid`` cannot be resolved, the
username ``denied`` is refused, anything else registers)."""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from ..documents import Doc, FixturePart, Transaction
from ..faults import fault
from ..registry import Call, DemoFixture, Reply, demo_part, fixture_part, operation
from . import phone_numbers
from .schemas import fixture_item, properties

DELETE_ASSIGNED_DID = fault(
    "delete_assigned_did",
    "Delete SIP Trunk DID removes a number an agent still uses.",
    model=["sip"],
)


KIND = "sip_trunk"
DID = phone_numbers.KIND
SETTINGS = tuple(properties("SipTrunkSettings"))
CONNECTIVITY = frozenset(
    {"domain", "port", "transport", "username", "password", "outbound_proxy", "auth_realm"}
)
"""A change to any of these resets verification (the page names domain, transport and
credentials; port, proxy and realm change where the platform connects just as much)."""
DEFAULT_PORT = {"tls": 5061, "udp": 5060, "tcp": 5060}
TIMEOUT_MS = 5000


def view(doc: Doc) -> dict[str, Any]:
    return {"id": doc.id, **{k: v for k, v in doc.body.items() if k != "password"}}


def did_view(doc: Doc) -> dict[str, Any]:
    return {
        "id": doc.id,
        **{k: doc.body[k] for k in ("number", "country_code", "formatted_number")},
        "trunk_id": doc.parent_id,
    }


def check(trunk: Mapping[str, Any]) -> str | None:
    """Why registering with the trunk fails, or None when it registers (the mock's rule)."""
    if str(trunk["domain"]).lower().rstrip(".").endswith(".invalid"):
        return f"Could not resolve {trunk['domain']}"
    if trunk["username"] == "denied":
        return "Authentication failed (401)"
    return None


def response_time_ms(trunk: Mapping[str, Any]) -> int:
    """A fixed answer time per domain, 40 to 239 ms (a check the mock does not make)."""
    return 40 + zlib.crc32(str(trunk["domain"]).encode()) % 200


@operation("listSipTrunks")
def list_sip_trunks(call: Call) -> Reply:
    docs, _ = call.tx.page(KIND, call.environment_id)
    return Reply({"success": True, "data": [view(d) for d in docs]})


@operation("createSipTrunk")
def create_sip_trunk(call: Call) -> Reply:
    fields, now = call.body, call.tx.now()
    if fields.get("is_active"):
        raise call.fail(422, "NotVerified")
    transport = fields.get("transport", "tls")
    body = {
        "name": fields["name"],
        "provider_name": fields["provider_name"],
        "domain": fields["domain"],
        "username": fields["username"],
        "password": fields["password"],
        "transport": transport,
        "port": fields.get("port", DEFAULT_PORT[transport]),
        "outbound_proxy": fields.get("outbound_proxy"),
        "auth_realm": fields.get("auth_realm"),
        "is_active": False,
        "is_verified": False,
        "health_status": "unknown",
        "last_health_check_at": None,
        "created_at": now,
        "updated_at": now,
    }
    trunk = call.tx.insert(KIND, body, environment_id=call.environment_id)
    return Reply({"success": True, "data": view(trunk)}, status=201)


@operation("getSipTrunk")
def get_sip_trunk(call: Call) -> Reply:
    return Reply({"success": True, "data": view(call.resource("trunk_id"))})


@operation("updateSipTrunk")
def update_sip_trunk(call: Call) -> Reply:
    trunk = call.resource("trunk_id")
    changes = {k: v for k, v in call.body.items() if k in SETTINGS}
    body = {**trunk.body, **changes}
    if any(changes[k] != trunk.body.get(k) for k in CONNECTIVITY & set(changes)):
        # Connectivity changed: unverified, and inactive unless this request asks (refused).
        active = bool(changes.get("is_active", False))
        body.update(is_verified=False, is_active=active, health_status="unknown")
    if body["is_active"] and not body["is_verified"]:
        raise call.fail(422, "NotVerified")
    body["updated_at"] = call.tx.now()
    return Reply({"success": True, "data": view(call.tx.update(trunk, body))})


@operation("deleteSipTrunk")
def delete_sip_trunk(call: Call) -> Reply:
    trunk = call.resource("trunk_id")
    if call.tx.children(DID, trunk.id):
        raise call.fail(409)
    call.tx.delete(trunk)
    return Reply({"success": True, "message": "SIP trunk deleted"})


@operation("verifySipTrunk")
def verify_sip_trunk(call: Call) -> Reply:
    trunk = call.resource("trunk_id")
    now = call.tx.now()
    error = check(trunk.body)
    verified = error is None
    call.tx.update(
        trunk,
        {
            **trunk.body,
            "is_verified": verified,
            "is_active": trunk.body["is_active"] and verified,
            "health_status": "healthy" if verified else "unhealthy",
            "last_health_check_at": now,
            "updated_at": now,
        },
    )
    if not verified:
        # The failure is kept (the trunk is unverified and unhealthy), so it is a reply with
        # an error status, not a raised error that would roll the change back.
        data = {"is_verified": False, "health_status": "unhealthy", "error": error}
        return Reply(
            {"success": False, "message": "SIP trunk verification failed", "data": data},
            status=422,
        )
    data = {"is_verified": True, "health_status": "healthy", "last_health_check_at": now}
    return Reply({"success": True, "data": data})


@operation("getSipTrunkHealth")
def get_sip_trunk_health(call: Call) -> Reply:
    trunk = call.resource("trunk_id")
    error = check(trunk.body)
    data: dict[str, Any] = {"is_healthy": error is None}
    data["response_time_ms"] = response_time_ms(trunk.body) if error is None else TIMEOUT_MS
    if error is not None:
        data["error"] = error
    data["checked_at"] = call.tx.now()
    return Reply({"success": True, "data": data})


@operation("listSipTrunkDids")
def list_sip_trunk_dids(call: Call) -> Reply:
    trunk = call.resource("trunk_id")
    return Reply({"success": True, "data": [did_view(d) for d in call.tx.children(DID, trunk.id)]})


def formatted(number: str) -> tuple[str, str]:
    """(national, international) renderings of an E.164 number: North American numbers as
    the pages show them, others grouped after the country code."""
    digits = number[1:]
    if digits.startswith("1") and len(digits) == 11:
        area, exchange, line = digits[1:4], digits[4:7], digits[7:]
        return f"({area}) {exchange}-{line}", f"+1 {area} {exchange} {line}"
    return number, f"+{digits[:2]} {digits[2:]}"


def new_did(
    tx: Transaction, trunk: Doc, number: str, country_code: str, id_: str | None = None
) -> Doc:
    now = tx.now()
    national, international = formatted(number)
    renewal = date.fromisoformat(now[:10]) + timedelta(days=30)
    body = {
        "number": number,
        "country_code": country_code,
        "formatted_number": national,
        "international_number": international,
        "type": "voice",
        "has_voice": True,
        "has_sms": False,
        "has_mms": False,
        "has_fax": False,
        "has_whatsapp": False,
        "current_status": "active",
        "is_sandbox": False,
        "current_price": 0,
        "currency": "USD",
        "renewal_date": renewal.isoformat(),
        "auto_renewal": False,
        "created_at": now,
        "updated_at": now,
        "monthly_renewal_cost": 0,
        "days_until_monthly_renewal": 30,
        "is_due_for_monthly_renewal": False,
        "trunk_id": trunk.id,
    }
    return tx.insert(DID, body, environment_id=trunk.environment_id, parent_id=trunk.id, id_=id_)


@operation("createSipTrunkDid")
def create_sip_trunk_did(call: Call) -> Reply:
    trunk = call.resource("trunk_id")
    number = call.body["number"]
    taken = call.tx.page(DID, call.environment_id, equals={"number": number}, limit=1)[0]
    if taken:
        raise call.fail(409)
    did = new_did(call.tx, trunk, number, call.body["country_code"])
    return Reply({"success": True, "data": did_view(did)}, status=201)


@operation("deleteSipTrunkDid")
def delete_sip_trunk_did(call: Call) -> Reply:
    did = call.resource("phone_number_id")
    if phone_numbers.assigned(call.tx, did.environment_id, did.id) and not call.planted(
        DELETE_ASSIGNED_DID
    ):
        raise call.fail(409)
    call.tx.delete(did)
    return Reply({"success": True, "message": "DID removed"})


# -- fixtures ---------------------------------------------------------------------------------


def _seed_trunk(tx: Transaction, environment_id: str | None, item: Mapping[str, Any]) -> None:
    fields = dict(item)
    now = tx.now()
    transport = fields.get("transport", "tls")
    verified = bool(fields.get("is_verified", False))
    body = {
        "name": fields["name"],
        "provider_name": fields["provider_name"],
        "domain": fields["domain"],
        "username": fields["username"],
        "password": fields["password"],
        "transport": transport,
        "port": fields.get("port", DEFAULT_PORT[transport]),
        "outbound_proxy": fields.get("outbound_proxy"),
        "auth_realm": fields.get("auth_realm"),
        "is_active": bool(fields.get("is_active", False)) and verified,
        "is_verified": verified,
        "health_status": "healthy" if verified else "unknown",
        "last_health_check_at": now if verified else None,
        "created_at": now,
        "updated_at": now,
    }
    trunk = tx.insert(KIND, body, environment_id=environment_id, id_=fields.get("id"))
    for did in fields.get("dids", []):
        new_did(tx, trunk, did["number"], did["country_code"], id_=did.get("id"))


def _dump_trunks(tx: Transaction, environment_id: str | None) -> list[Any]:
    return [
        {**view(d), "dids": [did_view(x) for x in tx.children(DID, d.id)]}
        for d in tx.page(KIND, environment_id)[0]
    ]


def _fixture_item() -> dict[str, Any]:
    dids = {"type": "array", "items": fixture_item("SipDidInput")}
    return fixture_item("SipTrunkInput", add={"is_verified": {"type": "boolean"}, "dids": dids})


fixture_part(FixturePart("sip_trunks", _fixture_item, _seed_trunk, _dump_trunks, 15))


@demo_part
def _demo(fixture: DemoFixture) -> None:
    fixture.add("env_other", "sip_trunks", [
        {
            "id": "trunk-other", "name": "Another team's carrier", "provider_name": "carrier-y",
            "domain": "sip.carrier-y.com", "username": "other_user", "password": "other-password",
            "is_verified": True, "is_active": True,
        }
    ])  # fmt: skip
