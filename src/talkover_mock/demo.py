"""The demo data a fresh mock starts with: its ids and tokens, and the fixture the families
build (each family adds its part with ``registry.demo_part``, next to its handlers)."""

from __future__ import annotations

from typing import Any

DEMO_TOKEN = "talq_demo_local_mock_token_0001"  # noqa: S105 - a public demo token
OTHER_TOKEN = "talq_other_local_mock_token_0002"  # noqa: S105
DEMO_USER_TOKEN = "user_demo_session_token_0001"  # noqa: S105 - the demo user's session token
"""The Account API's token of ``user-uuid-1`` (Alice), whose environment is ``env_demo``."""
OTHER_USER_TOKEN = "user_other_session_token_0002"  # noqa: S105
DEMO_AGENT_ID = "550e8400-e29b-41d4-a716-446655440000"
DRAFT_AGENT_ID = "agent_123456"
OUTBOUND_AGENT_ID = "agent-outbound-1"
DEMO_TRAINING_ID = "training-uuid-1"
"""The docs' example training id, on the published demo agent."""
OTHER_AGENT_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
DEMO_CAMPAIGN_ID = "campaign-uuid-1"
"""The docs' example campaign: active, calling with the outbound agent at any hour."""

READY_PROFILE: dict[str, Any] = {
    "description": "Answers customer questions about plans and billing.",
    "language": "en-US",
    "voice": {
        "id": "voice-uuid",
        "name": "Rachel",
        "label": "Rachel Voice",
        "stability": 0.6,
        "similarity_boost": 0.98,
        "ambient_background": "office",
        "template": {"id": "voice-template-rachel-pro", "name": "Rachel"},
    },
    "initial_message": "Hello! How can I help you today?",
    "direction": "inbound",
}
"""What makes an agent ready to publish, less its phone numbers (each environment has its own)."""


DEMO_ENVIRONMENT_ID = "env_demo"
"""The environment of ``DEMO_TOKEN`` (the control plane's ``/environments/{id}/...``)."""
OTHER_ENVIRONMENT_ID = "env_other"
"""The environment of ``OTHER_TOKEN``."""

ENVIRONMENTS = (
    (DEMO_ENVIRONMENT_ID, "Demo", DEMO_TOKEN),
    (OTHER_ENVIRONMENT_ID, "Other", OTHER_TOKEN),
)
"""``env_demo``: the docs' example agent, ready and published, with a draft and an outbound one,
numbers, campaigns and cards. ``env_other``: another team's, for trying cross-environment
access."""


def demo_fixture() -> dict[str, Any]:
    """The demo fixture, from every family's part (``registry.DEMO_PARTS``)."""
    from . import resources
    from .registry import DEMO_PARTS, DemoFixture

    assert resources  # the families register their parts when imported
    fixture = DemoFixture(
        [{"id": i, "name": name, "tokens": [token]} for i, name, token in ENVIRONMENTS]
    )
    for part in DEMO_PARTS:
        part(fixture)
    return fixture.build()


def __getattr__(name: str) -> Any:
    """``DEMO_FIXTURE``: built on first use (the families must be imported first)."""
    if name == "DEMO_FIXTURE":
        fixture = demo_fixture()
        globals()["DEMO_FIXTURE"] = fixture
        return fixture
    raise AttributeError(name)
