"""The mock's state: environments, tokens, and one table of documents, in SQLite.

Every resource is a document keyed by kind and id, owned by an environment (or by nobody, for
shared catalogues such as voice templates) and optionally by a parent document (a training by
its agent). A resource with no behaviour beyond storage needs nothing else; the rules live in
the resource modules (``talkover_mock.resources``), which reach the state only through a
:class:`Transaction`.

Every request runs in one transaction (``BEGIN IMMEDIATE`` for writes), so concurrent requests
can neither lose nor half-apply a write, and a crash leaves only committed work behind. Tokens
are stored as SHA-256 digests, never in clear. Read caches are bounded and written through;
a rolled-back transaction drops them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from .faults import Fault
from .sources import Clock, IdSource

SCHEMA_VERSION = 2
SCHEMA = """
CREATE TABLE IF NOT EXISTS environments (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    digest TEXT PRIMARY KEY,
    environment_id TEXT NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    hint TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    environment_id TEXT REFERENCES environments(id) ON DELETE CASCADE,
    parent_id TEXT,
    natural_key TEXT,
    body TEXT NOT NULL,
    UNIQUE (kind, id)
);
CREATE UNIQUE INDEX IF NOT EXISTS documents_by_key
    ON documents (kind, parent_id, natural_key) WHERE natural_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS documents_by_parent ON documents (parent_id, kind, seq);
CREATE INDEX IF NOT EXISTS documents_by_environment ON documents (kind, environment_id, seq);
"""
_COLUMNS = "seq, kind, id, environment_id, parent_id, natural_key, body"
DOCUMENT_CACHE_SIZE = 50_000
CHILDREN_CACHE_SIZE = 5_000


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", errors="surrogatepass")).hexdigest()


def token_hint(token: str) -> str:
    return f"{token[:5]}…{token[-4:]}" if len(token) > 12 else "talq_…"


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
        body=json.loads(row["body"]),
        key=row["natural_key"],
        seq=row["seq"],
    )


class StoreInUse(RuntimeError):
    """Another running mock holds the database file."""


class IncompatibleDatabase(RuntimeError):
    """The file was written by another version of the mock."""


class InvalidFixture(ValueError):
    """A seed fixture that does not describe a valid state."""


class _Lru(OrderedDict[Any, Any]):
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


class Transaction:
    """The state as one request sees it. Reads go through the store's caches; writes go to
    SQLite and through to the caches. Obtained from :meth:`Store.transaction`."""

    def __init__(self, store: Store, db: sqlite3.Connection, *, write: bool) -> None:
        self.store, self.db, self.write = store, db, write
        self._now: str | None = None

    @property
    def faults(self) -> frozenset[Fault]:
        return self.store.faults

    def now(self) -> str:
        """This transaction's time: one reading of the clock, the same for every write in it."""
        if self._now is None:
            self._now = self.store.clock.now()
        return self._now

    def new_id(self, kind: str) -> str:
        """A fresh id for ``kind``. Seeded ids replay after a restart on the same file: those
        already taken are skipped, so the sequence continues deterministically."""
        while True:
            candidate = self.store.ids.new()
            if not self.store.ids.deterministic or self.get(kind, candidate) is None:
                return candidate

    # -- reads -------------------------------------------------------------------------------

    def get(self, kind: str, id_: str) -> Doc | None:
        cached: Doc | None = self.store.documents.get_fresh((kind, id_))
        if cached is not None:
            return cached
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM documents WHERE kind = ? AND id = ?", (kind, id_)
        ).fetchone()
        if row is None:
            return None
        doc = _doc(row)
        self.store.documents.put((kind, id_), doc)
        return doc

    def children(self, kind: str, parent_id: str) -> list[Doc]:
        """The ``kind`` documents of ``parent_id``, oldest first."""
        by_kind = self.store.children.get_fresh(parent_id)
        if by_kind is not None and kind in by_kind:
            return list(by_kind[kind])
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM documents WHERE parent_id = ? AND kind = ? ORDER BY seq",
            (parent_id, kind),
        ).fetchall()
        found = [_doc(row) for row in rows]
        if by_kind is None:
            by_kind = {}
            self.store.children.put(parent_id, by_kind)
        by_kind[kind] = found
        return list(found)

    def by_key(self, kind: str, parent_id: str | None, key: str) -> Doc | None:
        """The ``kind`` document of ``parent_id`` whose natural key is ``key``."""
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM documents WHERE kind = ? AND parent_id IS ?"
            " AND natural_key = ?",
            (kind, parent_id, key),
        ).fetchone()
        return self.get(kind, row["id"]) if row is not None else None

    def page(
        self,
        kind: str,
        environment_id: str | None,
        *,
        equals: Mapping[str, Any] | None = None,
        contains: tuple[Sequence[str], str] | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> tuple[list[Doc], int]:
        """One page of the ``kind`` documents of an environment, oldest first, and the total.
        ``equals`` filters on top-level body fields; ``contains`` is (fields, text): a
        case-insensitive substring of any of the fields."""
        where = ["kind = ?", "environment_id IS ?"]
        args: list[Any] = [kind, environment_id]
        for name, value in (equals or {}).items():
            where.append("json_extract(body, ?) = ?")
            args += [f"$.{name}", value]
        if contains is not None:
            fields, text = contains
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where.append(
                "(" + " OR ".join("json_extract(body, ?) LIKE ? ESCAPE '\\'" for _ in fields) + ")"
            )
            for name in fields:
                args += [f"$.{name}", f"%{escaped}%"]
        condition = " AND ".join(where)
        total = self.db.execute(f"SELECT count(*) FROM documents WHERE {condition}", args)
        count = int(total.fetchone()[0])
        query = f"SELECT {_COLUMNS} FROM documents WHERE {condition} ORDER BY seq"
        if limit is not None:
            query += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        rows = self.db.execute(query, args).fetchall()
        return [self._cached(row) for row in rows], count

    def _cached(self, row: sqlite3.Row) -> Doc:
        cached: Doc | None = self.store.documents.get_fresh((row["kind"], row["id"]))
        if cached is not None:
            return cached
        doc = _doc(row)
        self.store.documents.put((doc.kind, doc.id), doc)
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
            "INSERT INTO documents (kind, id, environment_id, parent_id, natural_key, body)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (kind, doc_id, environment_id, parent_id, key, json.dumps(body)),
        )
        doc = Doc(kind, doc_id, environment_id, parent_id, dict(body), key, cursor.lastrowid or 0)
        self.store.documents.put((kind, doc_id), doc)
        self._forget_children_of(parent_id, kind)
        return doc

    def update(self, doc: Doc, body: Mapping[str, Any]) -> Doc:
        """``doc`` with a new body (stored)."""
        assert self.write, "a write in a read transaction"
        self.db.execute(
            "UPDATE documents SET body = ? WHERE kind = ? AND id = ?",
            (json.dumps(body), doc.kind, doc.id),
        )
        new = replace(doc, body=dict(body))
        self.store.documents.put((doc.kind, doc.id), new)
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
            self.store.documents.pop((row["kind"], row["id"]), None)
            self.store.children.pop(row["id"], None)
            self._forget_children_of(row["parent_id"], row["kind"])
        return len(doomed)

    def _forget_children_of(self, parent_id: str | None, kind: str) -> None:
        if parent_id is not None:
            by_kind = self.store.children.get(parent_id)
            if by_kind is not None:
                by_kind.pop(kind, None)


@dataclass
class _Caches:
    documents: _Lru = field(default_factory=lambda: _Lru(DOCUMENT_CACHE_SIZE))
    children: _Lru = field(default_factory=lambda: _Lru(CHILDREN_CACHE_SIZE))


class Store:
    def __init__(
        self,
        database: str = ":memory:",
        *,
        seed: int | None = None,
        faults: frozenset[Fault] = frozenset(),
        parts: Sequence[FixturePart] = (),
    ) -> None:
        self._db = sqlite3.connect(database, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA foreign_keys = ON")
        if database != ":memory:":
            # One server owns its file: exclusive locking spares a file lock per statement and
            # lets WAL skip its shared-memory index. Other processes cannot open the file while
            # the mock runs (use GET /__mock__/state); the lock dies with the process.
            self._db.execute("PRAGMA locking_mode = EXCLUSIVE")
            try:
                self._db.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError as error:
                self._db.close()
                raise StoreInUse(f"{database} is in use by another running mock") from error
            # NORMAL in WAL mode survives a crash of the process (SIGKILL): committed
            # transactions are in the WAL file; only a power loss may roll back the newest.
            self._db.execute("PRAGMA synchronous = NORMAL")
        self._check_version(database)
        self._db.executescript(SCHEMA)
        self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self._lock = threading.Lock()
        self._environment_by_digest: dict[str, str] | None = None
        self._caches = _Caches()
        self.parts = sorted(parts, key=lambda part: part.order)
        self.clock = Clock(seed)
        self.ids = IdSource(seed)
        self.faults = faults
        if seed is not None:
            # A seeded mock on a file that already has state: the clock continues after the
            # newest stored timestamp (ids that replay are skipped by Transaction.new_id).
            newest = self._db.execute(
                "SELECT max(json_extract(body, '$.updated_at')) FROM documents"
            ).fetchone()[0]
            if newest:
                self.clock.advance_past(newest)

    def _check_version(self, database: str) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        tables = {
            row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if tables and version != SCHEMA_VERSION:
            self._db.close()
            raise IncompatibleDatabase(
                f"{database} was written by another version of the mock (schema {version},"
                f" this one uses {SCHEMA_VERSION}); start with a new --db file"
            )

    @property
    def documents(self) -> _Lru:
        return self._caches.documents

    @property
    def children(self) -> _Lru:
        return self._caches.children

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Transaction]:
        """One transaction; writes are committed together or not at all. A read needs no
        BEGIN: every write takes the same lock, so a read under it sees one committed state."""
        with self._lock:
            if not write:
                yield Transaction(self, self._db, write=False)
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield Transaction(self, self._db, write=True)
                self._db.execute("COMMIT")
            except BaseException:
                # The caches were written through; whatever did not commit must not stay.
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                self._drop_caches()
                raise

    def _drop_caches(self) -> None:
        self._environment_by_digest = None
        self._caches = _Caches()

    # -- authentication ---------------------------------------------------------------------

    def authenticate(self, token: str | None) -> str | None:
        """The environment of ``token``, or None when no environment has it."""
        if not token:
            return None
        digest = token_digest(token)
        with self._lock:
            if self._environment_by_digest is None:
                rows = self._db.execute("SELECT digest, environment_id FROM tokens").fetchall()
                self._environment_by_digest = {row["digest"]: row["environment_id"] for row in rows}
            known = list(self._environment_by_digest.items())
        # Constant time: every stored digest is compared, each with compare_digest, and only
        # digests (never the token) are compared at all.
        environment = None
        for stored, environment_id in known:
            if hmac.compare_digest(stored, digest):
                environment = environment_id
        return environment

    # -- control plane ------------------------------------------------------------------------

    def is_empty(self) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM environments LIMIT 1").fetchone() is None

    def reset(self, fixture: Mapping[str, Any] | None = None) -> dict[str, Any] | None:
        """Remove everything, then seed ``fixture`` when given; one transaction."""
        with self.transaction() as tx:
            self._drop_caches()
            for table in ("documents", "tokens", "environments"):
                tx.db.execute(f"DELETE FROM {table}")
            return None if fixture is None else self._seed_or_refuse(tx, fixture)

    def seed(self, fixture: Mapping[str, Any]) -> dict[str, Any]:
        """Add what ``fixture`` describes; all or nothing."""
        with self.transaction() as tx:
            self._drop_caches()
            return self._seed_or_refuse(tx, fixture)

    def _seed_or_refuse(self, tx: Transaction, fixture: Mapping[str, Any]) -> dict[str, Any]:
        try:
            return self._seed(tx, fixture)
        except sqlite3.IntegrityError as error:
            raise InvalidFixture(f"an id or token of the fixture is taken ({error})") from error
        except (KeyError, TypeError, ValueError) as error:
            raise InvalidFixture(f"invalid fixture: {error}") from error

    def _seed(self, tx: Transaction, fixture: Mapping[str, Any]) -> dict[str, Any]:
        for part in self.parts:
            if part.shared:
                for item in fixture.get(part.name, []):
                    part.seed(tx, None, item)
        summary: dict[str, Any] = {"environments": []}
        for env in fixture["environments"]:
            env_id = str(env.get("id") or tx.new_id("environment"))
            tx.db.execute(
                "INSERT INTO environments (id, name) VALUES (?, ?)", (env_id, env["name"])
            )
            for token in env.get("tokens", []):
                tx.db.execute(
                    "INSERT INTO tokens (digest, environment_id, hint) VALUES (?, ?, ?)",
                    (token_digest(token), env_id, token_hint(token)),
                )
            for part in self.parts:
                if not part.shared:
                    for item in env.get(part.name, []):
                        part.seed(tx, env_id, item)
            agents = [doc.id for doc in tx.page("agent", env_id)[0]]
            summary["environments"].append({"id": env_id, "agents": agents})
        return summary

    def dump(self) -> dict[str, Any]:
        """The whole state as JSON-ready data. Tokens appear only as hints, never in clear."""
        with self.transaction(write=False) as tx:
            result: dict[str, Any] = {
                part.name: part.dump(tx, None) for part in self.parts if part.shared
            }
            environments = []
            for env in tx.db.execute("SELECT id, name FROM environments ORDER BY id").fetchall():
                hints = tx.db.execute(
                    "SELECT hint FROM tokens WHERE environment_id = ? ORDER BY hint", (env["id"],)
                ).fetchall()
                entry: dict[str, Any] = {
                    "id": env["id"],
                    "name": env["name"],
                    "token_hints": [row["hint"] for row in hints],
                }
                for part in self.parts:
                    if not part.shared:
                        entry[part.name] = part.dump(tx, env["id"])
                environments.append(entry)
            result["environments"] = environments
            return result
