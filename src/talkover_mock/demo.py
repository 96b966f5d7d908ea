"""The demo data a fresh mock starts with, and a helper to build fixtures for tests."""

from __future__ import annotations

import copy
from typing import Any

DEMO_TOKEN = "talq_demo_local_mock_token_0001"  # noqa: S105 - a public demo token
OTHER_TOKEN = "talq_other_local_mock_token_0002"  # noqa: S105
DEMO_AGENT_ID = "550e8400-e29b-41d4-a716-446655440000"
DRAFT_AGENT_ID = "agent_123456"
OTHER_AGENT_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7"

READY_PROFILE: dict[str, Any] = {
    "description": "Answers customer questions about plans and billing.",
    "language": "en-US",
    "voice": {
        "id": "voice-uuid",
        "name": "Rachel",
        "label": "Rachel (warm)",
        "stability": 0.6,
        "similarity_boost": 0.98,
        "ambient_background": "office",
        "template": {"id": "template-uuid", "name": "Rachel"},
    },
    "initial_message": "Hello! How can I help you today?",
    "direction": "inbound",
}
"""What makes an agent ready to publish, less its phone numbers (each environment has its own)."""


def phone_number(number_id: str, number: str, formatted: str, international: str) -> dict[str, Any]:
    return {
        "id": number_id,
        "number": number,
        "country_code": "US",
        "formatted_number": formatted,
        "international_number": international,
        "current_status": "active",
    }


def demo_fixture() -> dict[str, Any]:
    """Two environments. ``demo``: a ready, published agent (the docs' example id) and a
    draft agent without a voice. ``other``: one agent, for trying cross-environment access."""
    return {
        "environments": [
            {
                "id": "env_demo",
                "name": "Demo",
                "tokens": [DEMO_TOKEN],
                "phone_numbers": [
                    phone_number("phone-uuid", "+1234567890", "(123) 456-7890", "+1 234 567 890"),
                ],
                "agents": [
                    {
                        "id": DEMO_AGENT_ID,
                        "name": "SupportBot",
                        "label": "Customer Support Agent",
                        "current_status": "published",
                        **copy.deepcopy(READY_PROFILE),
                        "phone_number_ids": ["phone-uuid"],
                    },
                    {
                        "id": DRAFT_AGENT_ID,
                        "name": "SalesBot",
                        "label": "Outbound Sales Agent",
                        "description": "Calls leads back.",
                    },
                ],
            },
            {
                "id": "env_other",
                "name": "Other",
                "tokens": [OTHER_TOKEN],
                "phone_numbers": [
                    phone_number("phone-other", "+1987654321", "(198) 765-4321", "+1 987 654 321"),
                ],
                "agents": [
                    {
                        "id": OTHER_AGENT_ID,
                        "name": "OtherBot",
                        "label": "Another team's agent",
                        **copy.deepcopy(READY_PROFILE),
                        "phone_number_ids": ["phone-other"],
                    }
                ],
            },
        ]
    }


DEMO_FIXTURE = demo_fixture()
