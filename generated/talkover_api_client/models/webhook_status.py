from typing import Literal, cast

from .._drift import unknown_value

WebhookStatus = Literal["active", "disabled", "error"]

WEBHOOK_STATUS_VALUES: set[WebhookStatus] = {
    "active",
    "disabled",
    "error",
}


def check_webhook_status(value: str) -> WebhookStatus:
    if value in WEBHOOK_STATUS_VALUES:
        return value
    unknown_value("WebhookStatus", value, WEBHOOK_STATUS_VALUES)
    return cast(WebhookStatus, value)
