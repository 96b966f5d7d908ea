"""The one place where failures become HTTP responses in the API's error envelope. Messages
of the generic answers come from the spec's reusable responses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.responses import PlainTextResponse, Response

from talkover_spec.extensions import component_message

from .errors import ApiError
from .faults import Fault, fault, planted
from .jsonresponse import JSONResponse
from .validation import InvalidRequest

BARE_ERROR_BODY = fault(
    "bare_error_body",
    "Error bodies lose the envelope: plain text instead of {success, message}.",
    caught_by=["error_envelope"],
    tags=["Trainings"],
)


def message(response_name: str) -> str:
    """The documented message of ``components.responses[response_name]``."""
    return component_message(response_name)


def error_response(
    status: int,
    body: Mapping[str, Any],
    faults: frozenset[Fault],
    *,
    headers: Mapping[str, str] | None = None,
) -> Response:
    if planted(faults, BARE_ERROR_BODY):
        return PlainTextResponse(str(body.get("message")), status_code=status, headers=headers)
    return JSONResponse(dict(body), status_code=status, headers=headers)


def envelope(message: str, errors: Mapping[str, list[str]] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"success": False, "message": message}
    if errors is not None:
        body["errors"] = dict(errors)
    return body


def from_api_error(error: ApiError, faults: frozenset[Fault]) -> Response:
    return error_response(error.status, error.body, faults)


def from_invalid_request(error: InvalidRequest, faults: frozenset[Fault]) -> Response:
    return error_response(422, envelope(error.message, error.errors), faults)
