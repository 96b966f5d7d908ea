"""SIP trunk numbers (DIDs): a number on a trunk joins the environment's pool, and cannot be
deleted while an agent uses it."""

import os

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        trunk = tk.sip_trunks.create(
            name="DID carrier",
            provider_name="carrier-x",
            domain="sip.carrier-x.com",
            username="user_42",
            password=os.environ.get("SIP_TRUNK_PASSWORD", "change-me"),  # your carrier's
        )
        did = tk.sip_trunks.dids.create(trunk.id, country_code="US", number="+15557654321")
        print(did.formatted_number, "on", did.trunk_id)
        in_pool = [n.id for n in tk.phone_numbers.list()]
        print("in the pool:", did.id in in_pool)
        try:
            tk.sip_trunks.delete(trunk.id)
        except talkover.TrunkHasDidsError as error:
            print("refused:", error)
        tk.sip_trunks.dids.delete(trunk.id, did.id)
        tk.sip_trunks.delete(trunk.id)


if __name__ == "__main__":
    main()
