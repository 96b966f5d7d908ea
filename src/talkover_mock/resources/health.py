"""Health: an unauthenticated liveness probe (the spec gives it no security)."""
