from typing import Literal, cast

from .._drift import unknown_value

SipTransport = Literal["tcp", "tls", "udp"]

SIP_TRANSPORT_VALUES: set[SipTransport] = {
    "tcp",
    "tls",
    "udp",
}


def check_sip_transport(value: str) -> SipTransport:
    if value in SIP_TRANSPORT_VALUES:
        return value
    unknown_value("SipTransport", value, SIP_TRANSPORT_VALUES)
    return cast(SipTransport, value)
