"""Schemathesis hooks of the contract run (``SCHEMATHESIS_HOOKS=talkover_contract.hooks``).

Registers the custom checks, counts every case per operation (``tally.py``), and steers
generated ``agent_id`` values to a real agent
(``TALKOVER_CONTRACT_AGENT_ID``) so that most cases reach the operation's logic instead of a 404,
and keeps that agent alive for the whole run.
With ``TALKOVER_CONTRACT_AGENT_ONLY=1`` (writes against a server that is not our mock) every
case uses that one scratch agent.
"""

from __future__ import annotations

import json
import os
import zlib
from typing import Any

import schemathesis

from talkover_spec.extensions import all_operations, api_base_path

from . import checks, tally  # noqa: F401 - registers the checks
from .discovery import IDS_ENV, collection_of
from .target import AGENT_ENV, AGENT_ONLY_ENV

DELETES_AGENT = frozenset(
    (op.method, op.path)
    for op in all_operations()
    if op.method == "DELETE"
    and op.resource_parameters
    and op.resource_parameters[-1].kind == "agent"
    and op.path.endswith("{" + op.resource_parameters[-1].name + "}")
)
"""The operations that delete the agent their path names (found from the spec's resources)."""


def steer_agent_id(value: Any, agent_id: str | None, *, only: bool) -> Any:
    """Three in four generated ids (chosen by the value's hash, so replays agree) become
    ``agent_id``; all of them when ``only``."""
    if not agent_id or not isinstance(value, str):
        return value
    if only or zlib.crc32(value.encode("utf-8", "surrogatepass")) % 4:
        return agent_id
    return value


def _state_404s() -> dict[tuple[str, str], frozenset[str]]:
    """``(method, path) -> messages``: the documented 404s of an operation that declares 404 a
    state refusal (``x-talkover-state-refusals``), less its resources' own not-found examples:
    the answers that mean "it exists, but not in the state this needs" (Remove Callback Role on
    an agent without the role: "Agent is not configured as a callback agent")."""
    found: dict[tuple[str, str], frozenset[str]] = {}
    for op in all_operations():
        if 404 not in op.state_refusals:
            continue
        content = op.definition["responses"].get("404", {}).get("content", {})
        examples = content.get("application/json", {}).get("examples", {})
        missing = {p.not_found for p in op.resource_parameters}
        found[(op.method, op.path)] = frozenset(
            str(example.get("value", {}).get("message"))
            for name, example in examples.items()
            if name not in missing
        )
    return found


STATE_404S = _state_404s()


@schemathesis.hook
def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
    """Keep every failure but one kind: schemathesis's "created resource not found"
    (``ensure_resource_availability``) where the 404 is one of the operation's documented state
    refusals, not its resource's not-found (the per-operation switch in the configuration does
    not reach the stateful phase). A just-created agent answering "Agent not found" stays a
    failure."""
    if type(failure).__name__ != "EnsureResourceAvailability":
        return True
    refusals = STATE_404S.get((case.operation.method.upper(), case.operation.path))
    if not refusals:
        return True
    try:
        message = response.json().get("message")
    except (ValueError, AttributeError):
        return True
    return message not in refusals


def known_ids() -> dict[str, list[str]]:
    """Ids the run found on its target (``discovery.py``), by collection path."""
    raw = os.environ.get(IDS_ENV)
    try:
        found = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


KNOWN_IDS = known_ids()


def steer(value: Any, known: list[str]) -> Any:
    """Three in four generated ids (chosen by the value's hash) become one of ``known``."""
    if not known or not isinstance(value, str):
        return value
    digest = zlib.crc32(value.encode("utf-8", "surrogatepass"))
    return known[digest % len(known)] if digest % 4 else value


@schemathesis.hook
def map_path_parameters(
    context: schemathesis.HookContext, path_parameters: dict[str, Any]
) -> dict[str, Any]:
    if not path_parameters:
        return path_parameters
    path = context.operation.path if context.operation is not None else ""
    for name, value in path_parameters.items():
        collection = collection_of(path, name)
        if name != "agent_id" and collection in KNOWN_IDS:
            path_parameters[name] = steer(value, KNOWN_IDS[collection])
    if "agent_id" in path_parameters:
        path_parameters["agent_id"] = steer_agent_id(
            path_parameters["agent_id"],
            os.environ.get(AGENT_ENV),
            only=os.environ.get(AGENT_ONLY_ENV) == "1",
        )
    return path_parameters


OWN_BASES = {
    (op.method, op.path): op.base_path for op in all_operations() if op.base_path != api_base_path()
}
"""The operations whose own servers put them outside ``/api/v1`` (Get Current User)."""


def rebase(operation: Any) -> None:
    """Point an operation with servers of its own at them, on the target's host: schemathesis
    sends every operation to the run's base URL (``…/api/v1``), the spec puts Get Current User
    at ``…/api/user`` (D61)."""
    base = OWN_BASES.get((operation.method.upper(), operation.path))
    current = str(operation.base_url or "").rstrip("/")
    if base is None or not current.endswith(api_base_path()):
        return
    operation.base_url = current[: -len(api_base_path())] + base


@schemathesis.hook
def before_call(context: schemathesis.HookContext, case: Any, kwargs: dict[str, Any]) -> None:
    """The run's agent outlives the run: a case that would delete it (whatever gave it the id:
    an example, a link, an id seen in a response) asks for an agent that does not exist
    instead. Without this every case after the delete meets only 404s; agent deletes are
    exercised on the agents the run creates."""
    rebase(case.operation)
    target = os.environ.get(AGENT_ENV)
    route = (case.operation.method.upper(), case.operation.path)
    if target and route in DELETES_AGENT and case.path_parameters.get("agent_id") == target:
        case.path_parameters["agent_id"] = f"{target}-not-the-run-agent"


@schemathesis.hook
def after_call(context: schemathesis.HookContext, case: Any, response: Any) -> None:
    """Count what was sent (``tally.py``), so a run that could not reach an operation says so."""
    tally.record(case, response)
