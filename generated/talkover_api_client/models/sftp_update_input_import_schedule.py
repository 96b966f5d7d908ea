from typing import Literal

SftpUpdateInputImportSchedule = Literal["daily", "hourly", "manual"]

SFTP_UPDATE_INPUT_IMPORT_SCHEDULE_VALUES: set[SftpUpdateInputImportSchedule] = {
    "daily",
    "hourly",
    "manual",
}


def check_sftp_update_input_import_schedule(value: str) -> SftpUpdateInputImportSchedule:
    if value in SFTP_UPDATE_INPUT_IMPORT_SCHEDULE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SFTP_UPDATE_INPUT_IMPORT_SCHEDULE_VALUES!r}")
