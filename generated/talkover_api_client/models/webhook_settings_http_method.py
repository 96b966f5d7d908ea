from typing import Literal, cast

from .._drift import unknown_value

WebhookSettingsHttpMethod = Literal["PATCH", "POST", "PUT"]

WEBHOOK_SETTINGS_HTTP_METHOD_VALUES: set[WebhookSettingsHttpMethod] = {
    "PATCH",
    "POST",
    "PUT",
}


def check_webhook_settings_http_method(value: str) -> WebhookSettingsHttpMethod:
    if value in WEBHOOK_SETTINGS_HTTP_METHOD_VALUES:
        return value
    unknown_value("WebhookSettingsHttpMethod", value, WEBHOOK_SETTINGS_HTTP_METHOD_VALUES)
    return cast(WebhookSettingsHttpMethod, value)
