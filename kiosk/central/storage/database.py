"""The SQLite connection of the central's store: one connection shared by all request threads,
guarded by a re-entrant lock, and ``transaction()`` for a whole business operation.

``one_commit()`` makes the transactions of a block one: the operation's effect and the answer
stored for its Idempotency-Key are kept together or not at all. ``before_commit()`` defers a
step that leaves the database (an SMS) to just before the commit, so that it happens only for
what is kept, and a failure of it undoes the rest.

Timestamps are stored as UTC epoch seconds (REAL), calendar dates as ISO text.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def to_epoch(when: dt.datetime) -> float:
    return when.timestamp()


def from_epoch(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


class Database:
    """An open SQLite database with the store's settings (WAL on disk, foreign keys on)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None, timeout=10.0
        )
        self._conn.row_factory = sqlite3.Row
        # Touched only by the thread that holds the lock, inside a transaction.
        self._savepoints = 0
        self._before_commit: list[Callable[[], None]] = []
        # Per thread: inside one_commit(), and whether its transaction has begun.
        self._one_commit = threading.local()
        self._conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run a block atomically and exclusively (other threads wait for the lock).

        Inside another transaction of this thread (or inside ``one_commit()``) the block is a
        savepoint: what it writes is undone if it raises, and is kept when the outer one
        commits."""
        with self._lock:
            if self._conn.in_transaction:
                with self._savepoint():
                    yield
                return
            self._conn.execute("BEGIN IMMEDIATE")
            if getattr(self._one_commit, "active", False):
                # The lock is held on until one_commit() ends: it commits, or rolls back.
                self._lock.acquire()
                self._one_commit.begun = True
                with self._savepoint():
                    yield
                return
            try:
                yield
            except BaseException:
                self._rollback()
                raise
            self._commit()

    @contextmanager
    def one_commit(self) -> Iterator[None]:
        """Commit every transaction the block runs (in this thread) at its end, as one: all is
        kept, or, when the block raises, nothing. The first of them begins it, and other
        threads wait from there to the end; work before it (a slow hash) holds no one up."""
        state = self._one_commit
        if getattr(state, "active", False):
            raise RuntimeError("one_commit() blocks do not nest")
        state.active, state.begun = True, False
        try:
            yield
        except BaseException:
            if state.begun:
                self._rollback()
            raise
        else:
            if state.begun:
                self._commit()
        finally:
            if state.begun:
                self._lock.release()
            state.active = state.begun = False

    def before_commit(self, step: Callable[[], None]) -> None:
        """Run ``step`` just before the transaction under way commits (at the end of a
        one_commit() block): only for what is kept, and if it raises, nothing is."""
        with self._lock:
            if not self._conn.in_transaction:
                raise RuntimeError("before_commit() outside a transaction")
            self._before_commit.append(step)

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        self._savepoints += 1
        name = f"savepoint_{self._savepoints}"
        self._conn.execute(f"SAVEPOINT {name}")  # our own name
        try:
            yield
        except BaseException:
            self._conn.execute(f"ROLLBACK TO {name}")
            self._conn.execute(f"RELEASE {name}")
            raise
        else:
            self._conn.execute(f"RELEASE {name}")
        finally:
            self._savepoints -= 1

    def _commit(self) -> None:
        steps, self._before_commit = self._before_commit, []
        try:
            for step in steps:
                step()
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _rollback(self) -> None:
        self._before_commit = []
        self._conn.execute("ROLLBACK")

    def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        with self._lock:
            row: sqlite3.Row | None = self._conn.execute(sql, params).fetchone()
            return row

    def _run(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._conn.execute(sql, params)
