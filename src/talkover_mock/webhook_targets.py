"""Where a webhook delivery may connect (``--webhook-targets``), decided on addresses, not on
how a URL spells its host.

The host of a webhook URL is turned into addresses once: a numeric host in any spelling the
C library would accept (``127.1``, ``2130706433``, ``0x7f.0.0.1``, ``0177.0.0.1``, ``0``) is
read as the address it means, and a name is resolved. Every address must be allowed, and the
delivery then connects to the checked address itself (the name still goes in ``Host`` and in
TLS's server name), so a DNS answer that changes between the check and the connection
(rebinding) cannot send it anywhere else.

- ``loopback``: only this machine; a name other than ``localhost`` is refused without a lookup.
- ``public``: only globally routable unicast addresses (no loopback, private, link-local,
  unspecified, multicast or reserved), IPv4 inside IPv6 judged as IPv4.
- ``any``: no check; the URL is used as it is.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

import httpx

from .config import Targets

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[str]]]


class TargetRefused(Exception):
    """The URL's host may not be delivered to; the message says why (no credentials)."""


@dataclass(frozen=True)
class Destination:
    """What to connect to: ``url`` (its host the checked address) with ``headers`` (``Host``)
    and ``extensions`` (TLS's server name) that keep the name the URL gave."""

    url: httpx.URL
    headers: dict[str, str] = field(default_factory=dict)
    extensions: dict[str, str] = field(default_factory=dict)


async def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (the event loop's ``getaddrinfo``)."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def numeric_address(host: str) -> Address | None:
    """The address a numeric host means, in every spelling ``inet_aton`` accepts (one to four
    parts, each decimal, octal with a leading 0, or hex with 0x) or as IPv6; None for a name."""
    try:
        return ipaddress.IPv6Address(host.strip("[]"))
    except ValueError:
        pass
    parts = host.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    numbers = []
    for part in parts:
        number = _inet_aton_part(part)
        if number is None:
            return None
        numbers.append(number)
    *leading, last = numbers
    if any(n > 255 for n in leading) or last >= 256 ** (5 - len(numbers)):
        return None
    value = 0
    for n in leading:
        value = value * 256 + n
    value = value * 256 ** (5 - len(numbers)) + last
    return ipaddress.IPv4Address(value)


def _inet_aton_part(part: str) -> int | None:
    lowered = part.lower()
    try:
        if lowered.startswith("0x"):
            return int(lowered[2:] or "0", 16)
        if len(lowered) > 1 and lowered.startswith("0"):
            return int(lowered[1:], 8)
        return int(lowered, 10) if lowered.isdigit() else None
    except ValueError:
        return None


def allowed(address: Address, targets: Targets) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and not (
        address.is_loopback or address.is_unspecified
    ):
        # IPv4 inside IPv6 (mapped, 6to4, the old "compatible" ::a.b.c.d) is judged as IPv4.
        compatible = int(address) >> 32 == 0
        embedded = (
            address.ipv4_mapped
            or address.sixtofour
            or (ipaddress.IPv4Address(int(address)) if compatible else None)
        )
        if embedded is not None:
            address = embedded
    if targets is Targets.LOOPBACK:
        return address.is_loopback
    if targets is Targets.PUBLIC:
        return address.is_global and not address.is_multicast
    return True


def _is_local_name(host: str) -> bool:
    return host == "localhost" or host.endswith(".localhost")


async def destination(
    url: str, targets: Targets, resolve: Resolver = system_resolver
) -> Destination:
    """Where a delivery to ``url`` connects under ``targets``; :class:`TargetRefused` when it
    may not go there at all."""
    if targets is Targets.ANY:
        return Destination(httpx.URL(url))
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    try:
        explicit_port = parts.port
    except ValueError:
        raise TargetRefused("The webhook URL's port is not valid") from None
    port = explicit_port or (443 if parts.scheme == "https" else 80)
    numeric = numeric_address(host)
    if numeric is not None:
        addresses: list[Address] = [numeric]
    elif targets is Targets.LOOPBACK and not _is_local_name(host):
        raise TargetRefused(f"Delivery outside this machine is disabled in this mock ({host})")
    else:
        try:
            found = await resolve(host, port)
        except (OSError, UnicodeError) as error:
            raise TargetRefused(f"The webhook host could not be resolved ({host})") from error
        addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in found]
        if not addresses:
            raise TargetRefused(f"The webhook host could not be resolved ({host})")
    refused = [a for a in addresses if not allowed(a, targets)]
    if refused:
        if targets is Targets.LOOPBACK:
            raise TargetRefused(f"Delivery outside this machine is disabled in this mock ({host})")
        raise TargetRefused(f"Delivery to a private address is refused ({host})")
    chosen = min(addresses, key=lambda a: a.version)  # IPv4 first, as most receivers listen
    userinfo = parts.netloc.rpartition("@")[0]
    shown = f"[{chosen}]" if chosen.version == 6 else str(chosen)
    netloc = (
        (f"{userinfo}@" if userinfo else "")
        + shown
        + (f":{explicit_port}" if explicit_port else "")
    )
    connect = httpx.URL(urlunsplit((parts.scheme, netloc, parts.path, parts.query, "")))
    name = host + (f":{explicit_port}" if explicit_port else "")
    extensions = {"sni_hostname": host} if parts.scheme == "https" and numeric is None else {}
    return Destination(connect, {"Host": name}, extensions)
