"""Calls: a test call by a published agent, found in the agent's calls, then ended."""

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        agent = tk.agents.list(status="published").items[0]
        call = tk.calls.make(agent.id, to="+14155550100", is_testing=True)
        print("placed", call.id, call.status)
        for listed in tk.calls.list_for_agent(agent.id, per_page=10):
            print("call:", listed.to, listed.status)
        ended = tk.calls.end(agent.id, call_sid=call.id)
        print("ended:", ended.status, ended.ended_reason)


if __name__ == "__main__":
    main()
