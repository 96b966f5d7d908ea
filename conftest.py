"""Shared by tests/ and contract_tests/: the client's own environment variables are cleared, so
that a developer whose shell points ``make_client()`` at a real API (``TALKOVER_API_TOKEN``,
``TALKOVER_BASE_URL``) runs the tests against nothing but the mock. Tests that need them set
them with ``monkeypatch``; the contract suite has its own ``TALKOVER_CONTRACT_*`` variables."""

from __future__ import annotations

import os

for _name in ("TALKOVER_API_TOKEN", "TALKOVER_BASE_URL"):
    os.environ.pop(_name, None)
