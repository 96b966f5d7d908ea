"""Calendar events: book a demo with an attendee, add another, cancel it, list the week."""

from datetime import UTC, datetime, timedelta

import talkover


def main() -> None:
    start = datetime(2024, 1, 20, 15, tzinfo=UTC)
    with talkover.Talkover() as tk:
        calendar = tk.calendars.create(name="Demos", owner_id="user-uuid-1")
        event = tk.calendars.events.create(
            calendar.id,
            title="Demo with Acme",
            start_at=start,
            end_at=start + timedelta(minutes=30),
            attendees=[{"name": "Jane Doe", "email": "jane@acme.com"}],
        )
        print("booked:", event.id, event.status, [a.email for a in event.attendees])
        tk.calendars.events.add_attendee(calendar.id, event.id, name="Raj", email="raj@acme.com")
        try:
            tk.calendars.events.create_meeting(calendar.id, event.id)
        except talkover.MeetingProviderRequiredError:
            print("no meeting link: the calendar has no connected provider")
        tk.calendars.events.update(calendar.id, event.id, status="cancelled")
        week = tk.calendars.events.list(
            calendar.id, from_=start - timedelta(days=1), to=start + timedelta(days=6)
        )
        print("this week:", [(e.title, e.status) for e in week])
        tk.calendars.delete(calendar.id)


if __name__ == "__main__":
    main()
