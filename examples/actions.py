"""Actions: the integrations on offer, and a hold action added to an agent and removed."""

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        print("integrations:", [i.display_name for i in tk.agents.actions.list_integrations()])
        agent = tk.agents.list().items[0]
        action = tk.agents.actions.create_or_update(
            agent.id,
            node_id="hold-1",
            name="Hold",
            description="Put the caller on hold while we look it up.",
            type_="hold",
            hold_duration=30,
        )
        print("actions:", [a.name for a in tk.agents.actions.list(agent.id)])
        print(tk.agents.actions.delete(agent.id, action.id).message)


if __name__ == "__main__":
    main()
