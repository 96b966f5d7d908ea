"""Rules for phone numbers and their release requests, with the control plane's review."""

from __future__ import annotations

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule
from talkover_api_client.api.phone_numbers import (
    cancel_release_request,
    list_phone_numbers,
    list_release_requests,
    request_phone_number_release,
)
from talkover_api_client.models import ReleaseRequestInput

import talkover

from .machine import Base
from .reference import ENV_TOKEN, TOKENS, ModelRequest


class NumberRules(Base):
    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def request_release(self, token: str, data: st.DataObject) -> None:
        number = data.draw(st.sampled_from(self.model.numbers_with_a_stranger()))
        error = self.model.access(token, self.model.numbers.get(number))
        if error is None:
            if any(
                r.number == number and r.status == "pending" for r in self.model.requests.values()
            ):
                error = talkover.ConflictError
            elif self.model.assigned(number):
                error = talkover.UnprocessableEntityError
        body = ReleaseRequestInput(reason="Not needed any more.")
        made = self.expect(
            error,
            lambda: request_phone_number_release.sync(number, client=self.client(token), body=body),
        )
        if made is not None:
            assert str(made.data.status) == "pending"
            self.model.requests[made.data.id] = ModelRequest(
                self.model.numbers[number], number, "pending"
            )

    @rule(data=st.data())
    def release_assigned(self, data: st.DataObject) -> None:
        """The rule the page names, aimed at: a number an agent uses cannot be released
        (422 `PHONE_NUMBER_IN_USE`), asked by the number's own environment."""
        pending = {r.number for r in self.model.requests.values() if r.status == "pending"}
        numbers = sorted(
            n for n in self.model.numbers if self.model.assigned(n) and n not in pending
        )
        if not numbers:
            return
        number = data.draw(st.sampled_from(numbers))
        client = self.client(ENV_TOKEN[self.model.numbers[number]])
        body = ReleaseRequestInput(reason="Not needed any more.")
        with pytest.raises(talkover.PhoneNumberInUseError):
            request_phone_number_release.sync(number, client=client, body=body)

    def _request_id(self, data: st.DataObject) -> str:
        return data.draw(st.sampled_from([*sorted(self.model.requests), "no-such-request"]))

    @rule(token=st.sampled_from(list(TOKENS)), data=st.data())
    def cancel(self, token: str, data: st.DataObject) -> None:
        request_id = self._request_id(data)
        request = self.model.requests.get(request_id)
        error = self.model.access(token, request.environment if request else None)
        if error is None and request is not None and request.status != "pending":
            error = talkover.ReleaseAlreadyResolvedError
        self.expect(
            error, lambda: cancel_release_request.sync(request_id, client=self.client(token))
        )
        if error is None and request is not None:
            request.status = "cancelled"

    @rule(data=st.data(), approve=st.booleans())
    def review(self, data: st.DataObject, approve: bool) -> None:
        """The review outside the API, through the mock's control plane."""
        request_id = self._request_id(data)
        request = self.model.requests.get(request_id)
        decision = "approve" if approve else "reject"
        answer = self.plane.post(f"/__mock__/release-requests/{request_id}/{decision}", json={})
        if request is None:
            assert answer.status_code == 404
        elif request.status != "pending":
            assert answer.status_code == 409
        else:
            assert answer.status_code == 200, answer.text
            request.status = "approved" if approve else "rejected"
            if approve:
                del self.model.numbers[request.number]
                for agent in self.model.agents.values():
                    if request.number in agent.numbers:
                        agent.numbers.remove(request.number)

    @invariant()
    def numbers_match_the_model(self) -> None:
        if not hasattr(self, "model"):
            return
        for env, token in ENV_TOKEN.items():
            listed = list_phone_numbers.sync(client=self.client(token)).data
            assert sorted(n.id for n in listed) == sorted(
                n for n, e in self.model.numbers.items() if e == env
            )
            requests = list_release_requests.sync(client=self.client(token)).data
            assert {r.id: str(r.status) for r in requests} == {
                i: r.status for i, r in self.model.requests.items() if r.environment == env
            }
