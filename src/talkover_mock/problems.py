"""The one place where failures become HTTP responses in the API's error envelope."""

from __future__ import annotations

from typing import Any

from starlette.responses import PlainTextResponse, Response

from . import rules
from .domain import (
    AgentNotFound,
    DomainError,
    Forbidden,
    NotReadyToPublish,
    TrainingNotFound,
    Unauthenticated,
)
from .faults import Fault
from .jsonresponse import JSONResponse
from .validation import InvalidRequest

UNAUTHENTICATED = "Unauthenticated."
FORBIDDEN = "You are not authorized to perform this action."
FORBIDDEN_DELETE_TRAINING = "You are not authorized to delete training for this agent."
AGENT_NOT_FOUND = "Agent not found"
TRAINING_NOT_FOUND = "Training not found"
TOO_LARGE = "The request body is too large."
HEADERS_TOO_LARGE = "The request headers are too large."
SERVER_ERROR = "Internal server error."


def error_response(
    status: int,
    message: str,
    faults: frozenset[Fault],
    *,
    errors: dict[str, list[str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    if Fault.BARE_ERROR_BODY in faults:
        return PlainTextResponse(message, status_code=status, headers=headers)
    body: dict[str, Any] = {"success": False, "message": message}
    if errors is not None:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, headers=headers)


def status_and_message(error: DomainError) -> tuple[int, str, dict[str, list[str]] | None]:
    match error:
        case Unauthenticated():
            return 401, UNAUTHENTICATED, None
        case Forbidden(action="delete_training"):
            return 403, FORBIDDEN_DELETE_TRAINING, None
        case Forbidden():
            return 403, FORBIDDEN, None
        case AgentNotFound():
            return 404, AGENT_NOT_FOUND, None
        case TrainingNotFound():
            return 404, TRAINING_NOT_FOUND, None
        case NotReadyToPublish(missing=missing):
            return 422, rules.not_ready_message(missing), missing
    return 500, SERVER_ERROR, None


def from_domain_error(error: DomainError, faults: frozenset[Fault]) -> Response:
    status, message, errors = status_and_message(error)
    if Fault.UNDOCUMENTED_STATUS in faults and isinstance(error, TrainingNotFound):
        status = 410
    return error_response(status, message, faults, errors=errors)


def from_invalid_request(error: InvalidRequest, faults: frozenset[Fault]) -> Response:
    return error_response(422, error.message, faults, errors=error.errors)
