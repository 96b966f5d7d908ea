"""generated/ is what the spec generates; a spec change without regeneration is caught by name."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from talkover_tools import codegen


def test_generated_client_matches_the_spec() -> None:
    drift = codegen.check_drift()
    assert drift.clean, drift.report()


def test_generation_record_names_spec_hash_and_tools() -> None:
    record = json.loads((codegen.GENERATED / codegen.RECORD).read_text())
    assert record["spec_sha256"] == codegen._sha256(codegen.SPEC)
    assert record["openapi-python-client"] == "0.29.1"
    assert record["ruff"] == "0.17.5"


def test_changed_spec_is_reported_as_drift(tmp_path: Path) -> None:
    spec = tmp_path / "talkover.yaml"
    text = codegen.SPEC.read_text()
    spec.write_text(text.replace("operationId: unpublishAgent", "operationId: takeAgentOffline"))
    drift = codegen.check_drift(spec)
    assert not drift.clean
    assert "talkover_api_client/api/agents/take_agent_offline.py" in drift.added
    assert "talkover_api_client/api/agents/unpublish_agent.py" in drift.removed
    assert "generated/talkover_api_client/api/agents/unpublish_agent.py" in drift.report()


def test_regenerate_removes_stale_files(tmp_path: Path) -> None:
    target = tmp_path / "generated"
    shutil.copytree(codegen.GENERATED, target)
    (target / "talkover_api_client" / "api" / "stale.py").write_text("x = 1\n")
    drift = codegen.regenerate(generated=target)
    assert drift.removed == ["talkover_api_client/api/stale.py"]
    assert codegen.compare(codegen.GENERATED, target).clean
