"""The control plane under ``/__mock__``: reset, seed, dump, faults. Not part of the spec, so
fuzzers never reach it. When an admin token is configured (always, off loopback) every request
must carry it in ``X-Mock-Admin-Token``."""

from __future__ import annotations

import hmac
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .config import MockConfig
from .demo import DEMO_FIXTURE
from .domain import InvalidFixture
from .faults import Fault, parse_faults
from .jsonresponse import JSONResponse
from .store import Store

ADMIN_HEADER = "x-mock-admin-token"


def _refusal(request: Request) -> Response | None:
    config: MockConfig = request.app.state.config
    if config.admin_token is None:
        return None
    given = request.headers.get(ADMIN_HEADER, "")
    if hmac.compare_digest(given.encode(), config.admin_token.encode()):
        return None
    return JSONResponse(
        {"success": False, "message": "The control plane needs the X-Mock-Admin-Token header."},
        status_code=401,
    )


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


async def _json(request: Request) -> Any:
    try:
        return json.loads(await request.body() or b"{}")
    except ValueError:
        return None


async def reset(request: Request) -> Response:
    if (refused := _refusal(request)) is not None:
        return refused
    store = _store(request)
    store.reset()
    seeded = store.seed(DEMO_FIXTURE) if request.query_params.get("demo") in ("1", "true") else None
    return JSONResponse({"success": True, "seeded": seeded})


async def seed(request: Request) -> Response:
    if (refused := _refusal(request)) is not None:
        return refused
    fixture = await _json(request)
    if not isinstance(fixture, dict):
        return JSONResponse(
            {"success": False, "message": "The fixture must be a JSON object."}, 400
        )
    try:
        summary = _store(request).seed(fixture)
    except InvalidFixture as error:
        return JSONResponse({"success": False, "message": str(error)}, 400)
    return JSONResponse({"success": True, "seeded": summary})


async def state(request: Request) -> Response:
    if (refused := _refusal(request)) is not None:
        return refused
    return JSONResponse(_store(request).dump())


async def faults(request: Request) -> Response:
    if (refused := _refusal(request)) is not None:
        return refused
    store = _store(request)
    if request.method == "PUT":
        body = await _json(request)
        try:
            store.faults = parse_faults(body.get("faults", []) if isinstance(body, dict) else None)
        except ValueError:
            known = ", ".join(f.value for f in Fault)
            return JSONResponse(
                {"success": False, "message": f"Unknown fault; known: {known}"}, 400
            )
    return JSONResponse({"faults": sorted(f.value for f in store.faults)})


def control_routes() -> list[Route]:
    return [
        Route("/reset", reset, methods=["POST"]),
        Route("/seed", seed, methods=["POST"]),
        Route("/state", state, methods=["GET"]),
        Route("/faults", faults, methods=["GET", "PUT"]),
    ]
