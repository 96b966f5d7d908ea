"""The client's pages against a list server on 127.0.0.1 whose pages never end (issue 24): a
page that repeats, goes back, claims a huge ``last_page``, or carries numbers that are not
positive integers. Iteration raises :class:`talkover.PaginationError` (never loops, never ends
quietly as if the list were whole), sync and async alike."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import talkover

from . import hostile

AGENT: dict[str, Any] = {
    "id": "a-1", "name": "A", "label": "A", "description": "x", "language": "en-US",
    "voice": None, "initial_message": "Hi", "interrupt_sensitivity": "medium",
    "conversation_speed": 1.0, "initial_message_delay": 0, "ask_if_human_present_on_idle": False,
    "direction": "inbound", "who_speaks_first": "agent", "is_sandbox": False,
    "current_status": "draft", "is_ready_to_publish": False,
    "created_at": "2024-01-15T10:30:01.000000Z", "updated_at": "2024-01-15T10:30:01.000000Z",
    "trainings": [], "actions": [], "phone_numbers": [],
}  # fmt: skip


def agents(page: int, *, per_page: int = 2, **meta: Any) -> dict[str, Any]:
    items = []
    for n in range(per_page):
        item = copy.deepcopy(AGENT)
        item["id"] = f"a-{page}-{n}"
        items.append(item)
    info = {"current_page": page, "per_page": per_page, "total": 10**9, "last_page": 10**6}
    return {"success": True, "data": items, "meta": {**info, **meta}}


SHAPES: dict[str, tuple[Callable[[int], dict[str, Any]], str]] = {
    "always page 1": (lambda page: agents(1), "asked for page 2, the server answered page 1"),
    "goes back": (lambda page: agents(max(1, page - 2)), "asked for page 2"),
    "same items, page number echoed": (
        lambda page: {**agents(1), "meta": {**agents(1)["meta"], "current_page": page}},
        "page 2 repeats the page before it",
    ),
    "current_page a string": (lambda page: agents(page, current_page="1"), "current_page is '1'"),
    "current_page negative": (lambda page: agents(page, current_page=-1), "current_page is -1"),
    "current_page zero": (lambda page: agents(page, current_page=0), "current_page is 0"),
    "current_page a float": (lambda page: agents(page, current_page=1.5), "current_page is 1.5"),
    "current_page true": (lambda page: agents(page, current_page=True), "current_page is True"),
    "last_page a string": (lambda page: agents(page, last_page="many"), "last_page is 'many'"),
    "huge last_page, pages advance": (lambda page: agents(page), "more than 25 pages"),
}


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, str]]:
    behaviours = {
        f"/s{n}/api/v1/agents": hostile.pages(shape) for n, (shape, _) in enumerate(SHAPES.values())
    }
    with hostile.hostile_peer(behaviours) as peer:
        yield {name: peer.url(f"/s{n}/api/v1") for n, name in enumerate(SHAPES)}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_sync_iteration_stops_with_a_clear_error(shape: str, servers: dict[str, str]) -> None:
    with talkover.Talkover("talq_x", base_url=servers[shape], max_retries=0) as tk:
        first = tk.agents.list(per_page=2)
        with pytest.raises(talkover.PaginationError, match=SHAPES[shape][1]):
            for _ in first.iter_pages(max_pages=25):
                pass


@pytest.mark.parametrize("shape", list(SHAPES))
def test_async_iteration_stops_with_a_clear_error(shape: str, servers: dict[str, str]) -> None:
    async def run() -> None:
        tk = talkover.AsyncTalkover("talq_x", base_url=servers[shape], max_retries=0)
        try:
            first = await tk.agents.list(per_page=2)
            with pytest.raises(talkover.PaginationError, match=SHAPES[shape][1]):
                async for _ in first.iter_pages(max_pages=25):
                    pass
        finally:
            await tk.close()

    asyncio.run(run())


def test_the_default_bound_is_documented_and_applies_to_plain_iteration(
    servers: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from talkover_api_client import resources

    assert resources.MAX_PAGES == 10_000
    monkeypatch.setattr(resources, "MAX_PAGES", 7)
    with talkover.Talkover("talq_x", base_url=servers["huge last_page, pages advance"]) as tk:
        seen = []
        with pytest.raises(talkover.PaginationError, match="more than 7 pages"):
            seen.extend(agent.id for agent in tk.agents.list(per_page=2))
    assert len(seen) == 14  # every item of the pages read was yielded before the error


def test_an_honest_server_still_pages_to_the_end(servers: dict[str, str]) -> None:
    def honest(page: int) -> dict[str, Any]:
        return agents(page, last_page=3) if page <= 3 else agents(page, per_page=0, last_page=3)

    with (
        hostile.hostile_peer({"/api/v1/agents": hostile.pages(honest)}) as peer,
        talkover.Talkover("talq_x", base_url=peer.url("/api/v1")) as tk,
    ):
        ids = [agent.id for agent in tk.agents.list(per_page=2)]
    assert ids == ["a-1-0", "a-1-1", "a-2-0", "a-2-1", "a-3-0", "a-3-1"]
