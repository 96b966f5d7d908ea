"""Campaign webhooks: be told when a campaign changes status."""

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        campaign = tk.campaigns.list().items[0]
        webhook = tk.campaigns.webhooks.create(
            campaign.id,
            name="Campaign status",
            webhook_url="https://example.com/talkover/campaigns",
            events=["campaign.started", "campaign.paused", "campaign.completed"],
        )
        print("hooks:", [w.name for w in tk.campaigns.webhooks.list(campaign.id).webhooks])
        print(tk.campaigns.webhooks.delete(campaign.id, webhook.id).message)


if __name__ == "__main__":
    main()
