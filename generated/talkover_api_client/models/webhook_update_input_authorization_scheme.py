from typing import Literal

WebhookUpdateInputAuthorizationScheme = Literal["api_key", "basic", "bearer", "custom", "none"]

WEBHOOK_UPDATE_INPUT_AUTHORIZATION_SCHEME_VALUES: set[WebhookUpdateInputAuthorizationScheme] = {
    "api_key",
    "basic",
    "bearer",
    "custom",
    "none",
}


def check_webhook_update_input_authorization_scheme(value: str) -> WebhookUpdateInputAuthorizationScheme:
    if value in WEBHOOK_UPDATE_INPUT_AUTHORIZATION_SCHEME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_UPDATE_INPUT_AUTHORIZATION_SCHEME_VALUES!r}")
