"""The documented business rules of agents and trainings, in one place, free of I/O.

- Any change to an agent's trainings (create, update, delete) sends the agent back to ``draft``
  (Delete Training page; for create/update it is our decision D5).
- An agent is ready to publish when its knowledge, voice and calling settings are configured
  (Publish page; what counts as configured is decision D9). Readiness is derived, never stored.
- Publishing a ready agent makes it ``published``; a not-ready one is refused with the missing
  parts. Unpublishing makes it ``draft``. Both are idempotent (D10).
- ``updated_at`` moves on every change and only on a change.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .domain import Agent, NotReadyToPublish

MISSING_MESSAGES: dict[str, str] = {
    "knowledge": "The agent has no description (knowledge) configured.",
    "voice": "The agent has no voice configured.",
    "calling": "The agent has no direction or no phone number assigned.",
}


def readiness_gaps(profile: dict[str, Any]) -> dict[str, list[str]]:
    """The parts that keep an agent with this profile from being published."""
    gaps: dict[str, list[str]] = {}
    if not (profile.get("description") or "").strip():
        gaps["knowledge"] = [MISSING_MESSAGES["knowledge"]]
    if not profile.get("voice"):
        gaps["voice"] = [MISSING_MESSAGES["voice"]]
    if not profile.get("direction") or not profile.get("phone_numbers"):
        gaps["calling"] = [MISSING_MESSAGES["calling"]]
    return gaps


def is_ready_to_publish(agent: Agent) -> bool:
    return not readiness_gaps(agent.profile)


def not_ready_message(gaps: dict[str, list[str]]) -> str:
    return f"The agent is not ready to publish: {', '.join(gaps)}."


def after_training_change(agent: Agent, now: str, *, draft_rule: bool = True) -> Agent:
    """The agent after one of its trainings was created, updated or deleted."""
    status = "draft" if draft_rule else agent.current_status
    return replace(agent, current_status=status, updated_at=now)


def publish(agent: Agent, now: str) -> Agent:
    gaps = readiness_gaps(agent.profile)
    if gaps:
        raise NotReadyToPublish(gaps)
    if agent.current_status == "published":
        return agent
    return replace(agent, current_status="published", updated_at=now)


def unpublish(agent: Agent, now: str) -> Agent:
    if agent.current_status == "draft":
        return agent
    return replace(agent, current_status="draft", updated_at=now)
