"""Documents: every resource is one, keyed by kind and id, owned by an environment (or by
nobody, for shared catalogues) and optionally by a parent document. Handlers reach the state
only through a :class:`Transaction`, which reads through bounded caches and writes through them.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from . import fastjson
from .config import MockConfig
from .faults import Fault, planted
from .sources import Clock, IdSource

COLUMNS = "seq, kind, id, environment_id, parent_id, natural_key, body"
DOCUMENT_CACHE_SIZE = 50_000
CHILDREN_CACHE_SIZE = 50_000  # documents in all the cached child lists


class InvalidFixture(ValueError):
    """A seed fixture that does not describe a valid state."""


@dataclass(frozen=True, slots=True)
class Doc:
    """One stored resource. ``body`` is shared with the cache: never mutate it, make a new
    document with :meth:`Transaction.update`."""

    kind: str
    id: str
    environment_id: str | None
    parent_id: str | None
    body: Mapping[str, Any]
    key: str | None = None
    seq: int = 0


def _doc(row: sqlite3.Row) -> Doc:
    return Doc(
        kind=row["kind"],
        id=row["id"],
        environment_id=row["environment_id"],
        parent_id=row["parent_id"],
        body=fastjson.loads(row["body"]),
        key=row["natural_key"],
        seq=row["seq"],
    )


INDEXED = ("status", "due_at", "campaign_id")
"""Body fields the documents table repeats as columns of their own, for its indexes."""


def _indexed(body: Mapping[str, Any]) -> tuple[Any, ...]:
    """The ``INDEXED`` columns of ``body``, as ``json_extract`` would read them."""
    values = (body.get(name) for name in INDEXED)
    return tuple(
        v if v is None or isinstance(v, str | int | float) else fastjson.dumps(v) for v in values
    )


def _field(name: str) -> str:
    """The SQL of a top-level body field named by the code (never by a request): its column
    when the table keeps one (``INDEXED``, so its index serves the query), else its JSON path,
    written into the statement."""
    if not name.isidentifier():
        raise ValueError(f"not a field name: {name!r}")
    return name if name in INDEXED else f"json_extract(body, '$.{name}')"


class Lru(OrderedDict[Any, Any]):
    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def get_fresh(self, key: Any) -> Any:
        value = self.get(key)
        if value is not None:
            self.move_to_end(key)
        return value

    def put(self, key: Any, value: Any) -> None:
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.limit:
            self.popitem(last=False)


@dataclass(frozen=True)
class FixturePart:
    """What one resource module adds to fixtures (seeding) and dumps: the list under ``name``
    in each environment of a fixture (or at its top level when ``shared``, for catalogues that
    belong to no environment). ``item_schema`` is the JSON Schema of one item (built from the
    spec's schemas); ``seed(tx, environment_id, item)`` stores one; ``dump(tx, environment_id)``
    lists them back. Parts are seeded in ``order`` (numbers before the agents that use them)."""

    name: str
    item_schema: Callable[[], dict[str, Any]]
    seed: Callable[[Transaction, str | None, Mapping[str, Any]], None]
    dump: Callable[[Transaction, str | None], list[Any]]
    order: int = 0
    shared: bool = False


@dataclass(frozen=True)
class ChildPart:
    """What a module that keeps documents under a parent (an agent's trainings, webhooks, …)
    adds to the parent's fixture item: the key ``name`` holding ``item_schema()`` (an array
    of items, or one object when ``single``), seeded by ``seed(tx, parent, value)`` once the
    parent is stored, dumped by ``dump(tx, parent_id)`` (None: nothing to show)."""

    name: str
    item_schema: Callable[[], dict[str, Any]]
    seed: Callable[[Transaction, Doc, Any], None]
    dump: Callable[[Transaction, str], Any]
    single: bool = False

    def schema(self) -> dict[str, Any]:
        item = self.item_schema()
        return item if self.single else {"type": "array", "items": item}


@dataclass(frozen=True)
class Context:
    """What a transaction needs of the store that opened it, and nothing more: the read caches
    of this moment, the clock, the id source, the faults switched on, where to note a
    ``due_at``, and the mock's configuration."""

    caches: Caches
    clock: Clock
    ids: IdSource
    faults: frozenset[Fault]
    note_due: Callable[[str], None]
    config: MockConfig


class Transaction:
    """The state as one request sees it. Reads go through the caches; writes go to SQLite and
    through to the caches. Obtained from ``Store.transaction``."""

    def __init__(self, context: Context, db: sqlite3.Connection, *, write: bool) -> None:
        self.context, self.db, self.write = context, db, write
        self._documents, self._children = context.caches.documents, context.caches.children
        self._now: str | None = None
        self.committed: list[Callable[[], object]] = []

    @property
    def config(self) -> MockConfig:
        """The mock's configuration (``--call-rate-limit``, ...)."""
        return self.context.config

    def after_commit(self, function: Callable[[], object]) -> None:
        """Run ``function`` once this transaction has committed (never if it rolls back):
        where work that must not run inside a transaction starts, such as a webhook delivery."""
        self.committed.append(function)

    @property
    def faults(self) -> frozenset[Fault]:
        return self.context.faults

    def peek_clock(self) -> str:
        """The current time, without taking a reading."""
        return self.context.clock.peek()

    def planted(self, which: Fault) -> bool:
        """Whether the fault switch ``which`` is on (``faults.py``: the one seam)."""
        return planted(self.faults, which)

    def now(self) -> str:
        """This transaction's time: one reading of the clock, the same for every write in it."""
        if self._now is None:
            self._now = self.context.clock.now()
        return self._now

    def new_id(self, kind: str) -> str:
        """A fresh id for ``kind``. Seeded ids replay after a restart on the same file: those
        already taken are skipped, so the sequence continues deterministically."""
        while True:
            candidate = self.context.ids.new()
            if not self.context.ids.deterministic or self.get(kind, candidate) is None:
                return candidate

    def setting(self, name: str, default: Any = None) -> Any:
        """A value every process of the mock shares (the ``settings`` table), or ``default``."""
        row = self.db.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return default if row is None else fastjson.loads(row[0])

    def set_setting(self, name: str, value: Any) -> None:
        self.db.execute(
            "INSERT INTO settings (name, value) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (name, fastjson.dumps(value)),
        )

    # -- reads -------------------------------------------------------------------------------

    def environment_exists(self, environment_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM environments WHERE id = ?", (environment_id,))
        return row.fetchone() is not None

    def get(self, kind: str, id_: str) -> Doc | None:
        cached: Doc | None = self._documents.get_fresh((kind, id_))
        if cached is not None:
            return cached
        row = self.db.execute(
            f"SELECT {COLUMNS} FROM documents WHERE kind = ? AND id = ?", (kind, id_)
        ).fetchone()
        if row is None:
            return None
        doc = _doc(row)
        self._documents.put((kind, id_), doc)
        return doc

    def children(self, kind: str, parent_id: str) -> list[Doc]:
        """The ``kind`` documents of ``parent_id``, oldest first."""
        cached = self._children.get(parent_id, kind)
        if cached is not None:
            return list(cached)
        rows = self.db.execute(
            f"SELECT {COLUMNS} FROM documents WHERE parent_id = ? AND kind = ? ORDER BY seq",
            (parent_id, kind),
        ).fetchall()
        found = [_doc(row) for row in rows]
        self._children.put(parent_id, kind, found)
        return list(found)

    def by_key(self, kind: str, parent_id: str | None, key: str) -> Doc | None:
        """The ``kind`` document of ``parent_id`` whose natural key is ``key``."""
        row = self.db.execute(
            f"SELECT {COLUMNS} FROM documents WHERE kind = ? AND parent_id IS ?"
            " AND natural_key = ?",
            (kind, parent_id, key),
        ).fetchone()
        return self.get(kind, row["id"]) if row is not None else None

    def find(self, kind: str, field_: str, values: Sequence[Any]) -> list[Doc]:
        """The ``kind`` documents of every environment whose body field ``field_`` (a name
        from the code, never from a request) is one of ``values``, oldest first."""
        if not field_.isidentifier():
            raise ValueError(f"not a field name: {field_!r}")
        marks = ", ".join("?" for _ in values)
        # The column (or path) is written into the statement so that its index serves it.
        rows = self.db.execute(
            f"SELECT {COLUMNS} FROM documents WHERE kind = ?"
            f" AND {_field(field_)} IN ({marks}) ORDER BY seq",
            (kind, *values),
        ).fetchall()
        return [self._cached(row) for row in rows]

    def due(self, kind: str, now: str, limit: int) -> list[Doc]:
        """The ``kind`` documents whose ``due_at`` is at or before ``now``, earliest first."""
        rows = self.db.execute(
            f"SELECT {COLUMNS} FROM documents WHERE kind = ?"
            " AND due_at <= ? ORDER BY due_at, seq LIMIT ?",
            (kind, now, limit),
        ).fetchall()
        return [self._cached(row) for row in rows]

    def page(
        self,
        kind: str,
        environment_id: str | None,
        *,
        parent_id: str | None = None,
        equals: Mapping[str, Any] | None = None,
        any_of: Mapping[str, Sequence[Any]] | None = None,
        days: tuple[str, str | None, str | None] | None = None,
        contains: tuple[Sequence[str], str] | None = None,
        newest_first: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> tuple[list[Doc], int]:
        """One page of the ``kind`` documents of an environment (of ``parent_id`` when given),
        oldest first unless ``newest_first``, and the total that match. Filters, all on
        top-level body fields: ``equals`` (field = value), ``any_of`` (field in values),
        ``days`` (field, since, until: the ``YYYY-MM-DD`` of a timestamp field within the
        inclusive bounds, either of which may be None), ``contains`` (fields, text: a
        case-insensitive substring of any of the fields). Only the page is read: the filters
        and the order run in SQLite, so a page costs the same whatever the total."""
        where = ["kind = ?", "environment_id IS ?"]
        args: list[Any] = [kind, environment_id]
        if parent_id is not None:
            where.append("parent_id = ?")
            args.append(parent_id)
        for name, value in (equals or {}).items():
            where.append(f"{_field(name)} = ?")
            args.append(value)
        for name, values in (any_of or {}).items():
            where.append(f"{_field(name)} IN ({', '.join('?' for _ in values)})")
            args += list(values)
        if days is not None:
            name, since, until = days
            for bound, operator in ((since, ">="), (until, "<=")):
                if bound:
                    where.append(f"substr({_field(name)}, 1, 10) {operator} ?")
                    args.append(bound)
        if contains is not None:
            fields, text = contains
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where.append("(" + " OR ".join(f"{_field(n)} LIKE ? ESCAPE '\\'" for n in fields) + ")")
            args += [f"%{escaped}%" for _ in fields]
        condition = " AND ".join(where)
        total = self.db.execute(f"SELECT count(*) FROM documents WHERE {condition}", args)
        count = int(total.fetchone()[0])
        order = "seq DESC" if newest_first else "seq"
        query = f"SELECT {COLUMNS} FROM documents WHERE {condition} ORDER BY {order}"
        if limit is not None:
            query += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        rows = self.db.execute(query, args).fetchall()
        return [self._cached(row) for row in rows], count

    def _cached(self, row: sqlite3.Row) -> Doc:
        cached: Doc | None = self._documents.get_fresh((row["kind"], row["id"]))
        if cached is not None:
            return cached
        doc = _doc(row)
        self._documents.put((doc.kind, doc.id), doc)
        return doc

    # -- writes ------------------------------------------------------------------------------

    def insert(
        self,
        kind: str,
        body: Mapping[str, Any],
        *,
        environment_id: str | None,
        parent_id: str | None = None,
        key: str | None = None,
        id_: str | None = None,
    ) -> Doc:
        assert self.write, "a write in a read transaction"
        doc_id = id_ or self.new_id(kind)
        cursor = self.db.execute(
            "INSERT INTO documents (kind, id, environment_id, parent_id, natural_key, body,"
            " status, due_at, campaign_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (kind, doc_id, environment_id, parent_id, key, fastjson.dumps(body), *_indexed(body)),
        )
        doc = Doc(kind, doc_id, environment_id, parent_id, dict(body), key, cursor.lastrowid or 0)
        self._documents.put((kind, doc_id), doc)
        if body.get("due_at"):
            self.context.note_due(body["due_at"])
        self._forget_children_of(parent_id, kind)
        return doc

    def update(self, doc: Doc, body: Mapping[str, Any]) -> Doc:
        """``doc`` with a new body (stored)."""
        assert self.write, "a write in a read transaction"
        self.db.execute(
            "UPDATE documents SET body = ?, status = ?, due_at = ?, campaign_id = ?"
            " WHERE kind = ? AND id = ?",
            (fastjson.dumps(body), *_indexed(body), doc.kind, doc.id),
        )
        new = replace(doc, body=dict(body))
        self._documents.put((doc.kind, doc.id), new)
        if body.get("due_at"):
            self.context.note_due(body["due_at"])
        self._forget_children_of(doc.parent_id, doc.kind)
        return new

    def delete(self, doc: Doc, *, cascade: bool = True) -> int:
        """Delete ``doc`` and, with ``cascade``, every document below it (children, their
        children, …). Returns how many documents went."""
        assert self.write, "a write in a read transaction"
        below = (
            " UNION ALL SELECT d.seq, d.kind, d.id, d.parent_id FROM documents d"
            " JOIN doomed ON d.parent_id = doomed.id"
            if cascade
            else ""
        )
        doomed = self.db.execute(
            "WITH RECURSIVE doomed(seq, kind, id, parent_id) AS ("
            " SELECT seq, kind, id, parent_id FROM documents WHERE kind = ? AND id = ?"
            f"{below}) SELECT seq, kind, id, parent_id FROM doomed",
            (doc.kind, doc.id),
        ).fetchall()
        self.db.executemany("DELETE FROM documents WHERE seq = ?", [(r["seq"],) for r in doomed])
        for row in doomed:
            self._documents.pop((row["kind"], row["id"]), None)
            self._children.forget(row["id"])
            self._forget_children_of(row["parent_id"], row["kind"])
        return len(doomed)

    def _forget_children_of(self, parent_id: str | None, kind: str) -> None:
        if parent_id is not None:
            self._children.forget(parent_id, kind)


class ChildLists:
    """The read cache of child lists, ``(parent_id, kind) -> [Doc]``, bounded by the number of
    documents it holds in all (``limit``), least recently used first out; a list longer than a
    tenth of that is never cached (it is read from SQLite each time), so one agent with 100,000
    trainings cannot fill the memory or push out everyone else's lists."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self._lists: OrderedDict[tuple[str, str], list[Doc]] = OrderedDict()
        self._kinds: dict[str, set[str]] = {}

    def __len__(self) -> int:
        return len(self._lists)

    def get(self, parent_id: str, kind: str) -> list[Doc] | None:
        found = self._lists.get((parent_id, kind))
        if found is not None:
            self._lists.move_to_end((parent_id, kind))
        return found

    def put(self, parent_id: str, kind: str, docs: list[Doc]) -> None:
        self.forget(parent_id, kind)
        if len(docs) > self.limit // 10:
            return
        self._lists[parent_id, kind] = docs
        self._kinds.setdefault(parent_id, set()).add(kind)
        self.size += len(docs)
        while self.size > self.limit:
            (old_parent, old_kind), _ = next(iter(self._lists.items()))
            self.forget(old_parent, old_kind)

    def forget(self, parent_id: str, kind: str | None = None) -> None:
        """Drop ``parent_id``'s list of ``kind``, or all its lists."""
        kinds = self._kinds.get(parent_id, set())
        for each in list(kinds) if kind is None else [kind]:
            dropped = self._lists.pop((parent_id, each), None)
            if dropped is not None:
                self.size -= len(dropped)
            kinds.discard(each)
        if not kinds:
            self._kinds.pop(parent_id, None)


@dataclass
class Caches:
    documents: Lru = field(default_factory=lambda: Lru(DOCUMENT_CACHE_SIZE))
    children: ChildLists = field(default_factory=lambda: ChildLists(CHILDREN_CACHE_SIZE))
