"""Availability: weekdays 9 to 5 in New York, Christmas off, a meeting booked; the free slots."""

from datetime import UTC, date, datetime, timedelta

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        calendar = tk.calendars.create(
            name="Sales", owner_id="user-uuid-1", timezone="America/New_York"
        )
        tk.calendars.availability.create_rule(
            calendar.id, type_="recurring", days_of_week=[1, 2, 3, 4, 5],
            start_time="09:00", end_time="17:00",
        )  # fmt: skip
        tk.calendars.availability.create_rule(
            calendar.id, type_="exception", date=date(2024, 12, 25), available=False
        )
        busy = datetime(2024, 12, 24, 15, tzinfo=UTC)  # 10:00 in New York
        tk.calendars.events.create(
            calendar.id, title="Pipeline review", start_at=busy, end_at=busy + timedelta(hours=1)
        )
        slots = tk.calendars.availability.query(
            calendar.id,
            from_=datetime(2024, 12, 24, tzinfo=UTC),
            to=datetime(2024, 12, 26, tzinfo=UTC),
            duration_minutes=60,
        )
        print("free on the 24th (UTC):", [f"{s.start_at:%H:%M}" for s in slots])
        tk.calendars.delete(calendar.id)


if __name__ == "__main__":
    main()
