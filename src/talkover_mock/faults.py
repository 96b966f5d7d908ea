"""Fault switches: known bugs the mock plants on purpose, so that the contract suite can show it
catches each of them. A family declares its faults next to the rule each one breaks
(``KEEP = fault(...)`` in its module) and plants them through one seam (``call.planted(KEEP)``,
``tx.planted(KEEP)``); the declaration also says what should catch the bug, which the teeth
tests read: nothing about a fault is listed anywhere else. All are off by default; the control
plane or ``--fault`` turns them on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Fault:
    name: str
    doc: str
    caught_by: tuple[str, ...] = ()
    """What the contract run prints when it catches the fault (a check's name, a failure's
    title); any one of them is enough."""
    tags: tuple[str, ...] = ()
    """Where the contract run aims for it: the tags of the operations the fault lives in."""
    model: tuple[str, ...] = ()
    """The model-based test's rule areas (``contract_tests/model/<area>.py``) that catch it,
    for rules that need the state before a request, a receiver, or the clock."""

    def __str__(self) -> str:
        return self.name


REGISTRY: dict[str, Fault] = {}


def fault(
    name: str,
    doc: str,
    *,
    caught_by: Iterable[str] = (),
    tags: Iterable[str] = (),
    model: Iterable[str] = (),
) -> Fault:
    """Declare a fault switch (once per name), with what should catch it."""
    if name in REGISTRY:
        raise ValueError(f"fault {name!r} is declared twice")
    declared = Fault(name, doc, tuple(caught_by), tuple(tags), tuple(model))
    if not (declared.caught_by and declared.tags) and not declared.model:
        raise ValueError(
            f"fault {name!r} says neither how the contract run nor the model catches it"
        )
    REGISTRY[name] = declared
    return declared


def all_faults() -> list[Fault]:
    """Every declared fault, by name (the families that declare them must be imported)."""
    return [REGISTRY[name] for name in sorted(REGISTRY)]


def named(name: str) -> Fault:
    try:
        return REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(REGISTRY))
        raise ValueError(f"unknown fault {name!r}; known faults: {known}") from None


def parse_faults(names: str | Iterable[str] | None) -> frozenset[Fault]:
    if not names:
        return frozenset()
    items = names.split(",") if isinstance(names, str) else names
    return frozenset(named(name.strip()) for name in items if name.strip())


def planted(faults: frozenset[Fault], which: Fault) -> bool:
    """The one seam: whether ``which`` is switched on."""
    return which in faults
