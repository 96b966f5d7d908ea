"""One module per resource family: its handlers (``@operation``), its rules and its part of
fixtures. Importing this package registers them all."""

from . import agents, health, phone_numbers, trainings, voice_templates

__all__ = ["agents", "health", "phone_numbers", "trainings", "voice_templates"]
