from typing import Literal, cast

from .._drift import unknown_value

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
    unknown_value("ActionUpsertInputAuthorizationScheme", value, ACTION_UPSERT_INPUT_AUTHORIZATION_SCHEME_VALUES)
    return cast(ActionUpsertInputAuthorizationScheme, value)
