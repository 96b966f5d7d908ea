"""Build hook: a wheel of ``talkover`` carries the generated client, ``generated/talkover_api_client``.

Not an editable one: there ``generated/`` is on the path as it is (``dev-mode-dirs``), so a
regeneration shows at once; a copy in site-packages would shadow it.
"""

from __future__ import annotations

from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version != "editable":
            build_data["force_include"]["generated/talkover_api_client"] = "talkover_api_client"
