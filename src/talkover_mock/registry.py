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

    @property
    def faults(self) -> frozenset[Fault]:
        return self.tx.faults

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
