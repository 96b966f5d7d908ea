"""Checks of the documented rules, in schemathesis' check shape ``(ctx, response, case)``.

Importing this module registers them with schemathesis (``SCHEMATHESIS_HOOKS`` points here in
the contract run). Checks that need a second request make it through the same schema, with the
token of the case being checked, so they work in-process and against any server.
"""

from __future__ import annotations

import json
import os
from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from talkover_spec.extensions import AGENT_TO_DRAFT, Operation, all_operations

from .target import OTHER_TOKEN_ENV  # a token of a second environment: the isolation check

OPERATIONS = {op.operation_id: op for op in all_operations()}
BY_ROUTE = {(op.method, op.path): op for op in all_operations()}


class ContractViolation(AssertionError):
    """A documented rule was broken; the first line of the message is the title."""


def _json(response: Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _authorization(response: Response) -> str | None:
    headers = response.request.headers
    value = headers.get("Authorization") or headers.get("authorization")
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return value if isinstance(value, str) else None


def _follow_up(
    case: Case[Any],
    operation_id: str,
    path_parameters: dict[str, Any],
    authorization: str | None,
    body: Any = None,
) -> Response:
    operation = case.operation.schema.find_operation_by_id(operation_id)
    headers = {"Authorization": authorization} if authorization else {}
    if body is None:
        follow = operation.Case(path_parameters=path_parameters, headers=headers)
    else:
        follow = operation.Case(
            path_parameters=path_parameters,
            headers=headers,
            body=body,
            media_type="application/json",
        )
    response: Response = follow.call()
    return response


def _spec_operation(case: Case[Any]) -> Operation | None:
    return OPERATIONS.get(str(case.operation.definition.raw.get("operationId")))


def _operation_at(method: str, path: str) -> Operation | None:
    return BY_ROUTE.get((method, path))


@schemathesis.check
def error_envelope(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every error body is the API's envelope: a JSON object with a string ``message`` and,
    when ``success`` is present, ``success: false``."""
    if response.status_code < 400:
        return None
    body = _json(response)
    if not isinstance(body, dict) or not isinstance(body.get("message"), str):
        raise ContractViolation(
            f"Error body is not the API's envelope\n"
            f"{response.status_code} answered {response.content[:200]!r}; expected a JSON object"
            " with a string `message`."
        )
    if "success" in body and body["success"] is not False:
        raise ContractViolation("Error body says success\n`success` must be false on errors.")
    return True


@schemathesis.check
def deleted_stays_gone(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """After a successful DELETE of a resource: deleting it again is 404, reading it (where its
    path has a GET) is 404, and the list at its parent path (where there is one) leaves it out.
    Knows no operation by name: the paths and ``x-talkover-resource`` say what to ask."""
    operation = _spec_operation(case)
    if operation is None or operation.method != "DELETE" or operation.keeps_resource:
        return None
    if not 200 <= response.status_code < 300:
        return None
    addressed = operation.resource_parameters
    if not addressed or not operation.path.endswith("{" + addressed[-1].name + "}"):
        return None
    gone = addressed[-1].name
    gone_id = case.path_parameters[gone]
    authorization = _authorization(response)
    again = _follow_up(case, operation.operation_id, dict(case.path_parameters), authorization)
    if again.status_code != 404:
        raise ContractViolation(
            f"Second delete did not answer 404\n{operation.operation_id} of {gone_id!r} again"
            f" answered {again.status_code}; the docs say a delete is permanent."
        )
    reader = _operation_at("GET", operation.path)
    if reader is not None:
        read = _follow_up(case, reader.operation_id, dict(case.path_parameters), authorization)
        if read.status_code != 404:
            raise ContractViolation(
                f"Deleted resource still readable\n{reader.operation_id} of {gone_id!r} answered"
                f" {read.status_code} after it was deleted."
            )
    lister = _operation_at("GET", operation.path.rsplit("/", 1)[0])
    if lister is not None:
        parent = {k: v for k, v in case.path_parameters.items() if k != gone}
        listed = _follow_up(case, lister.operation_id, parent, authorization)
        data = (_json(listed) or {}).get("data")
        ids = (
            [item.get("id") for item in data if isinstance(item, dict)]
            if isinstance(data, list)
            else []
        )
        if gone_id in ids:
            raise ContractViolation(
                f"Deleted resource came back\n{gone_id!r} was deleted (2xx) but"
                f" {lister.operation_id} still returns it."
            )
    return True


@schemathesis.check
def change_sends_agent_to_draft(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """A successful operation that the spec marks ``x-talkover-effects: [agent-to-draft]``
    leaves the agent of its path in ``draft``. The agent may have been a draft already, so the
    check also publishes it (when it is ready), sends the same request again and looks once
    more: a change that leaves a published agent published is caught either way."""
    operation = _spec_operation(case)
    if operation is None or AGENT_TO_DRAFT not in operation.effects:
        return None
    if not 200 <= response.status_code < 300:
        return None
    agent_id = case.path_parameters["agent_id"]
    authorization = _authorization(response)
    _require_draft(case, operation, agent_id, authorization)
    publisher = _operation_at("POST", "/agents/{agent_id}/publish")
    assert publisher is not None, "the spec has no Publish Agent"
    published = _follow_up(case, publisher.operation_id, {"agent_id": agent_id}, authorization)
    if not 200 <= published.status_code < 300:
        return True  # not ready to publish: the first look is all there is
    again = case.call(headers={"Authorization": authorization} if authorization else None)
    if 200 <= again.status_code < 300:
        _require_draft(case, operation, agent_id, authorization)
    else:  # the repeat was refused (a delete, say): leave the agent as the operation left it
        unpublisher = _operation_at("POST", "/agents/{agent_id}/unpublish")
        assert unpublisher is not None, "the spec has no Unpublish Agent"
        _follow_up(case, unpublisher.operation_id, {"agent_id": agent_id}, authorization)
    return True


def _require_draft(
    case: Case[Any], operation: Operation, agent_id: str, authorization: str | None
) -> None:
    reader = _operation_at("GET", "/agents/{agent_id}")
    assert reader is not None, "the spec has no Get Agent"
    agent = _follow_up(case, reader.operation_id, {"agent_id": agent_id}, authorization)
    status = ((_json(agent) or {}).get("data") or {}).get("current_status")
    if status != "draft":
        raise ContractViolation(
            f"Agent not sent back to draft\nAfter {operation.operation_id} ({case.method}),"
            f" agent {agent_id!r} is {status!r}; the docs say it must be re-published."
        )


@schemathesis.check
def other_environment_is_refused(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """What one token can read, a token of another environment cannot: every GET that
    addresses a resource and answered 200 is asked again with the other token."""
    other = os.environ.get(OTHER_TOKEN_ENV)
    operation = _spec_operation(case)
    if not other or operation is None or operation.method != "GET":
        return None
    if response.status_code != 200 or all(p.shared for p in operation.resource_parameters):
        return None
    foreign = _follow_up(
        case, operation.operation_id, dict(case.path_parameters), f"Bearer {other}"
    )
    if foreign.status_code not in (403, 404):
        raise ContractViolation(
            f"Another environment's token sees the resource\n{operation.operation_id}"
            f" {dict(case.path_parameters)} with a token of another environment answered"
            f" {foreign.status_code}, expected 403."
        )
    return True


def _objects(value: Any) -> Any:
    """Every JSON object in ``value``, depth first."""
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from _objects(item)


@schemathesis.check
def status_follows_enabled(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Wherever a success body shows an object with a boolean ``enabled`` and a ``status``
    (webhooks), the status is derived from it: ``disabled`` exactly when not enabled."""
    if not 200 <= response.status_code < 300:
        return None
    checked = False
    for item in _objects(_json(response)):
        enabled, status = item.get("enabled"), item.get("status")
        if not isinstance(enabled, bool) or not isinstance(status, str):
            continue
        checked = True
        if enabled == (status == "disabled"):
            raise ContractViolation(
                "Status does not follow enabled\n"
                f"`enabled` is {str(enabled).lower()} but `status` is {status!r}: a disabled"
                " object's status is `disabled`, an enabled one's is not."
            )
    return True if checked else None


@schemathesis.check
def requirement_held(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """After a success of an operation with ``x-talkover-requires``, each named resource has
    the fields it requires (read back with the GET of its own path): a call was placed with a
    published agent, queued in an active campaign."""
    operation = _spec_operation(case)
    if operation is None or not operation.requires or not 200 <= response.status_code < 300:
        return None
    for parameter, fields in operation.requires.items():
        marker = "{" + parameter + "}"
        reader = _operation_at("GET", operation.path.split(marker)[0] + marker)
        assert reader is not None, f"no GET of {parameter} for {operation.operation_id}"
        parameters = {k: v for k, v in case.path_parameters.items() if k == parameter}
        read = _follow_up(case, reader.operation_id, parameters, _authorization(response))
        data = (_json(read) or {}).get("data") or {}
        for field, wanted in fields.items():
            if data.get(field) != wanted:
                raise ContractViolation(
                    f"Succeeded without its requirement\n{operation.operation_id} answered"
                    f" {response.status_code} but {parameter} {case.path_parameters[parameter]!r}"
                    f" has {field} {data.get(field)!r}; it requires {wanted!r}."
                )
    return True


@schemathesis.check
def transitions_follow_table(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """After a status change (``x-talkover-transitions``), every status the table does not
    allow from the new one is refused (4xx): a final status stays final."""
    operation = _spec_operation(case)
    table = operation.transitions if operation is not None else None
    if operation is None or table is None or not 200 <= response.status_code < 300:
        return None
    current = ((_json(response) or {}).get("data") or {}).get("status")
    if current not in table:
        return None
    authorization = _authorization(response)
    for wanted in [status for status in table if status not in table[current]]:
        moved = _follow_up(
            case, operation.operation_id, dict(case.path_parameters), authorization,
            body={"status": wanted},
        )  # fmt: skip
        if not 400 <= moved.status_code < 500:
            raise ContractViolation(
                f"Transition outside the table accepted\n{operation.operation_id} from"
                f" {current!r} to {wanted!r} answered {moved.status_code}; the docs allow"
                f" {current!r} to move only to {table[current] or 'nothing (final)'}."
            )
    return True


@schemathesis.check
def repeat_is_refused(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Right after a success of an operation with ``x-talkover-repeat-refused``, the same
    request again is refused with the documented status (a second campaign call to a number
    that is waiting), unless the body asked for it."""
    operation = _spec_operation(case)
    rule = operation.repeat_refused if operation is not None else None
    if operation is None or rule is None or not 200 <= response.status_code < 300:
        return None
    if isinstance(case.body, dict) and case.body.get(rule["unless"]) is True:
        return None
    authorization = _authorization(response)
    again = case.call(headers={"Authorization": authorization} if authorization else None)
    if again.status_code != rule["status"]:
        raise ContractViolation(
            f"Repeated request not refused\n{operation.operation_id} sent again answered"
            f" {again.status_code}, expected {rule['status']} (unless `{rule['unless']}`)."
        )
    return True


CUSTOM_CHECKS = (
    error_envelope,
    deleted_stays_gone,
    change_sends_agent_to_draft,
    other_environment_is_refused,
    status_follows_enabled,
    requirement_held,
    transitions_follow_table,
    repeat_is_refused,
)
