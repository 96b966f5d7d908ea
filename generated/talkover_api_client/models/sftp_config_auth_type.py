from typing import Literal

SftpConfigAuthType = Literal["password", "private_key"]

SFTP_CONFIG_AUTH_TYPE_VALUES: set[SftpConfigAuthType] = {
    "password",
    "private_key",
}


def check_sftp_config_auth_type(value: str) -> SftpConfigAuthType:
    if value in SFTP_CONFIG_AUTH_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SFTP_CONFIG_AUTH_TYPE_VALUES!r}")
