from typing import Literal

VoiceTemplateGender = Literal["female", "male"]

VOICE_TEMPLATE_GENDER_VALUES: set[VoiceTemplateGender] = {
    "female",
    "male",
}


def check_voice_template_gender(value: str) -> VoiceTemplateGender:
    if value in VOICE_TEMPLATE_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_TEMPLATE_GENDER_VALUES!r}")
