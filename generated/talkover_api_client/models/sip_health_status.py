from typing import Literal

SipHealthStatus = Literal["healthy", "unhealthy", "unknown"]

SIP_HEALTH_STATUS_VALUES: set[SipHealthStatus] = {
    "healthy",
    "unhealthy",
    "unknown",
}


def check_sip_health_status(value: str) -> SipHealthStatus:
    if value in SIP_HEALTH_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIP_HEALTH_STATUS_VALUES!r}")
