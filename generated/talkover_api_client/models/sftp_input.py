from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.sftp_update_input_auth_type import SftpUpdateInputAuthType, check_sftp_update_input_auth_type
from ..models.sftp_update_input_import_schedule import (
    SftpUpdateInputImportSchedule,
    check_sftp_update_input_import_schedule,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SftpInput")


@_attrs_define
class SftpInput:
    """Create Campaign SFTP Config's body (D44). The credential `auth_type` names is
    required too (`password`, or `private_key`): a rule across fields, answered 422.

        Attributes:
            host (str):
            username (str):
            auth_type (SftpUpdateInputAuthType):
            port (int | Unset):
            password (str | Unset): Write-only. Required with `auth_type` `password`.
            private_key (str | Unset): Write-only, PEM. Required with `auth_type` `private_key`.
            private_key_passphrase (str | Unset): Write-only.
            import_path (None | str | Unset):
            export_path (None | str | Unset):
            import_schedule (SftpUpdateInputImportSchedule | Unset):
            is_enabled (bool | Unset): Turning it on needs a passing connection test on file (422 otherwise).
    """

    host: str
    username: str
    auth_type: SftpUpdateInputAuthType
    port: int | Unset = UNSET
    password: str | Unset = UNSET
    private_key: str | Unset = UNSET
    private_key_passphrase: str | Unset = UNSET
    import_path: None | str | Unset = UNSET
    export_path: None | str | Unset = UNSET
    import_schedule: SftpUpdateInputImportSchedule | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        username = self.username

        auth_type: str = self.auth_type

        port = self.port

        password = self.password

        private_key = self.private_key

        private_key_passphrase = self.private_key_passphrase

        import_path: None | str | Unset
        if isinstance(self.import_path, Unset):
            import_path = UNSET
        else:
            import_path = self.import_path

        export_path: None | str | Unset
        if isinstance(self.export_path, Unset):
            export_path = UNSET
        else:
            export_path = self.export_path

        import_schedule: str | Unset = UNSET
        if not isinstance(self.import_schedule, Unset):
            import_schedule = self.import_schedule

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "username": username,
                "auth_type": auth_type,
            }
        )
        if port is not UNSET:
            field_dict["port"] = port
        if password is not UNSET:
            field_dict["password"] = password
        if private_key is not UNSET:
            field_dict["private_key"] = private_key
        if private_key_passphrase is not UNSET:
            field_dict["private_key_passphrase"] = private_key_passphrase
        if import_path is not UNSET:
            field_dict["import_path"] = import_path
        if export_path is not UNSET:
            field_dict["export_path"] = export_path
        if import_schedule is not UNSET:
            field_dict["import_schedule"] = import_schedule
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "host" not in d:
            _drift.missing(
                "SftpInput",
                "host",
                not src_dict.keys().isdisjoint(
                    (
                        "host",
                        "username",
                        "auth_type",
                        "port",
                        "password",
                        "private_key",
                        "private_key_passphrase",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                    )
                ),
            )
            host = cast(Any, None)
        else:
            host = d.pop("host")

        if "username" not in d:
            _drift.missing(
                "SftpInput",
                "username",
                not src_dict.keys().isdisjoint(
                    (
                        "host",
                        "username",
                        "auth_type",
                        "port",
                        "password",
                        "private_key",
                        "private_key_passphrase",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                    )
                ),
            )
            username = cast(Any, None)
        else:
            username = d.pop("username")

        if "auth_type" not in d:
            _drift.missing(
                "SftpInput",
                "auth_type",
                not src_dict.keys().isdisjoint(
                    (
                        "host",
                        "username",
                        "auth_type",
                        "port",
                        "password",
                        "private_key",
                        "private_key_passphrase",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                    )
                ),
            )
            auth_type = cast(Any, None)
        else:
            auth_type = check_sftp_update_input_auth_type(d.pop("auth_type"))

        port = d.pop("port", UNSET)

        password = d.pop("password", UNSET)

        private_key = d.pop("private_key", UNSET)

        private_key_passphrase = d.pop("private_key_passphrase", UNSET)

        import_path = cast("None | str | Unset", d.pop("import_path", UNSET))

        export_path = cast("None | str | Unset", d.pop("export_path", UNSET))

        _import_schedule = d.pop("import_schedule", UNSET)
        import_schedule: SftpUpdateInputImportSchedule | Unset
        if isinstance(_import_schedule, Unset):
            import_schedule = UNSET
        else:
            import_schedule = check_sftp_update_input_import_schedule(_import_schedule)

        is_enabled = d.pop("is_enabled", UNSET)

        sftp_input = cls(
            host=host,
            username=username,
            auth_type=auth_type,
            port=port,
            password=password,
            private_key=private_key,
            private_key_passphrase=private_key_passphrase,
            import_path=import_path,
            export_path=export_path,
            import_schedule=import_schedule,
            is_enabled=is_enabled,
        )

        sftp_input.additional_properties = d
        return sftp_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
