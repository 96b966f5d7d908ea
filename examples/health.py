"""Health: is the API up?"""

import talkover


def main() -> None:
    with talkover.Talkover() as tk:  # $TALKOVER_API_TOKEN, $TALKOVER_BASE_URL
        print("API status:", tk.health.get().status)


if __name__ == "__main__":
    main()
