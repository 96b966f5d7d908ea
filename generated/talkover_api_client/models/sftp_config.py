from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _drift
from ..models.sftp_config_auth_type import SftpConfigAuthType, check_sftp_config_auth_type
from ..models.sftp_config_import_schedule import SftpConfigImportSchedule, check_sftp_config_import_schedule

T = TypeVar("T", bound="SftpConfig")


@_attrs_define
class SftpConfig:
    """A campaign's SFTP configuration; the credentials never show.

    Attributes:
        id (str):
        campaign_id (str):
        host (str):
        port (int):
        username (str):
        auth_type (SftpConfigAuthType):
        import_path (None | str):
        export_path (None | str):
        import_schedule (SftpConfigImportSchedule):
        is_enabled (bool):
        last_test_at (datetime.datetime | None):
        last_test_success (bool | None):
        created_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
        updated_at (datetime.datetime): UTC, ISO 8601. The docs show both `2024-01-15T10:30:00Z` and
            `2025-09-03T23:19:51.000000Z`; clients must accept both (D16).
    """

    id: str
    campaign_id: str
    host: str
    port: int
    username: str
    auth_type: SftpConfigAuthType
    import_path: None | str
    export_path: None | str
    import_schedule: SftpConfigImportSchedule
    is_enabled: bool
    last_test_at: datetime.datetime | None
    last_test_success: bool | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        host = self.host

        port = self.port

        username = self.username

        auth_type: str = self.auth_type

        import_path: None | str
        import_path = self.import_path

        export_path: None | str
        export_path = self.export_path

        import_schedule: str = self.import_schedule

        is_enabled = self.is_enabled

        last_test_at: None | str
        if isinstance(self.last_test_at, datetime.datetime):
            last_test_at = self.last_test_at.isoformat()
        else:
            last_test_at = self.last_test_at

        last_test_success: bool | None
        last_test_success = self.last_test_success

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "campaign_id": campaign_id,
                "host": host,
                "port": port,
                "username": username,
                "auth_type": auth_type,
                "import_path": import_path,
                "export_path": export_path,
                "import_schedule": import_schedule,
                "is_enabled": is_enabled,
                "last_test_at": last_test_at,
                "last_test_success": last_test_success,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "id" not in d:
            _drift.missing(
                "SftpConfig",
                "id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "host",
                        "port",
                        "username",
                        "auth_type",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                        "last_test_at",
                        "last_test_success",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            id = cast(Any, None)
        else:
            id = d.pop("id")

        if "campaign_id" not in d:
            _drift.missing(
                "SftpConfig",
                "campaign_id",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "host",
                        "port",
                        "username",
                        "auth_type",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                        "last_test_at",
                        "last_test_success",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            campaign_id = cast(Any, None)
        else:
            campaign_id = d.pop("campaign_id")

        if "host" not in d:
            _drift.missing(
                "SftpConfig",
                "host",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "host",
                        "port",
                        "username",
                        "auth_type",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                        "last_test_at",
                        "last_test_success",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            host = cast(Any, None)
        else:
            host = d.pop("host")

        if "port" not in d:
            _drift.missing(
                "SftpConfig",
                "port",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "host",
                        "port",
                        "username",
                        "auth_type",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                        "last_test_at",
                        "last_test_success",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            port = cast(Any, None)
        else:
            port = d.pop("port")

        if "username" not in d:
            _drift.missing(
                "SftpConfig",
                "username",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "host",
                        "port",
                        "username",
                        "auth_type",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                        "last_test_at",
                        "last_test_success",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            username = cast(Any, None)
        else:
            username = d.pop("username")

        if "auth_type" not in d:
            _drift.missing(
                "SftpConfig",
                "auth_type",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "host",
                        "port",
                        "username",
                        "auth_type",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                        "last_test_at",
                        "last_test_success",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            auth_type = cast(Any, None)
        else:
            auth_type = check_sftp_config_auth_type(d.pop("auth_type"))

        if "import_path" not in d:
            _drift.missing(
                "SftpConfig",
                "import_path",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "host",
                        "port",
                        "username",
                        "auth_type",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                        "last_test_at",
                        "last_test_success",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            import_path = cast(Any, None)
        else:
            import_path = cast("None | str", d.pop("import_path"))

        if "export_path" not in d:
            _drift.missing(
                "SftpConfig",
                "export_path",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "host",
                        "port",
                        "username",
                        "auth_type",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                        "last_test_at",
                        "last_test_success",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            export_path = cast(Any, None)
        else:
            export_path = cast("None | str", d.pop("export_path"))

        if "import_schedule" not in d:
            _drift.missing(
                "SftpConfig",
                "import_schedule",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "host",
                        "port",
                        "username",
                        "auth_type",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                        "last_test_at",
                        "last_test_success",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            import_schedule = cast(Any, None)
        else:
            import_schedule = check_sftp_config_import_schedule(d.pop("import_schedule"))

        if "is_enabled" not in d:
            _drift.missing(
                "SftpConfig",
                "is_enabled",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "host",
                        "port",
                        "username",
                        "auth_type",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                        "last_test_at",
                        "last_test_success",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            is_enabled = cast(Any, None)
        else:
            is_enabled = d.pop("is_enabled")

        if "last_test_at" not in d:
            _drift.missing(
                "SftpConfig",
                "last_test_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "host",
                        "port",
                        "username",
                        "auth_type",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                        "last_test_at",
                        "last_test_success",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            last_test_at = cast(Any, None)
        else:

            def _parse_last_test_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_test_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_test_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            last_test_at = _parse_last_test_at(d.pop("last_test_at"))

        if "last_test_success" not in d:
            _drift.missing(
                "SftpConfig",
                "last_test_success",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "host",
                        "port",
                        "username",
                        "auth_type",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                        "last_test_at",
                        "last_test_success",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            last_test_success = cast(Any, None)
        else:
            last_test_success = cast("bool | None", d.pop("last_test_success"))

        if "created_at" not in d:
            _drift.missing(
                "SftpConfig",
                "created_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "host",
                        "port",
                        "username",
                        "auth_type",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                        "last_test_at",
                        "last_test_success",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            created_at = cast(Any, None)
        else:
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        if "updated_at" not in d:
            _drift.missing(
                "SftpConfig",
                "updated_at",
                not src_dict.keys().isdisjoint(
                    (
                        "id",
                        "campaign_id",
                        "host",
                        "port",
                        "username",
                        "auth_type",
                        "import_path",
                        "export_path",
                        "import_schedule",
                        "is_enabled",
                        "last_test_at",
                        "last_test_success",
                        "created_at",
                        "updated_at",
                    )
                ),
            )
            updated_at = cast(Any, None)
        else:
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        sftp_config = cls(
            id=id,
            campaign_id=campaign_id,
            host=host,
            port=port,
            username=username,
            auth_type=auth_type,
            import_path=import_path,
            export_path=export_path,
            import_schedule=import_schedule,
            is_enabled=is_enabled,
            last_test_at=last_test_at,
            last_test_success=last_test_success,
            created_at=created_at,
            updated_at=updated_at,
        )

        sftp_config.additional_properties = d
        return sftp_config

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
