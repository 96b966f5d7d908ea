"""What an environment's plan allows (``x-talkover-plan-flag``). The pages name the flags, not
the plans; plans are set outside the API, so the mock keeps the flags per environment in its
shared settings, all on until the control plane turns one off
(``PUT /__mock__/environments/{id}/plan``, D49)."""

from __future__ import annotations

from typing import Any

from .documents import Transaction
from .registry import ControlInputError, environment_setting

FLAGS = ("allow_custom_sip_trunks",)
"""The plan flags the documented pages name."""


def _key(environment_id: str) -> str:
    return f"plan:{environment_id}"


def flags(tx: Transaction, environment_id: str) -> dict[str, bool]:
    stored: dict[str, Any] = tx.setting(_key(environment_id), {})
    return {flag: bool(stored.get(flag, True)) for flag in FLAGS}


def allows(tx: Transaction, environment_id: str | None, flag: str) -> bool:
    return environment_id is None or flags(tx, environment_id)[flag]


def set_flags(tx: Transaction, environment_id: str, changes: dict[str, bool]) -> dict[str, bool]:
    tx.set_setting(_key(environment_id), {**flags(tx, environment_id), **changes})
    return flags(tx, environment_id)


@environment_setting("plan")
def plan_setting(
    tx: Transaction, environment_id: str, body: dict[str, Any] | None
) -> dict[str, Any]:
    """An environment's plan flags: ``GET``, or ``PUT {"allow_custom_sip_trunks": false}``."""
    if body is None:
        return {"plan": flags(tx, environment_id)}
    if not body or set(body) - set(FLAGS) or not all(isinstance(v, bool) for v in body.values()):
        raise ControlInputError(
            422, f"Send an object of plan flags to true or false; known flags: {list(FLAGS)}."
        )
    return {"plan": set_flags(tx, environment_id, body)}
