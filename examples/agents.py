"""Agents: read every agent, page by page, and what a published one costs."""

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        for agent in tk.agents.list(per_page=2):  # iterating reads every page
            print(f"{agent.current_status:<9} {agent.id}  {agent.name}")
        published = tk.agents.list(status="published").items[0]
        pricing = tk.agents.get_pricing(published.id)
        print(f"{published.name}: {pricing.estimated_cost_per_minute} {pricing.currency}/min")
        eligibility = tk.agents.check_optimized_costs_eligibility(published.id)
        print("optimized costs eligible:", eligibility.eligible)


if __name__ == "__main__":
    main()
