"""Contract checks and the contract run (``talkover-contract``) for the Talkover API."""

from .checks import CUSTOM_CHECKS

__all__ = ["CUSTOM_CHECKS"]
