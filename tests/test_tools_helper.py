"""A missing tool skips locally and fails in CI (``TALKOVER_REQUIRE_TOOLS=1``)."""

from __future__ import annotations

import pytest

from .tools import require_executable


def test_a_missing_tool_skips_without_the_ci_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TALKOVER_REQUIRE_TOOLS", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no-such-tool-here is not installed"):
        require_executable("no-such-tool-here", "apt-get install it")


def test_a_missing_tool_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALKOVER_REQUIRE_TOOLS", "1")
    with pytest.raises(pytest.fail.Exception, match="required tool missing: no-such-tool-here"):
        require_executable("no-such-tool-here", "apt-get install it")
