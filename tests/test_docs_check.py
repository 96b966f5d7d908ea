"""The docs check (issue 28): the spec against the facts of the docs' pages
(``openapi/docs-facts.json``, extracted from ``Talqover/talqover-docs``). Every difference is
fixed in the spec or explained by a decision; a planted contradiction fails; the extractor reads
the pages' components as written; re-extraction shows what the docs changed; update examples
answer what their requests sent."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from talkover_spec import dereference, load_spec
from talkover_spec.extensions import all_operations
from talkover_tools import docs_facts
from talkover_tools.ts_examples import _example

ROOT = Path(__file__).resolve().parents[1]
FACTS = json.loads(docs_facts.FACTS.read_text())


def test_every_difference_with_the_docs_is_fixed_or_explained_by_a_decision() -> None:
    found, checked, uncovered = docs_facts.differences(FACTS)
    left = docs_facts.unexplained(found, docs_facts.explanations())
    print(
        f"docs check: {checked} facts of {len(FACTS['pages']) - len(uncovered)} pages "
        f"(docs {FACTS['commit'][:12]}), {len(found)} differences, all explained"
    )
    assert not left, "\n".join(map(str, left))
    assert checked > 1000
    assert len(FACTS["pages"]) - len(uncovered) == len(all_operations())


def test_each_explanation_names_a_decision_and_explains_something() -> None:
    decisions = set(re.findall(r"^## (D\d+) ", (ROOT / "docs" / "decisions.md").read_text(), re.M))
    found, _, _ = docs_facts.differences(FACTS)
    for entry in docs_facts.explanations():
        assert entry["decision"] in decisions, entry
        assert entry.get("why"), entry
        assert docs_facts.unexplained(found, [entry]) != found, f"explains nothing: {entry}"


def test_a_spec_change_that_contradicts_a_page_fails_naming_it() -> None:
    spec = copy.deepcopy(load_spec())
    spec["components"]["schemas"]["TrainingInput"]["required"] = ["instructions"]
    found, _, _ = docs_facts.differences(FACTS, spec)
    left = docs_facts.unexplained(found, docs_facts.explanations())
    assert [str(d) for d in left] == [
        "create-training: body subject required: the docs say True, the spec False"
    ]


PAGE = """---
title: "Example"
api: "PUT /api/v1/agents/{agent_id}/flow"
---
<ParamField path="agent_id" type="string" required>Agent.</ParamField>
<ParamField header="Authorization" type="string" required>Bearer.</ParamField>
<ParamField body="flow_config" type="object">
  <Expandable title="flow_config object">
    <ParamField body="nodes" type="array" required>Nodes.</ParamField>
  </Expandable>
</ParamField>
<ParamField body="enabled" type="boolean" />
<ParamField body="name" type="string" required={false}>Name.</ParamField>

### Success Response (200 OK)
### Not found (404)

<ResponseField name="data" type="object" required>
  <Expandable title="Agent">
    <ResponseField name="id" type="string" required>Id.</ResponseField>
    <ResponseField name="tags" type="array">Tags.</ResponseField>
  </Expandable>
</ResponseField>

```json
{"success": false, "message": "Agent not found", "code": "AGENT_NOT_FOUND"}
```

| Code | Description | HTTP Status |
|------|-------------|-------------|
| `AGENT_NOT_FOUND` | No agent | 404 |
"""


def test_the_extractor_reads_the_components_as_written() -> None:
    facts = docs_facts.page_facts(PAGE)
    assert facts is not None
    assert (facts["method"], facts["path"]) == ("PUT", "/agents/{agent_id}/flow")
    assert facts["params"] == {
        "path agent_id": {"type": "string", "required": True},
        "body flow_config": {"type": "object", "required": False},
        "body flow_config.nodes": {"type": "array", "required": True},
        "body enabled": {"type": "boolean", "required": False},
        "body name": {"type": "string", "required": False},
    }
    assert facts["statuses"] == [200, 404]
    assert facts["response_fields"] == {
        "data": {"type": "object", "required": True},
        "data.id": {"type": "string", "required": True},
        "data.tags": {"type": "array", "required": False},
    }
    assert facts["error_codes"] == ["AGENT_NOT_FOUND 404"]
    assert facts["error_messages"] == ["Agent not found", "code AGENT_NOT_FOUND"]


def test_re_extraction_says_what_the_docs_changed() -> None:
    newer = copy.deepcopy(FACTS)
    page = newer["pages"]["create-training"]
    page["params"]["body subject"]["required"] = False
    page["statuses"].append(418)
    del newer["pages"]["list-agents"]
    changed = docs_facts.changes(FACTS, newer)
    assert "list-agents: page removed" in changed
    assert any(c.startswith("create-training: params body subject:") for c in changed)
    assert any(c.startswith("create-training: statuses:") for c in changed)


def example_pairs() -> list[tuple[str, dict[str, object], dict[str, object]]]:
    """(operationId, request example, success example's data) of every operation with both."""
    spec = load_spec()
    pairs = []
    for op in all_operations():
        definition = dereference(spec["paths"][op.path][op.method.lower()], spec)
        request = definition.get("requestBody")
        success = next(
            (r for s, r in sorted(definition["responses"].items()) if str(s).startswith("2")), {}
        )
        if request is None or "content" not in success:
            continue
        sent_found, sent = _example(request.get("content", {}))
        got_found, got = _example(success["content"])
        data = got.get("data") if got_found and isinstance(got, dict) else None
        both = sent_found and isinstance(sent, dict) and isinstance(data, dict)
        if both and set(sent) & set(data):  # something of the request comes back
            pairs.append((op.operation_id, sent, data))
    return pairs


PAIRS = example_pairs()


def test_there_are_example_pairs_to_check() -> None:
    assert len(PAIRS) >= 20


@pytest.mark.parametrize(("operation_id", "sent", "data"), PAIRS, ids=[p[0] for p in PAIRS])
def test_an_update_example_answers_what_its_request_sent(
    operation_id: str, sent: dict[str, object], data: dict[str, object]
) -> None:
    """Where a request example's field comes back in the success example's `data`, it comes
    back as sent (an update example that ignores its own update misleads every reader)."""
    echoed = {k: v for k, v in sent.items() if k in data}
    assert carries({k: data[k] for k in echoed}, echoed), operation_id


def carries(got: object, sent: object) -> bool:
    """``got`` holds what was ``sent``: the same values, where objects may carry more fields
    (an id the server gave each attendee)."""
    if isinstance(sent, dict):
        return isinstance(got, dict) and all(
            k in got and carries(got[k], v) for k, v in sent.items()
        )
    if isinstance(sent, list):
        return (
            isinstance(got, list) and len(got) == len(sent)
            and all(carries(g, v) for g, v in zip(got, sent, strict=True))
        )  # fmt: skip
    return got == sent


def test_an_object_that_drops_a_sent_field_is_not_carried() -> None:
    assert carries({"a": [{"id": 1, "name": "x"}]}, {"a": [{"name": "x"}]})
    assert not carries({"a": [{"id": 1}]}, {"a": [{"name": "x"}]})
    assert not carries({"a": "y"}, {"a": "x"})
