"""Campaign SFTP (D44): one configuration per campaign (kind ``sftp_config`` under it),
created disabled; the jobs it runs (kind ``sftp_log`` under the campaign) finish on the mock's
clock. The mock reaches no SFTP server, so the outcome of a connection is a rule of the
configuration: a host under the reserved ``.invalid`` domain cannot be resolved, the user
``denied`` is refused; anything else connects. An import adds one file to the campaign's
``files`` (there is no remote server to read contacts from); an export sends the files given.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..demo import DEMO_CAMPAIGN_ID
from ..documents import ChildPart, Doc, Transaction
from ..registry import Call, DemoFixture, Reply, child_part, demo_part, operation, timer
from . import calls
from .campaigns import FILE
from .schemas import fixture_item, properties

if TYPE_CHECKING:
    from ..delivery import Deliverer

CONFIG = "sftp_config"
LOG = "sftp_log"
JOB_SECONDS = 5
FIELDS = tuple(properties("SftpUpdateInput"))
SECRETS = frozenset({"password", "private_key", "private_key_passphrase"})
CONNECTION = frozenset({"host", "port", "username", "auth_type"}) | SECRETS
DEFAULTS: dict[str, Any] = {
    "port": 22,
    "import_path": None,
    "export_path": None,
    "import_schedule": "manual",
    "is_enabled": False,
    "last_test_at": None,
    "last_test_success": None,
}


def failure(body: Mapping[str, Any]) -> str | None:
    """Why connecting with this configuration fails (None: it connects) (D44)."""
    if str(body["host"]).lower().rstrip(".").endswith(".invalid"):
        return "Could not resolve host"
    if body["username"] == "denied":
        return "Authentication failed"
    return None


def view(doc: Doc) -> dict[str, Any]:
    body = doc.body
    return {
        "id": doc.id,
        "campaign_id": doc.parent_id,
        **{k: body.get(k) for k in ("host", "port", "username", "auth_type", "import_path",
                                    "export_path", "import_schedule", "is_enabled",
                                    "last_test_at", "last_test_success")},
        "created_at": body["created_at"],
        "updated_at": body["updated_at"],
    }  # fmt: skip


def config_of(call: Call) -> Doc:
    found = call.tx.children(CONFIG, call.resource("campaign_id").id)
    if not found:
        raise call.fail(404, "SftpNotFound")
    return found[0]


def _fields(call: Call) -> dict[str, Any]:
    return {name: call.body[name] for name in FIELDS if name in call.body}


def _missing_secret(call: Call, body: Mapping[str, Any]) -> None:
    needed = "password" if body["auth_type"] == "password" else "private_key"
    if not body.get(needed):
        field = needed.replace("_", " ")
        raise call.fail(
            422,
            "ValidationFailed",
            message="The given data was invalid.",
            errors={
                needed: [f"The {field} field is required when auth type is {body['auth_type']}."]
            },
        )


@operation("getCampaignSftp")
def get_sftp(call: Call) -> Reply:
    return Reply({"success": True, "data": view(config_of(call))})


@operation("createCampaignSftp")
def create_sftp(call: Call) -> Reply:
    campaign = call.resource("campaign_id")
    if call.tx.children(CONFIG, campaign.id):
        raise call.fail(409)
    now = call.tx.now()
    fields = _fields(call)
    fields.pop("is_enabled", None)  # created disabled, whatever is sent (D44)
    body = {**DEFAULTS, **fields, "created_at": now, "updated_at": now}
    _missing_secret(call, body)
    doc = call.tx.insert(
        CONFIG, body, environment_id=campaign.environment_id, parent_id=campaign.id
    )
    return Reply({"success": True, "data": view(doc)}, status=201)


@operation("updateCampaignSftp")
def update_sftp(call: Call) -> Reply:
    config = config_of(call)
    changed = {k: v for k, v in _fields(call).items() if config.body.get(k) != v}
    body = {**config.body, **changed}
    if changed.keys() & CONNECTION:
        body.update(last_test_at=None, last_test_success=None, is_enabled=False)
        _missing_secret(call, body)
    if changed.get("is_enabled") and not body.get("last_test_success"):
        raise call.fail(422, "TestRequired")
    if changed:
        config = call.tx.update(config, {**body, "updated_at": call.tx.now()})
    return Reply({"success": True, "data": view(config)})


@operation("testCampaignSftpConnection")
def test_connection(call: Call) -> Reply:
    config = config_of(call)
    now = call.tx.now()
    reason = failure(config.body)
    call.tx.update(
        config,
        {
            **config.body,
            "last_test_at": now,
            "last_test_success": reason is None,
            "updated_at": now,
        },
    )
    if reason is not None:
        failed = {"tested_at": now, "error": reason}
        return Reply({"success": False, "message": "SFTP connection failed", "data": failed}, 422)
    data = {"tested_at": now, "import_path_accessible": True, "export_path_accessible": True}
    return Reply({"success": True, "message": "SFTP connection successful", "data": data})


def _running(tx: Transaction, campaign_id: str, kind: str) -> bool:
    return any(
        log.body["type"] == kind and log.body["status"] == "running"
        for log in tx.children(LOG, campaign_id)
    )


def _job(call: Call, kind: str, **extra: Any) -> Doc:
    campaign = call.resource("campaign_id")
    now = call.tx.now()
    body = {
        "type": kind, "status": "running", "files_processed": 0, "started_at": now,
        "due_at": calls.later(now, JOB_SECONDS), **extra,
    }  # fmt: skip
    return call.tx.insert(LOG, body, environment_id=campaign.environment_id, parent_id=campaign.id)


@operation("triggerCampaignSftpImport")
def trigger_import(call: Call) -> Reply:
    config = config_of(call)
    if _running(call.tx, config.parent_id or "", "import"):
        raise call.fail(409)
    job = _job(call, "import")
    data = {"job_id": job.id, "queued_at": job.body["started_at"]}
    return Reply({"success": True, "message": "SFTP import queued", "data": data})


@operation("triggerCampaignSftpExport")
def trigger_export(call: Call) -> Reply:
    config = config_of(call)
    campaign_id = config.parent_id or ""
    ids = list(dict.fromkeys(call.body["file_data_ids"]))
    known = {f.id for f in call.tx.children(FILE, campaign_id)}
    errors = {
        f"file_data_ids.{index}": [f"The selected file_data_ids.{index} is invalid."]
        for index, file_id in enumerate(ids)
        if file_id not in known
    }
    if errors:
        raise call.fail(
            422, "ValidationFailed", message="The given data was invalid.", errors=errors
        )
    if _running(call.tx, campaign_id, "export"):
        raise call.fail(409)
    job = _job(call, "export", file_data_ids=ids)
    data = {"job_id": job.id, "files_count": len(ids)}
    return Reply({"success": True, "message": "SFTP export queued", "data": data})


@timer(LOG)
def finish_job(tx: Transaction, job: Doc, deliverer: Deliverer) -> None:
    """A job ends: as the connection would, and an import brings one file."""
    now = tx.now()
    configs = tx.children(CONFIG, job.parent_id or "")
    reason = failure(configs[0].body) if configs else "The SFTP configuration was removed"
    body = {**job.body, "due_at": None, "completed_at": now}
    if reason is not None:
        body.update(status="failed", error=reason)
    elif job.body["type"] == "import":
        count = len(tx.children(FILE, job.parent_id or "")) + 1
        name = f"import-{count}.csv"
        tx.insert(
            FILE,
            {"original_filename": name, "processed_filename": f"processed_{name}",
             "status": "processed", "total_records": 0, "processed_records": 0},
            environment_id=job.environment_id, parent_id=job.parent_id,
        )  # fmt: skip
        body.update(status="succeeded", files_processed=1, rows_processed=0)
    else:
        count = len(job.body.get("file_data_ids", []))
        body.update(status="succeeded", files_processed=count)
    tx.update(job, body)


@operation("listCampaignSftpLogs")
def list_logs(call: Call) -> Reply:
    campaign = call.resource("campaign_id")
    per_page, page = call.query["per_page"], call.query["page"]
    logs = call.tx.children(LOG, campaign.id)[::-1]
    chosen = logs[(page - 1) * per_page : page * per_page]
    shown = [
        {"id": log.id, **{k: v for k, v in log.body.items()
                          if k not in ("due_at", "file_data_ids") and v is not None}}
        for log in chosen
    ]  # fmt: skip
    pagination = {"current_page": page, "per_page": per_page, "total": len(logs)}
    return Reply({"success": True, "data": shown, "pagination": pagination})


def _seed(tx: Transaction, campaign: Doc, item: Mapping[str, Any]) -> None:
    now = tx.now()
    fields = {k: item[k] for k in (*FIELDS, "last_test_at", "last_test_success") if k in item}
    body = {**DEFAULTS, **fields, "created_at": now, "updated_at": now}
    tx.insert(
        CONFIG, body, environment_id=campaign.environment_id, parent_id=campaign.id,
        id_=item.get("id"),
    )  # fmt: skip


def _dump(tx: Transaction, campaign_id: str) -> Any:
    found = tx.children(CONFIG, campaign_id)
    if not found:
        return None
    body = found[0].body
    return {"id": found[0].id, **{k: v for k, v in body.items() if k not in SECRETS}}


def _item_schema() -> dict[str, Any]:
    return fixture_item(
        "SftpUpdateInput",
        add={
            "last_test_at": {"type": ["string", "null"]},
            "last_test_success": {"type": ["boolean", "null"]},
            "created_at": {"type": "string"},
            "updated_at": {"type": "string"},
        },
        required=["host", "username", "auth_type"],
    )


child_part("campaign", ChildPart("sftp", _item_schema, _seed, _dump, single=True))


@demo_part
def _demo(fixture: DemoFixture) -> None:
    fixture.nest("campaigns", DEMO_CAMPAIGN_ID, "sftp", {
        "id": "sftp-config-uuid-1", "host": "sftp.example.com", "username": "campaigns_user",
        "auth_type": "password", "password": "demo-password", "import_path": "/inbox",
        "export_path": "/outbox",
    })  # fmt: skip
