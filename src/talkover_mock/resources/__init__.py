"""One module per resource family: its handlers (``@operation``), its rules and its part of
fixtures. Importing this package registers them all."""

from . import (
    actions,
    agent_settings,
    agents,
    auto_topup,
    callback_agents,
    calls,
    campaigns,
    flow,
    health,
    phone_numbers,
    pricing,
    sftp,
    sip_trunks,
    trainings,
    voice_templates,
    webhooks,
)

__all__ = [
    "actions",
    "agent_settings",
    "agents",
    "auto_topup",
    "callback_agents",
    "calls",
    "campaigns",
    "flow",
    "health",
    "phone_numbers",
    "pricing",
    "sftp",
    "sip_trunks",
    "trainings",
    "voice_templates",
    "webhooks",
]
