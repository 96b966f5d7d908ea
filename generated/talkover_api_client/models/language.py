from typing import Literal, cast

from .._drift import unknown_value

Language = Literal[
    "de-DE", "en-CA", "en-US", "es-ES", "fr-FR", "it-IT", "ja-JP", "ko-KR", "nl-NL", "pt-BR", "pt-PT", "zh-TW"
]

LANGUAGE_VALUES: set[Language] = {
    "de-DE",
    "en-CA",
    "en-US",
    "es-ES",
    "fr-FR",
    "it-IT",
    "ja-JP",
    "ko-KR",
    "nl-NL",
    "pt-BR",
    "pt-PT",
    "zh-TW",
}


def check_language(value: str) -> Language:
    if value in LANGUAGE_VALUES:
        return value
    unknown_value("Language", value, LANGUAGE_VALUES)
    return cast(Language, value)
