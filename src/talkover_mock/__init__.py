"""A stateful mock of the Talkover API: the documented rules, SQLite state, spec-driven validation.

Public surface: :func:`create_app` (ASGI app factory), :class:`MockConfig`, :class:`Fault`,
and the demo fixture helpers.
"""

try:  # a clear message for `pip install talkover` without the extra
    import jsonschema  # noqa: F401
    import jsonschema_rs  # noqa: F401
    import orjson  # noqa: F401
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
    import yaml  # noqa: F401
except ImportError as missing:  # pragma: no cover - only without the extra
    message = f"talkover_mock needs {missing.name}: pip install 'talkover[mock]'"
    raise ImportError(message, name=missing.name) from missing


from .app import create_app
from .config import MockConfig
from .demo import DEMO_FIXTURE, demo_fixture
from .faults import Fault

__all__ = ["DEMO_FIXTURE", "Fault", "MockConfig", "create_app", "demo_fixture"]
