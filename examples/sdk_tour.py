"""The SDK with plain Python, against the mock: a call with a plain-dict context, a 422's cause
from its text, an async list iterated without ``await``, the call's end verified into a typed
webhook event, and the mock's clock moved through its control plane."""

import asyncio
import os

import talkover
from talkover.models import CallEventPayload
from talkover.testing import WebhookReceiver
from talkover_mock.control_client import MockControl

AGENT = "agent-outbound-1"
SECRET = "whsec_tour"  # noqa: S105 - a demo secret for the local receiver


async def agent_names() -> list[str]:
    async with talkover.AsyncTalkover() as atk:
        return [agent.name async for agent in atk.agents.list(per_page=2)]  # every page


def main() -> None:
    base_url = os.environ.get("TALKOVER_BASE_URL", "http://127.0.0.1:8080/api/v1")
    with (
        talkover.Talkover() as tk,
        MockControl(base_url) as control,
        WebhookReceiver() as receiver,
    ):
        tk.agents.webhooks.create(
            AGENT,
            name="Call ends",
            webhook_url=receiver.url,
            events=["event_phone_call_ended"],
            webhook_secret=SECRET,
        )
        call = tk.calls.make(AGENT, to="+14155550100", context={"order": 42, "tier": "gold"})
        print("placed:", call.id, call.status)

        try:
            tk.agents.trainings.create_or_update(AGENT, subject=" ", instructions="x")
        except talkover.UnprocessableEntityError as error:
            print("refused:", error)  # names the field and its message

        print("agents:", asyncio.run(agent_names()))

        moved = control.advance_clock(40)  # ringing, answered, completed
        print("clock:", moved.now, f"({moved.fired} steps)")

        (delivery,) = receiver.wait_for(1)
        event = talkover.verify_webhook(
            delivery.body, delivery.header("Talkover-Signature"), SECRET
        )
        if isinstance(event.payload, CallEventPayload):
            context = event.payload.context.to_dict()
            print("event:", event.type, event.payload.status, event.payload.duration, context)


if __name__ == "__main__":
    main()
