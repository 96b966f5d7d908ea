"""The mock's read caches stay bounded whatever the data: the documents cache by count, the
child lists by the documents they hold in all, and a list too long to cache is read each time."""

from __future__ import annotations

from talkover_mock.documents import ChildLists, Doc, Lru


def docs(count: int, parent: str = "p") -> list[Doc]:
    return [Doc("training", f"{parent}-{n}", "env", parent, {}, None, n) for n in range(count)]


def test_lru_keeps_the_most_recent() -> None:
    cache = Lru(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get_fresh("a") == 1  # now the most recent
    cache.put("c", 3)
    assert list(cache) == ["a", "c"]


def test_child_lists_are_bounded_by_the_documents_they_hold() -> None:
    cache = ChildLists(limit=100)
    for parent in range(20):
        cache.put(f"agent-{parent}", "training", docs(10, f"agent-{parent}"))
        assert cache.size <= 100
    assert len(cache) == 10  # the ten most recent lists
    assert cache.get("agent-19", "training") is not None
    assert cache.get("agent-0", "training") is None


def test_a_list_too_long_to_cache_is_not_cached() -> None:
    cache = ChildLists(limit=100)
    cache.put("small", "training", docs(5, "small"))
    cache.put("huge", "training", docs(11, "huge"))  # more than a tenth of the limit
    assert cache.get("huge", "training") is None
    assert cache.get("small", "training") is not None
    assert cache.size == 5


def test_forgetting_a_parent_drops_every_kind() -> None:
    cache = ChildLists(limit=100)
    cache.put("agent", "training", docs(3, "agent"))
    cache.put("agent", "action", docs(2, "agent"))
    cache.forget("agent", "action")
    assert cache.get("agent", "action") is None
    assert cache.size == 3
    cache.forget("agent")
    assert (cache.get("agent", "training"), cache.size, len(cache)) == (None, 0, 0)
