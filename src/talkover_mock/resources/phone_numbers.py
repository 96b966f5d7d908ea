"""Phone numbers: documents of kind ``phone_number`` owned by an environment (the pool that
agents draw ``phone_number_ids`` from)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..registry import fixture_part
from ..store import FixturePart, Transaction
from .schemas import fixture_item

KIND = "phone_number"


def views(tx: Transaction, ids: Iterable[str]) -> list[dict[str, Any]]:
    """The PhoneNumber objects of ``ids`` that still exist, in that order."""
    found = []
    for number_id in ids:
        doc = tx.get(KIND, number_id)
        if doc is not None:
            found.append({"id": doc.id, **doc.body})
    return found


def _seed(tx: Transaction, environment_id: str | None, item: Mapping[str, Any]) -> None:
    fields = dict(item)
    tx.insert(KIND, fields, environment_id=environment_id, id_=fields.pop("id", None))


def _dump(tx: Transaction, environment_id: str | None) -> list[Any]:
    return [{"id": doc.id, **doc.body} for doc in tx.page(KIND, environment_id)[0]]


fixture_part(
    FixturePart("phone_numbers", lambda: fixture_item("PhoneNumber"), _seed, _dump, order=10)
)
