from typing import Literal, cast

from .._drift import unknown_value

SftpConfigImportSchedule = Literal["daily", "hourly", "manual"]

SFTP_CONFIG_IMPORT_SCHEDULE_VALUES: set[SftpConfigImportSchedule] = {
    "daily",
    "hourly",
    "manual",
}


def check_sftp_config_import_schedule(value: str) -> SftpConfigImportSchedule:
    if value in SFTP_CONFIG_IMPORT_SCHEDULE_VALUES:
        return value
    unknown_value("SftpConfigImportSchedule", value, SFTP_CONFIG_IMPORT_SCHEDULE_VALUES)
    return cast(SftpConfigImportSchedule, value)
