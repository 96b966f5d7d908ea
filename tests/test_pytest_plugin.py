from __future__ import annotations

from typing import Any

from talkover_api_client.api.trainings import list_trainings

from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TRAINING_ID

pytest_plugins = ["talkover_mock.pytest_plugin"]


def test_user_fixture_gives_a_client_on_the_mock(talkover_client: Any) -> None:
    listed = list_trainings.sync(DEMO_AGENT_ID, client=talkover_client).data
    assert [t.id for t in listed] == [DEMO_TRAINING_ID]


def test_user_fixture_gives_the_sdk_on_the_mock(talkover_sdk: Any) -> None:
    assert [t.id for t in talkover_sdk.agents.trainings.list(DEMO_AGENT_ID)] == [DEMO_TRAINING_ID]


def test_user_fixture_gives_the_async_sdk_on_the_mock(async_talkover_sdk: Any) -> None:
    import asyncio

    async def read() -> list[str]:
        async with async_talkover_sdk as sdk:
            return [t.id for t in await sdk.agents.trainings.list(DEMO_AGENT_ID)]

    assert asyncio.run(read()) == [DEMO_TRAINING_ID]
