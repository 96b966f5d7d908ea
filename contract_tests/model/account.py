"""Rules for the Account API's tokens (D61): a token made with Create User API Token opens the
Account API until it is deleted, and never again after; its value is shown once and never
listed; an environment token opens nothing there, and a user token nothing elsewhere."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule
from talkover_api_client.api.account import (
    create_user_api_token,
    delete_user_api_token,
    get_current_user,
    list_user_api_tokens,
)
from talkover_api_client.api.agents import list_agents
from talkover_api_client.models import UserApiTokenInput

import talkover

from ..conftest import TARGET
from .machine import Base
from .reference import ENV_TOKEN


class AccountRules(Base):
    def _account(self) -> dict[str, Any]:
        """The model: live token id -> value, and the values of deleted ones."""
        state: dict[str, Any] = self.__dict__.setdefault(
            "_account_state", {"live": {}, "revoked": []}
        )
        return state

    def _user_client(self, user_token: str) -> Any:
        cache: dict[str, Any] = self.__dict__.setdefault("_account_clients", {})
        if user_token not in cache:
            cache[user_token] = talkover.make_client(
                "", user_token=user_token, base_url=self._api_base(), max_retries=0,
                transport=self.transport, async_transport=self.async_transport,
            )  # fmt: skip
        return cache[user_token]

    def _api_base(self) -> str:
        return str(self.plane.base_url).rstrip("/") + "/api/v1"

    @property
    def _session(self) -> Any:
        return self._user_client(TARGET.user_token or "")

    @rule(name=st.sampled_from(["CI Pipeline", "Local Development"]))
    def account_create_token(self, name: str) -> None:
        if not TARGET.user_token:
            return
        made = create_user_api_token.sync(client=self._session, body=UserApiTokenInput(name=name))
        assert made.data.abilities == ["*"]
        self._account()["live"][made.data.id] = made.data.token

    @rule(data=st.data())
    def account_delete_token(self, data: st.DataObject) -> None:
        live = self._account()["live"]
        if not live:
            return
        token_id = data.draw(st.sampled_from(sorted(live)))
        delete_user_api_token.sync(token_id, client=self._session)
        self._account()["revoked"].append(live.pop(token_id))
        with pytest.raises(talkover.UserApiTokenNotFoundError):
            delete_user_api_token.sync(token_id, client=self._session)

    @rule()
    def account_token_lifecycle(self) -> None:
        """The page's rule, in one step: made, it works; deleted, it answers 401."""
        if not TARGET.user_token:
            return
        self.account_create_token("Short-lived")
        token_id, value = next(reversed(self._account()["live"].items()))
        assert get_current_user.sync(client=self._user_client(value)).id
        delete_user_api_token.sync(token_id, client=self._session)
        self._account()["revoked"].append(self._account()["live"].pop(token_id))
        with pytest.raises(talkover.AuthenticationError):
            get_current_user.sync(client=self._user_client(value))

    @rule()
    def account_tokens_do_not_cross(self) -> None:
        """An environment token is refused by the Account API, a user token by the rest."""
        if not TARGET.user_token:
            return
        environment_token = ENV_TOKEN["mine"]
        as_user = self._user_client(environment_token)
        with pytest.raises(talkover.AuthenticationError):
            get_current_user.sync(client=as_user)
        user_as_environment = talkover.make_client(
            TARGET.user_token, base_url=self._api_base(), max_retries=0,
            transport=self.transport, async_transport=self.async_transport,
        )  # fmt: skip
        with pytest.raises(talkover.AuthenticationError):
            list_agents.sync(client=user_as_environment)

    @invariant()
    def account_tokens_match_the_model(self) -> None:
        if not hasattr(self, "model") or not TARGET.user_token:
            return
        state = self._account()
        listed = list_user_api_tokens.sync(client=self._session).data
        assert {t.id for t in listed} == set(state["live"])
        for value in state["live"].values():
            assert get_current_user.sync(client=self._user_client(value)).id
        for value in state["revoked"]:
            with pytest.raises(talkover.AuthenticationError):
                get_current_user.sync(client=self._user_client(value))
