from typing import Literal, cast

from .._drift import unknown_value

VoiceTemplateGender = Literal["female", "male"]

VOICE_TEMPLATE_GENDER_VALUES: set[VoiceTemplateGender] = {
    "female",
    "male",
}


def check_voice_template_gender(value: str) -> VoiceTemplateGender:
    if value in VOICE_TEMPLATE_GENDER_VALUES:
        return value
    unknown_value("VoiceTemplateGender", value, VOICE_TEMPLATE_GENDER_VALUES)
    return cast(VoiceTemplateGender, value)
