"""Voice templates: a catalogue shared by every environment (documents of kind
``voice_template`` with no environment), listed in groups of one display name."""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from ..documents import FixturePart, Transaction
from ..registry import Call, DemoFixture, Reply, demo_part, fixture_part, operation
from .schemas import fixture_item

KIND = "voice_template"
DEMO_URL = "https://mock.talkover.invalid/storage/demo-audio/{id}.mp3?expires={expires}&signature={signature}"
DEMO_LIFETIME = timedelta(hours=1)


@operation("listVoiceTemplates")
def list_voice_templates(call: Call) -> Reply:
    equals: dict[str, Any] = {
        name: call.query[name]
        for name in ("language", "quality_tier", "gender")
        if name in call.query
    }
    docs, _ = call.tx.page(KIND, None, equals=equals)
    groups: dict[str, list[dict[str, Any]]] = {}
    for doc in docs:
        groups.setdefault(doc.body["name"], []).append({"id": doc.id, **doc.body})
    return Reply(
        {
            "success": True,
            "data": [{"display_name": name, "voices": voices} for name, voices in groups.items()],
        }
    )


@operation("generateVoiceTemplateDemo")
def generate_demo(call: Call) -> Reply:
    template = call.resource("voice_template_id")
    now = datetime.fromisoformat(call.tx.now().replace("Z", "+00:00"))
    expires = int((now + DEMO_LIFETIME).timestamp())
    signature = hashlib.sha256(f"{template.id}:{expires}".encode()).hexdigest()[:32]
    return Reply({"mp3_url": DEMO_URL.format(id=template.id, expires=expires, signature=signature)})


def _seed(tx: Transaction, environment_id: str | None, item: Mapping[str, Any]) -> None:
    fields = dict(item)
    tx.insert(KIND, fields, environment_id=None, id_=fields.pop("id", None))


def _dump(tx: Transaction, environment_id: str | None) -> list[Any]:
    return [{"id": d.id, **d.body} for d in tx.page(KIND, None)[0]]


fixture_part(
    FixturePart(
        "voice_templates", lambda: fixture_item("VoiceTemplate"), _seed, _dump, order=0, shared=True
    )
)


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


@demo_part
def _demo(fixture: DemoFixture) -> None:
    fixture.shared("voice_templates", copy.deepcopy(VOICE_TEMPLATES))
