from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_LOG_STATUS_VALUES!r}")
