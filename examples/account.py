"""The Account API: who am I, a personal access token made, used and revoked, credits bought.
It takes a user token (TALKOVER_USER_TOKEN), not the environment token."""

import os

import talkover


def main() -> None:
    with talkover.Talkover(user_token=os.environ["TALKOVER_USER_TOKEN"]) as tk:
        me = tk.account.get_current_user()
        print("signed in as:", me.name, "in", me.current_environment_id)
        made = tk.account.create_api_token(name="CI Pipeline")
        print("new token (shown once):", made.token[:6] + "…")
        with talkover.Talkover(token="", user_token=made.token) as ci:  # the user token alone
            print("the new token works:", ci.account.get_current_user().email)
            try:
                ci.agents.list()
            except talkover.TokenRequiredError:
                print("agents need an environment token (TALKOVER_API_TOKEN)")
            tk.account.delete_api_token(made.id)
            try:
                ci.account.get_current_user()
            except talkover.AuthenticationError:
                print("revoked: 401")
        before = tk.account.get_credits_balance().balance
        bought = tk.account.purchase_credits(amount=50)
        print(f"balance {before} -> {bought.new_balance} {bought.currency}")


if __name__ == "__main__":
    main()
