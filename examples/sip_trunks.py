"""SIP trunks: register a trunk, verify it, then activate it (verification comes first)."""

import os

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        trunk = tk.sip_trunks.create(
            name="Primary carrier",
            provider_name="carrier-x",
            domain="sip.carrier-x.com",
            username="user_42",
            password=os.environ.get("SIP_TRUNK_PASSWORD", "change-me"),  # your carrier's
        )
        try:
            tk.sip_trunks.update(trunk.id, is_active=True)
        except talkover.TrunkNotVerifiedError as error:
            print("not yet:", error)
        verified = tk.sip_trunks.verify(trunk.id)
        print("verified:", verified.is_verified, verified.health_status)
        active = tk.sip_trunks.update(trunk.id, is_active=True)
        print(active.name, "active:", active.is_active)
        health = tk.sip_trunks.get_health(trunk.id)
        print("healthy:", health.is_healthy, health.response_time_ms, "ms")
        tk.sip_trunks.delete(trunk.id)


if __name__ == "__main__":
    main()
