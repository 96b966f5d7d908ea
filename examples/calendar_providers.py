"""Provider connections: connect a calendar, let the user authorize it (the mock's control
plane plays the user), watch the first sync finish, make a meeting link."""

import os
from datetime import UTC, datetime, timedelta

import talkover
from talkover_mock.control_client import MockControl


def main() -> None:
    base_url = os.environ.get("TALKOVER_BASE_URL", "http://127.0.0.1:8055/api/v1")
    with talkover.Talkover() as tk, MockControl(base_url) as control:
        calendar = tk.calendars.create(name="Field visits", owner_id="user-uuid-1")
        connection = tk.calendars.providers.create(
            calendar.id, provider="calendar_provider_a",
            redirect_uri="https://example.com/oauth/calendar/callback",
        )  # fmt: skip
        print("send the user to:", connection.authorization_url)
        control.authorize_provider(connection.id)  # the user says yes
        control.advance_clock(60)  # the first sync takes 30 s of the mock's clock
        status = tk.calendars.get_sync_status()
        print("synced:", [(s.provider, s.is_syncing) for s in status])
        start = datetime(2024, 2, 1, 10, tzinfo=UTC)
        event = tk.calendars.events.create(
            calendar.id, title="Site visit", start_at=start, end_at=start + timedelta(hours=1)
        )
        print("meeting:", tk.calendars.events.create_meeting(calendar.id, event.id).meeting_url)
        print("queued:", tk.calendars.providers.trigger_sync(calendar.id, connection.id).queued)
        tk.calendars.delete(calendar.id)


if __name__ == "__main__":
    main()
