"""Typed errors raised by the API functions.

Rendered from ``codegen/templates/errors.py.jinja`` (a custom template of this project), so the
hierarchy survives every regeneration. ``sync()`` / ``asyncio()`` of every operation return the
success body and raise a subclass of :class:`APIStatusError` for any other status;
``sync_detailed()`` / ``asyncio_detailed()`` still return the full response and raise nothing.
"""

import html
import json
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote

import httpx

from .types import Response

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id")

PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, RecursionError)
"""What reading a body that is not the documented one can raise (JSON, attrs models, enums)."""

ATTEMPTS_EXTENSION = "talkover.attempts"
AMBIGUOUS_EXTENSION = "talkover.retried_after_success_possible"
"""httpx response extensions a retrying transport sets; copied onto :class:`Response`."""


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


class PaginationError(TalkoverError):
    """Iterating a list's pages stopped because the server's pages do not advance: a page that
    is not the one asked for, the same items as the page before, a page object whose numbers
    are not positive integers, or more pages than the iteration allows (``MAX_PAGES``). Raised
    rather than ending quietly, so that a list is never taken for whole when it is not."""


class TokenRequiredError(TalkoverError, ValueError):
    """The operation takes a kind of token this client was not given: the Account API a user
    token (``user_token=``, ``$TALKOVER_USER_TOKEN``), every other operation an environment
    token. Raised before anything is sent."""


class InvalidPathParameterError(TalkoverError, ValueError):
    """A path parameter that cannot be sent as one path segment (empty, ``.`` or ``..``).

    Such a value would change which endpoint the request reaches (``..`` climbs to the parent
    resource), so it is refused before anything is sent.
    """


def path_segment(name: str, value: Any) -> str:
    """``value`` percent-encoded as exactly one path segment, or :class:`InvalidPathParameterError`.

    Every character outside the unreserved set is encoded (``/`` as ``%2F``, ``%`` as ``%25``,
    spaces and non-ASCII as UTF-8 escapes), so no value can add or remove a segment.
    """
    text = str(value)
    if text in ("", ".", ".."):
        shown = "empty" if text == "" else repr(text)
        raise InvalidPathParameterError(
            f"{name} is {shown}: it cannot be sent as a path segment (it would address another endpoint)."
        )
    try:
        return quote(text, safe="", errors="strict")
    except UnicodeEncodeError:
        raise InvalidPathParameterError(f"{name} is not valid Unicode text (it holds a lone surrogate).") from None


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or HTTP date); None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())


class APIStatusError(TalkoverError):
    """The server answered with a status that is not a success.

    Attributes:
        status_code: the HTTP status.
        message: the API's ``message`` (or the best text of a non-JSON body).
        body: the parsed JSON body, or the text when the body was not JSON (``None`` if empty).
        headers: the response headers.
        request_id: the server's request id header, when it sends one.
        response: the detailed response, when the error was raised from one.
        retry_after: seconds the server asked to wait (``Retry-After``, on 429 and 503), or None.
        attempts: how many requests the client sent for this call (retries included).
        retried_after_success_possible: an earlier attempt may have been applied by the server
            (it timed out after sending, or answered a retryable 5xx). A 404 from a retried
            DELETE then most likely means that the first attempt deleted the resource.
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
        self.retry_after = parse_retry_after(self.headers.get("retry-after"))
        self.attempts = response.attempts if response is not None else 1
        self.retried_after_success_possible = response.retried_after_success_possible if response is not None else False
        super().__init__(f"{status_code}: {message}")


class UnexpectedStatus(APIStatusError):
    """A status the spec does not document for the operation (when ``raise_on_unexpected_status``)."""

    def __init__(self, status_code: int, content: bytes):
        self.content = content
        body = _body_of(content)
        super().__init__(_message_of(body, content), status_code=status_code, body=body)


class APIResponseValidationError(APIStatusError):
    """A success status whose body is not the documented success body (``body`` holds what was
    read). Raised by ``sync()`` / ``asyncio()`` instead of returning ``None``."""


class BadRequestError(APIStatusError):
    """400: the request could not be understood."""


class AuthenticationError(APIStatusError):
    """401: the token is missing, malformed or unknown."""


class PermissionDeniedError(APIStatusError):
    """403: the token's environment may not touch this resource."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist (or no longer does)."""


class PaymentRequiredError(APIStatusError):
    """402: the account has no credits left (or a payment failed)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class PayloadTooLargeError(APIStatusError):
    """413: the request body is too large."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was refused; ``errors`` maps each field to its messages, and the
    error's text names the first of them (at most ``SHOWN_FIELD_ERRORS``)."""

    SHOWN_FIELD_ERRORS = 3

    def __str__(self) -> str:
        causes = [
            f"{field}: {messages[0]}" if field else messages[0] for field, messages in self.errors.items() if messages
        ]
        if not causes:
            return super().__str__()
        shown = "; ".join(causes[: self.SHOWN_FIELD_ERRORS])
        more = len(causes) - self.SHOWN_FIELD_ERRORS
        text = f"{super().__str__()} ({shown}"
        text = text[:500] + ("…" if len(text) > 500 else "")
        return text + (f"; and {more} more)" if more > 0 else ")")

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
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def exception_class_for(status_code: int, message: str, code: str | None = None) -> type[APIStatusError]:
    """The exception class for a non-success status, the body's ``code`` and its message.

    Errors the spec documents by name (``error_codes``, generated from the spec's examples) come
    first: by ``code`` where the API sends one (``AGENT_IS_PUBLISHED``), else by the documented
    message (``Training not found``); then the class of the status.
    """
    if code is not None:
        named = error_codes.BY_CODE.get((status_code, code))
        if named is not None:
            return named
    lowered = message.lower()
    for status, start, cls in error_codes.BY_MESSAGE:
        if status == status_code and lowered.startswith(start):
            return cls
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def _body_of(content: bytes) -> Any:
    """The JSON body; the text when it is not JSON; ``None`` when empty."""
    try:
        return json.loads(content)
    except PARSE_ERRORS:
        text = content.decode("utf-8", errors="replace")
        return text if text.strip() else None


def _text_of(content: bytes) -> str:
    """The readable text of a non-JSON body: an HTML page's title (or its text), else the body."""
    text = content.decode("utf-8", errors="replace")
    title = _TITLE.search(text)
    if title is not None:
        text = title.group(1)
    elif "<" in text and ">" in text:
        text = _TAG.sub(" ", text)
    text = " ".join(html.unescape(text).split())
    return text[:200] if text else "(empty body)"


def _message_of(body: Any, content: bytes) -> str:
    """The best message: ``message``, ``error`` (a string, or an object with a ``message``),
    the first of a list of ``errors``, else the body's text."""
    if isinstance(body, dict):
        candidates = [body.get("message"), body.get("error")]
        if isinstance(body.get("error"), dict):
            candidates.append(body["error"].get("message"))
        for value in candidates:
            if isinstance(value, str) and value.strip():
                return value
        listed = body.get("errors")
        if isinstance(listed, list) and listed and isinstance(listed[0], str):
            return listed[0]
        return _text_of(content)
    if isinstance(body, str):
        return _text_of(content)
    return "(empty body)" if not content.strip() else _text_of(content)


def error_from_response(response: Response[Any]) -> APIStatusError:
    """Build the typed exception for a non-success detailed response. Never fails on the body."""
    body = _body_of(response.content)
    message = _message_of(body, response.content)
    code = body.get("code") if isinstance(body, dict) else None
    cls = exception_class_for(int(response.status_code), message, code if isinstance(code, str) else None)
    return cls(
        message,
        status_code=int(response.status_code),
        body=body,
        headers=httpx.Headers(response.headers),
        response=response,
    )


def unwrap(response: Response[Any], *, expects_body: bool = True) -> Any:
    """The parsed success body of ``response``, or raise its typed exception.

    A success status whose body is not the documented one raises
    :class:`APIResponseValidationError`, never returns ``None`` in place of a model: read
    leniently (``_drift.py``), a body may lack a field of an item, not a field of the body's
    own envelope.
    """
    if 200 <= int(response.status_code) < 300:
        root = type(response.parsed).__name__
        lacking = [
            note.split(":", 1)[0]
            for note in getattr(response, "drift", ())
            if note.startswith(f"{root}.") and "required field is missing" in note
        ]
        if (response.parsed is None or lacking) and expects_body:
            body = _body_of(response.content)
            what = f" (it lacks {', '.join(lacking)})" if lacking else ""
            raise APIResponseValidationError(
                f"the {int(response.status_code)} response is not the documented success body{what}",
                status_code=int(response.status_code),
                body=body,
                headers=httpx.Headers(response.headers),
                response=response,
            )
        return response.parsed
    raise error_from_response(response)


__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidPathParameterError",
    "TokenRequiredError",
    "NotFoundError",
    "PaginationError",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "TalkoverError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "error_from_response",
    "exception_class_for",
    "parse_retry_after",
    "path_segment",
    "unwrap",
]

# The named errors subclass the classes above, so they are imported last.
from . import error_codes  # noqa: E402
from .error_codes import *  # noqa: E402, F403

__all__ += error_codes.__all__
