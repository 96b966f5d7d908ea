"""Optimized-costs eligibility and pricing: answers derived from the agent's state by the
deterministic rules of D30 and D31."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ..documents import Doc, Transaction
from ..registry import Call, Reply, operation
from . import voice_templates

REQUIRED_CALLS = 700
THRESHOLD_DAYS = 7
VOICE_PRICE = {"basic": 0.030, "pro": 0.045, "ultra": 0.060, "beta": 0.030}
TRANSCRIPTION = 0.012
OUTBOUND, INBOUND = 0.018, 0.0085
LANGUAGE_MODEL_PER_MINUTE = 0.0105
HIGH_FIDELITY = frozenset({"pro", "ultra"})


def eligibility(tx: Transaction, agent: Doc) -> dict[str, Any]:
    """D30: calls in the last 7 days (by the mock's clock) plus the fixture's starting count."""
    since = datetime.fromisoformat(tx.now().replace("Z", "+00:00")) - timedelta(days=THRESHOLD_DAYS)
    recent = sum(
        1
        for c in tx.children("call", agent.id)
        if datetime.fromisoformat(str(c.body.get("created_at", "")).replace("Z", "+00:00")) >= since
    )
    current = int(agent.body.get("recent_call_count", 0)) + recent
    result: dict[str, Any] = {
        "eligible": current >= REQUIRED_CALLS,
        "current_calls": current,
        "required_calls": REQUIRED_CALLS,
        "threshold_days": THRESHOLD_DAYS,
    }
    if not result["eligible"]:
        result["calls_remaining"] = REQUIRED_CALLS - current
    return result


def _tier(tx: Transaction, agent: Doc) -> str:
    template_id = agent.body.get("voice_template_id") or (agent.body.get("voice") or {}).get(
        "template", {}
    ).get("id")
    template = tx.get(voice_templates.KIND, template_id) if template_id else None
    return str(template.body["quality_tier"]) if template is not None else "basic"


def _estimate(tier: str) -> float:
    return round(VOICE_PRICE[tier] + TRANSCRIPTION + OUTBOUND + LANGUAGE_MODEL_PER_MINUTE, 6)


def _quality(tier: str) -> str:
    return "high_fidelity" if tier in HIGH_FIDELITY else "standard"


@operation("checkOptimizedCostsEligibility")
def check_eligibility(call: Call) -> Reply:
    return Reply({"success": True, "data": eligibility(call.tx, call.resource("agent_id"))})


@operation("getAgentPricing")
def get_pricing(call: Call) -> Reply:
    agent = call.resource("agent_id")
    tier = _tier(call.tx, agent)
    return Reply(
        {
            "success": True,
            "data": {
                "agent_id": agent.id,
                "currency": "USD",
                "components": {
                    "voice_synthesis": {
                        "unit": "per_minute",
                        "price": VOICE_PRICE[tier],
                        "tier": _quality(tier),
                    },
                    "transcription": {"unit": "per_minute", "price": TRANSCRIPTION},
                    "language_model": {
                        "unit": "per_1k_tokens",
                        "input_price": 0.0015,
                        "output_price": 0.006,
                    },
                },
                "transport": {
                    "outbound": {"country_code": "US", "unit": "per_minute", "price": OUTBOUND},
                    "inbound": {"country_code": "US", "unit": "per_minute", "price": INBOUND},
                },
                "estimated_cost_per_minute": _estimate(tier),
                "calculated_at": call.tx.now(),
            },
        }
    )


@operation("getAgentPricingSummary")
def get_pricing_summary(call: Call) -> Reply:
    agent = call.resource("agent_id")
    tier = _tier(call.tx, agent)
    settings = agent.body.get("advanced_settings") or {}
    return Reply(
        {
            "success": True,
            "data": {
                "agent_id": agent.id,
                "currency": "USD",
                "estimated_cost_per_minute": _estimate(tier),
                "voice_quality_tier": _quality(tier),
                "optimized_costs_enabled": bool(settings.get("enable_initial_message_cache")),
            },
        }
    )
