"""The one failure the contract run's hooks drop: schemathesis's "created resource not found"
when the 404 is the operation's documented state refusal (an agent without the callback role),
never when it is the resource's own not-found, and no other failure."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from talkover_contract.hooks import filter_failure


class EnsureResourceAvailability(Exception):
    """Named as schemathesis's failure is."""


class OtherFailure(Exception):
    pass


def case(method: str, path: str) -> Any:
    return SimpleNamespace(operation=SimpleNamespace(method=method, path=path))


def answer(message: str) -> Any:
    return SimpleNamespace(json=lambda: {"success": False, "message": message})


CALLBACK = case("DELETE", "/agents/{agent_id}/callback")


@pytest.mark.parametrize(
    ("failure", "where", "message", "kept"),
    [
        (
            EnsureResourceAvailability(),
            CALLBACK,
            "Agent is not configured as a callback agent",
            False,
        ),
        (EnsureResourceAvailability(), CALLBACK, "Agent not found", True),
        (OtherFailure(), CALLBACK, "Agent is not configured as a callback agent", True),
        (EnsureResourceAvailability(), case("GET", "/agents/{agent_id}"), "Agent not found", True),
    ],
    ids=["documented state refusal", "the agent's own 404", "another check", "no refusal declared"],
)
def test_only_a_documented_state_refusal_is_dropped(
    failure: Exception, where: Any, message: str, kept: bool
) -> None:
    assert filter_failure(None, failure, where, answer(message)) is kept
