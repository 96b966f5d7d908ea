from typing import Literal

SftpUpdateInputAuthType = Literal["password", "private_key"]

SFTP_UPDATE_INPUT_AUTH_TYPE_VALUES: set[SftpUpdateInputAuthType] = {
    "password",
    "private_key",
}


def check_sftp_update_input_auth_type(value: str) -> SftpUpdateInputAuthType:
    if value in SFTP_UPDATE_INPUT_AUTH_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SFTP_UPDATE_INPUT_AUTH_TYPE_VALUES!r}")
