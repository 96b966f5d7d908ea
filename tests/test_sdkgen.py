"""The resource layer's generator refuses a spec that would give a client with a hole: two
methods with one name, a paged list without its extension or an extension on a list that does
not page. Names follow the documented rule (D45)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from talkover_spec import load_spec
from talkover_tools import codegen, sdkgen

PACKAGE = codegen.GENERATED / "talkover_api_client"


def operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for value in item.values():
            if isinstance(value, dict) and value.get("operationId") == operation_id:
                return value
    raise LookupError(operation_id)


@pytest.mark.parametrize(
    ("operation_id", "namespace", "expected"),
    [
        ("deleteTraining", ("agents", "trainings"), "delete"),
        ("listAgentFlowVersions", ("agents", "flow"), "list_versions"),
        ("updateCampaignStatus", ("campaigns",), "update_status"),
        ("requestPhoneNumberRelease", ("phone_numbers",), "request_release"),
        ("getHealth", ("health",), "get"),
    ],
)
def test_method_names_drop_the_namespace_s_words(
    operation_id: str, namespace: tuple[str, ...], expected: str
) -> None:
    assert sdkgen.method_name(operation_id, namespace) == expected


def test_the_spec_plans_cleanly() -> None:
    root, _, _ = sdkgen.plan(load_spec(), PACKAGE)
    assert [child.path for child in root.children][:2] == [("health",), ("agents",)]


def test_two_methods_with_one_name_fail_the_generation() -> None:
    spec = copy.deepcopy(load_spec())
    operation(spec, "deleteTraining")["x-talkover-sdk-method"] = "list"
    with pytest.raises(sdkgen.SdkGenerationError, match=r"agents\.trainings.*\['list'\]"):
        sdkgen.plan(spec, PACKAGE)


def test_a_paged_list_without_its_extension_fails_the_generation() -> None:
    spec = copy.deepcopy(load_spec())
    del operation(spec, "listAgents")["x-talkover-pagination"]
    with pytest.raises(sdkgen.SdkGenerationError, match="listAgents: pages by 'meta'"):
        sdkgen.plan(spec, PACKAGE)


def test_a_pagination_extension_on_a_list_that_does_not_page_fails() -> None:
    spec = copy.deepcopy(load_spec())
    operation(spec, "listTrainings")["x-talkover-pagination"] = "meta"
    with pytest.raises(sdkgen.SdkGenerationError, match="listTrainings: x-talkover-pagination"):
        sdkgen.plan(spec, PACKAGE)
