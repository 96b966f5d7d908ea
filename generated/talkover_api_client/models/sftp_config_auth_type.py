from typing import Literal, cast

from .._drift import unknown_value

SftpConfigAuthType = Literal["password", "private_key"]

SFTP_CONFIG_AUTH_TYPE_VALUES: set[SftpConfigAuthType] = {
    "password",
    "private_key",
}


def check_sftp_config_auth_type(value: str) -> SftpConfigAuthType:
    if value in SFTP_CONFIG_AUTH_TYPE_VALUES:
        return value
    unknown_value("SftpConfigAuthType", value, SFTP_CONFIG_AUTH_TYPE_VALUES)
    return cast(SftpConfigAuthType, value)
