from typing import Literal

SipTransport = Literal["tcp", "tls", "udp"]

SIP_TRANSPORT_VALUES: set[SipTransport] = {
    "tcp",
    "tls",
    "udp",
}


def check_sip_transport(value: str) -> SipTransport:
    if value in SIP_TRANSPORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIP_TRANSPORT_VALUES!r}")
