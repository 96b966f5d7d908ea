"""Tests that need an outside tool (curl, wrk, Node tools, chromium) go through here: they skip
with the reason where the tool is missing, and fail instead when ``TALKOVER_REQUIRE_TOOLS=1``
(CI sets it), so a missing install step cannot turn into a silent skip."""

from __future__ import annotations

import os
import shutil

import pytest

REQUIRE_TOOLS_ENV = "TALKOVER_REQUIRE_TOOLS"


def missing_tool(message: str) -> None:
    """Skip (locally) or fail (CI) because a tool is missing; ``message`` says which and how."""
    if os.environ.get(REQUIRE_TOOLS_ENV) == "1":
        pytest.fail(f"required tool missing: {message}")
    pytest.skip(message)


def require_executable(name: str, install: str) -> str:
    """The path of ``name`` on PATH, or :func:`missing_tool`."""
    path = shutil.which(name)
    if path is None:
        missing_tool(f"{name} is not installed ({install})")
    assert path is not None
    return path
