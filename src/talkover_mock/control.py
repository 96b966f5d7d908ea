"""The control plane under ``/__mock__``: reset, seed, dump, faults. Not part of the spec, so
fuzzers never reach it. When an admin token is configured (always, off loopback) every request
must carry it in ``X-Mock-Admin-Token``.

Every write needs ``Content-Type: application/json`` (a cross-site form cannot send that, so a
web page cannot reset or seed a mock running on a developer's machine), and every input is
checked before anything changes: a bad one gets a 4xx with a message, never a 500, never a
partial or silent change.
"""

from __future__ import annotations

import functools
import hmac
from collections.abc import Awaitable, Callable
from typing import Any

from jsonschema import Draft202012Validator
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import delivery, plans, resources
from .config import MockConfig
from .delivery import Deliverer
from .demo import DEMO_FIXTURE
from .documents import InvalidFixture
from .errors import ApiError
from .faults import Fault
from .jsonresponse import JSONResponse
from .registry import FIXTURE_PARTS
from .resources import auto_topup, calls, phone_numbers, webhooks
from .resources.schemas import AN_ID
from .store import Store
from .timers import fire_one, run_due
from .validation import InvalidRequest, parse_json

ADMIN_HEADER = "x-mock-admin-token"
assert resources  # imported for the fixture parts it registers


def _refusal(request: Request) -> Response | None:
    config: MockConfig = request.app.state.config
    if config.admin_token is None:
        return None
    given = request.headers.get(ADMIN_HEADER, "")
    if hmac.compare_digest(given.encode(), config.admin_token.encode()):
        return None
    return _error(401, "The control plane needs the X-Mock-Admin-Token header.")


def _error(status: int, message: str, errors: dict[str, list[str]] | None = None) -> Response:
    body: dict[str, Any] = {"success": False, "message": message}
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status)


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


class ControlInputError(Exception):
    def __init__(self, status: int, message: str, errors: dict[str, list[str]] | None = None):
        super().__init__(message)
        self.status, self.message, self.errors = status, message, errors


async def _json_object(request: Request, *, empty: dict[str, Any] | None = None) -> dict[str, Any]:
    """The body of a control-plane write: a JSON object sent as ``application/json``.
    ``empty``: what an empty body stands for (None: a body is required)."""
    config: MockConfig = request.app.state.config
    content_types = request.headers.getlist("content-type")
    if [value.split(";")[0].strip().lower() for value in content_types] != ["application/json"]:
        raise ControlInputError(415, "Control-plane writes must be sent as application/json.")
    raw = bytearray()
    async for chunk in request.stream():  # cut at the limit, never buffered past it
        raw += chunk
        if len(raw) > config.max_body_bytes:
            raise ControlInputError(413, "The request body is too large.")
    if not raw.strip() and empty is not None:
        return empty
    try:
        body = parse_json(bytes(raw), content_types)
    except InvalidRequest as error:
        raise ControlInputError(422, "The body is not valid JSON.", error.errors) from None
    if not isinstance(body, dict):
        raise ControlInputError(422, "The body must be a JSON object.")
    return body


def fixture_schema() -> dict[str, Any]:
    """The JSON Schema of a seed fixture, put together from the resource modules' parts, each
    built from the spec's own schemas: a fixture can never store what the API could not serve."""
    shared = {
        p.name: {"type": "array", "items": p.item_schema()} for p in FIXTURE_PARTS if p.shared
    }
    owned = {
        p.name: {"type": "array", "items": p.item_schema()} for p in FIXTURE_PARTS if not p.shared
    }
    environment = {
        "type": "object",
        "additionalProperties": False,
        "required": ["name"],
        "properties": {
            "id": AN_ID,
            "name": {"type": "string", "minLength": 1, "maxLength": 255},
            "tokens": {
                "type": "array",
                "items": {"type": "string", "pattern": "^talq_[\\x21-\\x7e]+$"},
            },
            **owned,
        },
    }
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["environments"],
        "properties": {"environments": {"type": "array", "items": environment}, **shared},
    }


@functools.cache
def _fixture_validator() -> Draft202012Validator:
    return Draft202012Validator(fixture_schema())


def fixture_errors(fixture: Any) -> dict[str, list[str]]:
    """``location -> messages`` for every way ``fixture`` breaks :func:`fixture_schema`."""
    found: dict[str, list[str]] = {}
    for error in _fixture_validator().iter_errors(fixture):
        where = "/".join(str(part) for part in error.absolute_path) or "(fixture)"
        message = error.message if len(error.message) <= 200 else error.message[:197] + "..."
        found.setdefault(where, []).append(message)
    return found


def _seed_checked(store: Store, fixture: Any) -> dict[str, Any]:
    problems = fixture_errors(fixture)
    if problems:
        raise ControlInputError(422, "The fixture does not describe a valid state.", problems)
    try:
        return store.seed(fixture)
    except InvalidFixture as error:
        raise ControlInputError(422, str(error)) from None


def _faults_from(body: dict[str, Any]) -> frozenset[Fault]:
    names = body.get("faults")
    known = ", ".join(f.value for f in Fault)
    if set(body) != {"faults"} or not isinstance(names, list):
        raise ControlInputError(422, f'Send {{"faults": [names]}}; known faults: {known}.')
    unknown = [name for name in names if not isinstance(name, str) or name not in set(Fault)]
    if unknown:
        raise ControlInputError(422, f"Unknown fault {unknown[0]!r}; known faults: {known}.")
    return frozenset(Fault(name) for name in names)


Handler = Callable[[Request], Awaitable[Response]]


def _guarded(handler: Handler) -> Handler:
    """The admin token first; a :class:`ControlInputError` becomes its 4xx answer."""

    @functools.wraps(handler)
    async def guarded(request: Request) -> Response:
        if (refused := _refusal(request)) is not None:
            return refused
        _store(request).refresh()  # another worker may have set faults or moved the clock
        try:
            return await handler(request)
        except ControlInputError as error:
            return _error(error.status, error.message, error.errors)

    return guarded


@_guarded
async def reset(request: Request) -> Response:
    body = await _json_object(request, empty={})
    demo = body.get("demo", request.query_params.get("demo") in ("1", "true"))
    if set(body) - {"demo"} or not isinstance(demo, bool):
        raise ControlInputError(422, 'Send {} or {"demo": true}.')
    seeded = _store(request).reset(DEMO_FIXTURE if demo else None)
    return JSONResponse({"success": True, "seeded": seeded})


@_guarded
async def seed(request: Request) -> Response:
    summary = _seed_checked(_store(request), await _json_object(request))
    return JSONResponse({"success": True, "seeded": summary})


@_guarded
async def state(request: Request) -> Response:
    return JSONResponse(_store(request).dump())


@_guarded
async def faults(request: Request) -> Response:
    store = _store(request)
    if request.method == "PUT":
        store.set_faults(_faults_from(await _json_object(request)))
    return JSONResponse({"faults": sorted(f.value for f in store.faults)})


@_guarded
async def release_review(request: Request) -> Response:
    """Approve or reject a pending release request (review happens outside the API, D32)."""
    decision = request.path_params["decision"]
    if decision not in ("approve", "reject"):
        raise ControlInputError(404, "Use .../approve or .../reject.")
    body = await _json_object(request, empty={})
    approve = decision == "approve"
    reason = body.get("reason")
    if (
        set(body) - {"reason"}
        or (reason is not None and not isinstance(reason, str))
        or (approve and reason is not None)
    ):
        raise ControlInputError(422, 'Send {} to approve, {"reason": "..."} (optional) to reject.')
    store = _store(request)
    try:
        with store.transaction() as tx:
            resolved = phone_numbers.resolve_release(
                tx, request.path_params["request_id"], approve=approve, reason=reason
            )
    except ApiError as error:
        raise ControlInputError(error.status, str(error.body["message"])) from None
    return JSONResponse({"success": True, "data": resolved})


@_guarded
async def emit_event(request: Request) -> Response:
    """Deliver an agent event to the agent's enabled webhooks that subscribe to it, as a call
    would (D37): ``{"agent_id": "...", "event": "event_phone_call_ended", "data": {...}}``."""
    body = await _json_object(request)
    agent_id, event, data = body.get("agent_id"), body.get("event"), body.get("data", {})
    if (
        set(body) - {"agent_id", "event", "data"}
        or not isinstance(agent_id, str)
        or not isinstance(event, str)
        or event not in webhooks.AGENT_EVENTS
        or not isinstance(data, dict)
    ):
        raise ControlInputError(
            422,
            'Send {"agent_id": "...", "event": "<one of available_events>", "data": {...}}.',
        )
    deliverer: Deliverer = request.app.state.deliverer
    with _store(request).transaction() as tx:
        agent = tx.get("agent", agent_id)
        if agent is None:
            raise ControlInputError(404, "Agent not found")
        payload = {"event": event, "agent_id": agent.id, "timestamp": tx.now(), "data": data}
        logs = delivery.emit(tx, deliverer, agent, event, payload)
    return JSONResponse({"success": True, "data": {"log_ids": [log.id for log in logs]}})


@_guarded
async def deliveries(request: Request) -> Response:
    """Deliveries in flight (being sent, or waiting for their retry's backoff)."""
    deliverer: Deliverer = request.app.state.deliverer
    return JSONResponse({"in_flight": deliverer.in_flight()})


MAX_ADVANCE = 31 * 24 * 3600
"""The longest single clock advance, in seconds (a month: every cooldown fits)."""


@_guarded
async def clock(request: Request) -> Response:
    store = _store(request)
    return JSONResponse({"now": store.clock.peek(), "seeded": store.clock.deterministic})


@_guarded
async def advance_clock(request: Request) -> Response:
    """Move the mock's clock ahead and run what became due (calls progress, jobs finish):
    ``{"seconds": 35}``."""
    body = await _json_object(request)
    seconds = body.get("seconds")
    if (
        set(body) != {"seconds"}
        or isinstance(seconds, bool)
        or not isinstance(seconds, int | float)
        or not 0 < seconds <= MAX_ADVANCE
    ):
        raise ControlInputError(422, f'Send {{"seconds": n}} with 0 < n <= {MAX_ADVANCE}.')
    store, deliverer = _store(request), request.app.state.deliverer
    now = store.advance_clock(float(seconds))
    fired = run_due(store, deliverer)
    return JSONResponse({"success": True, "now": now, "fired": fired})


@_guarded
async def advance_call(request: Request) -> Response:
    """Move one call on: ``{}`` for its next step, ``{"to": "completed"}`` (or ``busy``,
    ``no-answer``, ``failed``) for every step to that end. Answers the call."""
    body = await _json_object(request, empty={})
    target = body.get("to")
    if set(body) - {"to"} or (target is not None and target not in calls.FINAL):
        raise ControlInputError(422, f'Send {{}} or {{"to": one of {list(calls.FINAL)}}}.')
    store, deliverer = _store(request), request.app.state.deliverer
    call_id = request.path_params["call_id"]
    with store.transaction() as tx:
        doc = tx.get(calls.KIND, call_id)
        if doc is None:
            raise ControlInputError(404, "Call not found")
        if doc.body["status"] in calls.FINAL:
            raise ControlInputError(409, f"The call has ended ({doc.body['status']}).")
        if target is not None and doc.body["status"] == "answered" and target != "completed":
            raise ControlInputError(409, "An answered call can only complete.")
        if target is not None:
            tx.update(doc, {**doc.body, "outcome": target})
    steps = 0
    while fire_one(store, deliverer, calls.KIND, call_id):
        steps += 1
        with store.transaction(write=False) as tx:
            doc = tx.get(calls.KIND, call_id)
        if target is None or doc is None or doc.body["status"] in calls.FINAL:
            break
        if doc.body["status"] in calls.WAITING and not doc.body.get("due_at"):
            break  # held: its campaign is not active
    if steps == 0:
        raise ControlInputError(409, "The call has no step ahead (held by its campaign?).")
    with store.transaction(write=False) as tx:
        doc = tx.get(calls.KIND, call_id)
        shown = calls.call_view(tx, doc) if doc is not None else None
    return JSONResponse({"success": True, "data": shown})


@_guarded
async def credits(request: Request) -> Response:
    """An environment's credit balance: ``GET``, or ``PUT {"balance": 12.5}``."""
    store = _store(request)
    environment_id = request.path_params["environment_id"]
    if request.method == "PUT":
        body = await _json_object(request)
        amount = body.get("balance")
        if (
            set(body) != {"balance"}
            or isinstance(amount, bool)
            or not isinstance(amount, int | float)
            or not 0 <= amount <= 1e9
        ):
            raise ControlInputError(422, 'Send {"balance": n} with 0 <= n <= 1e9.')
    else:
        amount = None
    with store.transaction(write=request.method == "PUT") as tx:
        known = tx.db.execute(
            "SELECT 1 FROM environments WHERE id = ?", (environment_id,)
        ).fetchone()
        if known is None:
            raise ControlInputError(404, "Environment not found")
        if amount is not None:
            calls.set_balance(tx, environment_id, float(amount))
        current = calls.balance(tx, environment_id)
    return JSONResponse({"environment_id": environment_id, "balance": current})


@_guarded
async def plan(request: Request) -> Response:
    """An environment's plan flags: ``GET``, or ``PUT {"allow_custom_sip_trunks": false}``."""
    store = _store(request)
    environment_id = request.path_params["environment_id"]
    changes: dict[str, bool] = {}
    if request.method == "PUT":
        body = await _json_object(request)
        if (
            not body
            or set(body) - set(plans.FLAGS)
            or not all(isinstance(v, bool) for v in body.values())
        ):
            raise ControlInputError(
                422,
                f"Send an object of plan flags to true or false; known flags: {list(plans.FLAGS)}.",
            )
        changes = body
    with store.transaction(write=request.method == "PUT") as tx:
        known = tx.db.execute(
            "SELECT 1 FROM environments WHERE id = ?", (environment_id,)
        ).fetchone()
        if known is None:
            raise ControlInputError(404, "Environment not found")
        current = (
            plans.set_flags(tx, environment_id, changes)
            if changes
            else plans.flags(tx, environment_id)
        )
    return JSONResponse({"environment_id": environment_id, "plan": current})


@_guarded
async def payments(request: Request) -> Response:
    """Whether the environment's card pays: ``GET``, or ``PUT {"decline": "card_declined"}``
    (every charge fails with that reason) / ``PUT {"decline": null}`` (charges go through)."""
    store = _store(request)
    environment_id = request.path_params["environment_id"]
    decline: str | None = None
    if request.method == "PUT":
        body = await _json_object(request)
        decline = body.get("decline")
        if set(body) != {"decline"} or not (
            decline is None or (isinstance(decline, str) and decline)
        ):
            raise ControlInputError(422, 'Send {"decline": "<reason>"} or {"decline": null}.')
    with store.transaction(write=request.method == "PUT") as tx:
        known = tx.db.execute(
            "SELECT 1 FROM environments WHERE id = ?", (environment_id,)
        ).fetchone()
        if known is None:
            raise ControlInputError(404, "Environment not found")
        if request.method == "PUT":
            auto_topup.set_decline(tx, environment_id, decline)
        current = tx.setting(f"payments:{environment_id}", {}).get("decline")
    return JSONResponse({"environment_id": environment_id, "decline": current})


@_guarded
async def take_snapshot(request: Request) -> Response:
    """Copy the state aside: ``POST /__mock__/snapshots`` answers its id."""
    await _json_object(request, empty={})
    return JSONResponse({"success": True, "id": _store(request).snapshot()})


@_guarded
async def restore_snapshot(request: Request) -> Response:
    """Put a snapshot's state back (once): ``POST /__mock__/snapshots/{id}/restore``."""
    await _json_object(request, empty={})
    if not _store(request).restore(request.path_params["snapshot_id"]):
        raise ControlInputError(404, "Snapshot not found")
    return JSONResponse({"success": True})


@_guarded
async def integrity(request: Request) -> Response:
    """Documents whose parent is gone, and counts per kind (what the model-based test checks
    after deletes, through this plane rather than the store)."""
    return JSONResponse(_store(request).integrity())


def control_routes() -> list[Route]:
    return [
        Route("/clock", clock, methods=["GET"]),
        Route("/clock/advance", advance_clock, methods=["POST"]),
        Route("/calls/{call_id}/advance", advance_call, methods=["POST"]),
        Route("/environments/{environment_id}/credits", credits, methods=["GET", "PUT"]),
        Route("/environments/{environment_id}/plan", plan, methods=["GET", "PUT"]),
        Route("/environments/{environment_id}/payments", payments, methods=["GET", "PUT"]),
        Route("/events", emit_event, methods=["POST"]),
        Route("/deliveries", deliveries, methods=["GET"]),
        Route(
            "/release-requests/{request_id}/{decision:str}",
            release_review,
            methods=["POST"],
        ),
        Route("/reset", reset, methods=["POST"]),
        Route("/seed", seed, methods=["POST"]),
        Route("/state", state, methods=["GET"]),
        Route("/integrity", integrity, methods=["GET"]),
        Route("/snapshots", take_snapshot, methods=["POST"]),
        Route("/snapshots/{snapshot_id}/restore", restore_snapshot, methods=["POST"]),
        Route("/faults", faults, methods=["GET", "PUT"]),
    ]
