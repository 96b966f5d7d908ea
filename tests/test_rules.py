"""The documented rules, without HTTP or storage."""

from __future__ import annotations

from typing import Any

import pytest

from talkover_mock import rules
from talkover_mock.demo import READY_PROFILE
from talkover_mock.rules import NotReadyToPublish

READY = {**READY_PROFILE, "phone_number_ids": ["phone-uuid"]}


def agent(status: str = "draft", **profile: object) -> dict[str, Any]:
    return {"name": "n", "label": "l", "current_status": status, "updated_at": "t0", **profile}


@pytest.mark.parametrize(
    ("profile", "gaps"),
    [
        (READY, []),
        ({**READY, "voice": None}, ["voice"]),
        ({**READY, "description": "  "}, ["knowledge"]),
        ({**READY, "phone_number_ids": []}, ["calling"]),
        ({**READY, "direction": None}, ["calling"]),
        ({}, ["knowledge", "voice", "calling"]),
    ],
)
def test_readiness_names_each_missing_part(profile: dict[str, object], gaps: list[str]) -> None:
    assert list(rules.readiness_gaps(profile)) == gaps


def test_a_change_sends_a_published_agent_to_draft() -> None:
    changed = rules.to_draft(agent("published"), "t1")
    assert (changed["current_status"], changed["updated_at"]) == ("draft", "t1")


def test_a_draft_agent_stays_as_it_is() -> None:
    """D54: going where it already is changes nothing, updated_at included (as D10)."""
    draft = agent("draft")
    assert rules.to_draft(draft, "t1") is draft


def test_publish_ready_agent() -> None:
    published = rules.publish(agent("draft", **READY), "t1")
    assert (published["current_status"], published["updated_at"]) == ("published", "t1")


def test_publish_is_idempotent_and_changes_nothing() -> None:
    already = agent("published", **READY)
    assert rules.publish(already, "t1") is already


def test_publish_refuses_an_agent_that_is_not_ready() -> None:
    with pytest.raises(NotReadyToPublish) as refused:
        rules.publish(agent("draft", description="x"), "t1")
    assert set(refused.value.missing) == {"voice", "calling"}
    assert rules.not_ready_message(refused.value.missing) == (
        "The agent is not ready to publish: voice, calling."
    )


def test_unpublish() -> None:
    assert rules.unpublish(agent("published"), "t1")["current_status"] == "draft"
    draft = agent("draft")
    assert rules.unpublish(draft, "t1") is draft
