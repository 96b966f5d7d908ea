"""The API's next release, seen by this client: a call status the spec does not list yet and a
field left out come through (the status as its string, the field as None), the difference is
on the raw response's ``drift`` (and logged), and ``strict_responses=True`` refuses the body.
A stand-in transport answers as that release would; nothing else differs from real use."""

import logging

import httpx

import talkover

LATER_RELEASE = {
    "success": True,
    "data": [
        {
            "id": "call-1", "sid": "CA1", "to": "+14155550100", "to_formatted": "(415) 555-0100",
            "from": "+14155550199", "from_formatted": "(415) 555-0199", "is_testing": False,
            "direction": "outbound", "status": "voicemail", "ended_reason": None,
            "campaign_id": None, "created_at": "2026-12-01T10:00:00.000000Z",
            "updated_at": "2026-12-01T10:01:00.000000Z",
            "agent": {"id": "agent-1", "name": "Sales", "label": "Sales"},
        }  # "duration" left out; "voicemail" is new
    ],
    "pagination": {
        "current_page": 1, "per_page": 15, "total": 1, "last_page": 1, "from": 1, "to": 1,
    },
}  # fmt: skip


def later_release(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=LATER_RELEASE)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="log: %(message)s")
    transport = httpx.MockTransport(later_release)
    with talkover.Talkover("talq_example", transport=transport) as tk:
        for call in tk.calls.list():
            print("status:", call.status, "duration:", call.duration)
        raw = tk.calls.with_raw_response.list()
        print("drift:", list(raw.drift))
    strict = talkover.Talkover("talq_example", transport=transport, strict_responses=True)
    try:
        strict.calls.list()
    except talkover.APIResponseValidationError:
        print("strict_responses: refused, as the spec does not describe this body")
    strict.close()


if __name__ == "__main__":
    main()
