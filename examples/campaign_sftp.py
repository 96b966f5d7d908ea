"""Campaign SFTP: a campaign's SFTP settings, a connection test, and the job log."""

import talkover


def main() -> None:
    with talkover.Talkover() as tk:
        for campaign in tk.campaigns.list():
            try:
                sftp = tk.campaigns.sftp.get(campaign.id)
            except talkover.NotFoundError:
                continue  # no SFTP for this one
            print(campaign.name, "->", f"{sftp.username}@{sftp.host}:{sftp.port}")
            result = tk.campaigns.sftp.test_connection(campaign.id)
            print("test at", result.tested_at, "error:", result.error or "none")
            for entry in tk.campaigns.sftp.list_logs(campaign.id):
                print("job:", entry.to_dict())


if __name__ == "__main__":
    main()
