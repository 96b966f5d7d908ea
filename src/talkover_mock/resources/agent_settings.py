"""An agent's knowledge, voice, calling and advanced settings. Knowledge, voice and calling
send the agent to draft (``x-talkover-effects`` in the spec, applied before these handlers);
advanced settings do not (D29)."""

from __future__ import annotations

from typing import Any

from ..registry import Call, Reply, operation
from ..validation import prohibited, required
from . import agents, phone_numbers, pricing, voice_templates

HIGH_FIDELITY = frozenset({"pro", "ultra"})
"""The voice-template tiers that take ``similarity`` and ``stability`` (D27)."""


def _invalid(call: Call, errors: dict[str, list[str]]) -> Exception:
    return call.fail(422, message="The given data was invalid.", errors=errors)


def _updated(call: Call, message: str, fields: dict[str, Any]) -> Reply:
    agent = call.resource("agent_id")
    body = {**agent.body, **fields, "updated_at": call.tx.now()}
    agent = call.tx.update(agent, body)
    return Reply(
        {"success": True, "message": message, "data": agents.view(call.tx, agent, call.faults)}
    )


@operation("updateAgentKnowledge")
def update_knowledge(call: Call) -> Reply:
    fields = {name: call.body[name] for name in call.operation.body_fields if name in call.body}
    return _updated(call, "Agent knowledge updated successfully", fields)


@operation("updateAgentVoice")
def update_voice(call: Call) -> Reply:
    body, agent = call.body, call.resource("agent_id")
    template = call.tx.get(voice_templates.KIND, body["voice_id"])
    if template is None:
        raise call.fail(404, "VoiceNotFound")
    errors: dict[str, list[str]] = {}
    high_fidelity = template.body["quality_tier"] in HIGH_FIDELITY
    for name in ("similarity", "stability"):
        if high_fidelity and name not in body:
            errors[name] = [required(name)]
        elif not high_fidelity and name in body:
            errors[name] = [prohibited(name)]
    language = body.get("language", agent.body.get("language"))
    if language != template.body["language"]:
        errors["language"] = ["The selected voice template does not speak this language."]
    if errors:
        raise _invalid(call, errors)
    voice = {
        "id": call.tx.new_id("voice"),
        "name": template.body["name"],
        "label": f"{template.body['name']} Voice",
        "stability": body.get("stability"),
        "similarity_boost": body.get("similarity"),
        "ambient_background": body.get("ambient_background"),
        "template": {"id": template.id, "name": template.body["name"]},
    }
    fields: dict[str, Any] = {
        "voice": voice,
        "voice_template_id": template.id,
        "conversation_speed": body["conversation_speed"],
        "who_speaks_first": body["who_speaks_first"],
        "language": language,
    }
    if "ambient_volume" in body:
        fields["ambient_volume"] = body["ambient_volume"]
    return _updated(call, "Agent voice updated successfully", fields)


@operation("updateAgentCalling")
def update_calling(call: Call) -> Reply:
    agent = call.resource("agent_id")
    ids = call.body.get("phone_number_ids")
    fields: dict[str, Any] = {"direction": call.body["direction"]}
    if ids is not None:
        ids = list(dict.fromkeys(ids))
        agents.phone_numbers_invalid(call, ids)
        fields["phone_number_ids"] = ids
    agent = call.tx.update(agent, {**agent.body, **fields, "updated_at": call.tx.now()})
    numbers = phone_numbers.views(call.tx, agent.body.get("phone_number_ids", []))
    return Reply(
        {
            "success": True,
            "message": "Agent calling settings updated successfully",
            "data": {
                "id": agent.id,
                "name": agent.body["name"],
                "direction": agent.body["direction"],
                "current_status": agent.body["current_status"],
                "phone_numbers": numbers,
                "updated_at": agent.body["updated_at"],
            },
        }
    )


@operation("updateAdvancedSettings")
def update_advanced_settings(call: Call) -> Reply:
    agent = call.resource("agent_id")
    settings = dict(agent.body.get("advanced_settings") or {"enable_initial_message_cache": False})
    wanted = call.body.get("enable_initial_message_cache")
    if wanted is True:
        eligibility = pricing.eligibility(call.tx, agent)
        if not eligibility["eligible"]:
            details = {
                k: eligibility[k] for k in ("current_calls", "required_calls", "threshold_days")
            }
            raise call.fail(422, "NotEligible", details=details)
    if wanted is not None and wanted != settings["enable_initial_message_cache"]:
        settings["enable_initial_message_cache"] = wanted
        agent = call.tx.update(
            agent, {**agent.body, "advanced_settings": settings, "updated_at": call.tx.now()}
        )
    return Reply(
        {
            "success": True,
            "message": "Advanced settings updated successfully",
            "data": {
                "id": agent.id,
                "name": agent.body["name"],
                "advanced_settings": settings,
                "updated_at": agent.body["updated_at"],
            },
        }
    )
