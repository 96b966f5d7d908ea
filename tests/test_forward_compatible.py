"""A client that survives the API's next release (issue 30). Over every operation with a JSON
success body, its documented success body is changed the ways a new release changes bodies: an
extra field on every object, a value no enum lists yet in every enum field, one required field
left out of every object under the envelope. The default client reads each, recording what
differed on ``Response.drift``; a client made with ``strict_responses=True`` reads the extra
field (as before) and refuses the other two."""

from __future__ import annotations

import copy
import importlib
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
import talkover_api_client

import talkover
from talkover_spec import dereference, load_spec
from talkover_spec.extensions import all_operations
from talkover_tools.sdkgen import snake_case

pytestmark = pytest.mark.drift
ADDED, NEW_VALUE = "zz_added_in_a_later_release", "zz_a_value_of_a_later_release"
API = Path(talkover_api_client.__file__).parent / "api"


def _schema_of(schema: dict[str, Any]) -> dict[str, Any]:
    """An object schema with its allOf merged (properties and required)."""
    merged: dict[str, Any] = {**schema, "properties": dict(schema.get("properties", {}))}
    required = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        inner = _schema_of(part)
        for name, member in inner.get("properties", {}).items():
            merged["properties"][name] = {**merged["properties"].get(name, {}), **member}
        required += inner.get("required", [])
        for key in ("enum", "type", "items"):
            if key in inner and key not in merged:
                merged[key] = inner[key]
    merged["required"] = required
    return merged


def _branch(schema: dict[str, Any], value: Any) -> dict[str, Any] | None:
    """The schema that describes ``value`` (a oneOf/anyOf's object branch whose required
    fields the value has)."""
    branches = schema.get("oneOf") or schema.get("anyOf")
    if not branches:
        return _schema_of(schema)
    for branch in branches:
        merged = _schema_of(branch)
        fits = isinstance(value, dict) and set(merged.get("required", [])) <= set(value)
        if fits and (merged.get("properties") or merged.get("type") == "object"):
            return merged
        if not isinstance(value, dict) and "enum" in merged:
            return merged
    return None


def mutate(schema: dict[str, Any], value: Any, kind: str, depth: int = 0) -> tuple[Any, int]:
    """``value`` changed by ``kind`` wherever ``schema`` allows; how many places changed."""
    described = _branch(schema, value)
    if described is None:
        return value, 0
    changed = 0
    if isinstance(value, str) and kind == "enum" and "enum" in described:
        return NEW_VALUE, 1
    if isinstance(value, list):
        items = described.get("items", {})
        out = []
        for each in value:
            new, n = mutate(items, each, kind, depth + 1)
            out.append(new)
            changed += n
        return out, changed
    if isinstance(value, dict) and described.get("properties"):
        out_dict = dict(value)
        for name, member in described["properties"].items():
            if name in out_dict:
                out_dict[name], n = mutate(member, out_dict[name], kind, depth + 1)
                changed += n
        if kind == "extra":
            out_dict[ADDED] = 1
            changed += 1
        if kind == "missing" and depth > 0:
            # A later release leaves a field out of an item, not every field: an object left
            # with none of its fields is not that item any more (and is refused as such).
            present = [r for r in described.get("required", []) if r in out_dict]
            known = [k for k in described["properties"] if k in out_dict]
            if present and len(known) > 1:
                del out_dict[present[-1]]
                changed += 1
        return out_dict, changed
    return value, changed


def documented_successes() -> list[tuple[str, Any, int, dict[str, Any], Any]]:
    """(operationId, endpoint module, status, schema, documented body) of every operation."""
    spec = load_spec()
    found = []
    for op in all_operations():
        definition = dereference(spec["paths"][op.path][op.method.lower()], spec)
        for status, response in sorted(definition["responses"].items()):
            media = response.get("content", {}).get("application/json")
            if not str(status).startswith("2") or media is None:
                continue
            body = media.get("example")
            if body is None:
                body = next(iter(media.get("examples", {}).values()), {}).get("value")
            if body is None:
                continue
            (path,) = API.glob(f"*/{snake_case(op.operation_id)}.py")
            module = importlib.import_module(
                f"talkover_api_client.api.{path.parent.name}.{path.stem}"
            )
            found.append((op.operation_id, module, int(status), media["schema"], body))
            break
    return found


SUCCESSES = documented_successes()
LENIENT = talkover.make_client("talq_test", base_url="http://api.invalid")
STRICT = talkover.make_client("talq_test", base_url="http://api.invalid", strict_responses=True)


def read(module: Any, client: Any, status: int, body: Any) -> Any:
    return module._build_response(client=client, response=httpx.Response(status, json=body))


def test_there_are_bodies_to_change() -> None:
    assert len(SUCCESSES) >= 90


@pytest.mark.parametrize("kind", ["extra", "enum", "missing"])
def test_every_operation_reads_a_later_release_s_body_and_strict_refuses_it(kind: str) -> None:
    changed_ops, places, failures = 0, 0, []
    for operation_id, module, status, schema, body in SUCCESSES:
        documented = read(module, STRICT, status, body)
        assert documented.parsed is not None, f"{operation_id}: its own example does not parse"
        assert documented.drift == ()
        later, changed = mutate(schema, copy.deepcopy(body), kind)
        if not changed:
            continue
        changed_ops, places = changed_ops + 1, places + changed
        lenient = read(module, LENIENT, status, later)
        strict = read(module, STRICT, status, later)
        if lenient.parsed is None:
            failures.append(f"{operation_id}: the default client refused it")
        if kind == "extra":
            if strict.parsed is None or lenient.drift:
                failures.append(f"{operation_id}: an extra field is not simply kept")
        else:
            if strict.parsed is not None:
                failures.append(f"{operation_id}: strict_responses read it")
            if not lenient.drift:
                failures.append(f"{operation_id}: no drift recorded")
    print(f"{kind}: {changed_ops} operations, {places} places changed, read by default")
    assert not failures, failures[:10]
    assert changed_ops >= {"extra": 90, "enum": 30, "missing": 60}[kind]


def test_an_unknown_status_reads_as_its_string_and_the_drift_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from talkover_api_client.api.calls import list_calls

    ((_, module, status, _, body),) = [s for s in SUCCESSES if s[0] == "listCalls"]
    later = copy.deepcopy(body)
    later["data"][0]["status"] = "voicemail"
    del later["data"][0]["duration"]
    with caplog.at_level(logging.WARNING, logger="talkover"):
        response = read(list_calls, LENIENT, status, later)
    call = response.parsed.data[0]
    assert call.status == "voicemail"
    assert call.duration is None
    assert set(response.drift) == {
        "CallStatus: a value the spec does not list (kept as sent)",
        "Call.duration: a required field is missing (read as None)",
    }
    logged = [r.getMessage() for r in caplog.records]
    assert any("list_calls" in line and "CallStatus" in line for line in logged)
    assert len(logged) == 2  # one line per kind
    assert not any("voicemail" in line for line in logged)  # never a value of the body
    del module


def test_a_body_without_its_envelope_is_still_refused() -> None:
    """Leniency is for a field a later release leaves out of an item; a success body that lacks
    the envelope's own fields (or has none of a model's fields) is not the documented body."""
    tk = talkover.Talkover(
        "talq_test",
        base_url="http://api.invalid",
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"success": True})),
    )
    with pytest.raises(talkover.APIResponseValidationError, match="lacks"):
        tk.agents.get("agent-1")
    tk.close()


def test_requests_stay_strict() -> None:
    """What the user sends is checked before it leaves: a typo'd enum is the user's bug."""
    tk = talkover.Talkover("talq_test", base_url="http://api.invalid")
    with pytest.raises(TypeError, match="campaign_type"):
        tk.campaigns.create(
            name="X", campaign_type="salez", agent_id="a", start_date="2030-01-01",  # type: ignore[arg-type]
            days_of_week=[1], call_time_ranges=[{"start": "09:00", "end": "10:00"}],
            timezone="UTC",
        )  # fmt: skip
    tk.close()
