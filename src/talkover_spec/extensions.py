"""The behaviour the spec states in ``x-talkover-*`` extensions and documented examples, read
into plain records: which resource each path parameter addresses, what an operation does
beyond its own resource, and the messages of its documented error examples."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from . import dereference, load_spec

AGENT_TO_DRAFT = "agent-to-draft"
KNOWN_EFFECTS = frozenset({AGENT_TO_DRAFT})


@dataclass(frozen=True)
class ResourceParameter:
    """A path parameter that addresses a stored resource (``x-talkover-resource``)."""

    name: str
    kind: str
    parent: str | None
    """The path parameter of the resource this one belongs to, if any."""
    not_found: str
    """The name of the 404 example that answers when no such resource exists."""
    shared: bool = False
    """Belongs to no environment (a catalogue every token sees)."""


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    definition: dict[str, Any]
    """The operation with its path-level parameters merged in and every ``$ref`` inlined."""

    @property
    def label(self) -> str:
        """``METHOD /path``, as schemathesis and the reports name an operation."""
        return f"{self.method} {self.path}"

    @property
    def tags(self) -> list[str]:
        return list(self.definition.get("tags", []))

    @property
    def link_targets(self) -> frozenset[str]:
        """The operationIds its responses' links lead to (the stateful phase follows them)."""
        return frozenset(
            link["operationId"]
            for response in self.definition.get("responses", {}).values()
            for link in (response.get("links") or {}).values()
            if isinstance(link, dict) and "operationId" in link
        )

    @property
    def is_public(self) -> bool:
        """No security requirement: answers without a token."""
        return self.definition.get("security") == []

    @property
    def security_scheme(self) -> str | None:
        """The scheme its token is checked by (``bearerAuth``: an environment token,
        ``userAuth``: a user's, the Account API), None for a public operation."""
        for requirement in self.definition.get("security") or []:
            for name in requirement:
                return str(name)
        return None

    @property
    def base_path(self) -> str:
        """The path its URL starts with: its own ``servers``' (``/api`` for Get Current User)
        or the spec's (``/api/v1``)."""
        own = self.definition.get("servers")
        return server_path(own[0]["url"]) if own else api_base_path()

    @property
    def effects(self) -> frozenset[str]:
        found = frozenset(self.definition.get("x-talkover-effects", []))
        unknown = found - KNOWN_EFFECTS
        if unknown:
            raise ValueError(f"{self.operation_id}: unknown x-talkover-effects {sorted(unknown)}")
        return found

    @property
    def resource_parameters(self) -> list[ResourceParameter]:
        """The path parameters that address resources, in path order (parents first)."""
        found = []
        for parameter in self.definition.get("parameters", []):
            extension = parameter.get("x-talkover-resource")
            if parameter.get("in") == "path" and extension:
                found.append(
                    ResourceParameter(
                        parameter["name"],
                        extension["kind"],
                        extension.get("parent"),
                        extension["not-found"],
                        bool(extension.get("shared", False)),
                    )
                )
        order = [segment.strip("{}") for segment in self.path.split("/") if segment.startswith("{")]
        return sorted(found, key=lambda p: order.index(p.name))

    @property
    def request_schema(self) -> dict[str, Any] | None:
        body = self.definition.get("requestBody")
        if not body:
            return None
        schema: dict[str, Any] = body["content"]["application/json"]["schema"]
        return schema

    @property
    def state_refusals(self) -> tuple[int, ...]:
        """Statuses a schema-valid request can get because of the state it meets
        (``x-talkover-state-refusals``)."""
        return tuple(int(s) for s in self.definition.get("x-talkover-state-refusals", []))

    @property
    def requires(self) -> dict[str, dict[str, Any]]:
        """``x-talkover-requires``: path parameter -> the fields its resource must have for a
        success (Make a Call: ``{agent_id: {current_status: published}}``)."""
        found: dict[str, dict[str, Any]] = self.definition.get("x-talkover-requires", {})
        return found

    @property
    def transitions(self) -> dict[str, list[str]] | None:
        """``x-talkover-transitions``: the statuses each status may move to, for an operation
        whose body sets ``status`` (Update Campaign Status); None elsewhere."""
        table: dict[str, list[str]] | None = self.definition.get("x-talkover-transitions")
        return table

    @property
    def repeat_refused(self) -> dict[str, Any] | None:
        """``x-talkover-repeat-refused``: ``{status, unless}``: the same request sent again
        right after a success is refused with ``status``, unless the body's ``unless`` flag
        is true (Make Campaign Call: 409 unless ``allow_duplicates``)."""
        rule: dict[str, Any] | None = self.definition.get("x-talkover-repeat-refused")
        return rule

    @property
    def plan_flag(self) -> str | None:
        """``x-talkover-plan-flag``: the flag of the environment's plan the operation needs
        (Custom SIP trunks: ``allow_custom_sip_trunks``); None when any plan may call it."""
        flag: str | None = self.definition.get("x-talkover-plan-flag")
        return flag

    @property
    def keeps_resource(self) -> bool:
        """A DELETE that changes the record's status instead of removing it."""
        return bool(self.definition.get("x-talkover-keeps-resource", False))

    @property
    def body_fields(self) -> list[str]:
        """The top-level properties of the request body (none without a body)."""
        schema = self.request_schema
        return list(schema.get("properties", {})) if schema else []

    @property
    def query_parameters(self) -> list[dict[str, Any]]:
        return [p for p in self.definition.get("parameters", []) if p.get("in") == "query"]

    def example_body(self, status: int | str, name: str | None = None) -> Any:
        """The documented example body of a response: the named one when the response has
        several (``examples``), else its single ``example``; None when there is none."""
        response = self.definition.get("responses", {}).get(str(status))
        if not response:
            return None
        content = response.get("content", {}).get("application/json", {})
        examples = content.get("examples") or {}
        if name is not None and name in examples:
            return examples[name]["value"]
        if "example" in content:
            return content["example"]
        if len(examples) == 1:
            return next(iter(examples.values()))["value"]
        return None

    def example_message(self, status: int | str, name: str | None = None) -> str | None:
        body = self.example_body(status, name)
        message = body.get("message") if isinstance(body, dict) else None
        return message if isinstance(message, str) else None


@functools.cache
def all_operations() -> tuple[Operation, ...]:
    """Every operation of the spec, in document order."""
    spec = load_spec()
    found = []
    for path, item in spec["paths"].items():
        shared = dereference(item.get("parameters", []), spec)
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            merged = dereference(operation, spec)
            if "servers" in item and "servers" not in merged:
                merged["servers"] = item["servers"]
            merged["parameters"] = _merged_parameters(shared, merged.get("parameters", []))
            found.append(Operation(operation["operationId"], method.upper(), path, merged))
    return tuple(found)


def server_path(url: str) -> str:
    """``https://app.talkover.ai/api/v1`` -> ``/api/v1``."""
    return "/" + url.split("://", 1)[-1].partition("/")[2].strip("/")


@functools.cache
def api_base_path() -> str:
    """The path of the spec's servers (``/api/v1``): where the API is under a base URL."""
    return server_path(load_spec()["servers"][0]["url"])


def _merged_parameters(shared: list[Any], own: list[Any]) -> list[Any]:
    """Path-level parameters, each replaced by the operation's own of the same name and
    location (OpenAPI's rule), then the operation's others."""
    mine = {(p["name"], p["in"]): p for p in own}
    merged = [mine.pop((p["name"], p["in"]), p) for p in shared]
    return merged + [p for p in own if (p["name"], p["in"]) in mine]


@functools.cache
def component_message(response_name: str) -> str:
    """The message of a reusable response's example (``components.responses``)."""
    spec = load_spec()
    response = dereference(spec["components"]["responses"][response_name], spec)
    message: str = response["content"]["application/json"]["example"]["message"]
    return message
