"""Calendars: create one in a time zone, rename it, list them, delete it."""

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        calendar = tk.calendars.create(
            name="Demo calls", owner_id="user-uuid-1", timezone="Europe/Lisbon"
        )
        print("created:", calendar.id, calendar.timezone)
        renamed = tk.calendars.update(calendar.id, name="Demo calls (EU)")
        print("renamed:", renamed.name)
        print("calendars:", [c.name for c in tk.calendars.list()])
        try:
            tk.calendars.create(name="Nowhere", owner_id="user-uuid-1", timezone="Mars/Olympus")
        except talkover.UnprocessableEntityError as error:
            print("refused:", error.errors)
        tk.calendars.delete(calendar.id)
        try:
            tk.calendars.get(calendar.id)
        except talkover.CalendarNotFoundError:
            print("deleted: 404")


if __name__ == "__main__":
    main()
