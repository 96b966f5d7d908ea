from typing import Literal

WebhookSettingsHttpMethod = Literal["PATCH", "POST", "PUT"]

WEBHOOK_SETTINGS_HTTP_METHOD_VALUES: set[WebhookSettingsHttpMethod] = {
    "PATCH",
    "POST",
    "PUT",
}


def check_webhook_settings_http_method(value: str) -> WebhookSettingsHttpMethod:
    if value in WEBHOOK_SETTINGS_HTTP_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_SETTINGS_HTTP_METHOD_VALUES!r}")
