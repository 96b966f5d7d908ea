"""The SDK takes plain Python (issue 27): a ``dict`` where a model is expected, an ISO string
where a date is, and a value of the wrong type fails with a ``TypeError`` naming the method and
the argument before anything is sent. A 422 names its cause in its text; ``help()`` shows the
spec's words."""

from __future__ import annotations

import datetime
import inspect
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import talkover
from talkover_mock import MockConfig, create_app
from talkover_mock.demo import DEMO_AGENT_ID, DEMO_TOKEN
from talkover_mock.inprocess import sync_transport

BASE = "http://talkover-mock/api/v1"


class Recording(httpx.BaseTransport):
    """The in-process mock, with every request it was sent kept."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner, self.sent = inner, []  # type: ignore[var-annotated]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return self.inner.handle_request(request)


@pytest.fixture
def wire() -> Recording:
    return Recording(sync_transport(create_app(MockConfig(seed=5))))


@pytest.fixture
def tk(wire: Recording) -> Iterator[talkover.Talkover]:
    with talkover.Talkover(DEMO_TOKEN, base_url=BASE, transport=wire) as sdk:
        yield sdk


def test_a_plain_dict_context_and_payload_are_sent_as_given(
    tk: talkover.Talkover, wire: Recording
) -> None:
    call = tk.calls.make(
        DEMO_AGENT_ID,
        to="+14155550100",
        context={"order": 42, "nested": {"tier": "gold"}},
        payload={"name": "Ada"},
        is_testing=True,
    )
    assert call.id
    body = wire.sent[-1].read()
    assert b'"context":{"order":42,"nested":{"tier":"gold"}}' in body.replace(b" ", b"")
    assert b'"payload":{"name":"Ada"}' in body.replace(b" ", b"")


def test_dates_take_a_date_or_an_iso_string(tk: talkover.Talkover, wire: Recording) -> None:
    list(tk.campaigns.list(date_from="2025-01-02"))
    as_string = wire.sent[-1].url.params["date_from"]
    list(tk.campaigns.list(date_from=datetime.date(2025, 1, 2)))
    assert wire.sent[-1].url.params["date_from"] == as_string == "2025-01-02"


def test_nested_lists_of_dicts_become_their_models(tk: talkover.Talkover, wire: Recording) -> None:
    with pytest.raises(talkover.APIStatusError):  # whatever the mock says of the rest
        tk.campaigns.create(
            agent_id=DEMO_AGENT_ID,
            name="Plain",
            campaign_type="sales",
            start_date="2030-01-01",
            call_time_ranges=[{"start": "09:00", "end": "17:00"}],
            days_of_week=[1, 2, 3],
            timezone="Not/AZone",
        )
    body = wire.sent[-1].read().replace(b" ", b"")
    assert b'"call_time_ranges":[{"start":"09:00","end":"17:00"}]' in body
    assert b'"start_date":"2030-01-01"' in body


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda tk: tk.calls.make(DEMO_AGENT_ID, to=4155550100), "calls.make(): to"),
        (lambda tk: tk.calls.make(DEMO_AGENT_ID, to="+1", context=["x"]), "calls.make(): context"),
        (lambda tk: tk.campaigns.list(date_from="yesterday"), "campaigns.list(): date_from"),
        (lambda tk: tk.agents.get(42), "agents.get(): agent_id"),
        (lambda tk: tk.calls.make(DEMO_AGENT_ID, to="+1", is_testing="yes"), "is_testing"),
    ],
)
def test_a_wrong_type_is_a_type_error_naming_the_argument_and_nothing_is_sent(
    tk: talkover.Talkover, wire: Recording, call: Any, named: str
) -> None:
    with pytest.raises(TypeError) as caught:
        call(tk)  # raised at the call: a list's page is not even fetched
    assert named in str(caught.value)
    assert wire.sent == []


def test_a_422_names_its_first_field_errors(tk: talkover.Talkover) -> None:
    with pytest.raises(talkover.UnprocessableEntityError) as caught:
        tk.agents.trainings.create_or_update(DEMO_AGENT_ID, subject=" ", instructions="x")
    text = str(caught.value)
    assert "subject" in text
    assert "The subject field is required" in text or "subject:" in text
    assert len(text) < 2_000  # bounded, whatever the server sends


def test_help_shows_the_spec_s_words() -> None:
    sdk = talkover.Talkover(DEMO_TOKEN, base_url=BASE)
    text = inspect.getdoc(sdk.campaigns.create) or ""
    assert "POST /campaigns" in text
    assert "days_of_week: 1 = Monday … 7 = Sunday." in text
    assert "Args:" in text
    sdk.close()
