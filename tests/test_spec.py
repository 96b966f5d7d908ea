"""The spec is valid OpenAPI 3.1, its examples match their schemas, every operation is complete.
Each check is shown to fail on a deliberately broken copy."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from talkover_spec import dereference, load_spec, operations, spec_path


def spec() -> dict[str, Any]:
    return copy.deepcopy(load_spec(spec_path()))


def example_problems(document: dict[str, Any]) -> list[str]:
    resolved = dereference(document, document)
    problems: list[str] = []
    for path, item in resolved["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            media: list[tuple[str, Any]] = []
            body = operation.get("requestBody")
            if body:
                media.append((f"{method} {path} request", body["content"]["application/json"]))
            for status, response in operation.get("responses", {}).items():
                for content in response.get("content", {}).values():
                    media.append((f"{method} {path} {status}", content))
            for where, content in media:
                validator = Draft202012Validator(content["schema"])
                examples = [content["example"]] if "example" in content else []
                examples += [e["value"] for e in content.get("examples", {}).values()]
                if not examples:
                    problems.append(f"{where}: no example")
                for example in examples:
                    problems += [f"{where}: {e.message}" for e in validator.iter_errors(example)]
    return problems


def operation_problems(document: dict[str, Any]) -> list[str]:
    """Every operation has an id and bearer security (or says ``security: []``, public), and
    documents 401 (unless public), 404 when its path addresses a resource, and 403 when that
    resource belongs to an environment."""
    problems: list[str] = []
    resolved = dereference(document, document)
    for path, item in resolved["paths"].items():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if not isinstance(operation, dict) or method == "parameters":
                continue
            where = f"{method.upper()} {path}"
            if not operation.get("operationId"):
                problems.append(f"{where}: no operationId")
            public = operation.get("security") == []
            account = "Account" in operation.get("tags", [])
            wanted = [{"userAuth": []}] if account else [{"bearerAuth": []}]
            if not public and operation.get("security") != wanted:
                problems.append(f"{where}: no bearer security")
            resources = [
                p["x-talkover-resource"]
                for p in [*shared, *operation.get("parameters", [])]
                if p.get("in") == "path" and "x-talkover-resource" in p
            ]
            required = set() if public else {"401"}
            if resources:
                required.add("404")
            if any(not r.get("shared") for r in resources):
                required.add("403")
            missing = required - set(operation.get("responses", {}))
            if missing:
                problems.append(f"{where}: undocumented {sorted(missing)}")
    return problems


def test_spec_is_valid_openapi_31() -> None:
    document = spec()
    assert document["openapi"] == "3.1.0"
    validate(document)


def test_spec_validation_fails_on_a_broken_spec() -> None:
    broken = spec()
    broken["paths"]["/agents/{agent_id}"]["get"]["responses"]["200"]["content"] = "oops"
    with pytest.raises(Exception, match=r"oops|is not of type"):
        validate(broken)


def test_every_example_matches_its_schema() -> None:
    assert example_problems(spec()) == []


def test_a_wrong_example_is_found() -> None:
    broken = spec()
    item = broken["paths"]["/agents/{agent_id}/publish"]["post"]["responses"]["200"]
    item["content"]["application/json"]["example"]["data"]["current_status"] = "live"
    assert any("'live' is not one of" in p for p in example_problems(broken))


def test_every_operation_has_id_security_and_errors() -> None:
    document = spec()
    assert operation_problems(document) == []
    assert len(operations(document)) >= 23


def test_missing_security_or_errors_are_found() -> None:
    broken = spec()
    operation = broken["paths"]["/agents/{agent_id}/trainings"]["get"]
    del operation["security"]
    del operation["responses"]["403"]
    problems = operation_problems(broken)
    assert "GET /agents/{agent_id}/trainings: no bearer security" in problems
    assert "GET /agents/{agent_id}/trainings: undocumented ['403']" in problems


def test_every_decision_cited_in_the_spec_is_listed() -> None:
    cited = set(re.findall(r"\(D(\d+)\)", spec_path().read_text()))
    listed = set(
        re.findall(
            r"^## D(\d+)", (Path(__file__).parents[1] / "docs" / "decisions.md").read_text(), re.M
        )
    )
    assert cited <= listed, (
        f"decisions cited in the spec but not in docs/decisions.md: {cited - listed}"
    )


def _defaults(schema: Any, where: str = "") -> list[str]:
    """Every property path under ``schema`` (references inlined) that declares a ``default``."""
    found: list[str] = []
    if isinstance(schema, dict):
        if "default" in schema:
            found.append(where or "(body)")
        for name, sub in schema.get("properties", {}).items():
            found += _defaults(sub, f"{where}.{name}" if where else name)
        for key in ("items", "additionalProperties"):
            found += _defaults(schema.get(key), f"{where}[]")
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in schema.get(key, []):
                found += _defaults(sub, where)
    return found


def request_bodies(
    document: dict[str, Any],
) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(``METHOD path``, operation, request schema) of every operation that takes a body."""
    resolved = dereference(document, document)
    for path, item in resolved["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "requestBody" in operation:
                schema = operation["requestBody"]["content"]["application/json"]["schema"]
                yield f"{method.upper()} {path}", operation, _flat(schema)


def _flat(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with its ``allOf`` branches merged in (properties and required), so that the
    checks see a composed body's fields too."""
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    properties, required = dict(schema.get("properties", {})), list(schema.get("required", []))
    for branch in schema["allOf"]:
        flat = _flat(branch)
        properties.update(flat.get("properties", {}))
        required += [name for name in flat.get("required", []) if name not in required]
    return {**merged, "properties": properties, "required": required}


def default_problems(document: dict[str, Any]) -> list[str]:
    """A request default contradicts an update that keeps omitted fields (D3): on such an
    operation (``x-talkover-omitted-fields: keep``, or any PATCH) no request field may have one."""
    problems: list[str] = []
    for where, operation, schema in request_bodies(document):
        if operation.get("x-talkover-omitted-fields") == "keep" or where.startswith("PATCH"):
            problems += [f"{where}: default on {f}" for f in _defaults(schema)]
    return problems


def test_updates_that_keep_omitted_fields_have_no_request_defaults() -> None:
    document = spec()
    assert default_problems(document) == []
    assert any(
        op.get("x-talkover-omitted-fields") == "keep"
        for item in document["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
    )


def test_a_request_default_on_an_upsert_is_found() -> None:
    broken = spec()
    broken["components"]["schemas"]["TrainingInput"]["properties"]["current_status"]["default"] = (
        "active"
    )
    assert default_problems(broken) == [
        "POST /agents/{agent_id}/trainings: default on current_status"
    ]


def blank_string_problems(document: dict[str, Any]) -> list[str]:
    """Every required string of a request schema must refuse blank text (D13)."""
    problems: list[str] = []
    for where, _, schema in request_bodies(document):
        for name in schema.get("required", []):
            prop = schema["properties"][name]
            if prop.get("type") != "string" or "enum" in prop:
                continue
            validator = Draft202012Validator(prop)
            sample = (prop.get("examples") or ["xxxxxxxxxxxx"])[0]
            if validator.is_valid("  \t\n") or not validator.is_valid(sample):
                problems.append(f"{where}: {name} accepts blank text")
    return problems


def test_required_request_strings_refuse_blank_text() -> None:
    assert blank_string_problems(spec()) == []


def test_a_required_string_without_the_pattern_is_found() -> None:
    broken = spec()
    del broken["components"]["schemas"]["TrainingInput"]["properties"]["subject"]["pattern"]
    assert blank_string_problems(broken) == [
        "POST /agents/{agent_id}/trainings: subject accepts blank text"
    ]


def test_the_fast_yaml_loader_reads_the_same_document() -> None:
    """``load_spec`` uses libyaml's loader for speed; the pure-Python one agrees."""
    import yaml

    from talkover_spec import load_spec, spec_path

    assert load_spec() == yaml.safe_load(spec_path().read_text(encoding="utf-8"))
