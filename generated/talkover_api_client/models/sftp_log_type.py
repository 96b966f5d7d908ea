from typing import Literal

SftpLogType = Literal["export", "import"]

SFTP_LOG_TYPE_VALUES: set[SftpLogType] = {
    "export",
    "import",
}


def check_sftp_log_type(value: str) -> SftpLogType:
    if value in SFTP_LOG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SFTP_LOG_TYPE_VALUES!r}")
