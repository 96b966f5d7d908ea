"""The HTTP face of the mock: routes built from the spec, thin handlers that parse, call the
store and serialise. No SQL and no business rule lives here."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route

from talkover_spec import API_PREFIX, load_spec, operations

from . import problems, representations
from .accesslog import AccessLog
from .config import MAX_HEADER_BYTES, MockConfig
from .control import control_routes
from .demo import DEMO_FIXTURE
from .domain import Agent, AgentNotFound, DomainError, TrainingNotFound
from .faults import Fault
from .jsonresponse import JSONResponse
from .store import Store
from .validation import BodyValidator, InvalidRequest, parse_json


class BodyTooLarge(Exception):
    pass


@dataclass
class Call:
    """What a handler gets: the request, the caller's environment and the mock's state."""

    request: Request
    environment_id: str
    store: Store
    config: MockConfig

    @property
    def faults(self) -> frozenset[Fault]:
        return self.store.faults

    def agent_id(self) -> str:
        return _path_param(self.request, "agent_id", AgentNotFound)

    def training_id(self) -> str:
        return _path_param(self.request, "training_id", TrainingNotFound)

    async def json_body(self, validator: BodyValidator) -> dict[str, Any]:
        raw = await _read_body(self.request, self.config.max_body_bytes)
        body = parse_json(raw, self.request.headers.getlist("content-type"))
        ignore = (
            frozenset({("subject", "maxLength")})
            if Fault.ACCEPT_LONG_SUBJECT in self.faults
            else frozenset()
        )
        errors = validator.errors(body, ignore=ignore)
        if errors:
            raise InvalidRequest(errors)
        result: dict[str, Any] = body
        return result


def _path_param(request: Request, name: str, missing: type[DomainError]) -> str:
    value = str(request.path_params[name])
    try:
        value.encode("utf-8")
    except UnicodeError:
        raise missing from None
    return value


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def bearer_token(request: Request) -> str | None:
    """The token of the one ``Authorization: Bearer <token>`` header, taken exactly as sent.
    Several Authorization headers are ambiguous and authenticate nothing."""
    headers = request.headers.getlist("authorization")
    if len(headers) != 1:
        return None
    scheme, _, token = headers[0].partition(" ")
    if scheme.lower() != "bearer" or not token or token != token.strip():
        return None
    return token


Handler = Callable[[Call], Awaitable[Response]]


def _ok(body: dict[str, Any]) -> Response:
    return JSONResponse(body)


def _summary(message: str, agent: Agent) -> Response:
    """The body of publish and unpublish: the message and the partial agent."""
    return _ok({"success": True, "message": message, "data": representations.agent_summary(agent)})


class Handlers:
    """One method per operationId of the spec, named exactly as the operationId."""

    def __init__(self, spec: dict[str, Any]) -> None:
        body_schema = spec["paths"]["/agents/{agent_id}/trainings"]["post"]["requestBody"]
        self.training_input = BodyValidator(
            spec, body_schema["content"]["application/json"]["schema"]
        )

    async def getAgent(self, call: Call) -> Response:
        agent, trainings = call.store.get_agent(call.environment_id, call.agent_id())
        return _ok({"success": True, "data": representations.agent(agent, trainings, call.faults)})

    async def listTrainings(self, call: Call) -> Response:
        trainings = call.store.list_trainings(call.environment_id, call.agent_id())
        data = [representations.training(t, call.faults) for t in trainings]
        return _ok({"success": True, "data": data})

    async def createOrUpdateTraining(self, call: Call) -> Response:
        agent_id = call.agent_id()
        call.store.check_agent(call.environment_id, agent_id)
        fields = await call.json_body(self.training_input)
        change = call.store.upsert_training(call.environment_id, agent_id, fields)
        return _ok(
            {
                "success": True,
                "message": "Agent training updated successfully",
                "data": representations.training(change.training, call.faults),
            }
        )

    async def deleteTraining(self, call: Call) -> Response:
        call.store.delete_training(call.environment_id, call.agent_id(), call.training_id())
        return _ok({"success": True, "message": "Agent training deleted successfully"})

    async def publishAgent(self, call: Call) -> Response:
        agent = call.store.publish(call.environment_id, call.agent_id())
        return _summary("Agent published successfully", agent)

    async def unpublishAgent(self, call: Call) -> Response:
        agent = call.store.unpublish(call.environment_id, call.agent_id())
        return _summary("Agent unpublished successfully", agent)


class MissingHandler(RuntimeError):
    """The spec has an operation the mock does not serve."""


def _endpoint(
    operation_id: str, handler: Handler, store: Store, config: MockConfig
) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        faults = store.faults
        if sum(len(k) + len(v) for k, v in request.scope["headers"]) > MAX_HEADER_BYTES:
            return problems.error_response(431, problems.HEADERS_TOO_LARGE, faults)
        try:
            try:
                environment_id = store.authenticate(bearer_token(request))
            except DomainError:
                if not (Fault.IGNORE_AUTH_ON_LIST in faults and operation_id == "listTrainings"):
                    raise
                environment_id = store.environment_of_agent(str(request.path_params["agent_id"]))
            return await handler(Call(request, environment_id, store, config))
        except DomainError as error:
            return problems.from_domain_error(error, faults)
        except InvalidRequest as error:
            return problems.from_invalid_request(error, faults)
        except BodyTooLarge:
            return problems.error_response(413, problems.TOO_LARGE, faults)

    endpoint.__name__ = operation_id
    return endpoint


def api_routes(store: Store, config: MockConfig, spec: dict[str, Any]) -> list[BaseRoute]:
    handlers = Handlers(spec)
    by_path: dict[str, dict[str, Callable[[Request], Awaitable[Response]]]] = {}
    for operation_id, (method, path) in operations(spec).items():
        handler = getattr(handlers, operation_id, None)
        if handler is None:
            raise MissingHandler(f"the mock does not serve operation {operation_id!r}")
        endpoint = _endpoint(operation_id, handler, store, config)
        by_path.setdefault(path, {})[method] = endpoint
    routes: list[BaseRoute] = []
    for path, methods in by_path.items():

        async def dispatch(request: Request, methods: dict[str, Any] = methods) -> Response:
            # Starlette answers HEAD wherever GET is routed; HEAD is served as GET without a body.
            method = "GET" if request.method == "HEAD" else request.method
            endpoint: Callable[[Request], Awaitable[Response]] = methods[method]
            return await endpoint(request)

        routes.append(Route(API_PREFIX + path, dispatch, methods=sorted(methods)))
    return routes


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = {404: "Route not found.", 405: "Method not allowed."}.get(exc.status_code, exc.detail)
    faults: frozenset[Fault] = request.app.state.store.faults
    return problems.error_response(
        exc.status_code, message, faults, headers=dict(exc.headers or {})
    )


async def _server_error(request: Request, exc: Exception) -> Response:
    return problems.error_response(500, problems.SERVER_ERROR, frozenset())


def create_app(config: MockConfig | None = None, *, store: Store | None = None) -> Starlette:
    """The mock as an ASGI app. Serves every operation of the spec under ``/api/v1`` and the
    control plane under ``/__mock__``."""
    config = config or MockConfig()
    spec = load_spec()
    if store is None:
        store = Store(config.database, seed=config.seed, faults=config.faults)
        if config.demo and store.is_empty():
            store.seed(DEMO_FIXTURE)
    routes = [*api_routes(store, config, spec), Mount("/__mock__", routes=control_routes())]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(AccessLog)] if config.access_log else [],
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
    )
    # ``/trainings/`` is not ``/trainings``: no redirect (its Location would echo the Host
    # header), a 404 in the API's envelope instead.
    app.router.redirect_slashes = False
    app.state.store = store
    app.state.config = config
    return app
