"""The public packages import on their own, first thing in a fresh interpreter (a circular
import between the error hierarchy and its generated subclasses once broke ``import talkover``
unless something else had imported the generated package first)."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "statement",
    [
        "import talkover",
        "from talkover import verify_webhook, WebhookNotFoundError",
        "from talkover_api_client import error_codes",
        "from talkover_api_client.errors import LogNotRetriableError",
        "import talkover_mock",
    ],
)
def test_imports_first_thing(statement: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", statement], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
