from typing import Literal, cast

from .._drift import unknown_value

SftpUpdateInputImportSchedule = Literal["daily", "hourly", "manual"]

SFTP_UPDATE_INPUT_IMPORT_SCHEDULE_VALUES: set[SftpUpdateInputImportSchedule] = {
    "daily",
    "hourly",
    "manual",
}


def check_sftp_update_input_import_schedule(value: str) -> SftpUpdateInputImportSchedule:
    if value in SFTP_UPDATE_INPUT_IMPORT_SCHEDULE_VALUES:
        return value
    unknown_value("SftpUpdateInputImportSchedule", value, SFTP_UPDATE_INPUT_IMPORT_SCHEDULE_VALUES)
    return cast(SftpUpdateInputImportSchedule, value)
