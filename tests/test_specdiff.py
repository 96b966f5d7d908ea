"""The breaking-change gate, one pair of specs per rule: the current spec and a changed copy."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from talkover_spec import load_spec, spec_path
from talkover_tools import specdiff

Doc = dict[str, Any]


def current() -> Doc:
    return copy.deepcopy(load_spec(spec_path()))


def schemas(doc: Doc) -> Doc:
    return doc["components"]["schemas"]  # type: ignore[no-any-return]


def op(doc: Doc, path: str, method: str) -> Doc:
    return doc["paths"][path][method]  # type: ignore[no-any-return]


def remove_operation(doc: Doc) -> None:
    del doc["paths"]["/agents/{agent_id}/unpublish"]


def remove_response_field(doc: Doc) -> None:
    del schemas(doc)["Training"]["properties"]["updated_at"]
    schemas(doc)["Training"]["required"].remove("updated_at")


def remove_path_parameter(doc: Doc) -> None:
    item = doc["paths"]["/agents/{agent_id}/trainings/{training_id}"]
    item["parameters"] = [p for p in item["parameters"] if "TrainingId" not in p.get("$ref", "")]


def new_required_request_field(doc: Doc) -> None:
    schemas(doc)["TrainingInput"]["properties"]["priority"] = {"type": "integer"}
    schemas(doc)["TrainingInput"]["required"].append("priority")


def new_required_parameter(doc: Doc) -> None:
    op(doc, "/agents/{agent_id}/trainings", "get")["parameters"] = [
        {"name": "page", "in": "query", "required": True, "schema": {"type": "integer"}}
    ]


def narrowed_request_enum(doc: Doc) -> None:
    doc["components"]["schemas"]["TrainingInput"]["properties"]["current_status"] = {
        "type": "string", "enum": ["active"]
    }  # fmt: skip


def tighter_request_limit(doc: Doc) -> None:
    schemas(doc)["TrainingInput"]["properties"]["subject"]["maxLength"] = 100


def widened_response_enum(doc: Doc) -> None:
    schemas(doc)["AgentStatus"]["enum"].append("archived")


def removed_response_enum_value(doc: Doc) -> None:
    schemas(doc)["Action"]["properties"]["type"]["enum"].remove("hold")


def changed_type(doc: Doc) -> None:
    schemas(doc)["Agent"]["properties"]["is_sandbox"]["type"] = "string"


def removed_success_status(doc: Doc) -> None:
    responses = op(doc, "/agents/{agent_id}/trainings", "post")["responses"]
    responses["201"] = responses.pop("200")


def changed_security(doc: Doc) -> None:
    op(doc, "/agents/{agent_id}", "get")["security"] = []


BREAKING: list[tuple[Callable[[Doc], None], str]] = [
    (remove_operation, "POST /agents/{agent_id}/unpublish: operation removed"),
    (
        remove_response_field,
        "GET /agents/{agent_id}/trainings 200 body.data[].updated_at: property removed from the response",
    ),
    (
        remove_path_parameter,
        "DELETE /agents/{agent_id}/trainings/{training_id} path parameter training_id: parameter removed",
    ),
    (
        new_required_request_field,
        "POST /agents/{agent_id}/trainings request body.priority: new required property",
    ),
    (
        new_required_parameter,
        "GET /agents/{agent_id}/trainings query parameter page: new required parameter",
    ),
    (
        narrowed_request_enum,
        "POST /agents/{agent_id}/trainings request body.current_status: enum values removed: ['inactive']",
    ),
    (
        tighter_request_limit,
        "POST /agents/{agent_id}/trainings request body.subject: maxLength changed from 255 to 100",
    ),
    (
        removed_response_enum_value,
        "GET /agents/{agent_id} 200 body.data.actions[].type: enum values removed: ['hold']",
    ),
    (
        changed_type,
        "GET /agents/{agent_id} 200 body.data.is_sandbox: type changed from ['boolean'] to ['string']",
    ),
    (removed_success_status, "POST /agents/{agent_id}/trainings 200: success status removed"),
    (changed_security, "GET /agents/{agent_id}: security changed"),
]


@pytest.mark.parametrize(("change", "expected"), BREAKING, ids=[c.__name__ for c, _ in BREAKING])
def test_breaking_change_fails_the_gate_and_is_named(
    change: Callable[[Doc], None], expected: str
) -> None:
    old, new = current(), current()
    change(new)
    passes, text = specdiff.report(old, new)
    assert not passes
    assert any(str(c).startswith(expected) for c in specdiff.diff(old, new) if c.breaking), text


@pytest.mark.parametrize(
    ("change", "expected"), BREAKING[:3], ids=[c.__name__ for c, _ in BREAKING[:3]]
)
def test_a_major_version_bump_lets_breaking_changes_pass(
    change: Callable[[Doc], None], expected: str
) -> None:
    old, new = current(), current()
    change(new)
    new["info"]["version"] = "2.0.0"
    passes, text = specdiff.report(old, new)
    assert passes
    assert "major version raised" in text


def new_optional_response_field(doc: Doc) -> None:
    schemas(doc)["Training"]["properties"]["node_id"] = {"type": ["string", "null"]}


def widened_request_enum(doc: Doc) -> None:
    schemas(doc)["TrainingStatus"]["enum"].append("archived")
    schemas(doc)["Training"]["properties"]["current_status"] = {
        "type": "string",
        "enum": ["active", "inactive"],
    }


def looser_request_limit(doc: Doc) -> None:
    schemas(doc)["TrainingInput"]["properties"]["subject"]["maxLength"] = 500


def new_operation(doc: Doc) -> None:
    doc["paths"]["/agents/{agent_id}/trainings"]["put"] = copy.deepcopy(
        op(doc, "/agents/{agent_id}/trainings", "post")
    )


NON_BREAKING = [
    new_optional_response_field,
    widened_response_enum,
    widened_request_enum,
    looser_request_limit,
    new_operation,
]


@pytest.mark.parametrize("change", NON_BREAKING, ids=[c.__name__ for c in NON_BREAKING])
def test_non_breaking_change_passes_and_is_listed(change: Callable[[Doc], None]) -> None:
    old, new = current(), current()
    change(new)
    passes, text = specdiff.report(old, new)
    assert passes, text
    assert specdiff.diff(old, new), "the change should still be listed"
    assert "Breaking changes (0)" in text


def test_identical_specs_have_no_changes() -> None:
    assert specdiff.diff(current(), current()) == []


def test_cli_against_a_file(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    import yaml

    old = tmp_path / "old.yaml"
    changed = current()
    remove_response_field(changed)
    new = tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(current()))
    new.write_text(yaml.safe_dump(changed))
    assert specdiff.main(["--old", str(old), "--spec", str(new)]) == 1
    assert "updated_at: property removed from the response" in capsys.readouterr().out
    assert specdiff.main(["--old", str(old), "--spec", str(old)]) == 0
