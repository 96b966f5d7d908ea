"""The one error vocabulary of the mock: :class:`ApiError` carries a status and the body to
send. Messages and codes come from the spec's documented examples (``Call.fail`` reads the
current operation's), never from constants scattered over the code.

Nothing here knows about HTTP frameworks; ``app.py`` turns an ``ApiError`` into a response.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class ApiError(Exception):
    """Answer ``status`` with ``body`` (the API's envelope: ``success: false``, ``message``,
    and whatever else the documented example has: ``code``, ``errors``, ``details``…)."""

    def __init__(self, status: int, body: Mapping[str, Any]) -> None:
        super().__init__(f"{status}: {body.get('message')}")
        self.status = status
        self.body = dict(body)

    @classmethod
    def of(
        cls, status: int, message: str, *, errors: Mapping[str, list[str]] | None = None
    ) -> ApiError:
        body: dict[str, Any] = {"success": False, "message": message}
        if errors is not None:
            body["errors"] = dict(errors)
        return cls(status, body)
