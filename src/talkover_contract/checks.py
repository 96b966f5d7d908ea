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

from .target import OTHER_TOKEN_ENV  # a token of a second environment: the isolation check


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
    case: Case[Any], operation_id: str, path_parameters: dict[str, Any], authorization: str | None
) -> Response:
    operation = case.operation.schema.find_operation_by_id(operation_id)
    headers = {"Authorization": authorization} if authorization else {}
    follow = operation.Case(path_parameters=path_parameters, headers=headers)
    response: Response = follow.call()
    return response


def _is_training_change(case: Case[Any]) -> bool:
    return case.operation.definition.raw.get("operationId") in (
        "createOrUpdateTraining",
        "deleteTraining",
    )


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
def deleted_training_stays_gone(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """After a successful delete, the training is not listed and a second delete is 404."""
    if case.operation.definition.raw.get("operationId") != "deleteTraining":
        return None
    if not 200 <= response.status_code < 300:
        return None
    agent_id = case.path_parameters["agent_id"]
    training_id = case.path_parameters["training_id"]
    authorization = _authorization(response)
    listed = _follow_up(case, "listTrainings", {"agent_id": agent_id}, authorization)
    ids = [t.get("id") for t in (_json(listed) or {}).get("data", []) if isinstance(t, dict)]
    if training_id in ids:
        raise ContractViolation(
            f"Deleted training came back\nTraining {training_id!r} of agent {agent_id!r} was"
            " deleted (2xx) but List Trainings still returns it."
        )
    again = _follow_up(case, "deleteTraining", dict(case.path_parameters), authorization)
    if again.status_code != 404:
        raise ContractViolation(
            f"Second delete did not answer 404\nDeleting training {training_id!r} again answered"
            f" {again.status_code}; the docs say a delete is permanent."
        )
    return True


@schemathesis.check
def training_change_sends_agent_to_draft(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """A successful create, update or delete of a training leaves the agent in ``draft``."""
    if not _is_training_change(case) or not 200 <= response.status_code < 300:
        return None
    agent_id = case.path_parameters["agent_id"]
    agent = _follow_up(case, "getAgent", {"agent_id": agent_id}, _authorization(response))
    status = ((_json(agent) or {}).get("data") or {}).get("current_status")
    if status != "draft":
        raise ContractViolation(
            f"Agent not sent back to draft\nAfter a {case.method} on its trainings, agent"
            f" {agent_id!r} is {status!r}; the docs say it must be re-published."
        )
    return True


@schemathesis.check
def other_environment_is_refused(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """What one token can read, a token of another environment cannot."""
    other = os.environ.get(OTHER_TOKEN_ENV)
    if not other or case.operation.definition.raw.get("operationId") != "getAgent":
        return None
    if response.status_code != 200:
        return None
    agent_id = case.path_parameters["agent_id"]
    foreign = _follow_up(case, "getAgent", {"agent_id": agent_id}, f"Bearer {other}")
    if foreign.status_code not in (403, 404):
        raise ContractViolation(
            f"Another environment's token sees the agent\nGet Agent {agent_id!r} with a token of"
            f" another environment answered {foreign.status_code}, expected 403."
        )
    return True


CUSTOM_CHECKS = (
    error_envelope,
    deleted_training_stays_gone,
    training_change_sends_agent_to_draft,
    other_environment_is_refused,
)
