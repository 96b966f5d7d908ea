"""Callback agents: the inbound agents that take return calls, and who they answer for."""

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        for source in tk.callback_agents.list_source_agents():
            print("source:", source.name, source.current_status)
        for agent in tk.callback_agents.list():
            print("callback agent:", agent.name, agent.callback_config.source_agent_ids)
        stats = tk.callback_agents.get_stats()
        print("stats:", stats.to_dict())


if __name__ == "__main__":
    main()
