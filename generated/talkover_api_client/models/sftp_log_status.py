from typing import Literal, cast

from .._drift import unknown_value

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
    unknown_value("SftpLogStatus", value, SFTP_LOG_STATUS_VALUES)
    return cast(SftpLogStatus, value)
