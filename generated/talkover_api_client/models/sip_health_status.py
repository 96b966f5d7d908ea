from typing import Literal, cast

from .._drift import unknown_value

SipHealthStatus = Literal["healthy", "unhealthy", "unknown"]

SIP_HEALTH_STATUS_VALUES: set[SipHealthStatus] = {
    "healthy",
    "unhealthy",
    "unknown",
}


def check_sip_health_status(value: str) -> SipHealthStatus:
    if value in SIP_HEALTH_STATUS_VALUES:
        return value
    unknown_value("SipHealthStatus", value, SIP_HEALTH_STATUS_VALUES)
    return cast(SipHealthStatus, value)
