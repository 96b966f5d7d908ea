"""Phone numbers: the environment's numbers and the requests to release them."""

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        for number in tk.phone_numbers.list():
            print(number.id, number.number, number.current_status)
        for request in tk.phone_numbers.list_release_requests():
            print("release:", request.phone_number, request.status)


if __name__ == "__main__":
    main()
