"""Campaigns: a weekday campaign for an outbound agent, through its lifecycle."""

import datetime

import talkover
from talkover.models import CallTimeRange


def main() -> None:
    with talkover.Talkover() as tk:
        agent = tk.agents.list(status="published", direction="outbound").items[0]
        campaign = tk.campaigns.create(
            name="Spring renewals",
            campaign_type="sales",
            agent_id=agent.id,
            start_date=datetime.date.today(),
            days_of_week=[1, 2, 3, 4, 5],
            call_time_ranges=[CallTimeRange(start="09:00", end="17:00")],
            timezone="Europe/Paris",
        )
        print("created", campaign.id, campaign.status)
        for status in ("active", "paused"):
            print("now", tk.campaigns.update_status(campaign.id, status=status).status)
        try:
            tk.campaigns.update_status(campaign.id, status="draft")
        except talkover.BadRequestError as error:
            print("refused:", error.message)
        print(tk.campaigns.delete(campaign.id).message)
        print("campaigns:", [c.name for c in tk.campaigns.list()])


if __name__ == "__main__":
    main()
