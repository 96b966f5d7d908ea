from typing import Literal, cast

from .._drift import unknown_value

ProviderConnectionStatus = Literal["active", "failed", "pending"]

PROVIDER_CONNECTION_STATUS_VALUES: set[ProviderConnectionStatus] = {
    "active",
    "failed",
    "pending",
}


def check_provider_connection_status(value: str) -> ProviderConnectionStatus:
    if value in PROVIDER_CONNECTION_STATUS_VALUES:
        return value
    unknown_value("ProviderConnectionStatus", value, PROVIDER_CONNECTION_STATUS_VALUES)
    return cast(ProviderConnectionStatus, value)
