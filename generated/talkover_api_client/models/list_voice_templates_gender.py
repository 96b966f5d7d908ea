from typing import Literal, cast

from .._drift import unknown_value

ListVoiceTemplatesGender = Literal["female", "male"]

LIST_VOICE_TEMPLATES_GENDER_VALUES: set[ListVoiceTemplatesGender] = {
    "female",
    "male",
}


def check_list_voice_templates_gender(value: str) -> ListVoiceTemplatesGender:
    if value in LIST_VOICE_TEMPLATES_GENDER_VALUES:
        return value
    unknown_value("ListVoiceTemplatesGender", value, LIST_VOICE_TEMPLATES_GENDER_VALUES)
    return cast(ListVoiceTemplatesGender, value)
