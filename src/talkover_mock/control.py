"""The control plane under ``/__mock__``: what happens outside the API (reset, seed, state,
faults, the clock, and each family's own routes: a release request's review, a call moved on,
an environment's credits, plan or card). Not part of the spec, so fuzzers never reach it. The
routes are the ones registered (``registry.control_route``, ``registry.environment_setting``):
this module only guards and serves them, and adds the generic ones.

When an admin token is configured (always, off loopback) every request must carry it in
``X-Mock-Admin-Token``. Every write needs ``Content-Type: application/json`` (a cross-site form
cannot send that, so a web page cannot reset or seed a mock running on a developer's machine),
its body is cut at the size limit while it streams in, and every input is checked before
anything changes: a bad one gets a 4xx with a message, never a 500, never a partial or silent
change.
"""

from __future__ import annotations

import functools
import hmac
from typing import Any

from jsonschema import Draft202012Validator
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import resources
from .config import MockConfig
from .demo import DEMO_FIXTURE
from .documents import InvalidFixture
from .faults import REGISTRY, Fault, named
from .jsonresponse import JSONResponse
from .registry import (
    CONTROL_ROUTES,
    FIXTURE_PARTS,
    Control,
    ControlInputError,
    ControlRoute,
    control_route,
)
from .resources.schemas import AN_ID
from .store import Store
from .timers import run_due
from .validation import InvalidRequest, parse_json

ADMIN_HEADER = "x-mock-admin-token"
WRITES = ("POST", "PUT", "PATCH", "DELETE")
MAX_ADVANCE = 31 * 24 * 3600
"""The longest single clock advance, in seconds (a month: every cooldown fits)."""
assert resources  # imported for the routes and fixture parts it registers


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
    known = ", ".join(sorted(REGISTRY))
    if set(body) != {"faults"} or not isinstance(names, list):
        raise ControlInputError(422, f'Send {{"faults": [names]}}; known faults: {known}.')
    unknown = [name for name in names if not isinstance(name, str) or name not in REGISTRY]
    if unknown:
        raise ControlInputError(422, f"Unknown fault {unknown[0]!r}; known faults: {known}.")
    return frozenset(named(name) for name in names)


# -- the generic routes -----------------------------------------------------------------------


@control_route("/reset", empty={})
def reset(control: Control) -> Any:
    body = control.body or {}
    demo = body.get("demo", False)
    if set(body) - {"demo"} or not isinstance(demo, bool):
        raise ControlInputError(422, 'Send {} or {"demo": true}.')
    seeded = control.store.reset(DEMO_FIXTURE if demo else None)
    return {"success": True, "seeded": seeded}


@control_route("/seed")
def seed(control: Control) -> Any:
    return {"success": True, "seeded": _seed_checked(control.store, control.body)}


@control_route("/state", methods=("GET",))
def state(control: Control) -> Any:
    return control.store.dump()


@control_route("/integrity", methods=("GET",))
def integrity(control: Control) -> Any:
    """Documents whose parent is gone, and counts per kind (what the model-based test checks
    after deletes, through this plane rather than the store)."""
    return control.store.integrity()


@control_route("/snapshots", empty={})
def take_snapshot(control: Control) -> Any:
    """Copy the state aside: answers the snapshot's id."""
    return {"success": True, "id": control.store.snapshot()}


@control_route("/snapshots/{snapshot_id}/restore", empty={})
def restore_snapshot(control: Control) -> Any:
    """Put a snapshot's state back (once)."""
    if not control.store.restore(control.path["snapshot_id"]):
        raise ControlInputError(404, "Snapshot not found")
    return {"success": True}


@control_route("/faults", methods=("GET", "PUT"))
def faults(control: Control) -> Any:
    if control.body is not None:
        control.store.set_faults(_faults_from(control.body))
    return {"faults": sorted(f.name for f in control.store.faults)}


@control_route("/deliveries", methods=("GET",))
def deliveries(control: Control) -> Any:
    """Deliveries in flight (being sent, or waiting for their retry's backoff)."""
    return {"in_flight": control.deliverer.in_flight()}


@control_route("/clock", methods=("GET",))
def clock(control: Control) -> Any:
    return {"now": control.store.clock.peek(), "seeded": control.store.clock.deterministic}


@control_route("/clock/advance")
def advance_clock(control: Control) -> Any:
    """Move the mock's clock ahead and run what became due (calls progress, jobs finish):
    ``{"seconds": 35}``."""
    body = control.body or {}
    seconds = body.get("seconds")
    if (
        set(body) != {"seconds"}
        or isinstance(seconds, bool)
        or not isinstance(seconds, int | float)
        or not 0 < seconds <= MAX_ADVANCE
    ):
        raise ControlInputError(422, f'Send {{"seconds": n}} with 0 < n <= {MAX_ADVANCE}.')
    now = control.store.advance_clock(float(seconds))
    fired = run_due(control.store, control.deliverer)
    return {"success": True, "now": now, "fired": fired}


# -- serving what is registered -----------------------------------------------------------------


def _endpoint(route: ControlRoute) -> Any:
    async def endpoint(request: Request) -> Response:
        if (refused := _refusal(request)) is not None:
            return refused
        store: Store = request.app.state.store
        store.refresh()  # another worker may have set faults or moved the clock
        try:
            body = (
                await _json_object(request, empty=route.empty) if request.method in WRITES else None
            )
            control = Control(
                store, request.app.state.deliverer, dict(request.path_params), body,
                request.method,
            )  # fmt: skip
            return JSONResponse(route.handler(control))
        except ControlInputError as error:
            return _error(error.status, error.message, error.errors)

    endpoint.__name__ = route.handler.__name__
    return endpoint


def control_routes() -> list[Route]:
    return [
        Route(route.path, _endpoint(route), methods=list(route.methods)) for route in CONTROL_ROUTES
    ]
