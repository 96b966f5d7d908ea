"""How responses are read when they differ from the spec (copied into the generated package as
``_drift.py`` by the generation step; do not edit the copy).

APIs grow: a new status value, a field left out in one case. A response is read leniently by
default, as openai-python and stripe-python read theirs: a value outside an enum comes through
as its string, a required field the body lacks reads as ``None``, and each such difference is
recorded as drift (on ``Response.drift``, and one warning line per kind on the ``talkover``
logger; never a value of the body). A client made with ``strict_responses=True`` reads as the
spec says or not at all (the body then fails as not the documented one).

Only a response being parsed by an operation is lenient: a model built or read anywhere else
(``Model.from_dict`` called by hand, the arguments of a request) is strict, so what a user sends
is still checked against the spec.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
from collections.abc import Iterator

LOG = logging.getLogger("talkover")


class Reading:
    """The differences found while one response is parsed."""

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.notes: list[str] = []

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)


_READING: contextvars.ContextVar[Reading | None] = contextvars.ContextVar(
    "talkover_reading", default=None
)


@contextlib.contextmanager
def reading(*, strict: bool) -> Iterator[Reading]:
    """Parse a response inside this block; ``strict`` as the client says."""
    current = Reading(strict)
    token = _READING.set(current)
    try:
        yield current
    finally:
        _READING.reset(token)


def _lenient() -> Reading | None:
    current = _READING.get()
    return current if current is not None and not current.strict else None


def missing(model: str, key: str, any_known: bool) -> None:
    """A required ``key`` of ``model`` is not in the body: KeyError when strict, or when none
    of the model's fields is there (then the body is not this model at all), else noted (the
    field then reads as None)."""
    current = _lenient()
    if current is None or not any_known:
        raise KeyError(key)
    current.note(f"{model}.{key}: a required field is missing (read as None)")


def unknown_value(enum: str, value: object, known: object) -> None:
    """``value`` is not one of ``enum``'s: TypeError when strict, else noted (the value comes
    through as it was sent)."""
    current = _lenient()
    if current is None:
        raise TypeError(f"Unexpected value {value!r}. Expected one of {known!r}")
    current.note(f"{enum}: a value the spec does not list (kept as sent)")


def report(operation: str, notes: list[str]) -> tuple[str, ...]:
    """Log each difference once, at warning level, naming the operation; answer them."""
    for note in notes:
        LOG.warning("response drift in %s: %s", operation, note)
    return tuple(notes)
