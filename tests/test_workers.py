"""Several processes of the mock on one SQLite file (``talkover-mock --workers N``): what one
process commits, every other sees on its next request, caches included (``Store.shared``:
``PRAGMA data_version``). Two stores on one file stand for two workers here; the process
variants of the load and SIGKILL tests are in ``test_reliability.py``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from talkover_mock.faults import named
from talkover_mock.registry import FIXTURE_PARTS
from talkover_mock.store import Store


@pytest.fixture
def two_workers(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    database = str(tmp_path / "shared.sqlite3")
    first = Store(database, parts=FIXTURE_PARTS, shared=True)
    second = Store(database, parts=FIXTURE_PARTS, shared=True)
    first.seed({"environments": [{"id": "env", "name": "Env", "tokens": ["talq_token_one"]}]})
    yield first, second
    first.close()
    second.close()


def write(store: Store, value: str) -> None:
    with store.transaction() as tx:
        doc = tx.get("note", "n1")
        if doc is None:
            tx.insert("note", {"text": value}, environment_id="env", id_="n1")
        else:
            tx.update(doc, {"text": value})


def read(store: Store) -> tuple[str | None, list[str]]:
    with store.transaction(write=False) as tx:
        doc = tx.get("note", "n1")
        listed = [d.body["text"] for d in tx.page("note", "env")[0]]
    return (doc.body["text"] if doc else None), listed


def exchange(first: Store, second: Store) -> list[tuple[str | None, list[str]]]:
    """Each store writes in turn; what the other reads after each write (its caches warm)."""
    seen = []
    for n in range(4):
        writer, reader = (first, second) if n % 2 == 0 else (second, first)
        read(reader)  # warm the reader's caches with the old value
        write(writer, f"v{n}")
        seen.append(read(reader))
    return seen


def test_a_write_in_one_process_is_read_in_the_other(two_workers: tuple[Store, Store]) -> None:
    assert exchange(*two_workers) == [(f"v{n}", [f"v{n}"]) for n in range(4)]


def test_the_check_can_fail(
    two_workers: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the data-version check the reader answers from its stale caches."""
    monkeypatch.setattr(Store, "_catch_up", lambda self: None)
    first, second = two_workers
    read(second)
    write(first, "v0")
    read(second)
    write(first, "v1")
    assert read(second)[0] == "v0"


def test_tokens_faults_and_the_clock_are_shared(two_workers: tuple[Store, Store]) -> None:
    first, second = two_workers
    assert second.authenticate("talq_token_one") == "env"
    first.reset({"environments": [{"id": "env2", "name": "E2", "tokens": ["talq_token_two"]}]})
    second.refresh()
    assert second.authenticate("talq_token_one") is None
    assert second.authenticate("talq_token_two") == "env2"

    first.set_faults(frozenset({named("wrong_signature")}))
    second.refresh()
    assert second.faults == {named("wrong_signature")}

    before = second.clock.peek()
    first.advance_clock(3600)
    second.refresh()
    assert second.clock.offset == pytest.approx(3600)
    assert second.clock.peek() > before


def test_exactly_one_worker_claims_the_resume(two_workers: tuple[Store, Store]) -> None:
    first, second = two_workers
    with first.transaction() as tx:
        tx.set_setting("delivery_resume", "run-1")
    assert [first.claim("delivery_resume", "run-1"), second.claim("delivery_resume", "run-1")] == [
        True,
        False,
    ]
    assert not first.claim("delivery_resume", "run-0")


def test_a_shared_store_needs_a_file_and_no_seed(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="needs a file"):
        Store(":memory:", shared=True)
    with pytest.raises(ValueError, match="needs a file"):
        Store(str(tmp_path / "x.sqlite3"), seed=1, shared=True)
