from typing import Literal

ListVoiceTemplatesGender = Literal["female", "male"]

LIST_VOICE_TEMPLATES_GENDER_VALUES: set[ListVoiceTemplatesGender] = {
    "female",
    "male",
}


def check_list_voice_templates_gender(value: str) -> ListVoiceTemplatesGender:
    if value in LIST_VOICE_TEMPLATES_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_VOICE_TEMPLATES_GENDER_VALUES!r}")
