"""A stateful mock of the Talkover API: the documented rules, SQLite state, spec-driven validation.

Public surface: :func:`create_app` (ASGI app factory), :class:`MockConfig`, :class:`Fault`,
and the demo fixture helpers.
"""

from .app import create_app
from .config import MockConfig
from .demo import DEMO_FIXTURE, demo_fixture
from .faults import Fault

__all__ = ["DEMO_FIXTURE", "Fault", "MockConfig", "create_app", "demo_fixture"]
