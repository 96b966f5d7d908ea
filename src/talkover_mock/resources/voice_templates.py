"""Voice templates: a catalogue shared by every environment (documents of kind
``voice_template`` with no environment)."""

KIND = "voice_template"
