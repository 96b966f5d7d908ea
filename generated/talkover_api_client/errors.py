"""Typed errors raised by the API functions.

Rendered from ``codegen/templates/errors.py.jinja`` (a custom template of this project), so the
hierarchy survives every regeneration. ``sync()`` / ``asyncio()`` of every operation return the
success body and raise a subclass of :class:`APIStatusError` for any other status;
``sync_detailed()`` / ``asyncio_detailed()`` still return the full response and raise nothing.
"""

import json
from typing import Any

import httpx

from .types import Response

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id")


class TalkoverError(Exception):
    """Base class of every error this client raises."""


class APIConnectionError(TalkoverError):
    """The request did not get a response: the connection failed or was dropped."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None):
        self.request = request
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request took longer than the client's timeout."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None):
        super().__init__(message, request=request)


class APIStatusError(TalkoverError):
    """The server answered with a status that is not a success.

    Attributes:
        status_code: the HTTP status.
        message: the API's ``message`` (or a short excerpt of a non-JSON body).
        body: the parsed JSON body, or ``None`` when the body was not JSON.
        headers: the response headers.
        request_id: the server's request id header, when it sends one.
        response: the detailed response, when the error was raised from one.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any = None,
        headers: httpx.Headers | None = None,
        response: Response[Any] | None = None,
    ):
        self.message = message
        self.status_code = status_code
        self.body = body
        self.headers = headers if headers is not None else httpx.Headers()
        self.request_id = next((self.headers[h] for h in REQUEST_ID_HEADERS if h in self.headers), None)
        self.response = response
        super().__init__(f"{status_code}: {message}")


class UnexpectedStatus(APIStatusError):
    """A status the spec does not document for the operation (when ``raise_on_unexpected_status``)."""

    def __init__(self, status_code: int, content: bytes):
        self.content = content
        body = _json_or_none(content)
        super().__init__(_message_of(body, content), status_code=status_code, body=body)


class BadRequestError(APIStatusError):
    """400: the request could not be understood."""


class AuthenticationError(APIStatusError):
    """401: the token is missing, malformed or unknown."""


class PermissionDeniedError(APIStatusError):
    """403: the token's environment may not touch this resource."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist (or no longer does)."""


class AgentNotFoundError(NotFoundError):
    """404: the agent does not exist in any environment the token can see."""


class TrainingNotFoundError(NotFoundError):
    """404: the training does not exist, or was deleted."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class PayloadTooLargeError(APIStatusError):
    """413: the request body is too large."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was refused; ``errors`` maps each field to its messages."""

    @property
    def errors(self) -> dict[str, list[str]]:
        raw = self.body.get("errors") if isinstance(self.body, dict) else None
        if isinstance(raw, dict):
            return {str(k): [str(m) for m in v] if isinstance(v, list) else [str(v)] for k, v in raw.items()}
        if isinstance(raw, list):
            return {"": [str(m) for m in raw]}
        return {}


class RateLimitError(APIStatusError):
    """429: the plan's rate limit was reached."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def exception_class_for(status_code: int, message: str) -> type[APIStatusError]:
    """The exception class for a non-success status and the API's message.

    The API sends no machine-readable error code, so the two 404 cases are told apart by the
    documented messages: "Training not found" and "Agent not found[ in this environment.]".
    """
    if status_code == 404:
        lowered = message.lower()
        if lowered.startswith("training not found"):
            return TrainingNotFoundError
        if lowered.startswith("agent not found"):
            return AgentNotFoundError
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return None


def _message_of(body: Any, content: bytes) -> str:
    if isinstance(body, dict):
        for key in ("message", "error"):
            value = body.get(key)
            if isinstance(value, str):
                return value
    text = content.decode("utf-8", errors="replace").strip()
    return text[:200] if text else "(empty body)"


def error_from_response(response: Response[Any]) -> APIStatusError:
    """Build the typed exception for a non-success detailed response."""
    body = _json_or_none(response.content)
    message = _message_of(body, response.content)
    cls = exception_class_for(int(response.status_code), message)
    return cls(
        message,
        status_code=int(response.status_code),
        body=body,
        headers=httpx.Headers(response.headers),
        response=response,
    )


def unwrap(response: Response[Any]) -> Any:
    """The parsed success body of ``response``, or raise its typed exception."""
    if 200 <= int(response.status_code) < 300:
        return response.parsed
    raise error_from_response(response)


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AgentNotFoundError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "TalkoverError",
    "TrainingNotFoundError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "error_from_response",
    "exception_class_for",
    "unwrap",
]
