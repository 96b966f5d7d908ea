"""The HTTP face of the mock: one generic endpoint for every operation of the spec.

For each operation it authenticates (unless the spec gives it no security), resolves every path
parameter that addresses a resource (it exists, belongs to the caller's environment, and to its
parent), validates the query and the body against the spec, applies the effects the spec
declares, and only then calls the operation's handler (``talkover_mock.resources``), all in
one transaction. No SQL and no business rule lives here.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount

from talkover_spec import API_PREFIX
from talkover_spec.extensions import Operation, ResourceParameter, all_operations

from . import plans, problems, resources
from .accesslog import AccessLog
from .config import MAX_HEADER_BYTES, MockConfig
from .control import control_routes
from .delivery import Deliverer
from .demo import DEMO_FIXTURE
from .errors import ApiError
from .faults import Fault, fault, planted
from .jsonresponse import JSONResponse
from .registry import AUTHENTICATORS, EFFECTS, FIXTURE_PARTS, HANDLERS, Call, Effect, Handler
from .routing import ApiRoutes
from .store import Store
from .timers import Ticker, run_due
from .validation import BodyValidator, InvalidRequest, QueryValidator, parse_json

assert resources  # imported for its registrations


IGNORE_AUTH_ON_LIST = fault(
    "ignore_auth_on_list",
    "List Trainings answers without checking the token.",
    caught_by=["API accepts requests without authentication"],
    tags=["Trainings"],
)
UNDOCUMENTED_STATUS = fault(
    "undocumented_status",
    "A missing training answers 410 instead of the documented 404.",
    caught_by=["Undocumented status code", "again answered 410"],
    tags=["Trainings"],
)
LEAK_OTHER_ENVIRONMENT = fault(
    "leak_other_environment",
    "A token sees and changes the agents of other environments.",
    caught_by=["other_environment_is_refused"],
    tags=["Agents"],
)
ACCEPT_LONG_SUBJECT = fault(
    "accept_long_subject",
    "Text over its maxLength is accepted and stored (a training subject over 255 characters,"
    " an agent name, ...): the length limits of every body go unchecked.",
    caught_by=["Schema-violating request accepted"], tags=["Trainings"],
)  # fmt: skip


class BodyTooLarge(Exception):
    pass


class MissingHandler(RuntimeError):
    """The spec has an operation the mock does not serve (or the reverse)."""


@dataclass(frozen=True)
class Plan:
    """Everything the generic endpoint needs for one operation, worked out at start-up."""

    operation: Operation
    handler: Handler
    body: BodyValidator | None
    query: QueryValidator | None
    resources: tuple[ResourceParameter, ...]
    effects: tuple[Effect, ...]
    not_found: dict[str, ApiError]
    forbidden: ApiError
    plan_refusal: ApiError | None
    """The 403 when the environment's plan lacks the operation's ``x-talkover-plan-flag``."""

    @classmethod
    def of(cls, operation: Operation) -> Plan:
        handler = HANDLERS.get(operation.operation_id)
        if handler is None:
            raise MissingHandler(f"the mock does not serve operation {operation.operation_id!r}")
        schema = operation.request_schema
        params = tuple(operation.resource_parameters)
        forbidden = operation.example_message(403) or problems.message("Forbidden")
        not_found = {}
        for param in params:
            text = operation.example_message(404, param.not_found) or f"{param.kind} not found"
            not_found[param.name] = ApiError.of(404, text)
        return cls(
            operation=operation,
            handler=handler,
            body=BodyValidator(schema) if schema is not None else None,
            query=QueryValidator.of(operation.query_parameters),
            resources=params,
            effects=tuple(EFFECTS[name] for name in sorted(operation.effects)),
            not_found=not_found,
            forbidden=ApiError.of(403, forbidden),
            plan_refusal=(
                ApiError(403, operation.example_body(403, "PlanForbids"))
                if operation.plan_flag
                else None
            ),
        )


def bearer_token(request: Request) -> str | None:
    """The token of the one ``Authorization: Bearer <token>`` header, taken exactly as sent.
    Several Authorization headers are ambiguous and authenticate nothing."""
    headers: list[bytes] = [v for k, v in request.scope["headers"] if k == b"authorization"]
    if len(headers) != 1:
        return None
    scheme, _, token = headers[0].decode("latin-1").partition(" ")
    if scheme.lower() != "bearer" or not token or token != token.strip():
        return None
    return token


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    while True:  # the ASGI messages themselves: the hot path of every write
        message = await request.receive()
        if message["type"] != "http.request":
            break  # the client went away: what came is all there is
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def resolve(plan: Plan, call: Call) -> None:
    """Fill ``call.resources``: each addressed resource exists, is the caller's environment's
    (or shared), and belongs to its parent; else the documented 404 or 403."""
    faults = call.faults
    for param in plan.resources:
        value = call.path[param.name]
        doc = call.tx.get(param.kind, value) if _is_text(value) else None
        parent = call.resources.get(param.parent) if param.parent else None
        if doc is None or (parent is not None and doc.parent_id != parent.id):
            error = plan.not_found[param.name]
            if planted(faults, UNDOCUMENTED_STATUS) and param.parent is not None:
                error = ApiError(410, error.body)
            raise error
        if call.environment_id is None:  # only under the ignore-auth fault
            call.environment_id = doc.environment_id
        if (
            doc.environment_id is not None
            and doc.environment_id != call.environment_id
            and not planted(faults, LEAK_OTHER_ENVIRONMENT)
        ):
            raise plan.forbidden
        call.resources[param.name] = doc


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeError:
        return False
    return True


def _endpoint(
    plan: Plan, store: Store, config: MockConfig, deliverer: Deliverer
) -> Callable[[Request], Awaitable[Response]]:
    operation = plan.operation
    scheme = operation.security_scheme
    own_tokens = scheme not in (None, "bearerAuth")  # a family's scheme (the Account API's)
    if own_tokens and scheme not in AUTHENTICATORS:
        raise MissingHandler(f"{operation.operation_id}: no authenticator for {scheme!r}")
    write = operation.method != "GET" or own_tokens  # a user token's use is noted
    unauthenticated = ApiError.of(
        401, operation.example_message(401) or problems.message("Unauthenticated")
    )
    ignore_auth_applies = operation.operation_id.startswith("list") and bool(plan.resources)

    async def endpoint(request: Request) -> Response:
        store.refresh()  # another process of the mock may have changed faults or tokens
        faults = store.faults
        if sum(len(k) + len(v) for k, v in request.scope["headers"]) > MAX_HEADER_BYTES:
            return problems.error_response(
                431, problems.envelope(problems.message("HeadersTooLarge")), faults
            )
        try:
            environment_id = None
            if not operation.is_public and not own_tokens:
                environment_id = store.authenticate(bearer_token(request))
                if environment_id is None and not (
                    planted(faults, IGNORE_AUTH_ON_LIST) and ignore_auth_applies
                ):
                    raise unauthenticated
            raw = await _read_body(request, config.max_body_bytes) if plan.body else b""
            if store.work_due():
                run_due(store, deliverer)  # the answer sees the state of the current time
            with store.transaction(write=write) as tx:
                call = Call(
                    operation, environment_id, tx, dict(request.path_params),
                    deliverer=deliverer,
                )  # fmt: skip
                if own_tokens:
                    found = AUTHENTICATORS[scheme or ""](tx, bearer_token(request))
                    if found is None:
                        raise unauthenticated
                    call.principal, call.environment_id = found
                if plan.plan_refusal is not None and not plans.allows(
                    tx, environment_id, operation.plan_flag or ""
                ):
                    raise plan.plan_refusal
                resolve(plan, call)  # 404 and 403 before the query's 422, as the body's
                if plan.query is not None:
                    call.query = plan.query.parse(request.query_params)
                if plan.body is not None:
                    call.body = _validated(plan.body, raw, request, faults)
                for apply in plan.effects:
                    apply(call)
                reply = plan.handler(call)
            if reply.then is not None:
                reply = await reply.then()
            return JSONResponse(reply.body, status_code=reply.status, headers=reply.headers)
        except ApiError as error:
            return problems.from_api_error(error, faults)
        except InvalidRequest as error:
            return problems.from_invalid_request(error, faults)
        except BodyTooLarge:
            return problems.error_response(
                413, problems.envelope(problems.message("PayloadTooLarge")), faults
            )

    endpoint.__name__ = operation.operation_id
    return endpoint


def _validated(
    validator: BodyValidator, raw: bytes, request: Request, faults: frozenset[Fault]
) -> Any:
    body = parse_json(raw, request.headers.getlist("content-type"))
    ignore = (
        frozenset({("*", "maxLength")}) if planted(faults, ACCEPT_LONG_SUBJECT) else frozenset()
    )
    errors = validator.errors(body, ignore=ignore)
    if errors:
        raise InvalidRequest(errors)
    return body


def api_routes(store: Store, config: MockConfig, deliverer: Deliverer) -> list[BaseRoute]:
    operations = all_operations()
    stale = set(HANDLERS) - {op.operation_id for op in operations}
    if stale:
        raise MissingHandler(f"handlers for operations the spec does not have: {sorted(stale)}")
    by_base: dict[str, dict[str, dict[str, Callable[[Request], Awaitable[Response]]]]] = {}
    for operation in operations:
        endpoint = _endpoint(Plan.of(operation), store, config, deliverer)
        by_path = by_base.setdefault(operation.base_path, {})
        by_path.setdefault(operation.path, {})[operation.method] = endpoint
    # ``/api/v1`` first; an operation with servers of its own (Get Current User: ``/api``)
    # is served under its base.
    bases = sorted(by_base, key=lambda base: base != API_PREFIX)
    return [ApiRoutes(base, by_base[base]) for base in bases]


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = {404: "Route not found.", 405: "Method not allowed."}.get(exc.status_code, exc.detail)
    store: Store = request.app.state.store
    store.refresh()  # the faults another worker set
    faults = store.faults
    return problems.error_response(
        exc.status_code, problems.envelope(message), faults, headers=dict(exc.headers or {})
    )


async def _server_error(request: Request, exc: Exception) -> Response:
    return problems.error_response(
        500, problems.envelope(problems.message("ServerError")), frozenset()
    )


def create_app(config: MockConfig | None = None, *, store: Store | None = None) -> Starlette:
    """The mock as an ASGI app. Serves every operation of the spec under ``/api/v1`` and the
    control plane under ``/__mock__``."""
    config = config or MockConfig()
    if store is None:
        store = Store(
            config.database,
            seed=config.seed,
            faults=config.faults,
            parts=FIXTURE_PARTS,
            shared=config.workers > 1,
            config=config,
        )
        if config.demo and store.is_empty():
            store.seed(DEMO_FIXTURE)
    deliverer = Deliverer(store, targets=config.webhook_targets, backoff=config.webhook_backoff)
    routes = [*api_routes(store, config, deliverer), Mount("/__mock__", routes=control_routes())]

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # A seeded mock's clock moves only with requests: no ticker, so runs replay.
        ticker = None if store.clock.deterministic else Ticker(store, deliverer)
        if ticker is not None:
            ticker.start()
        yield
        if ticker is not None:
            await asyncio.to_thread(ticker.stop)
        await asyncio.to_thread(deliverer.close)

    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[Middleware(AccessLog)] if config.access_log else [],
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
    )
    # ``/trainings/`` is not ``/trainings``: no redirect (its Location would echo the Host
    # header), a 404 in the API's envelope instead.
    app.router.redirect_slashes = False
    app.state.store = store
    app.state.config = config
    app.state.deliverer = deliverer
    if not store.shared or (
        config.resume_token is not None and store.claim("delivery_resume", config.resume_token)
    ):
        deliverer.resume()
    return app
