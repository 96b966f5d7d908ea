"""The mock's state in SQLite: environments, tokens, and the documents table
(``documents.py``: the records, the transaction handlers use, the caches).

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
import secrets
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .config import MockConfig
from .documents import Caches, ChildLists, Context, FixturePart, InvalidFixture, Lru, Transaction
from .faults import Fault, named
from .redaction import redact
from .sources import Clock, IdSource
from .statelock import StateFileInUse, StateLock

SCHEMA_VERSION = 3
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
-- ``status``, ``due_at`` and ``campaign_id`` repeat the body's fields of those names (written
-- with every insert and update, ``documents.INDEXED``), so that the indexes below read columns:
-- an index on a JSON path parses every body it keeps, on every write.
CREATE TABLE IF NOT EXISTS documents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    environment_id TEXT REFERENCES environments(id) ON DELETE CASCADE,
    parent_id TEXT,
    natural_key TEXT,
    body TEXT NOT NULL,
    status TEXT,
    due_at TEXT,
    campaign_id TEXT,
    UNIQUE (kind, id)
);
CREATE UNIQUE INDEX IF NOT EXISTS documents_by_key
    ON documents (kind, parent_id, natural_key) WHERE natural_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS documents_by_parent ON documents (parent_id, kind, seq);
CREATE INDEX IF NOT EXISTS documents_by_environment ON documents (kind, environment_id, seq);
CREATE INDEX IF NOT EXISTS documents_due_at ON documents (kind, due_at) WHERE due_at IS NOT NULL;
-- Counts of List Calls and List Campaigns (the total of their pagination) read this index
-- instead of every body: 13 ms instead of 200 ms at 100,000 calls.
CREATE INDEX IF NOT EXISTS documents_status ON documents (kind, environment_id, status);
CREATE INDEX IF NOT EXISTS documents_campaign
    ON documents (kind, campaign_id) WHERE campaign_id IS NOT NULL;
-- What every process of the mock must agree on (``--workers``): the faults switched on by the
-- control plane, the clock's offset, rate-limit windows, who resumes deliveries.
CREATE TABLE IF NOT EXISTS settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""
MIGRATIONS = {
    2: """
ALTER TABLE documents ADD COLUMN status TEXT;
ALTER TABLE documents ADD COLUMN due_at TEXT;
ALTER TABLE documents ADD COLUMN campaign_id TEXT;
UPDATE documents SET status = json_extract(body, '$.status'),
    due_at = json_extract(body, '$.due_at'), campaign_id = json_extract(body, '$.campaign_id');
DROP INDEX IF EXISTS documents_due;
DROP INDEX IF EXISTS documents_by_status;
DROP INDEX IF EXISTS documents_by_campaign;
""",
}
"""How a file of an older schema is brought to this one (its version -> the script), in one
transaction at open."""


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", errors="surrogatepass")).hexdigest()


def token_hint(token: str) -> str:
    return f"{token[:5]}…{token[-4:]}" if len(token) > 12 else "talq_…"


StoreInUse = StateFileInUse
"""Another running mock holds the database file."""


class IncompatibleDatabase(RuntimeError):
    """The file was written by another version of the mock."""


class Store:
    def __init__(
        self,
        database: str = ":memory:",
        *,
        seed: int | None = None,
        faults: frozenset[Fault] = frozenset(),
        parts: Sequence[FixturePart] = (),
        shared: bool = False,
        lock: bool = True,
        config: MockConfig | None = None,
    ) -> None:
        if shared and (database == ":memory:" or seed is not None):
            raise ValueError("a store shared by processes needs a file and no seed")
        self._state_lock = (
            StateLock(database, shared=shared) if lock and database != ":memory:" else None
        )
        """One mock per state file (``statelock.py``); ``lock=False`` when the caller holds
        it (the starting process of ``--workers``)."""
        self.shared = shared
        """Other processes write the same file (``--workers``): every transaction first checks
        ``PRAGMA data_version`` and, when another process committed, drops the caches and
        reloads the settings (faults, clock offset) and the earliest ``due_at``."""
        self._database = database
        self._memory_snapshots: dict[str, sqlite3.Connection] = {}
        self._db = sqlite3.connect(
            database, check_same_thread=False, isolation_level=None, timeout=30 if shared else 5
        )
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA foreign_keys = ON")
        if database != ":memory:":
            if not shared:
                # One server owns its file: exclusive locking spares a file lock per statement
                # and lets WAL skip its shared-memory index. Other processes cannot open the
                # file while the mock runs (use GET /__mock__/state); the lock dies with the
                # process.
                self._db.execute("PRAGMA locking_mode = EXCLUSIVE")
            try:
                self._db.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError as error:
                self.close()
                raise StoreInUse(f"{database} is in use by another running mock") from error
            # NORMAL in WAL mode survives a crash of the process (SIGKILL): committed
            # transactions are in the WAL file; only a power loss may roll back the newest.
            self._db.execute("PRAGMA synchronous = NORMAL")
        self._check_version(database)
        self._db.executescript(SCHEMA)
        self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self._lock = threading.Lock()
        self._digests: tuple[tuple[str, str], ...] | None = None
        self._caches = Caches()
        self.parts = sorted(parts, key=lambda part: part.order)
        self.clock = Clock(seed)
        self.ids = IdSource(seed)
        self.faults = faults
        self.config = config or MockConfig(database=database, seed=seed, faults=faults)
        """The mock's configuration, as transactions see it (``Transaction.config``)."""
        self.next_due: str | None = None
        """The earliest ``due_at`` of any document (``timers.py``), or None."""
        self._data_version = self._db.execute("PRAGMA data_version").fetchone()[0]
        if shared:
            self._load_settings()
        elif seed is None:
            self._load_clock_offset()
        # On a file that already has state the clock continues after the newest stored
        # timestamp, so it never goes back across a restart (ids that replay in a seeded run
        # are skipped by Transaction.new_id).
        newest = self._db.execute(
            "SELECT max(max(coalesce(json_extract(body, '$.updated_at'), ''),"
            " coalesce(json_extract(body, '$.created_at'), ''))) FROM documents"
        ).fetchone()[0]
        if newest:
            self.clock.advance_past(newest)
        self.recompute_due()

    def recompute_due(self) -> None:
        with self._lock:
            self._recompute_due()

    def _recompute_due(self) -> None:
        row = self._db.execute(
            "SELECT min(due_at) FROM documents WHERE due_at IS NOT NULL"
        ).fetchone()
        self.next_due = row[0]

    # -- several processes on one file ----------------------------------------------------------

    def refresh(self) -> None:
        """Catch up with what other processes committed (a no-op unless shared); the generic
        endpoint calls it before reading the faults or a token."""
        if self.shared:
            with self._lock:
                self._catch_up()

    def _catch_up(self) -> None:
        """With the lock held (and, inside a transaction, after its snapshot began)."""
        version = self._db.execute("PRAGMA data_version").fetchone()[0]
        if version == self._data_version:
            return
        self._data_version = version
        self._drop_caches()
        self._load_settings()
        self._recompute_due()

    def _load_settings(self) -> None:
        rows = dict(self._db.execute("SELECT name, value FROM settings").fetchall())
        if "faults" in rows:
            self.faults = frozenset(named(name) for name in json.loads(rows["faults"]))
        if "clock_offset" in rows:
            self.clock.set_offset(float(rows["clock_offset"]))

    def _load_clock_offset(self) -> None:
        row = self._db.execute("SELECT value FROM settings WHERE name = 'clock_offset'").fetchone()
        if row is not None:
            self.clock.set_offset(float(row[0]))

    def set_faults(self, faults: frozenset[Fault]) -> None:
        """Switch faults on (all others off), in every process of a shared store."""
        with self.transaction() as tx:
            self.faults = faults
            if self.shared:
                tx.set_setting("faults", sorted(f.name for f in faults))

    def advance_clock(self, seconds: float) -> str:
        """Move the mock's clock ahead, in every process of a shared store and for the next
        start on the same file (the offset is stored); the new time."""
        with self.transaction() as tx:
            now = self.clock.advance(seconds)
            if not self.clock.deterministic:
                tx.set_setting("clock_offset", self.clock.offset)
        return now

    def claim(self, name: str, token: str) -> bool:
        """Whether this process is the one to do ``name``: true for exactly one caller that
        presents the ``token`` the starting process wrote (the delivery resume of a run)."""
        with self.transaction() as tx:
            if tx.setting(name) != token:
                return False
            tx.db.execute("DELETE FROM settings WHERE name = ?", (name,))
            return True

    def note_due(self, due_at: str) -> None:
        """Some document has work due at ``due_at`` (kept as the earliest)."""
        if self.next_due is None or due_at < self.next_due:
            self.next_due = due_at

    def work_due(self) -> bool:
        """Whether some document's ``due_at`` has come (cheap: no query, and no clock reading
        while nothing is due)."""
        return self.next_due is not None and self.next_due <= self.clock.peek()

    def _check_version(self, database: str) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        tables = {
            row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if tables and version in MIGRATIONS:
            self._db.executescript(f"BEGIN; {MIGRATIONS[version]} COMMIT;")
            return
        if tables and version != SCHEMA_VERSION:
            self.close()
            raise IncompatibleDatabase(
                f"{database} was written by another version of the mock (schema {version},"
                f" this one uses {SCHEMA_VERSION}); start with a new --db file"
            )

    @property
    def documents(self) -> Lru:
        return self._caches.documents

    @property
    def children(self) -> ChildLists:
        return self._caches.children

    def close(self) -> None:
        self._db.close()
        if self._state_lock is not None:
            self._state_lock.release()

    def _context(self) -> Context:
        return Context(self._caches, self.clock, self.ids, self.faults, self.note_due, self.config)

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Transaction]:
        """One transaction; writes are committed together or not at all. A read needs no
        BEGIN: every write takes the same lock, so a read under it sees one committed state."""
        with self._lock:
            if not write and not self.shared:
                yield Transaction(self._context(), self._db, write=False)
                return
            # Shared: a read is a transaction too, so that it sees one snapshot; the data
            # version read inside it is that snapshot's.
            self._db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            if self.shared:
                try:
                    self._catch_up()
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
            if not write:
                try:
                    yield Transaction(self._context(), self._db, write=False)
                finally:
                    self._db.execute("COMMIT")
                return
            tx = Transaction(self._context(), self._db, write=True)
            try:
                yield tx
                self._db.execute("COMMIT")
            except BaseException:
                # The caches were written through; whatever did not commit must not stay.
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                self._drop_caches()
                raise
        for function in tx.committed:
            function()

    def _drop_caches(self) -> None:
        self._digests = None
        self._caches = Caches()

    # -- authentication ---------------------------------------------------------------------

    def authenticate(self, token: str | None) -> str | None:
        """The environment of ``token``, or None when no environment has it."""
        if not token:
            return None
        digest = token_digest(token)
        known = self._digests
        if known is None:
            with self._lock:
                rows = self._db.execute("SELECT digest, environment_id FROM tokens").fetchall()
                known = self._digests = tuple((row[0], row[1]) for row in rows)
        # Constant time: every stored digest is compared, each with compare_digest, and only
        # digests (never the token) are compared at all.
        environment = None
        for stored, environment_id in known:
            if hmac.compare_digest(stored, digest):
                environment = environment_id
        return environment

    # -- control plane ------------------------------------------------------------------------

    def snapshot(self) -> str:
        """Copy the whole state aside (beside the file, so every worker can restore it; in
        memory for ``:memory:``); the copy's id. The contract run takes one before it writes
        to a served mock and restores it after (``talkover-contract --reset``)."""
        snapshot_id = secrets.token_hex(8)
        target = self._snapshot_target(snapshot_id)
        with self._lock:
            self._db.backup(target)
        if isinstance(target, sqlite3.Connection) and self._database != ":memory:":
            target.close()
        return snapshot_id

    def restore(self, snapshot_id: str) -> bool:
        """Put back the state of snapshot ``snapshot_id`` (then forget it); False when unknown."""
        if self._database == ":memory:":
            source = self._memory_snapshots.pop(snapshot_id, None)
        else:
            path = Path(f"{self._database}-snapshot-{snapshot_id}")
            source = sqlite3.connect(path) if path.is_file() and snapshot_id.isalnum() else None
        if source is None:
            return False
        try:
            with self._lock:
                source.backup(self._db)
                if not self.clock.deterministic:  # the clock never goes back with the state
                    self._db.execute(
                        "INSERT OR REPLACE INTO settings (name, value) VALUES ('clock_offset', ?)",
                        (json.dumps(self.clock.offset),),
                    )
                self._drop_caches()
                self._recompute_due()
        finally:
            source.close()
            if self._database != ":memory:":
                Path(f"{self._database}-snapshot-{snapshot_id}").unlink(missing_ok=True)
        return True

    def _snapshot_target(self, snapshot_id: str) -> sqlite3.Connection:
        if self._database == ":memory:":
            target = sqlite3.connect(":memory:", check_same_thread=False)
            self._memory_snapshots[snapshot_id] = target
            return target
        return sqlite3.connect(f"{self._database}-snapshot-{snapshot_id}")

    def integrity(self) -> dict[str, Any]:
        """What a delete may have left behind, from the store itself: documents whose parent is
        gone, and how many documents of each kind there are."""
        with self.transaction(write=False) as tx:
            orphans = tx.db.execute(
                "SELECT kind, id FROM documents d WHERE parent_id IS NOT NULL AND NOT EXISTS"
                " (SELECT 1 FROM documents p WHERE p.id = d.parent_id) ORDER BY seq LIMIT 20"
            ).fetchall()
            counts = tx.db.execute(
                "SELECT kind, count(*) FROM documents GROUP BY kind ORDER BY kind"
            ).fetchall()
        return {
            "orphans": [{"kind": row[0], "id": row[1]} for row in orphans],
            "counts": {row[0]: row[1] for row in counts},
        }

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
        """The whole state as JSON-ready data. Tokens appear only as hints, and no secret a
        resource holds appears at all (``redaction.py``)."""
        with self.transaction(write=False) as tx:
            result: dict[str, Any] = {
                part.name: redact(part.dump(tx, None)) for part in self.parts if part.shared
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
                        entry[part.name] = redact(part.dump(tx, env["id"]))
                environments.append(entry)
            result["environments"] = environments
            return result
