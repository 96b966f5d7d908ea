"""The mock's state, kept in SQLite behind plain typed methods.

Every method runs in one transaction (``BEGIN IMMEDIATE``), so concurrent requests can neither
lose nor half-apply a write, and a crash leaves only committed work behind. Tokens are stored
as SHA-256 digests, never in clear. The rules themselves live in ``rules.py``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from . import rules
from .domain import (
    Agent,
    AgentNotFound,
    Forbidden,
    InvalidFixture,
    Training,
    TrainingChange,
    TrainingNotFound,
    Unauthenticated,
)
from .faults import Fault
from .sources import Clock, IdSource

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
CREATE TABLE IF NOT EXISTS agents (
    id TEXT PRIMARY KEY,
    environment_id TEXT NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    current_status TEXT NOT NULL CHECK (current_status IN ('draft', 'published')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    profile TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS trainings (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    node_id TEXT,
    subject TEXT NOT NULL,
    instructions TEXT NOT NULL,
    current_status TEXT NOT NULL CHECK (current_status IN ('active', 'inactive')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS trainings_by_node
    ON trainings (agent_id, node_id) WHERE node_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS trainings_by_agent ON trainings (agent_id, seq);
"""

_TRAINING_COLUMNS = (
    "id, agent_id, node_id, subject, instructions, current_status, created_at, updated_at"
)
_AGENT_COLUMNS = "id, environment_id, name, label, current_status, created_at, updated_at, profile"


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", errors="surrogatepass")).hexdigest()


def token_hint(token: str) -> str:
    return f"{token[:5]}…{token[-4:]}" if len(token) > 12 else "talq_…"


def _agent(row: sqlite3.Row) -> Agent:
    return Agent(
        id=row["id"],
        environment_id=row["environment_id"],
        name=row["name"],
        label=row["label"],
        current_status=row["current_status"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        profile=json.loads(row["profile"]),
    )


def _training(row: sqlite3.Row) -> Training:
    return Training(**{key: row[key] for key in row.keys()})  # noqa: SIM118 - sqlite3.Row


class StoreInUse(RuntimeError):
    """Another running mock holds the database file."""


class Store:
    def __init__(
        self,
        database: str = ":memory:",
        *,
        seed: int | None = None,
        faults: frozenset[Fault] = frozenset(),
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
        self._db.executescript(SCHEMA)
        self._lock = threading.Lock()
        # Read caches, only touched under the lock: written through by every write, dropped by a
        # rolled-back transaction, seed and reset (the only ways tokens change).
        self._environment_by_digest: dict[str, str] | None = None
        self._agents: dict[str, Agent] = {}
        self._training_lists: dict[str, list[Training]] = {}
        self.clock = Clock(seed)
        self.ids = IdSource(seed)
        self.faults = faults
        if seed is not None:
            # A seeded mock on a file that already has state: the clock continues after the
            # newest stored timestamp (ids that replay are skipped by _new_id).
            newest = self._db.execute(
                "SELECT max(t) FROM (SELECT max(updated_at) AS t FROM agents"
                " UNION ALL SELECT max(updated_at) FROM trainings)"
            ).fetchone()[0]
            if newest:
                self.clock.advance_past(newest)

    def close(self) -> None:
        self._db.close()

    def _new_id(self, db: sqlite3.Connection, table: str) -> str:
        """A fresh id for ``table``. Seeded ids replay after a restart on the same file: those
        already taken are skipped, so the sequence continues deterministically."""
        while True:
            candidate = self.ids.new()
            if not self.ids.deterministic:
                return candidate
            if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (candidate,)).fetchone() is None:
                return candidate

    @contextmanager
    def _transaction(self, *, write: bool = True) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                # The caches were written through; whatever did not commit must not stay in them.
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                self._drop_caches()
                raise

    def _drop_caches(self) -> None:
        self._environment_by_digest = None
        self._agents.clear()
        self._training_lists.clear()

    # -- authentication and ownership -------------------------------------------------------

    def authenticate(self, token: str | None) -> str:
        """The environment of ``token``; :class:`Unauthenticated` when there is none."""
        if not token:
            raise Unauthenticated
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
        if environment is None:
            raise Unauthenticated
        return environment

    def environment_of_agent(self, agent_id: str) -> str:
        """The environment that owns ``agent_id`` (used only by the ignore-auth fault)."""
        with self._lock:
            row = self._db.execute(
                "SELECT environment_id FROM agents WHERE id = ?", (agent_id,)
            ).fetchone()
        if row is None:
            raise AgentNotFound
        return str(row["environment_id"])

    def check_agent(self, environment_id: str, agent_id: str, action: str = "other") -> None:
        """Raise as an operation on ``agent_id`` would: :class:`AgentNotFound` or
        :class:`Forbidden`. Lets the HTTP layer answer 404/403 before reading a body."""
        with self._lock:
            self._owned_agent(self._db, environment_id, agent_id, action)

    def _agent(self, db: sqlite3.Connection, agent_id: str) -> Agent:
        agent = self._agents.get(agent_id)
        if agent is None:
            row = db.execute(
                f"SELECT {_AGENT_COLUMNS} FROM agents WHERE id = ?", (agent_id,)
            ).fetchone()
            if row is None:
                raise AgentNotFound
            agent = self._agents[agent_id] = _agent(row)
        return agent

    def _require_owner(self, agent: Agent, environment_id: str, action: str) -> None:
        if (
            agent.environment_id != environment_id
            and Fault.LEAK_OTHER_ENVIRONMENT not in self.faults
        ):
            raise Forbidden("delete_training" if action == "delete_training" else "other")

    def _owned_agent(
        self, db: sqlite3.Connection, environment_id: str, agent_id: str, action: str = "other"
    ) -> Agent:
        agent = self._agent(db, agent_id)
        self._require_owner(agent, environment_id, action)
        return agent

    def _save_agent(self, db: sqlite3.Connection, agent: Agent) -> None:
        db.execute(
            "UPDATE agents SET current_status = ?, updated_at = ? WHERE id = ?",
            (agent.current_status, agent.updated_at, agent.id),
        )
        self._agents[agent.id] = agent

    def _trainings_changed(self, db: sqlite3.Connection, agent: Agent, now: str) -> None:
        """After a create, update or delete of one of ``agent``'s trainings."""
        self._training_lists.pop(agent.id, None)
        draft_rule = Fault.SKIP_DRAFT_RULE not in self.faults
        self._save_agent(db, rules.after_training_change(agent, now, draft_rule=draft_rule))

    def _trainings(self, db: sqlite3.Connection, agent_id: str) -> list[Training]:
        trainings = self._training_lists.get(agent_id)
        if trainings is None:
            rows = db.execute(
                f"SELECT {_TRAINING_COLUMNS} FROM trainings WHERE agent_id = ? ORDER BY seq",
                (agent_id,),
            ).fetchall()
            trainings = self._training_lists[agent_id] = [_training(row) for row in rows]
        return list(trainings)

    # -- the documented operations ------------------------------------------------------------

    def get_agent(self, environment_id: str, agent_id: str) -> tuple[Agent, list[Training]]:
        with self._lock:
            agent = self._owned_agent(self._db, environment_id, agent_id)
            return agent, self._trainings(self._db, agent_id)

    def list_trainings(self, environment_id: str, agent_id: str) -> list[Training]:
        with self._lock:
            self._owned_agent(self._db, environment_id, agent_id)
            return self._trainings(self._db, agent_id)

    def upsert_training(
        self, environment_id: str, agent_id: str, fields: dict[str, Any]
    ) -> TrainingChange:
        """Create a training, or update the agent's training with the same ``node_id`` (D3)."""
        with self._transaction() as db:
            agent = self._owned_agent(db, environment_id, agent_id)
            now = self.clock.now()
            node_id = fields.get("node_id")
            row = None
            if node_id is not None:
                row = db.execute(
                    f"SELECT {_TRAINING_COLUMNS} FROM trainings WHERE agent_id = ? AND node_id = ?",
                    (agent_id, node_id),
                ).fetchone()
            if row is None:
                training = Training(
                    id=self._new_id(db, "trainings"),
                    agent_id=agent_id,
                    node_id=node_id,
                    subject=fields["subject"],
                    instructions=fields["instructions"],
                    current_status=fields.get("current_status", "active"),
                    created_at=now,
                    updated_at=now,
                )
                db.execute(
                    f"INSERT INTO trainings ({_TRAINING_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        training.id, training.agent_id, training.node_id, training.subject,
                        training.instructions, training.current_status, training.created_at,
                        training.updated_at,
                    ),
                )  # fmt: skip
                created = True
            else:
                current = _training(row)
                training = replace(
                    current,
                    subject=fields["subject"],
                    instructions=fields["instructions"],
                    current_status=fields.get("current_status", current.current_status),
                    updated_at=now,
                )
                db.execute(
                    "UPDATE trainings SET subject = ?, instructions = ?, current_status = ?,"
                    " updated_at = ? WHERE id = ?",
                    (
                        training.subject, training.instructions, training.current_status,
                        training.updated_at, training.id,
                    ),
                )  # fmt: skip
                created = False
            self._trainings_changed(db, agent, now)
            return TrainingChange(training, created)

    def delete_training(self, environment_id: str, agent_id: str, training_id: str) -> None:
        with self._transaction() as db:
            agent = self._owned_agent(db, environment_id, agent_id, action="delete_training")
            exists = db.execute(
                "SELECT 1 FROM trainings WHERE id = ? AND agent_id = ?", (training_id, agent_id)
            ).fetchone()
            if exists is None:
                raise TrainingNotFound
            if Fault.KEEP_DELETED_TRAINING not in self.faults:
                db.execute("DELETE FROM trainings WHERE id = ?", (training_id,))
            self._trainings_changed(db, agent, self.clock.now())

    def publish(self, environment_id: str, agent_id: str) -> Agent:
        with self._transaction() as db:
            agent = self._owned_agent(db, environment_id, agent_id)
            published = rules.publish(agent, self.clock.now())
            self._save_agent(db, published)
            return published

    def unpublish(self, environment_id: str, agent_id: str) -> Agent:
        with self._transaction() as db:
            agent = self._owned_agent(db, environment_id, agent_id)
            draft = rules.unpublish(agent, self.clock.now())
            self._save_agent(db, draft)
            return draft

    # -- control plane ------------------------------------------------------------------------

    def is_empty(self) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM environments LIMIT 1").fetchone() is None

    def reset(self, fixture: dict[str, Any] | None = None) -> dict[str, Any] | None:
        """Remove everything, then seed ``fixture`` when given; one transaction."""
        with self._transaction() as db:
            self._drop_caches()
            for table in ("trainings", "agents", "tokens", "environments"):
                db.execute(f"DELETE FROM {table}")
            if fixture is None:
                return None
            return self._seed_or_refuse(db, fixture)

    def seed(self, fixture: dict[str, Any]) -> dict[str, Any]:
        """Add the environments, tokens, agents and trainings of ``fixture``; all or nothing."""
        with self._transaction() as db:
            self._drop_caches()
            return self._seed_or_refuse(db, fixture)

    def _seed_or_refuse(self, db: sqlite3.Connection, fixture: dict[str, Any]) -> dict[str, Any]:
        try:
            return self._seed(db, fixture)
        except sqlite3.IntegrityError as error:
            raise InvalidFixture(f"an id or token of the fixture is taken ({error})") from error
        except (KeyError, TypeError, ValueError) as error:
            raise InvalidFixture(f"invalid fixture: {error}") from error

    def _seed(self, db: sqlite3.Connection, fixture: dict[str, Any]) -> dict[str, Any]:
        summary: dict[str, Any] = {"environments": []}
        for env in fixture["environments"]:
            env_id = str(env.get("id") or self._new_id(db, "environments"))
            db.execute("INSERT INTO environments (id, name) VALUES (?, ?)", (env_id, env["name"]))
            for token in env.get("tokens", []):
                if not isinstance(token, str) or not token.startswith("talq_"):
                    raise ValueError("tokens must be strings that start with 'talq_'")
                db.execute(
                    "INSERT INTO tokens (digest, environment_id, hint) VALUES (?, ?, ?)",
                    (token_digest(token), env_id, token_hint(token)),
                )
            agent_ids = [self._seed_agent(db, env_id, agent) for agent in env.get("agents", [])]
            summary["environments"].append({"id": env_id, "agents": agent_ids})
        return summary

    def _seed_agent(self, db: sqlite3.Connection, env_id: str, spec: dict[str, Any]) -> str:
        fields = dict(spec)
        trainings = fields.pop("trainings", [])
        agent_id = str(fields.pop("id", None) or self._new_id(db, "agents"))
        name, label = str(fields.pop("name")), str(fields.pop("label", spec["name"]))
        status = fields.pop("current_status", "draft")
        if status not in ("draft", "published"):
            raise ValueError(f"agent {agent_id}: current_status must be draft or published")
        if status == "published" and rules.readiness_gaps(fields):
            raise ValueError(f"agent {agent_id}: published but not ready to publish")
        now = self.clock.now()
        db.execute(
            f"INSERT INTO agents ({_AGENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (agent_id, env_id, name, label, status, now, now, json.dumps(fields)),
        )
        for item in trainings:
            training_status = item.get("current_status", "active")
            if training_status not in ("active", "inactive"):
                raise ValueError("training current_status must be active or inactive")
            db.execute(
                f"INSERT INTO trainings ({_TRAINING_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    item.get("id") or self._new_id(db, "trainings"), agent_id, item.get("node_id"),
                    str(item["subject"]), str(item["instructions"]), training_status, now, now,
                ),
            )  # fmt: skip
        return agent_id

    def dump(self) -> dict[str, Any]:
        """The whole state as JSON-ready data. Tokens appear only as hints, never in clear."""
        with self._transaction(write=False) as db:
            envs = db.execute("SELECT id, name FROM environments ORDER BY id").fetchall()
            result: list[dict[str, Any]] = []
            for env in envs:
                hints = db.execute(
                    "SELECT hint FROM tokens WHERE environment_id = ? ORDER BY hint", (env["id"],)
                ).fetchall()
                agents = db.execute(
                    f"SELECT {_AGENT_COLUMNS} FROM agents WHERE environment_id = ? ORDER BY id",
                    (env["id"],),
                ).fetchall()
                result.append(
                    {
                        "id": env["id"],
                        "name": env["name"],
                        "token_hints": [row["hint"] for row in hints],
                        "agents": [
                            {
                                **_agent(row).__dict__,
                                "trainings": [t.__dict__ for t in self._trainings(db, row["id"])],
                            }
                            for row in agents
                        ],
                    }
                )
            return {"environments": result}
