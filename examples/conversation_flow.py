"""Conversation flow: an agent's flow, checked without saving, and its versions."""

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        agent = tk.agents.list().items[0]
        flow = tk.agents.flow.get(agent.id)
        print("mode:", flow.conversation_mode)
        if flow.flow_config is not None:
            print(tk.agents.flow.validate(agent.id, flow_config=flow.flow_config).message)
        print("versions:", len(tk.agents.flow.list_versions(agent.id).versions))


if __name__ == "__main__":
    main()
