from typing import Literal, cast

from .._drift import unknown_value

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
    unknown_value("WebhookSettingsAuthorizationScheme", value, WEBHOOK_SETTINGS_AUTHORIZATION_SCHEME_VALUES)
    return cast(WebhookSettingsAuthorizationScheme, value)
