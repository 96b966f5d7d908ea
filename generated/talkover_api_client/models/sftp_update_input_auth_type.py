from typing import Literal, cast

from .._drift import unknown_value

SftpUpdateInputAuthType = Literal["password", "private_key"]

SFTP_UPDATE_INPUT_AUTH_TYPE_VALUES: set[SftpUpdateInputAuthType] = {
    "password",
    "private_key",
}


def check_sftp_update_input_auth_type(value: str) -> SftpUpdateInputAuthType:
    if value in SFTP_UPDATE_INPUT_AUTH_TYPE_VALUES:
        return value
    unknown_value("SftpUpdateInputAuthType", value, SFTP_UPDATE_INPUT_AUTH_TYPE_VALUES)
    return cast(SftpUpdateInputAuthType, value)
