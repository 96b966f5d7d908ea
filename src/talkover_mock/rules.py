"""The documented business rules of agents, in one place, free of I/O (agent documents are
plain mappings here).

- Changes that the spec marks ``x-talkover-effects: [agent-to-draft]`` (trainings, knowledge,
  voice, calling, actions) send the agent back to ``draft`` (the pages; D5 for trainings).
- An agent is ready to publish when its knowledge, voice and calling settings are configured
  (Publish page; what counts as configured is decision D9). Readiness is derived, never stored.
- Publishing a ready agent makes it ``published``; a not-ready one is refused with the missing
  parts. Unpublishing makes it ``draft``. Both are idempotent (D10).
- ``updated_at`` moves on every change and only on a change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

MISSING_MESSAGES: dict[str, str] = {
    "knowledge": "The agent has no description (knowledge) configured.",
    "voice": "The agent has no voice configured.",
    "calling": "The agent has no direction or no phone number assigned.",
}


@dataclass
class NotReadyToPublish(Exception):
    """Publish refused; ``missing`` maps each missing part to its messages."""

    missing: dict[str, list[str]]


def readiness_gaps(agent: Mapping[str, Any]) -> dict[str, list[str]]:
    """The parts that keep an agent with this body from being published."""
    gaps: dict[str, list[str]] = {}
    if not (agent.get("description") or "").strip():
        gaps["knowledge"] = [MISSING_MESSAGES["knowledge"]]
    if not agent.get("voice"):
        gaps["voice"] = [MISSING_MESSAGES["voice"]]
    if not agent.get("direction") or not agent.get("phone_number_ids"):
        gaps["calling"] = [MISSING_MESSAGES["calling"]]
    return gaps


def is_ready_to_publish(agent: Mapping[str, Any]) -> bool:
    return not readiness_gaps(agent)


def not_ready_message(gaps: Mapping[str, list[str]]) -> str:
    return f"The agent is not ready to publish: {', '.join(gaps)}."


def to_draft(agent: Mapping[str, Any], now: str) -> Mapping[str, Any]:
    """The agent after a change that sends it back to draft; a draft agent as it is (D54:
    like publishing a published agent, D10, going to where it already is changes nothing,
    ``updated_at`` included)."""
    if agent.get("current_status") == "draft":
        return agent
    return {**agent, "current_status": "draft", "updated_at": now}


def publish(agent: Mapping[str, Any], now: str) -> Mapping[str, Any]:
    gaps = readiness_gaps(agent)
    if gaps:
        raise NotReadyToPublish(gaps)
    if agent["current_status"] == "published":
        return agent
    return {**agent, "current_status": "published", "updated_at": now}


def unpublish(agent: Mapping[str, Any], now: str) -> Mapping[str, Any]:
    if agent["current_status"] == "draft":
        return agent
    return {**agent, "current_status": "draft", "updated_at": now}
