from typing import Literal, cast

from .._drift import unknown_value

SftpLogType = Literal["export", "import"]

SFTP_LOG_TYPE_VALUES: set[SftpLogType] = {
    "export",
    "import",
}


def check_sftp_log_type(value: str) -> SftpLogType:
    if value in SFTP_LOG_TYPE_VALUES:
        return value
    unknown_value("SftpLogType", value, SFTP_LOG_TYPE_VALUES)
    return cast(SftpLogType, value)
