"""The spec as other teams take it: Redocly lint, the bundle, the HTML reference in a real
browser, TypeScript types compiled against a consumer, and that consumer (openapi-fetch) run under Node
against a served mock. These need ``npm ci`` and Debian's
chromium; locally they skip and say what is missing, in CI (TALKOVER_REQUIRE_TOOLS=1) they fail."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from talkover_spec import load_spec, spec_path
from talkover_spec.extensions import all_operations
from talkover_tools import artifacts, specdiff

from .tools import missing_tool

pytestmark = pytest.mark.system

BROWSER_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def _need(check: Any) -> None:
    try:
        check()
    except artifacts.ToolMissing as missing:
        missing_tool(str(missing))


@pytest.fixture(scope="module")
def node() -> None:
    _need(lambda: [artifacts.node_tool(name) for name in ("redocly", "openapi-typescript", "tsc")])


def test_redocly_recommended_lint_is_clean(node: None) -> None:
    report = artifacts.lint()
    ignore_file = yaml.safe_load((artifacts.ROOT / ".redocly.lint-ignore.yaml").read_text())
    allowed = sum(len(where) for rules in ignore_file.values() for where in rules.values())
    assert set(next(iter(ignore_file.values()))) <= {"no-ambiguous-paths"}  # documented paths only
    assert report["totals"] == {"errors": 0, "warnings": 0, "ignored": allowed}, report.get(
        "problems"
    )


def test_lint_reports_a_broken_spec(node: None, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        spec_path().read_text().replace("operationId: getAgent", "operationId: publishAgent")
    )
    assert artifacts.lint(broken)["totals"]["errors"] > 0


def test_bundle_is_the_source_and_valid_alone(node: None, tmp_path: Path) -> None:
    yaml_path, json_path = artifacts.bundle(tmp_path)
    source = load_spec(spec_path())
    for bundled in (yaml.safe_load(yaml_path.read_text()), json.loads(json_path.read_text())):
        validate(bundled)
        assert specdiff.dereference(bundled, bundled) == specdiff.dereference(source, source)
        assert specdiff.diff(source, bundled) == []


@pytest.fixture(scope="module")
def docs_text(node: None) -> dict[str, str]:
    _need(artifacts.chromium)
    from playwright.sync_api import sync_playwright

    page_file = artifacts.build_docs()
    texts: dict[str, str] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(artifacts.CHROMIUM), args=BROWSER_ARGS
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        seen: list[str] = []
        tags = load_spec(spec_path())["tags"]
        for tag in tags:
            page.goto(f"{page_file.as_uri()}#tag/{tag['name'].replace(' ', '-')}")
            page.wait_for_selector("text=Operations", timeout=30_000)
            page.wait_for_timeout(300)
            slug = tag["name"].lower().replace(" ", "-")
            page.screenshot(path=str(page_file.parent / f"screenshot-{slug}.png"))
            for _ in range(400):  # Redoc renders lazily: scroll on, keeping what was shown
                seen.append(page.evaluate("document.body.innerText"))
                stuck = page.evaluate(
                    "(() => { const s = document.scrollingElement, y = s.scrollTop;"
                    " s.scrollTop += 900; return s.scrollTop === y; })()"
                )
                page.wait_for_timeout(80)
                if stuck:
                    page.wait_for_timeout(300)
                    seen.append(page.evaluate("document.body.innerText"))
                    break
        whole = "\n".join(seen)
        texts = {tag["name"]: whole for tag in tags}
        browser.close()
    return texts


def test_docs_page_shows_every_operation_and_error_status(docs_text: dict[str, str]) -> None:
    spec = load_spec(spec_path())
    for path_item in spec["paths"].values():
        for operation in (
            v for v in path_item.values() if isinstance(v, dict) and "operationId" in v
        ):
            text = docs_text[operation["tags"][0]]
            assert operation["summary"] in text, operation["operationId"]
            shown = set(re.findall(r"\b[1-5]\d\d\b", text))
            missing = set(operation["responses"]) - shown
            assert not missing, f"{operation['operationId']}: statuses {missing} not on the page"
    assert (artifacts.BUILD / "docs" / "screenshot-trainings.png").stat().st_size > 10_000


def test_typescript_consumer_compiles_against_the_spec(node: None, tmp_path: Path) -> None:
    types = artifacts.typescript_types(tmp_path / "talkover.d.ts")
    compiled = artifacts.compile_typescript_example(types)
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr


def test_typescript_workflow_runs_against_the_mock(node: None, tmp_path: Path) -> None:
    """A second language's client, at runtime: list, create and delete a training, the second
    delete's typed 404, a campaign's status changes and a refused one, all over real HTTP."""
    import shutil

    from talkover_mock import MockConfig, create_app
    from talkover_mock.demo import DEMO_AGENT_ID, DEMO_CAMPAIGN_ID, DEMO_TOKEN
    from talkover_mock.server import serve_in_thread

    if shutil.which("node") is None:
        missing_tool("node is not installed (Node 20+)")
    types = artifacts.typescript_types(tmp_path / "talkover.d.ts")
    app = create_app(MockConfig(seed=4))
    try:
        with serve_in_thread(app) as base_url:
            done = artifacts.run_typescript_workflow(
                types, base_url, DEMO_TOKEN, DEMO_AGENT_ID, DEMO_CAMPAIGN_ID
            )
    finally:
        app.state.deliverer.close(grace=0.5)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    trainings, campaign = report["trainings"], report["campaign"]
    assert "Refunds" in trainings["subjectsAfterCreate"]
    assert trainings["deleted"] == "Agent training deleted successfully"
    assert (trainings["secondDeleteStatus"], trainings["secondDeleteMessage"]) == (
        404, "Training not found",
    )  # fmt: skip
    assert trainings["agentStatusAfter"] == "draft"  # a training change sends the agent to draft
    assert campaign["statuses"] == ["paused", "active"]
    assert campaign["refusedStatus"] == 400
    assert report["laterRelease"] == "a status this code does not know yet: voicemail"
    state = app.state.store.dump()
    (demo,) = [e for e in state["environments"] if e["id"] == "env_demo"]
    (agent,) = [a for a in demo["agents"] if a["id"] == DEMO_AGENT_ID]
    assert trainings["created"] not in [t["id"] for t in agent["trainings"]]


def test_a_spec_change_that_breaks_the_consumer_fails(node: None, tmp_path: Path) -> None:
    spec = tmp_path / "changed.yaml"
    document = load_spec(spec_path())
    changed = json.loads(json.dumps(document))
    training = changed["components"]["schemas"]["Training"]
    training["properties"]["state"] = training["properties"].pop("current_status")
    training["required"] = ["state" if r == "current_status" else r for r in training["required"]]
    spec.write_text(yaml.safe_dump(changed))
    types = artifacts.typescript_types(tmp_path / "out" / "talkover.d.ts", spec)
    compiled = artifacts.compile_typescript_example(types)
    assert compiled.returncode != 0
    assert "current_status" in compiled.stdout


def test_every_documented_example_type_checks_with_the_generated_types(node: None) -> None:
    """Every operation's documented request and success examples, written with openapi-fetch
    over the types openapi-typescript generates, compile under tsc --strict as they are."""
    types = artifacts.typescript_types()
    compiled, count = artifacts.compile_documented_examples(types)
    print(f"{count} operations' documented examples type-check")
    assert count == len(all_operations())
    assert compiled.returncode == 0, compiled.stdout[-4000:]
    assert "Record<string, never>;" not in types.read_text().replace(
        "export type $defs = Record<string, never>;", ""
    )


def test_a_create_body_written_the_old_way_fails_the_check(node: None, tmp_path: Path) -> None:
    """A create body as its update body plus a required-only branch (what D56 replaced) makes
    every field `never` for openapi-typescript: the generated check goes red."""
    spec = tmp_path / "old-way.yaml"
    document = json.loads(json.dumps(load_spec(spec_path())))
    branch = document["components"]["schemas"]["WebhookInput"]["allOf"][1]
    branch.pop("properties")
    spec.write_text(yaml.safe_dump(document))
    types = artifacts.typescript_types(tmp_path / "out" / "talkover.d.ts", spec)
    assert 'WebhookUpdateInput"] & Record<string, never>' in types.read_text()
    compiled, _ = artifacts.compile_documented_examples(types, spec)
    assert compiled.returncode != 0
    assert "is not assignable" in compiled.stdout, compiled.stdout[-2000:]


def test_a_second_generator_reads_the_spec_right(node: None) -> None:
    """@hey-api/openapi-ts, from the npm registry: its client compiles under tsc --strict and
    every documented request body is assignable to the body type it generates."""
    compiled, bodies = artifacts.second_generator()
    print(f"@hey-api/openapi-ts takes {bodies} documented request bodies")
    assert bodies == sum(
        1 for op in all_operations() if op.definition.get("requestBody") is not None
    )
    assert compiled.returncode == 0, compiled.stdout[-4000:]
