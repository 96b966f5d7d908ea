"""Work the mock does on its own clock: calls that progress, queued campaign calls that are
placed, SFTP jobs that finish. A document with work ahead carries a ``due_at`` timestamp; the
timer its module registered for its kind (``registry.timer``) does the work when the mock's
clock reaches it, in one transaction, and writes the next ``due_at`` or none.

Three things run due work: the generic endpoint before each request (so every answer sees
the state of the current time), a ticker thread while the server runs (so webhook events go
out with no request coming in; not on a seeded mock, whose clock moves only with requests),
and the control plane's clock advance (``POST /__mock__/clock/advance``), which moves the
clock and runs everything that became due, step by step, before it answers.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from .registry import TIMERS
from .store import Store

if TYPE_CHECKING:
    from .delivery import Deliverer

BATCH = 200
"""Documents fired per transaction."""
MAX_STEPS = 100_000
"""Fired at most per run (a guard: each step moves a document's ``due_at`` forward)."""
TICK_SECONDS = 0.25
LOG = logging.getLogger("talkover_mock.timers")


def run_due(store: Store, deliverer: Deliverer) -> int:
    """Fire every timer whose ``due_at`` has come, repeatedly (a step can make the next one
    due at once when the clock jumped); answers how many fired."""
    fired = 0
    while fired < MAX_STEPS and store.work_due():
        now = store.clock.peek()
        batch = 0
        with store.transaction() as tx:
            for kind, fire in TIMERS.items():
                for doc in tx.due(kind, now, BATCH - batch):
                    current = tx.get(doc.kind, doc.id)
                    if current is not None and current.body.get("due_at") == doc.body["due_at"]:
                        fire(tx, current, deliverer)
                        batch += 1
                if batch >= BATCH:
                    break
        fired += batch
        if batch < BATCH:
            store.recompute_due()
            if batch == 0:
                break
    return fired


def fire_one(store: Store, deliverer: Deliverer, kind: str, doc_id: str) -> bool:
    """Do the next step of one document now, whatever its ``due_at`` (the control plane's
    advance of one call); False when it has no step ahead."""
    with store.transaction() as tx:
        doc = tx.get(kind, doc_id)
        if doc is None or not doc.body.get("due_at"):
            return False
        TIMERS[kind](tx, doc, deliverer)
    store.recompute_due()
    return True


class Ticker:
    """Runs due work every ``TICK_SECONDS`` in a daemon thread until stopped."""

    def __init__(self, store: Store, deliverer: Deliverer) -> None:
        self.store, self.deliverer = store, deliverer
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="talkover-timers", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.wait(TICK_SECONDS):
            try:
                run_due(self.store, self.deliverer)
            except Exception:
                if self._stop.is_set():
                    return  # the store closed under a run at shutdown
                LOG.exception("due work failed; the next tick tries again")
