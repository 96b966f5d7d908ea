"""Agent webhooks: subscribe to call events with a signing secret, send a test, read the log.

Your receiver checks each delivery with ``talkover.verify_webhook(body, signature, secret)``.
"""

import secrets

import talkover


def main() -> None:
    secret = secrets.token_urlsafe(32)
    with talkover.Talkover() as tk:
        agent = tk.agents.list().items[0]
        webhook = tk.agents.webhooks.create(
            agent.id,
            name="Call results",
            webhook_url="https://example.com/talkover/events",
            events=["event_phone_call_ended"],
            webhook_secret=secret,  # keep it: your receiver needs it
        )
        try:
            test = tk.agents.webhooks.test(agent.id, webhook.id)
            print("test:", test.status_code, f"in {test.response_time} ms")
        except talkover.UnprocessableEntityError as error:  # the URL did not answer 2xx
            print("test failed:", error.message)
        for entry in tk.agents.webhooks.list_logs(agent.id, webhook.id):
            print("log:", entry.event, entry.status)
        print(tk.agents.webhooks.toggle(agent.id, webhook.id).enabled)
        print(tk.agents.webhooks.delete(agent.id, webhook.id).message)


if __name__ == "__main__":
    main()
