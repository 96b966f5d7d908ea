from typing import Literal

WebhookSettingsAuthorizationScheme = Literal["api_key", "basic", "bearer", "custom", "none"]

WEBHOOK_SETTINGS_AUTHORIZATION_SCHEME_VALUES: set[WebhookSettingsAuthorizationScheme] = {
    "api_key",
    "basic",
    "bearer",
    "custom",
    "none",
}


def check_webhook_settings_authorization_scheme(value: str) -> WebhookSettingsAuthorizationScheme:
    if value in WEBHOOK_SETTINGS_AUTHORIZATION_SCHEME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_SETTINGS_AUTHORIZATION_SCHEME_VALUES!r}")
