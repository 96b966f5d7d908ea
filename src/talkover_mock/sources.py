"""Where ids and timestamps come from: random and wall-clock, or derived from a seed."""

from __future__ import annotations

import random
import threading
import uuid
from datetime import UTC, datetime, timedelta

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
"""UTC with microseconds and a ``Z``, as on the webhook pages (D16)."""
DETERMINISTIC_EPOCH = datetime(2024, 1, 15, 10, 30, tzinfo=UTC)


def format_timestamp(moment: datetime) -> str:
    """``TIMESTAMP_FORMAT``, written with isoformat (several times faster than strftime)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


class Clock:
    """Strictly increasing UTC timestamps, so ``updated_at`` always moves on a change.

    With a seed the clock starts at a fixed epoch and advances one second per reading. Either
    way :meth:`advance` moves it ahead: the mock's time is its own, so tests need not wait for
    a call to end.
    """

    def __init__(self, seed: int | None = None) -> None:
        self._deterministic = seed is not None
        self._last = DETERMINISTIC_EPOCH if self._deterministic else datetime.now(UTC)
        self._offset = timedelta(0)
        self._lock = threading.Lock()

    @property
    def deterministic(self) -> bool:
        return self._deterministic

    def advance(self, seconds: float) -> str:
        """Move the clock ``seconds`` ahead (the control plane's way to let calls progress and
        jobs finish without waiting); answers the new time."""
        with self._lock:
            step = timedelta(seconds=seconds)
            if self._deterministic:
                self._last += step
            else:
                self._offset += step
                self._last = max(self._last, datetime.now(UTC) + self._offset)
        return self.peek()

    @property
    def offset(self) -> float:
        """Seconds the clock was moved ahead of the wall clock (not seeded)."""
        with self._lock:
            return self._offset.total_seconds()

    def set_offset(self, seconds: float) -> None:
        """Take the offset another process of the mock wrote (never moves the clock back)."""
        with self._lock:
            self._offset = timedelta(seconds=seconds)

    def peek(self) -> str:
        """The current time, without taking a reading (no strict increase)."""
        with self._lock:
            if self._deterministic:
                return format_timestamp(self._last)
            return format_timestamp(max(datetime.now(UTC) + self._offset, self._last))

    def advance_past(self, timestamp: str) -> None:
        """Never answer a time at or before ``timestamp`` (a stored ``TIMESTAMP_FORMAT``)."""
        moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
        with self._lock:
            self._last = max(self._last, moment)

    def now(self) -> str:
        with self._lock:
            if self._deterministic:
                self._last += timedelta(seconds=1)
            else:
                self._last = max(
                    datetime.now(UTC) + self._offset, self._last + timedelta(microseconds=1)
                )
            return format_timestamp(self._last)


class IdSource:
    """UUID-shaped ids: random, or from a seeded generator."""

    def __init__(self, seed: int | None = None) -> None:
        self._rng = random.Random(seed) if seed is not None else None  # noqa: S311 - not a secret
        self._lock = threading.Lock()

    @property
    def deterministic(self) -> bool:
        return self._rng is not None

    def new(self) -> str:
        if self._rng is None:
            return str(uuid.uuid4())
        with self._lock:
            return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
