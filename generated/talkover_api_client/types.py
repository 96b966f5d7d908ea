"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define, field


class Unset:
    """A field or parameter left out of the request (``None`` would send ``null``)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


def http_status(code: int) -> HTTPStatus | int:
    """``HTTPStatus`` for a registered code, the plain number for any other (e.g. 299, 599)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


@define
class Response(Generic[T]):
    """A response from an endpoint.

    ``parsed`` is the documented body for the status, or ``None`` when the body is not that
    (``sync()`` / ``asyncio()`` then raise a typed error). Customised (codegen/templates):
    ``attempts`` counts the requests the client's retries sent, and
    ``retried_after_success_possible`` is true when an earlier attempt may have been applied
    by the server (it timed out after sending, or answered a retryable 5xx).
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    attempts: int = field(default=1, kw_only=True)
    retried_after_success_possible: bool = field(default=False, kw_only=True)
    drift: tuple[str, ...] = field(default=(), kw_only=True)
    """How the body differed from the spec where the client read it leniently (a value an enum
    does not list, a required field missing): one line per kind, never a value of the body."""


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "http_status"]
