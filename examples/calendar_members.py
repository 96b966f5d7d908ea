"""Calendar members: share a calendar, change a role, hand ownership over; the owner stays."""

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        calendar = tk.calendars.create(name="Support rota", owner_id="user-uuid-1")
        bob = tk.calendars.members.add(calendar.id, user_id="user-uuid-2", role="editor")
        print("members:", [(m.user_id, m.role) for m in tk.calendars.members.list(calendar.id)])
        tk.calendars.members.update(calendar.id, bob.id, role="owner")  # ownership moves
        print("owner now:", tk.calendars.get(calendar.id).owner_id)
        try:
            tk.calendars.members.remove(calendar.id, bob.id)
        except talkover.OwnerRequiredError as error:
            print("refused:", error.message)
        tk.calendars.delete(calendar.id)


if __name__ == "__main__":
    main()
