"""Ids that exist on the target, found through its own list operations, so that generated path
parameters reach an operation's logic instead of a 404 ("missing test data").

For every path parameter that addresses a resource (``x-talkover-resource``), the spec's GET at
the collection path (the path up to that parameter) is read with the run's token, its parents
filled from what was found before; the ids its ``data`` holds are the parameter's known values.
Only GETs are sent, so it is safe on a read-only target; nothing here names an operation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from talkover_spec.extensions import Operation, all_operations

IDS_ENV = "TALKOVER_CONTRACT_IDS"
MAX_IDS = 20
Fetch = Callable[[str], Any]
"""GET a path under the base URL with the run's token; the JSON body, or None."""


def collection_of(path: str, parameter: str) -> str | None:
    """The collection path of ``parameter`` in ``path`` (the path up to it)."""
    marker = "/{" + parameter + "}"
    return path.split(marker, 1)[0] if marker in path else None


def readers() -> dict[str, Operation]:
    """Collection path -> the GET that lists it, for every collection a resource parameter
    addresses (``/agents``, ``/agents/{agent_id}/webhooks``,
    ``/campaigns/{campaign_id}/webhooks``)."""
    gets = {op.path: op for op in all_operations() if op.method == "GET"}
    found: dict[str, Operation] = {}
    for op in all_operations():
        for param in op.resource_parameters:
            collection = collection_of(op.path, param.name)
            if collection in gets:
                found[collection] = gets[collection]
    return found


def ids_in(body: Any) -> list[str]:
    """The ids of the items of a list body's ``data`` (a list, or an object holding one)."""
    data = body.get("data") if isinstance(body, dict) else None
    if isinstance(data, dict):
        data = next((v for v in data.values() if isinstance(v, list)), None)
    if not isinstance(data, list):
        return []
    return [str(item["id"]) for item in data if isinstance(item, dict) and "id" in item][:MAX_IDS]


def discover(fetch: Fetch, agent_id: str | None) -> dict[str, list[str]]:
    """Collection path -> ids found there (``/agents`` holds the run's agent when given)."""
    found: dict[str, list[str]] = {"/agents": [agent_id]} if agent_id else {}
    pending = {c: r for c, r in readers().items() if c not in found}
    for _ in range(4):  # parents first: each round reads what the last one made reachable
        progress = False
        for collection, reader in list(pending.items()):
            path = reader.path
            parents = {
                n: found.get(collection_of(path, n) or "") for n in re.findall(r"{([^}]+)}", path)
            }
            if not all(parents.values()):
                continue
            for name, ids in parents.items():
                assert ids
                path = path.replace("{" + name + "}", ids[0])
            del pending[collection]
            progress = True
            ids = ids_in(fetch(path))
            if ids:
                found[collection] = ids
        if not progress:
            break
    return found
