"""How resource modules plug into the mock: handlers registered per operationId, and their part
of seeding and dumping. The generic endpoint (``app.py``) has done authentication, query and
body validation, path-parameter resolution and the spec's declared effects before a handler
runs; a handler only does what is particular to its operation.

    @operation("deleteTraining")
    def delete_training(call: Call) -> Reply:
        call.tx.delete(call.resource("training_id"))
        return Reply({"success": True, "message": "Agent training deleted successfully"})
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from talkover_spec.extensions import Operation

from .documents import ChildPart, Doc, FixturePart, Transaction
from .errors import ApiError
from .faults import Fault

if TYPE_CHECKING:
    from .delivery import Deliverer


@dataclass
class Reply:
    """What a handler answers. ``then``, when set, is awaited after the transaction has
    committed and its reply answers instead: for an answer that waits on work which must not
    run inside a transaction (Test Webhook waits on its delivery)."""

    body: Any
    status: int = 200
    headers: Mapping[str, str] | None = None
    then: Callable[[], Awaitable[Reply]] | None = None


@dataclass
class Call:
    """What a handler gets: the caller's environment, the open transaction, the resolved path
    resources, the validated query and body."""

    operation: Operation
    environment_id: str | None
    tx: Transaction
    path: dict[str, str]
    resources: dict[str, Doc] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    deliverer: Deliverer | None = None
    principal: Doc | None = None
    """Who a user token (the Account API's ``userAuth``) belongs to: the ``user`` document."""

    @property
    def faults(self) -> frozenset[Fault]:
        return self.tx.faults

    def planted(self, which: Fault) -> bool:
        """Whether the fault switch ``which`` is on (``faults.py``: the one seam)."""
        return self.tx.planted(which)

    @property
    def deliveries(self) -> Deliverer:
        """The mock's webhook deliverer (``delivery.py``)."""
        if self.deliverer is None:
            raise RuntimeError("this call has no webhook deliverer")
        return self.deliverer

    def resource(self, parameter: str) -> Doc:
        """The document the path parameter ``parameter`` addresses (resolved and owned)."""
        return self.resources[parameter]

    def fail(self, status: int, example: str | None = None, **fields: Any) -> ApiError:
        """The error of this operation's documented ``status`` response (its ``example`` when
        it has several), with ``fields`` added or replaced. Raise what it returns."""
        body = self.operation.example_body(status, example)
        if not isinstance(body, dict):
            raise LookupError(f"{self.operation.operation_id} documents no {status} example")
        return ApiError(status, {**body, **fields})


Handler = Callable[[Call], Reply]
HANDLERS: dict[str, Handler] = {}
FIXTURE_PARTS: list[FixturePart] = []


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    """Register ``handler`` for the spec operation ``operation_id`` (once)."""

    def register(handler: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise ValueError(f"operation {operation_id!r} has two handlers")
        HANDLERS[operation_id] = handler
        return handler

    return register


Authenticator = Callable[[Transaction, str | None], "tuple[Doc, str | None] | None"]
AUTHENTICATORS: dict[str, Authenticator] = {}
"""Security scheme -> who a token is, for the schemes other than the environment tokens'
(``bearerAuth``, the store's own): ``(principal, its environment)``, or None (401)."""


def authenticator(scheme: str) -> Callable[[Authenticator], Authenticator]:
    """Register how the spec's security scheme ``scheme`` reads a token; it runs in the
    request's (write) transaction, so it may note the token's use."""

    def register(function: Authenticator) -> Authenticator:
        if scheme in AUTHENTICATORS:
            raise ValueError(f"security scheme {scheme!r} has two authenticators")
        AUTHENTICATORS[scheme] = function
        return function

    return register


def fixture_part(part: FixturePart) -> FixturePart:
    FIXTURE_PARTS.append(part)
    return part


CHILD_PARTS: dict[str, list[ChildPart]] = {}
"""Parent kind -> the parts its fixture items nest (``agent`` -> trainings, actions, …)."""


def child_part(parent_kind: str, part: ChildPart) -> ChildPart:
    CHILD_PARTS.setdefault(parent_kind, []).append(part)
    return part


def nested_parts(kind: str) -> list[ChildPart]:
    """What a fixture item of ``kind`` nests: each module with documents under it says."""
    return CHILD_PARTS.get(kind, [])


def pop_nested(kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Take what a fixture item nests out of its fields (seeded once the item is stored)."""
    return {part.name: fields.pop(part.name) for part in nested_parts(kind) if part.name in fields}


def seed_nested(tx: Transaction, parent: Doc, nested: Mapping[str, Any]) -> None:
    for part in nested_parts(parent.kind):
        if part.name in nested:
            part.seed(tx, parent, nested[part.name])


def dump_with_nested(tx: Transaction, kind: str, environment_id: str | None) -> list[Any]:
    """The ``kind`` documents of an environment as fixture items, with what each nests."""
    dumped = []
    for doc in tx.page(kind, environment_id)[0]:
        item = {"id": doc.id, **doc.body}
        for part in nested_parts(kind):
            value = part.dump(tx, doc.id)
            if value is not None:
                item[part.name] = value
        dumped.append(item)
    return dumped


Effect = Callable[[Call], None]
EFFECTS: dict[str, Effect] = {}
"""What each ``x-talkover-effects`` value does, applied by the generic endpoint before the
handler, in the handler's transaction (so a failing handler undoes it)."""


def effect(name: str) -> Callable[[Effect], Effect]:
    def register(function: Effect) -> Effect:
        EFFECTS[name] = function
        return function

    return register


Timer = Callable[[Transaction, Doc, "Deliverer"], None]
TIMERS: dict[str, Timer] = {}
"""Kind -> what happens to one of its documents when its ``due_at`` comes (``timers.py``):
a call's next step, a queued campaign call being placed, an SFTP job finishing. The timer
writes the document's next ``due_at``, or none when it has nothing left to do."""


def timer(kind: str) -> Callable[[Timer], Timer]:
    def register(function: Timer) -> Timer:
        if kind in TIMERS:
            raise ValueError(f"kind {kind!r} has two timers")
        TIMERS[kind] = function
        return function

    return register


DeleteHook = Callable[[Transaction, Doc], None]
DELETE_HOOKS: dict[str, list[DeleteHook]] = {}
"""Kind -> what else goes when one of its documents is deleted, beyond the documents below
it (an agent's campaigns, which are not its children)."""


def on_delete(kind: str) -> Callable[[DeleteHook], DeleteHook]:
    def register(function: DeleteHook) -> DeleteHook:
        DELETE_HOOKS.setdefault(kind, []).append(function)
        return function

    return register


# -- events between families ------------------------------------------------------------------

Listener = Callable[..., Any]
LISTENERS: dict[str, list[Listener]] = {}
"""Event name -> who hears it. A family announces what happens to its documents
(``announce("call.finished", tx, deliverer, call)``) and another family hears it with
``@on("call.finished")``, so neither imports the other's lists."""


def on(event: str) -> Callable[[Listener], Listener]:
    def register(function: Listener) -> Listener:
        LISTENERS.setdefault(event, []).append(function)
        return function

    return register


def announce(event: str, *args: Any) -> list[Any]:
    """Tell every listener of ``event``; their answers, in registration order."""
    return [listener(*args) for listener in LISTENERS.get(event, [])]


# -- the control plane's routes of each family --------------------------------------------------


@dataclass
class Control:
    """What a control-plane handler gets: the store and deliverer, the path parameters, and the
    request's JSON object (None for a GET). It answers a JSON-ready value, or raises
    :class:`ControlInputError` for a 4xx."""

    store: Any
    deliverer: Deliverer
    path: dict[str, str]
    body: dict[str, Any] | None
    method: str


class ControlInputError(Exception):
    def __init__(self, status: int, message: str, errors: dict[str, list[str]] | None = None):
        super().__init__(message)
        self.status, self.message, self.errors = status, message, errors


@dataclass(frozen=True)
class ControlRoute:
    path: str
    methods: tuple[str, ...]
    handler: Callable[[Control], Any]
    empty: dict[str, Any] | None
    """What an empty body stands for (None: a write needs a body)."""


CONTROL_ROUTES: list[ControlRoute] = []


def control_route(
    path: str, *, methods: tuple[str, ...] = ("POST",), empty: dict[str, Any] | None = None
) -> Callable[[Callable[[Control], Any]], Callable[[Control], Any]]:
    """Register a ``/__mock__`` route (guarded by the admin token, input checked, answers
    JSON). Families add what happens outside the API this way: a release request's review,
    a call moved on, an event delivered."""

    def register(handler: Callable[[Control], Any]) -> Callable[[Control], Any]:
        if any(route.path == path for route in CONTROL_ROUTES):
            raise ValueError(f"control route {path!r} is registered twice")
        CONTROL_ROUTES.append(ControlRoute(path, methods, handler, empty))
        return handler

    return register


EnvironmentSetting = Callable[[Transaction, str, dict[str, Any] | None], dict[str, Any]]


def environment_setting(name: str) -> Callable[[EnvironmentSetting], EnvironmentSetting]:
    """Register ``GET|PUT /__mock__/environments/{id}/<name>``: a setting of one environment
    kept outside the API (credits, the plan, the card's behaviour). The handler gets the open
    transaction, a known environment's id and the PUT body (None on GET) and answers the
    setting; the unknown environment's 404 and the transaction are the control plane's."""

    def register(handler: EnvironmentSetting) -> EnvironmentSetting:
        def route(control: Control) -> Any:
            environment_id = control.path["environment_id"]
            with control.store.transaction(write=control.method == "PUT") as tx:
                if not tx.environment_exists(environment_id):
                    raise ControlInputError(404, "Environment not found")
                answer = handler(tx, environment_id, control.body)
            return {"environment_id": environment_id, **answer}

        control_route(f"/environments/{{environment_id}}/{name}", methods=("GET", "PUT"))(route)
        return handler

    return register


# -- the demo data, a part per family -------------------------------------------------------------


class DemoFixture:
    """The demo fixture as the families build it (``demo.demo_fixture``): each adds its items
    to an environment, or to the shared catalogues, or nests them in another family's item."""

    def __init__(self, environments: list[dict[str, Any]]) -> None:
        self.data: dict[str, Any] = {"environments": environments}
        self._nested: list[tuple[str, str, str, Any]] = []

    def shared(self, part: str, items: list[Any]) -> None:
        self.data.setdefault(part, []).extend(items)

    def add(self, environment_id: str, part: str, items: list[Any]) -> None:
        environment = next(e for e in self.data["environments"] if e["id"] == environment_id)
        environment.setdefault(part, []).extend(items)

    def nest(self, part: str, item_id: str, key: str, value: Any) -> None:
        """Put ``value`` under ``key`` of the ``part`` item ``item_id`` (an agent's trainings,
        a campaign's webhooks), once every family has added its items."""
        self._nested.append((part, item_id, key, value))

    def build(self) -> dict[str, Any]:
        for part, item_id, key, value in self._nested:
            items = [i for e in self.data["environments"] for i in e.get(part, [])]
            item = next(i for i in items if i.get("id") == item_id)
            if isinstance(value, list):
                item.setdefault(key, []).extend(value)
            else:
                item[key] = value
        return self.data


DEMO_PARTS: list[Callable[[DemoFixture], None]] = []


def demo_part(function: Callable[[DemoFixture], None]) -> Callable[[DemoFixture], None]:
    """Register a family's part of the demo data."""
    DEMO_PARTS.append(function)
    return function
