"""The documented rules, without HTTP or storage."""

from __future__ import annotations

import pytest

from talkover_mock import rules
from talkover_mock.demo import READY_PROFILE
from talkover_mock.domain import Agent, NotReadyToPublish


def agent(status: str = "draft", **profile: object) -> Agent:
    return Agent("a", "env", "n", "l", status, "t0", "t0", dict(profile))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("profile", "gaps"),
    [
        (READY_PROFILE, []),
        ({**READY_PROFILE, "voice": None}, ["voice"]),
        ({**READY_PROFILE, "description": "  "}, ["knowledge"]),
        ({**READY_PROFILE, "phone_numbers": []}, ["calling"]),
        ({**READY_PROFILE, "direction": None}, ["calling"]),
        ({}, ["knowledge", "voice", "calling"]),
    ],
)
def test_readiness_names_each_missing_part(profile: dict[str, object], gaps: list[str]) -> None:
    assert list(rules.readiness_gaps(profile)) == gaps


@pytest.mark.parametrize("status", ["draft", "published"])
def test_a_training_change_sends_the_agent_to_draft(status: str) -> None:
    changed = rules.after_training_change(agent(status), "t1")
    assert (changed.current_status, changed.updated_at) == ("draft", "t1")


def test_publish_ready_agent() -> None:
    published = rules.publish(agent("draft", **READY_PROFILE), "t1")
    assert (published.current_status, published.updated_at) == ("published", "t1")


def test_publish_is_idempotent_and_changes_nothing() -> None:
    already = agent("published", **READY_PROFILE)
    assert rules.publish(already, "t1") == already


def test_publish_refuses_an_agent_that_is_not_ready() -> None:
    with pytest.raises(NotReadyToPublish) as refused:
        rules.publish(agent("draft", description="x"), "t1")
    assert set(refused.value.missing) == {"voice", "calling"}
    assert rules.not_ready_message(refused.value.missing) == (
        "The agent is not ready to publish: voice, calling."
    )


def test_unpublish() -> None:
    assert rules.unpublish(agent("published"), "t1").current_status == "draft"
    draft = agent("draft")
    assert rules.unpublish(draft, "t1") == draft
