"""The mock's own clock and the work due on it (``timers.py``): a document with a ``due_at``
is handed to its kind's timer when the clock gets there, whether the clock is moved by the
control plane, by requests or by the wall (D39)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest

from talkover_mock import timers
from talkover_mock.delivery import Deliverer
from talkover_mock.documents import Doc, Transaction
from talkover_mock.registry import TIMERS
from talkover_mock.sources import Clock, format_timestamp
from talkover_mock.store import Store

KIND = "test_alarm"


@pytest.fixture
def fired() -> Iterator[list[tuple[str, int]]]:
    """A timer for the test kind: it records each ring and rings again 10 s later, three
    times in all."""
    rings: list[tuple[str, int]] = []

    def ring(tx: Transaction, doc: Doc, deliverer: Any) -> None:
        count = doc.body["count"] + 1
        rings.append((doc.id, count))
        due = None
        if count < 3:
            due = timers_later(doc.body["due_at"], 10)
        tx.update(doc, {**doc.body, "count": count, "due_at": due})

    TIMERS[KIND] = ring
    yield rings
    del TIMERS[KIND]


def timers_later(stamp: str, seconds: int) -> str:
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return format_timestamp(moment + timedelta(seconds=seconds))


def alarm(store: Store, doc_id: str, in_seconds: int) -> None:
    with store.transaction() as tx:
        due = timers_later(store.clock.peek(), in_seconds)
        tx.insert(KIND, {"count": 0, "due_at": due}, environment_id=None, id_=doc_id)


def test_the_clock_moves_ahead_when_told_and_peeking_does_not_move_it() -> None:
    seeded = Clock(seed=1)
    first = seeded.peek()
    assert seeded.peek() == first
    assert seeded.advance(3600) > first
    reading = seeded.now()  # a reading is a step of a seeded clock; a peek is not
    assert seeded.peek() == reading
    real = Clock()
    before = real.peek()
    moved = real.advance(86400)
    assert moved[:10] != before[:10]  # a day ahead of the wall
    assert real.now() >= moved


def test_due_work_runs_in_order_and_only_once_its_time_has_come(
    fired: list[tuple[str, int]],
) -> None:
    store = Store(seed=5)
    deliverer = Deliverer(store)
    alarm(store, "late", 20)
    alarm(store, "early", 5)
    assert not store.work_due()
    assert timers.run_due(store, deliverer) == 0
    store.clock.advance(6)
    assert store.work_due()
    assert timers.run_due(store, deliverer) == 1
    assert fired == [("early", 1)]
    store.clock.advance(100)  # one jump: every step that became due, each in turn
    assert timers.run_due(store, deliverer) == 5
    assert sorted(fired) == [("early", 1), ("early", 2), ("early", 3),
                             ("late", 1), ("late", 2), ("late", 3)]  # fmt: skip
    assert not store.work_due()
    assert store.next_due is None


def test_one_document_can_be_moved_on_now(fired: list[tuple[str, int]]) -> None:
    store = Store(seed=5)
    deliverer = Deliverer(store)
    alarm(store, "one", 3600)
    assert timers.fire_one(store, deliverer, KIND, "one")
    assert fired == [("one", 1)]
    assert not timers.fire_one(store, deliverer, KIND, "nothing-here")


def test_the_ticker_runs_due_work_while_the_wall_clock_moves(
    fired: list[tuple[str, int]],
) -> None:
    store = Store()  # real time
    deliverer = Deliverer(store)
    alarm(store, "soon", 0)
    ticker = timers.Ticker(store, deliverer)
    ticker.start()
    try:
        deadline = time.monotonic() + 5
        while not fired and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        ticker.stop()
    assert fired[:1] == [("soon", 1)]
