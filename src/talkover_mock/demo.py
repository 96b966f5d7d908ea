"""The demo data a fresh mock starts with, and a helper to build fixtures for tests."""

from __future__ import annotations

import copy
from typing import Any

DEMO_TOKEN = "talq_demo_local_mock_token_0001"  # noqa: S105 - a public demo token
OTHER_TOKEN = "talq_other_local_mock_token_0002"  # noqa: S105
DEMO_AGENT_ID = "550e8400-e29b-41d4-a716-446655440000"
DRAFT_AGENT_ID = "agent_123456"
OUTBOUND_AGENT_ID = "agent-outbound-1"
DEMO_TRAINING_ID = "training-uuid-1"
"""The docs' example training id, on the published demo agent."""
OTHER_AGENT_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
DEMO_CAMPAIGN_ID = "campaign-uuid-1"
"""The docs' example campaign: active, calling with the outbound agent at any hour."""

VOICE_TEMPLATES: list[dict[str, Any]] = [
    {"id": f"voice-template-{name.lower()}-{tier}", "name": name, "gender": gender,
     "language": language, "quality_tier": tier, "cost": cost}
    for name, gender, language in (
        ("Rachel", "female", "en-US"), ("James", "male", "en-US"),
        ("Bianca", "female", "pt-BR"), ("Isabela", "female", "pt-BR"),
    )
    for tier, cost in (("basic", "0.10"), ("pro", "0.16"), ("ultra", "0.23"))
] + [
    {"id": "voice-template-uuid-2", "name": "Bianca", "gender": "female", "language": "pt-BR",
     "quality_tier": "pro", "cost": "0.16"},
    {"id": "voice-template-lucia-beta", "name": "Lucia", "gender": "female", "language": "es-ES",
     "quality_tier": "beta", "cost": "0.08"},
]  # fmt: skip
"""The shared catalogue. ``voice-template-uuid-2`` is the id the docs' examples use."""

ACTION_INTEGRATIONS: list[dict[str, Any]] = [
    {"identifier": identifier, "display_name": name, "description": text, "category": category,
     "icon_url": f"https://app.talkover.ai/integrations/icons/{identifier}.svg"}
    for identifier, name, text, category in (
        ("calendar", "Calendar", "Create events on a connected calendar during a call.",
         "scheduling"),
        ("email-calendar", "Email + Calendar Invite",
         "Send a calendar invite via email after the call.", "scheduling"),
        ("crm", "CRM Sync", "Push call summary and outcome to your CRM.", "data"),
    )
]  # fmt: skip
"""The catalogue of the List Action Integrations page."""

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


def phone_number(number_id: str, number: str, formatted: str, international: str) -> dict[str, Any]:
    """A US voice number with every field List Phone Numbers shows."""
    return {
        "id": number_id,
        "number": number,
        "country_code": "US",
        "formatted_number": formatted,
        "international_number": international,
        "type": "voice",
        "has_voice": True,
        "has_sms": True,
        "has_mms": False,
        "has_fax": False,
        "has_whatsapp": False,
        "current_status": "active",
        "is_sandbox": False,
        "current_price": 1.0,
        "currency": "USD",
        "renewal_date": "2024-02-15",
        "auto_renewal": True,
        "created_at": "2024-01-15T10:30:00.000000Z",
        "updated_at": "2024-01-15T10:30:00.000000Z",
        "monthly_renewal_cost": 1.0,
        "days_until_monthly_renewal": 15,
        "is_due_for_monthly_renewal": False,
    }


def demo_fixture() -> dict[str, Any]:
    """The voice-template catalogue and two environments. ``demo``: a ready, published agent
    (the docs' example id) on ``phone-uuid``, a draft agent without a voice, a published
    outbound agent (a callback source) and a spare number (``phone-spare``) free to release.
    ``other``: one agent and number, for trying cross-environment access."""
    return {
        "voice_templates": copy.deepcopy(VOICE_TEMPLATES),
        "action_integrations": copy.deepcopy(ACTION_INTEGRATIONS),
        "environments": [
            {
                "id": "env_demo",
                "name": "Demo",
                "tokens": [DEMO_TOKEN],
                "payment_methods": [
                    {
                        "id": "pm_uuid_1",
                        "card": {
                            "brand": "visa",
                            "last4": "4242",
                            "exp_month": 12,
                            "exp_year": 2027,
                        },
                        "is_default": True,
                    },
                    {
                        "id": "pm_uuid_2",
                        "card": {
                            "brand": "mastercard",
                            "last4": "5555",
                            "exp_month": 8,
                            "exp_year": 2026,
                        },
                    },
                ],
                "phone_numbers": [
                    phone_number("phone-uuid", "+1234567890", "(123) 456-7890", "+1 234 567 890"),
                    phone_number("phone-spare", "+1555010020", "(555) 010-020", "+1 555 010 020"),
                    phone_number(
                        "phone-outbound", "+1555010030", "(555) 010-030", "+1 555 010 030"
                    ),
                ],
                "agents": [
                    {
                        "id": DEMO_AGENT_ID,
                        "name": "SupportBot",
                        "label": "Customer Support Agent",
                        "current_status": "published",
                        **copy.deepcopy(READY_PROFILE),
                        "phone_number_ids": ["phone-uuid"],
                        "trainings": [
                            {
                                "id": DEMO_TRAINING_ID,
                                "node_id": "plans",
                                "subject": "Product Knowledge",
                                "instructions": "Three plans: Basic, Pro and Enterprise.",
                            }
                        ],
                    },
                    {
                        "id": DRAFT_AGENT_ID,
                        "name": "SalesBot",
                        "label": "Outbound Sales Agent",
                        "description": "Calls leads back.",
                    },
                    {
                        "id": OUTBOUND_AGENT_ID,
                        "name": "OutreachBot",
                        "label": "Outbound Reminder Agent",
                        "current_status": "published",
                        **copy.deepcopy(READY_PROFILE),
                        "description": "Calls customers to remind them of appointments.",
                        "direction": "outbound",
                        "phone_number_ids": ["phone-outbound"],
                    },
                ],
                "campaigns": [
                    {
                        "id": DEMO_CAMPAIGN_ID,
                        "name": "Q1 Outreach",
                        "description": "Appointment reminders, every day, all day.",
                        "status": "active",
                        "campaign_type": "reminder",
                        "agent_id": OUTBOUND_AGENT_ID,
                        "start_date": "2024-01-01",
                        "days_of_week": [1, 2, 3, 4, 5, 6, 7],
                        "call_time_ranges": [{"start": "00:00", "end": "23:59"}],
                        "timezone": "UTC",
                        "webhooks": [
                            {
                                "id": "webhook-uuid-1",
                                "name": "Lifecycle Webhook",
                                "webhook_url": "https://example.com/campaign-events",
                                "events": ["campaign.started", "campaign.completed"],
                            }
                        ],
                        "sftp": {
                            "id": "sftp-config-uuid-1",
                            "host": "sftp.example.com",
                            "username": "campaigns_user",
                            "auth_type": "password",
                            "password": "demo-password",
                            "import_path": "/inbox",
                            "export_path": "/outbox",
                        },
                    },
                    {
                        "id": "campaign-draft-1",
                        "name": "Spring follow-up",
                        "status": "draft",
                        "campaign_type": "follow_up",
                        "agent_id": OUTBOUND_AGENT_ID,
                        "start_date": "2024-03-01",
                        "days_of_week": [1, 2, 3, 4, 5],
                        "call_time_ranges": [{"start": "09:00", "end": "17:00"}],
                        "timezone": "America/New_York",
                    },
                ],
            },
            {
                "id": "env_other",
                "name": "Other",
                "tokens": [OTHER_TOKEN],
                "phone_numbers": [
                    phone_number("phone-other", "+1987654321", "(198) 765-4321", "+1 987 654 321"),
                    phone_number(
                        "phone-other-2", "+1987654322", "(198) 765-4322", "+1 987 654 322"
                    ),
                ],
                "release_requests": [
                    {
                        "id": "release-other",
                        "phone_number_id": "phone-other-2",
                        "phone_number": "+1987654322",
                        "reason": "No longer needed after the migration.",
                        "status": "pending",
                        "requested_at": "2024-01-15T10:30:00.000000Z",
                    }
                ],
                "agents": [
                    {
                        "id": OTHER_AGENT_ID,
                        "name": "OtherBot",
                        "label": "Another team's agent",
                        **copy.deepcopy(READY_PROFILE),
                        "phone_number_ids": ["phone-other"],
                        "actions": [
                            {
                                "id": "action-other",
                                "node_id": "handover",
                                "name": "Transfer Call",
                                "description": "Transfer the call to a human agent",
                                "type": "transfer",
                                "transfer_to": "+1987654321",
                            }
                        ],
                    }
                ],
                "campaigns": [
                    {
                        "id": "campaign-other",
                        "name": "Another team's campaign",
                        "campaign_type": "sales",
                        "agent_id": OTHER_AGENT_ID,
                        "start_date": "2024-01-01",
                        "days_of_week": [1, 2, 3, 4, 5],
                        "call_time_ranges": [{"start": "09:00", "end": "17:00"}],
                        "timezone": "America/New_York",
                    }
                ],
                "payment_methods": [
                    {
                        "id": "pm_other_1",
                        "card": {
                            "brand": "amex",
                            "last4": "0005",
                            "exp_month": 3,
                            "exp_year": 2028,
                        },
                        "is_default": True,
                    }
                ],
                "sip_trunks": [
                    {
                        "id": "trunk-other",
                        "name": "Another team's carrier",
                        "provider_name": "carrier-y",
                        "domain": "sip.carrier-y.com",
                        "username": "other_user",
                        "password": "other-password",
                        "is_verified": True,
                        "is_active": True,
                    }
                ],
            },
        ],
    }


DEMO_FIXTURE = demo_fixture()
