"""Fault switches: known bugs the mock plants on purpose, so the contract suite can show that
it catches each of them. All are off by default; the control plane or ``--fault`` turns them on.
"""

from __future__ import annotations

import enum


class Fault(enum.StrEnum):
    IGNORE_AUTH_ON_LIST = "ignore_auth_on_list"
    """List Trainings answers without checking the token."""
    KEEP_DELETED_TRAINING = "keep_deleted_training"
    """Delete Training answers 200 but keeps the training."""
    SKIP_DRAFT_RULE = "skip_draft_rule"
    """Changes to trainings leave a published agent published."""
    UNDOCUMENTED_STATUS = "undocumented_status"
    """A missing training answers 410 instead of the documented 404."""
    DROP_REQUIRED_FIELD = "drop_required_field"
    """Trainings are served without their required ``updated_at``."""
    WRONG_FIELD_TYPE = "wrong_field_type"
    """Get Agent serves ``is_ready_to_publish`` as a string."""
    ACCEPT_LONG_SUBJECT = "accept_long_subject"
    """Text over its ``maxLength`` is accepted and stored (a training subject over 255
    characters, an agent name, …): the length limits of every body go unchecked."""
    LEAK_OTHER_ENVIRONMENT = "leak_other_environment"
    """A token sees and changes the agents of other environments."""
    BARE_ERROR_BODY = "bare_error_body"
    """Error bodies lose the envelope: plain text instead of ``{success, message}``."""
    DELETE_PUBLISHED_AGENT = "delete_published_agent"
    """Delete Agent deletes a published agent instead of answering 409."""
    KEEP_AGENT_CHILDREN = "keep_agent_children"
    """Delete Agent leaves the agent's trainings (and other children) behind."""
    VOICE_KEEPS_STATUS = "voice_keeps_status"
    """Update Agent Voice leaves a published agent published."""
    RELEASE_ASSIGNED_NUMBER = "release_assigned_number"
    """A release request is accepted for a number that an agent still uses."""
    TOGGLE_KEEPS_STATUS = "toggle_keeps_status"
    """Toggle Webhook flips ``enabled`` but answers with the old ``status``."""
    WRONG_SIGNATURE = "wrong_signature"
    """Webhook deliveries are signed over the wrong input, so a receiver that verifies them
    refuses every one."""
    FLOW_VALIDATE_PERSISTS = "flow_validate_persists"
    """Validate Agent Flow saves the flow it checks (a dry run that changes state)."""
    CALL_UNPUBLISHED_AGENT = "call_unpublished_agent"
    """Make a Call places a call with an agent that is not published."""
    CALL_NEVER_COMPLETES = "call_never_completes"
    """An answered call never hangs up on its own: it stays ``answered``."""
    ILLEGAL_TRANSITION = "illegal_transition"
    """Update Campaign Status accepts any transition (a final campaign comes back to life)."""
    DUPLICATE_CAMPAIGN_CALL = "duplicate_campaign_call"
    """Make Campaign Call queues a second call to a number already queued in the campaign."""
    DELETE_ASSIGNED_DID = "delete_assigned_did"
    """Delete SIP Trunk DID removes a number an agent still uses."""
    TOPUP_IGNORES_DAILY_LIMIT = "topup_ignores_daily_limit"
    """Auto top-up recharges past the plan's ``daily_limit``."""


def parse_faults(names: str | list[str] | None) -> frozenset[Fault]:
    if not names:
        return frozenset()
    items = names.split(",") if isinstance(names, str) else names
    return frozenset(Fault(name.strip()) for name in items if name.strip())
