"""The SDK layer: ``Talkover()`` / ``AsyncTalkover()`` reach every operation of the spec, sync
and async alike, unwrap results, raise typed errors, keep the raw response reachable and
iterate every page of a paginated list."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from typing import Any

import pytest
from talkover_api_client.models import Agent, Training

import talkover
from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_CAMPAIGN_ID, DEMO_TOKEN
from talkover_mock.inprocess import async_transport, sync_transport
from talkover_spec import load_spec

BASE = "http://talkover-mock/api/v1"
AGENT = {
    "label": "A bot", "language": "en-US", "interrupt_sensitivity": "medium",
    "endpointing_sensitivity": "auto", "ivr_navigation_mode": "off", "conversation_speed": 1.0,
    "initial_message_delay": 0, "ask_if_human_present_on_idle": False, "idle_time_seconds": 5,
    "llm_temperature": 0.7, "enable_recording": True, "direction": "outbound",
    "who_speaks_first": "agent", "description": "Sells things.", "phone_number_ids": [],
}  # fmt: skip


def spec_operations() -> set[str]:
    spec = load_spec()
    return {
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in {"get", "put", "post", "delete", "patch"}
    }


def methods(namespace: Any, path: str = "") -> Iterator[tuple[str, str, Any]]:
    """(operationId, dotted path, bound method) of every operation under ``namespace``."""
    for name, value in vars(namespace).items():
        if name.startswith("_") or name == "client":
            continue
        if name != "with_raw_response":
            yield from methods(value, f"{path}{name}.")
    for name, member in inspect.getmembers(type(namespace), inspect.isfunction):
        if hasattr(member, "__talkover_operation__"):
            yield member.__talkover_operation__, path + name, getattr(namespace, name)


def raw_methods(namespace: Any, path: str = "") -> Iterator[tuple[str, str, Any]]:
    for name, value in vars(namespace).items():
        if name == "with_raw_response":
            yield from ((o, f"{path}{p}", m) for o, p, m in methods(value))
        elif not name.startswith("_") and name != "client":
            yield from raw_methods(value, f"{path}{name}.")


@pytest.fixture
def app() -> Any:
    return create_app(MockConfig(seed=3))


@pytest.fixture
def tk(app: Any) -> Iterator[talkover.Talkover]:
    with talkover.Talkover(DEMO_TOKEN, base_url=BASE, transport=sync_transport(app)) as sdk:
        yield sdk


def async_tk(app: Any) -> talkover.AsyncTalkover:
    return talkover.AsyncTalkover(DEMO_TOKEN, base_url=BASE, transport=async_transport(app))


def test_every_operation_is_a_method_sync_and_async_with_the_same_signature(app: Any) -> None:
    sync = talkover.Talkover(DEMO_TOKEN, base_url=BASE)
    asynchronous = talkover.AsyncTalkover(DEMO_TOKEN, base_url=BASE)
    expected = spec_operations()
    assert len(expected) >= 76
    tables = {
        "sync": {op: (path, m) for op, path, m in methods(sync)},
        "async": {op: (path, m) for op, path, m in methods(asynchronous)},
        "sync raw": {op: (path, m) for op, path, m in raw_methods(sync)},
        "async raw": {op: (path, m) for op, path, m in raw_methods(asynchronous)},
    }
    for name, table in tables.items():
        assert set(table) == expected, f"{name}: missing {sorted(expected - set(table))}"
    for operation in expected:
        (sync_path, sync_method), (async_path, async_method) = (
            tables["sync"][operation], tables["async"][operation],
        )  # fmt: skip
        assert sync_path == async_path == tables["sync raw"][operation][0]
        assert not inspect.iscoroutinefunction(sync_method)
        one, two = inspect.signature(sync_method), inspect.signature(async_method)
        assert one.parameters == two.parameters, operation
        if "SyncPage" in one.return_annotation:  # awaitable and async-iterable, not a coroutine
            assert one.return_annotation.replace("SyncPage", "AsyncPageRequest") == (
                two.return_annotation
            )
        else:
            assert inspect.iscoroutinefunction(async_method)
            assert one.return_annotation == two.return_annotation
        raw_one = inspect.signature(tables["sync raw"][operation][1])
        raw_two = inspect.signature(tables["async raw"][operation][1])
        assert raw_one == raw_two, operation
        assert raw_one.parameters == one.parameters, operation
    sync.close()


def test_the_issue_s_examples_are_where_it_says(tk: talkover.Talkover) -> None:
    paths = {path: op for op, path, _ in methods(tk)}
    assert paths["agents.list"] == "listAgents"
    assert paths["agents.trainings.delete"] == "deleteTraining"
    assert paths["campaigns.update_status"] == "updateCampaignStatus"
    assert paths["campaigns.webhooks.retry_log"] == "retryCampaignWebhookLog"
    assert paths["calls.make"] == "makeCall"


def test_results_are_unwrapped_and_errors_typed(tk: talkover.Talkover) -> None:
    training = tk.agents.trainings.create_or_update(
        DEMO_AGENT_ID, subject="Plans", instructions="Three plans."
    )
    assert isinstance(training, Training)
    assert training.subject == "Plans"
    listed = tk.agents.trainings.list(DEMO_AGENT_ID)
    assert training.id in [t.id for t in listed]
    assert tk.agents.trainings.delete(DEMO_AGENT_ID, training.id).success is True
    with pytest.raises(talkover.NotFoundError) as caught:
        tk.agents.trainings.delete(DEMO_AGENT_ID, training.id)
    assert caught.value.status_code == 404
    with pytest.raises(talkover.UnprocessableEntityError) as invalid:
        tk.agents.trainings.create_or_update(DEMO_AGENT_ID, subject=" ", instructions="x")
    assert "subject" in invalid.value.body["errors"]


def test_the_raw_response_stays_reachable(tk: talkover.Talkover) -> None:
    raw = tk.agents.trainings.with_raw_response.list(DEMO_AGENT_ID)
    assert int(raw.status_code) == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.parsed is not None
    assert b'"success"' in raw.content
    missing = tk.agents.with_raw_response.get("no-such-agent")
    assert int(missing.status_code) == 404  # the raw side never raises


def test_body_fields_are_keywords_and_state_machines_are_reachable(tk: talkover.Talkover) -> None:
    campaign = tk.campaigns.get(DEMO_CAMPAIGN_ID)
    paused = tk.campaigns.update_status(DEMO_CAMPAIGN_ID, status="paused")
    assert paused.status == "paused"
    assert campaign.id == DEMO_CAMPAIGN_ID
    with pytest.raises(talkover.BadRequestError):
        tk.campaigns.update_status(DEMO_CAMPAIGN_ID, status="draft")


def make_agents(tk: talkover.Talkover, count: int) -> list[str]:
    return [tk.agents.create(name=f"Agent {n:03}", **AGENT).id for n in range(count)]


def test_iterating_a_list_reads_every_page_once_in_order(tk: talkover.Talkover) -> None:
    created = make_agents(tk, 250)
    first = tk.agents.list(per_page=20)
    assert len(first.items) == 20
    assert first.pagination.current_page == 1
    seen = [agent.id for agent in first]
    assert all(isinstance(a, Agent) for a in first.items)
    assert len(seen) == len(set(seen)) == first.pagination.total
    assert [agent_id for agent_id in seen if agent_id in set(created)] == created
    pages = list(first.iter_pages())
    assert [p.pagination.current_page for p in pages] == list(range(1, len(pages) + 1))
    assert not pages[-1].has_next_page()
    with pytest.raises(talkover.TalkoverError):
        pages[-1].next_page()


def test_async_iteration_reads_every_page_once_in_order(app: Any, tk: talkover.Talkover) -> None:
    created = make_agents(tk, 250)

    async def run() -> tuple[list[str], int]:
        async with async_tk(app) as atk:
            first = await atk.agents.list(per_page=20)
            return [agent.id async for agent in first], first.pagination.total

    seen, total = asyncio.run(run())
    assert len(seen) == len(set(seen)) == total
    assert [agent_id for agent_id in seen if agent_id in set(created)] == created


def test_an_async_list_iterates_without_await_and_still_awaits(
    app: Any, tk: talkover.Talkover
) -> None:
    """As openai-python's async pages: ``async for`` straight on the call, or ``await`` it for
    the first page; a wrong argument fails at the call, before either."""
    created = make_agents(tk, 45)

    async def run() -> tuple[list[str], list[str]]:
        async with async_tk(app) as atk:
            direct = [agent.id async for agent in atk.agents.list(per_page=10)]
            first = await atk.agents.list(per_page=10)
            with pytest.raises(TypeError, match="per_page"):
                atk.agents.list(per_page="ten")  # type: ignore[arg-type]
            return direct, [agent.id async for agent in first]

    direct, awaited = asyncio.run(run())
    assert direct == awaited
    assert len(direct) == len(set(direct))
    assert set(created) <= set(direct)


def test_every_pagination_shape_iterates(tk: talkover.Talkover) -> None:
    """The calls' ``pagination`` (PageWindow) pages like List Agents' ``meta``."""
    for n in range(5):
        tk.calls.make(DEMO_AGENT_ID, to=f"+1415555010{n}", is_testing=True)
    first = tk.calls.list(per_page=2)
    assert first.pagination.per_page == 2
    ids = [call.id for call in first]
    assert len(ids) == len(set(ids)) == first.pagination.total >= 5
    for_agent = [c.id for c in tk.calls.list_for_agent(DEMO_AGENT_ID, per_page=2)]
    assert sorted(for_agent) == sorted(ids)
