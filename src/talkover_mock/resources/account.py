"""The Account API (D61): users (kind ``user``, shared: they belong to no environment), their
tokens (kind ``user_token``, under the user: the session tokens the fixture gives, printed at
start like the environment tokens, and the personal access tokens Create User API Token makes),
and credits.

Only a user token opens these operations (``userAuth``), and only an environment token the
others: the two token tables never meet. A token is kept as its digest; its value is shown once.
The account's balance is the balance of the user's current environment: the one calls spend and
auto top-up refills, so Purchase Credits, Get Credits Balance, calls and auto top-up all agree."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from typing import Any

from ..demo import DEMO_USER_TOKEN, OTHER_USER_TOKEN
from ..documents import Doc, FixturePart, Transaction
from ..errors import ApiError
from ..faults import fault
from ..registry import Call, DemoFixture, Reply, authenticator, demo_part, fixture_part, operation
from ..store import token_digest
from . import auto_topup, calls
from .schemas import AN_ID

REVOKED_STILL_WORKS = fault(
    "revoked_user_token_works",
    "A deleted user API token still authenticates the Account API.",
    model=["account"],
)
ENVIRONMENT_TOKEN_OPENS_ACCOUNT = fault(
    "environment_token_opens_account",
    "An environment token is taken as the demo user's token on the Account API.",
    model=["account"],
)

USER = "user"
TOKEN = "user_token"  # noqa: S105 - a document kind
PURCHASE = "credit_purchase"
FULL_ACCESS = ["*"]


def user_view(doc: Doc) -> dict[str, Any]:
    fields = ("name", "email", "current_environment_id", "created_at")
    return {"id": doc.id, **{k: doc.body[k] for k in fields}}


def token_view(doc: Doc) -> dict[str, Any]:
    fields = ("name", "abilities", "last_used_at", "created_at")
    return {"id": doc.id, **{k: doc.body[k] for k in fields}}


@authenticator("userAuth")
def authenticate(tx: Transaction, token: str | None) -> tuple[Doc, str | None] | None:
    """The user a token belongs to (notes its use), or None. An environment token is not
    among the users' tokens, so it opens nothing here."""
    if not token:
        return None
    digest = token_digest(token)
    found = None
    for candidate in tx.find(TOKEN, "digest", [digest]):
        if hmac.compare_digest(candidate.body["digest"], digest):
            found = candidate
    if found is not None and found.body.get("revoked_at") and not tx.planted(REVOKED_STILL_WORKS):
        found = None
    if found is None and tx.planted(ENVIRONMENT_TOKEN_OPENS_ACCOUNT) and token.startswith("talq_"):
        users = tx.page(USER, None, limit=1)[0]
        return (users[0], users[0].body["current_environment_id"]) if users else None
    if found is None:
        return None
    user = tx.get(USER, found.parent_id or "")
    if user is None:
        return None
    tx.update(found, {**found.body, "last_used_at": tx.now()})
    return user, user.body["current_environment_id"]


def _user(call: Call) -> Doc:
    assert call.principal is not None, "the userAuth scheme sets the principal"
    return call.principal


@operation("getCurrentUser")
def get_current_user(call: Call) -> Reply:
    return Reply(user_view(_user(call)))


def _pats(tx: Transaction, user: Doc) -> list[Doc]:
    return [
        t for t in tx.children(TOKEN, user.id)
        if not t.body["session"] and not t.body.get("revoked_at")
    ]  # fmt: skip


@operation("listUserApiTokens")
def list_tokens(call: Call) -> Reply:
    return Reply({"data": [token_view(t) for t in _pats(call.tx, _user(call))]})


def _new_token(
    tx: Transaction, user: Doc, value: str, *, name: str, abilities: list[str], session: bool,
    id_: str | None = None,
) -> Doc:  # fmt: skip
    body = {
        "digest": token_digest(value), "name": name, "abilities": abilities,
        "session": session, "last_used_at": None, "created_at": tx.now(),
    }  # fmt: skip
    return tx.insert(TOKEN, body, environment_id=None, parent_id=user.id, id_=id_)


@operation("createUserApiToken")
def create_token(call: Call) -> Reply:
    user, tx = _user(call), call.tx
    token_id = tx.new_id(TOKEN)
    count = len(tx.children(TOKEN, user.id)) + 1
    secret = hashlib.sha256(f"{token_id}:{tx.new_id('secret')}".encode()).hexdigest()[:40]
    value = f"{count}|{secret}"  # Sanctum's form, as the page shows it
    abilities = list(dict.fromkeys(call.body.get("abilities", FULL_ACCESS)))
    doc = _new_token(
        tx, user, value, name=call.body["name"], abilities=abilities, session=False, id_=token_id
    )
    data = {"id": doc.id, "name": doc.body["name"], "abilities": abilities, "token": value,
            "created_at": doc.body["created_at"]}  # fmt: skip
    return Reply({"data": data}, status=201)


@operation("deleteUserApiToken")
def delete_token(call: Call) -> Reply:
    user = _user(call)
    token = call.tx.get(TOKEN, call.path["token_id"])
    if token is None or token.parent_id != user.id or token.body["session"]:
        raise call.fail(404, "UserApiTokenNotFound")
    if token.body.get("revoked_at"):
        raise call.fail(404, "UserApiTokenNotFound")
    # Kept, marked revoked (so a fault can let it through); it never authenticates again.
    call.tx.update(token, {**token.body, "revoked_at": call.tx.now()})
    return Reply({"message": "Token revoked"})


def _refused(field: str, message: str) -> ApiError:
    return ApiError.of(422, message, errors={field: [message]})


@operation("purchaseCredits")
def purchase_credits(call: Call) -> Reply:
    environment_id = call.environment_id or ""
    amount = round(float(call.body["amount"]), 2)
    if amount <= 0:
        raise _refused("amount", "The amount must be greater than 0.")
    cards, _ = call.tx.page(auto_topup.METHOD, environment_id)
    wanted = call.body.get("payment_method_id")
    if wanted is not None:
        chosen = next((c for c in cards if c.id == wanted), None)
        if chosen is None:
            raise _refused("payment_method_id", "The selected payment method id is invalid.")
    else:
        chosen = next((c for c in cards if c.body.get("is_default")), cards[0] if cards else None)
        if chosen is None:
            raise _refused(
                "payment_method_id",
                "There is no saved payment method: add a card, or send payment_method_id.",
            )
    decline = auto_topup.decline_reason(call.tx, environment_id)
    if decline is not None:
        raise call.fail(402, details={"decline_reason": decline})
    before = calls.balance(call.tx, environment_id)
    calls.set_balance(call.tx, environment_id, before + amount)
    transaction_id = f"txn_{call.tx.new_id('transaction')}"
    call.tx.insert(
        PURCHASE,
        {"amount": amount, "payment_method_id": chosen.id, "transaction_id": transaction_id,
         "user_id": _user(call).id, "created_at": call.tx.now()},
        environment_id=environment_id,
    )  # fmt: skip
    data = {"amount_charged": amount, "currency": auto_topup.CURRENCY,
            "new_balance": round(before + amount, 4), "transaction_id": transaction_id}  # fmt: skip
    return Reply({"success": True, "data": data})


@operation("getCreditsBalance")
def get_balance(call: Call) -> Reply:
    environment_id = call.environment_id or ""
    data = {
        "balance": round(calls.balance(call.tx, environment_id), 4),
        "currency": auto_topup.CURRENCY,
        "auto_topup_enabled": bool(auto_topup.view(call.tx, environment_id)["is_enabled"]),
        "as_of": call.tx.now(),
    }
    return Reply({"success": True, "data": data})


# -- fixtures ---------------------------------------------------------------------------------


def _seed(tx: Transaction, environment_id: str | None, item: Mapping[str, Any]) -> None:
    body = {
        "name": item["name"], "email": item["email"],
        "current_environment_id": item["current_environment_id"], "created_at": tx.now(),
    }  # fmt: skip
    user = tx.insert(USER, body, environment_id=None, id_=item.get("id"))
    for value in item.get("session_tokens", []):
        _new_token(tx, user, value, name="Session", abilities=FULL_ACCESS, session=True)


def _dump(tx: Transaction, environment_id: str | None) -> list[Any]:
    return [
        {**user_view(u), "api_tokens": [token_view(t) for t in _pats(tx, u)]}
        for u in tx.page(USER, None)[0]
    ]


def _item_schema() -> dict[str, Any]:
    text = {"type": "string", "minLength": 1, "maxLength": 255}
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["name", "email", "current_environment_id"],
        "properties": {
            "id": AN_ID, "name": text, "email": text, "current_environment_id": AN_ID,
            "session_tokens": {"type": "array", "items": {**text, "minLength": 12}},
        },
    }  # fmt: skip


fixture_part(FixturePart("users", _item_schema, _seed, _dump, order=1, shared=True))


@demo_part
def _demo(fixture: DemoFixture) -> None:
    fixture.shared("users", [
        {"id": "user-uuid-1", "name": "Alice Doe", "email": "alice@example.com",
         "current_environment_id": "env_demo", "session_tokens": [DEMO_USER_TOKEN]},
        {"id": "user-uuid-2", "name": "Bob Smith", "email": "bob@example.com",
         "current_environment_id": "env_demo"},
        {"id": "user-other", "name": "Olga Other", "email": "olga@example.org",
         "current_environment_id": "env_other", "session_tokens": [OTHER_USER_TOKEN]},
    ])  # fmt: skip
