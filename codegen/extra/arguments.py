"""How the resource methods take their arguments (copied into the generated package as
``_arguments.py`` by the generation step; do not edit the copy).

Every method checks what it is given against the types of the generated code it calls, before
anything is sent, and takes plain Python where a model is expected: a ``dict`` for a nested or
free-form object (``context={"order": 42}``, ``call_time_ranges=[{"start": "09:00", ...}]``),
an ISO string for a date or a time (``start_date="2025-01-01"``). A value of the wrong type
raises ``TypeError`` naming the method and the argument. Nothing here knows an operation.
"""

from __future__ import annotations

import datetime
import functools
import types
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from .types import Unset

T = TypeVar("T")
_NO = object()
"""What a conversion answers when the value does not fit."""


@functools.cache
def _hints(target: Any) -> dict[str, Any]:
    return get_type_hints(target)


def _describe(hint: Any) -> str:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        return " or ".join(_describe(a) for a in get_args(hint) if a is not Unset)
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in get_args(hint))
    if origin in (list, tuple):
        (item,) = get_args(hint)[:1] or (Any,)
        return f"a list of {_describe(item)}"
    if origin in (dict, Mapping):
        return "a dict"
    if hint is type(None):
        return "None"
    if hint is datetime.date:
        return "a date (or an ISO date string)"
    if hint is datetime.datetime:
        return "a datetime (or an ISO datetime string)"
    if _is_model(hint):
        return f"a {hint.__name__} (or a dict)"
    return getattr(hint, "__name__", str(hint))


def _is_model(hint: Any) -> bool:
    return isinstance(hint, type) and hasattr(hint, "from_dict") and hasattr(hint, "to_dict")


def _convert(value: Any, hint: Any) -> Any:
    """``value`` as ``hint`` takes it, or ``_NO``."""
    if hint is Any:
        return value
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        members = get_args(hint)
        for member in members:  # as given first: a model stays a model
            if _exact(value, member):
                return value
        for member in members:
            converted = _convert(value, member)
            if converted is not _NO:
                return converted
        return _NO
    if origin is Literal:
        return value if value in get_args(hint) and not isinstance(value, bool) else _NO
    if origin in (list, tuple):
        if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
            return _NO
        (item,) = get_args(hint)[:1] or (Any,)
        items = [_convert(each, item) for each in value]
        return _NO if any(i is _NO for i in items) else items
    if origin in (dict, Mapping):
        return dict(value) if isinstance(value, Mapping) else _NO
    if _exact(value, hint):
        return value
    if hint is datetime.date and isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return _NO
    if hint is datetime.datetime and isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return _NO
    if _is_model(hint) and isinstance(value, Mapping):
        try:
            return hint.from_dict(_plain(value))
        except (KeyError, TypeError, ValueError, AttributeError):
            return _NO
    return _NO


def _exact(value: Any, hint: Any) -> bool:
    if hint is type(None):
        return value is None
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is datetime.date:
        return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    if isinstance(hint, type):
        return isinstance(value, hint)
    return False


def _plain(value: Any) -> Any:
    """Models, dates and containers as the JSON-shaped values ``from_dict`` reads."""
    if _is_model(type(value)):
        return value.to_dict()
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


class Checked:
    """The arguments of one call of ``method`` (its public name, for messages), checked against
    the generated ``function`` it calls and, for the body, against ``model``."""

    def __init__(self, method: str, function: Callable[..., Any]) -> None:
        self.method, self.function = method, function

    def _one(self, name: str, value: Any, hint: Any) -> Any:
        converted = _convert(value, hint)
        if converted is _NO:
            shown = repr(value)
            shown = shown if len(shown) <= 60 else shown[:57] + "..."
            raise TypeError(
                f"{self.method}(): {name} must be {_describe(hint)}, not"
                f" {type(value).__name__} {shown}"
            )
        return converted

    def arg(self, name: str, value: Any) -> Any:
        """A path or query argument, checked (and a date string read as a date)."""
        return self._one(name, value, _hints(self.function)[name])

    def body(self, model: Callable[..., T], **fields: Any) -> T:
        """The body model, its fields checked and plain values read into their models."""
        hints = _hints(model)
        return model(**{name: self._one(name, value, hints[name]) for name, value in fields.items()})
