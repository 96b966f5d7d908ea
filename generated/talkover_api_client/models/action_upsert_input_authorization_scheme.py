from typing import Literal

ActionUpsertInputAuthorizationScheme = Literal["api_key", "basic", "bearer", "custom", "none"]

ACTION_UPSERT_INPUT_AUTHORIZATION_SCHEME_VALUES: set[ActionUpsertInputAuthorizationScheme] = {
    "api_key",
    "basic",
    "bearer",
    "custom",
    "none",
}


def check_action_upsert_input_authorization_scheme(value: str) -> ActionUpsertInputAuthorizationScheme:
    if value in ACTION_UPSERT_INPUT_AUTHORIZATION_SCHEME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_UPSERT_INPUT_AUTHORIZATION_SCHEME_VALUES!r}")
