from typing import Literal, cast

from .._drift import unknown_value

WebhookLogStatus = Literal["failed", "pending", "retrying", "success"]

WEBHOOK_LOG_STATUS_VALUES: set[WebhookLogStatus] = {
    "failed",
    "pending",
    "retrying",
    "success",
}


def check_webhook_log_status(value: str) -> WebhookLogStatus:
    if value in WEBHOOK_LOG_STATUS_VALUES:
        return value
    unknown_value("WebhookLogStatus", value, WEBHOOK_LOG_STATUS_VALUES)
    return cast(WebhookLogStatus, value)
