from typing import Literal

SftpConfigImportSchedule = Literal["daily", "hourly", "manual"]

SFTP_CONFIG_IMPORT_SCHEDULE_VALUES: set[SftpConfigImportSchedule] = {
    "daily",
    "hourly",
    "manual",
}


def check_sftp_config_import_schedule(value: str) -> SftpConfigImportSchedule:
    if value in SFTP_CONFIG_IMPORT_SCHEDULE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SFTP_CONFIG_IMPORT_SCHEDULE_VALUES!r}")
