"""Health: an unauthenticated liveness probe (the spec gives it ``security: []``)."""

from __future__ import annotations

from ..registry import Call, Reply, operation


@operation("getHealth")
def get_health(call: Call) -> Reply:
    return Reply({"status": "ok"})
