from __future__ import annotations

from typing import Any

from talkover_api_client.api.trainings import list_trainings

from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TRAINING_ID

pytest_plugins = ["talkover_mock.pytest_plugin"]


def test_user_fixture_gives_a_client_on_the_mock(talkover_client: Any) -> None:
    listed = list_trainings.sync(DEMO_AGENT_ID, client=talkover_client).data
    assert [t.id for t in listed] == [DEMO_TRAINING_ID]
