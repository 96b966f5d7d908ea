"""Rules for auto top-up (D50): test charges within the plan's daily limit, a declined card
recorded as failed, settings that must name a saved card. Configurations here stay disabled,
so only these rules charge (threshold recharges follow calls, which other rules place)."""

from __future__ import annotations

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule
from talkover_api_client.api.auto_topup import (
    get_auto_topup_history,
    get_auto_topup_settings,
    test_auto_topup,
    update_auto_topup_settings,
)
from talkover_api_client.models import AutoTopupSettingsInput

import talkover

from .machine import Base
from .reference import BAD_TOKEN, ENV_TOKEN, ModelTopup

ENV = "mine"
LIMIT = 500.0


class BillingRules(Base):
    def _day(self) -> str:
        now: str = self.control("/clock", method="GET")["now"]
        return now[:10]

    @rule(amount=st.sampled_from([100, 300, 450]), data=st.data())
    def configure(self, amount: int, data: st.DataObject) -> None:
        """A saved card of the environment's own, or another environment's (refused)."""
        method = data.draw(st.sampled_from(sorted(self.model.payment_methods)))
        self._configure(amount, method)

    def _configure(self, amount: int, method: str) -> None:
        body = AutoTopupSettingsInput(recharge_amount=amount, payment_method_id=method)
        mine = self.model.payment_methods.get(method) == ENV
        error = None if mine else talkover.UnprocessableEntityError
        done = self.expect(
            error,
            lambda: update_auto_topup_settings.sync(client=self.client(ENV_TOKEN[ENV]), body=body),
        )
        if done is not None:
            assert (done.data.recharge_amount, done.data.payment_method_id) == (amount, method)
            self.model.billing.recharge, self.model.billing.method = float(amount), method

    @rule(reason=st.none() | st.sampled_from(["card_declined", "insufficient_funds"]))
    def card(self, reason: str | None) -> None:
        self.control(
            f"/environments/{self.environment_id(ENV)}/payments", {"decline": reason}, method="PUT"
        )
        self.model.billing.decline = reason

    @rule()
    def charge(self) -> None:
        billing, day = self.model.billing, self._day()
        spent = sum(t.amount for t in billing.topups if t.day == day and t.status == "succeeded")
        error: type[Exception] | None = None
        if billing.recharge is None:
            error = talkover.AutoTopupNotConfiguredError
        elif spent + billing.recharge > LIMIT:
            error = talkover.AutoTopupDailyLimitReachedError
        elif billing.decline is not None:
            error = talkover.PaymentFailedError
        done = self.expect(error, lambda: test_auto_topup.sync(client=self.client(ENV_TOKEN[ENV])))
        if done is not None:
            assert done.data.amount_charged == billing.recharge
            billing.topups.append(ModelTopup("test", "succeeded", done.data.amount_charged, day))
        elif error is talkover.PaymentFailedError and billing.recharge is not None:
            billing.topups.append(ModelTopup("test", "failed", billing.recharge, day))

    @rule()
    def over_the_limit(self) -> None:
        """The plan's daily limit, aimed at: 450 twice in one day is refused the second time."""
        self._configure(
            450, next(m for m, env in sorted(self.model.payment_methods.items()) if env == ENV)
        )
        self.card(None)
        self.charge()
        self.charge()

    @invariant()
    def history_matches_the_model(self) -> None:
        if not hasattr(self, "model"):
            return
        topups = self.model.billing.topups
        client = self.client(ENV_TOKEN[ENV])
        page = get_auto_topup_history.sync(client=client, per_page=100)
        shown = [(str(t.trigger), str(t.status), t.amount) for t in page.data]
        assert shown == [(t.trigger, t.status, t.amount) for t in reversed(topups)]
        assert page.pagination.total == len(topups)
        settings = get_auto_topup_settings.sync(client=client).data
        assert settings.is_enabled is False
        with pytest.raises(talkover.AuthenticationError):
            get_auto_topup_settings.sync(client=self.client(BAD_TOKEN))
