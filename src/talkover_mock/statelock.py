"""One mock per state file: an advisory lock on ``<db>-lock`` beside the SQLite file.

A mock of one process holds it exclusively. With ``--workers N`` the starting process takes it
exclusively (so it is alone while it prepares the file), then holds it shared, as every worker
does: a second mock on the same file, of either kind, cannot get it and is refused before it
writes anything, for as long as any process of the first one (its workers included) lives.
The operating system drops the lock with the process, so a crash never leaves the file locked.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class StateFileInUse(RuntimeError):
    """Another running mock uses the state file."""


def lock_path(database: str) -> Path:
    return Path(f"{database}-lock")


class StateLock:
    def __init__(self, database: str, *, shared: bool) -> None:
        self.path = lock_path(database)
        self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self._fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            self.release()
            raise StateFileInUse(
                f"{database} is in use by another running mock (one mock per state file;"
                " stop it, or start this one with another --db)"
            ) from None

    def share(self) -> None:
        """Turn an exclusive lock into a shared one (the starting process of ``--workers``,
        once the file is prepared). ``flock`` converts by dropping and taking again, so for
        the length of one system call nobody holds it."""
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_SH | fcntl.LOCK_NB)

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)
