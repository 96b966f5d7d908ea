"""The long variant of the reliability tests, with figures: ``scripts/soak [--seconds N]``.

1. Load: N workers for S seconds against a served mock on loopback, then the state is compared
   with the replay of the acknowledged operations.
2. Crashes: R rounds of SIGKILL in the middle of the load, restart on the same file, compare.
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

from talkover_mock.server import free_port

from .load import MockProcess, Worker, fixture, make_crew, run_load, verify


def crash_round(mock: MockProcess, crew: list[Worker], *, seed: int, after: float) -> int:
    """Load ``mock`` with ``crew`` and SIGKILL it after ``after`` seconds; operations sent."""
    before = sum(sum(worker.counts.values()) for worker in crew)
    stop = threading.Event()
    loader = threading.Thread(
        target=run_load,
        args=(mock.base_url, crew),
        kwargs={"seconds": 60, "seed": seed, "stop": stop},
    )
    loader.start()
    deadline = time.monotonic() + 10
    while sum(sum(w.counts.values()) for w in crew) == before and time.monotonic() < deadline:
        time.sleep(0.01)  # the kill must land in the middle of the load, not before it
    time.sleep(after)
    mock.kill()
    stop.set()
    loader.join()
    return sum(sum(worker.counts.values()) for worker in crew) - before


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="soak", description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=48)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--crashes", type=int, default=5)
    args = parser.parse_args(argv)
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        database = str(Path(tmp) / "soak.sqlite3")
        mock = MockProcess(database, free_port())
        mock.start()
        mock.seed(fixture())
        crew = make_crew(args.workers)
        try:
            report = run_load(mock.base_url, crew, seconds=args.seconds, seed=1)
            problems = verify(mock.base_url, crew)
            print("load:", report.summary(), sep="\n")
            print(f"  replay check: {problems or 'ok'}")
            failed |= bool(problems) or report.server_errors > 0
            for round_ in range(args.crashes):
                operations = crash_round(mock, crew, seed=100 + round_, after=1.0 + round_ * 0.37)
                with contextlib.closing(sqlite3.connect(database)) as db:
                    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
                mock.start()
                problems = verify(mock.base_url, crew)
                print(
                    f"crash {round_ + 1}: SIGKILL after {operations} operations, integrity"
                    f" {integrity}, replay check {problems or 'ok'}"
                )
                failed |= bool(problems) or integrity != "ok"
        finally:
            mock.kill()
    print("soak:", "FAILED" if failed else "passed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
