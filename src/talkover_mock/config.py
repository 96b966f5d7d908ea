"""How a mock instance is configured."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from .faults import Fault

MAX_BODY_BYTES = 1024 * 1024
"""Request bodies above 1 MiB are refused with 413 (D14)."""
MAX_HEADER_BYTES = 16 * 1024
"""Requests with more header bytes than this are refused with 431 (D19)."""


class Targets(enum.StrEnum):
    """Where the mock may deliver (``--webhook-targets``)."""

    LOOPBACK = "loopback"
    """Only this machine (the default: example URLs in tests never reach a real host)."""
    ANY = "any"
    """Anywhere: loopback, private networks and the internet."""
    PUBLIC = "public"
    """Only public addresses, as the live service does."""


@dataclass(frozen=True)
class MockConfig:
    database: str = ":memory:"
    """A SQLite file (state survives restarts) or ``:memory:``."""
    seed: int | None = None
    """Deterministic mode: ids and clock derived from this seed, so a failing run replays."""
    faults: frozenset[Fault] = field(default_factory=frozenset)
    admin_token: str | None = None
    """Required on the control plane when set (always required when not bound to loopback)."""
    max_body_bytes: int = MAX_BODY_BYTES
    demo: bool = True
    """Seed the demo environment when the database is empty."""
    access_log: bool = False
    webhook_targets: Targets = Targets.LOOPBACK
    """Where webhook deliveries may go (``--webhook-targets``)."""
    call_rate_limit: int = 100
    """Make a Call requests per environment per minute of the mock's clock (Standard plan)."""
    webhook_backoff: float = 1.0
    """Seconds before the first automatic retry of a failed delivery; doubled for each next."""
    workers: int = 1
    """Processes serving one database file (``--workers``); above 1 the store is shared."""
    resume_token: str | None = None
    """With several workers: the token the starting process wrote, so that exactly one worker
    resumes the deliveries a previous run left (``Store.claim``)."""
