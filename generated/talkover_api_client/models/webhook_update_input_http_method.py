from typing import Literal

WebhookUpdateInputHttpMethod = Literal["PATCH", "POST", "PUT"]

WEBHOOK_UPDATE_INPUT_HTTP_METHOD_VALUES: set[WebhookUpdateInputHttpMethod] = {
    "PATCH",
    "POST",
    "PUT",
}


def check_webhook_update_input_http_method(value: str) -> WebhookUpdateInputHttpMethod:
    if value in WEBHOOK_UPDATE_INPUT_HTTP_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_UPDATE_INPUT_HTTP_METHOD_VALUES!r}")
