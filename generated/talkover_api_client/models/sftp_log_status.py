from typing import Literal

SftpLogStatus = Literal["cancelled", "failed", "running", "succeeded"]

SFTP_LOG_STATUS_VALUES: set[SftpLogStatus] = {
    "cancelled",
    "failed",
    "running",
    "succeeded",
}


def check_sftp_log_status(value: str) -> SftpLogStatus:
    if value in SFTP_LOG_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SFTP_LOG_STATUS_VALUES!r}")
