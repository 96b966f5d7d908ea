"""Trainings: add one to an agent, list them, delete it; a second delete is a typed 404."""

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        agent = tk.agents.list().items[0]
        training = tk.agents.trainings.create_or_update(
            agent.id, subject="Opening hours", instructions="We open at 9 and close at 18."
        )
        print("created", training.id, training.subject)
        print("subjects:", [t.subject for t in tk.agents.trainings.list(agent.id)])
        print(tk.agents.trainings.delete(agent.id, training.id).message)
        try:
            tk.agents.trainings.delete(agent.id, training.id)
        except talkover.NotFoundError as error:
            print("second delete:", error.status_code, error.message)
        print("the agent is now", tk.agents.get(agent.id).current_status)  # back to draft


if __name__ == "__main__":
    main()
