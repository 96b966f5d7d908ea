"""Contract checks and the contract run (``talkover-contract``) for the Talkover API."""

try:  # a clear message for `pip install talkover` without the extra
    import hypothesis  # noqa: F401
    import pytest  # noqa: F401
    import schemathesis  # noqa: F401
except ImportError as missing:  # pragma: no cover - only without the extra
    message = f"talkover_contract needs {missing.name}: pip install 'talkover[contract]'"
    raise ImportError(message, name=missing.name) from missing


from .checks import CUSTOM_CHECKS

__all__ = ["CUSTOM_CHECKS"]
