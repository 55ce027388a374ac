"""The activation outbox: every card activation is written here first, then delivered.

One write path, online or not: the cashier's scan becomes a row in a local SQLite database (WAL,
``synchronous=FULL``) with its ``Idempotency-Key``, staff id, terminal id and scan time, and only
then does the sender (:mod:`kiosk.core.cashier.sender`) try to deliver it. A crash at any moment
either leaves the row (it is sent again with the same key, and the central replays its first
answer) or has removed it after the central's answer: nothing is lost, nothing is doubled.

A row the central refused (unknown card, blocked card, ...) moves to the dead-letter table, where
store IT may retry it (with a new key: the refusal applied nothing) or discard it.

The outbox holds card numbers and staff ids only, never shopper data. A full disk is reported as
:class:`OutboxFull` with nothing half-written (each change is one transaction); a database file
that SQLite cannot read is moved aside, a new one is started and :attr:`ActivationOutbox.recovered`
says where the old one went (the service screen shows it).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.runtime.masking import mask_card

log = logging.getLogger("kiosk.outbox")

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        card_number TEXT NOT NULL,
        staff_id TEXT NOT NULL,
        terminal_id TEXT NOT NULL,
        scanned_at REAL NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS dead_letters (
        id INTEGER PRIMARY KEY,
        card_number TEXT NOT NULL,
        staff_id TEXT NOT NULL,
        terminal_id TEXT NOT NULL,
        scanned_at REAL NOT NULL,
        idempotency_key TEXT NOT NULL,
        reason TEXT NOT NULL,
        failed_at REAL NOT NULL
    )""",
)
_ROW_COLUMNS = "id, card_number, staff_id, terminal_id, scanned_at, idempotency_key, attempts"
_DEAD_COLUMNS = "id, card_number, staff_id, terminal_id, scanned_at, idempotency_key, reason"


class OutboxError(Exception):
    """The outbox could not do what was asked; nothing was changed."""


class OutboxFull(OutboxError):
    """The disk (or the outbox's size cap) is full: the activation was not recorded."""


@dataclass(frozen=True, slots=True)
class QueuedActivation:
    """One activation waiting to be delivered."""

    id: int
    card_number: str
    staff_id: str
    terminal_id: str
    scanned_at: float  # epoch seconds
    idempotency_key: str
    attempts: int = 0

    @property
    def scanned_at_utc(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.scanned_at, dt.UTC)

    def __repr__(self) -> str:
        # Never the full card number (logs, test output).
        return f"QueuedActivation(id={self.id}, card={mask_card(self.card_number)})"


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """An activation the central refused; ``reason`` is the problem code (or the status)."""

    id: int
    card_number: str
    staff_id: str
    terminal_id: str
    scanned_at: float
    idempotency_key: str
    reason: str

    def __repr__(self) -> str:
        return f"DeadLetter(id={self.id}, card={mask_card(self.card_number)}, {self.reason})"


@dataclass(frozen=True, slots=True)
class OutboxStats:
    depth: int
    oldest_scanned_at: float | None
    dead_letters: int

    def oldest_age_seconds(self, now: float) -> int | None:
        if self.oldest_scanned_at is None:
            return None
        return max(0, int(now - self.oldest_scanned_at))


class ActivationOutbox:
    """The outbox database; safe to share between threads (one connection behind a lock)."""

    def __init__(
        self,
        path: str | Path,
        *,
        clock: Callable[[], float] = time.time,
        new_key: Callable[[], str] = lambda: str(uuid.uuid4()),
        max_page_count: int | None = None,
    ) -> None:
        """``max_page_count`` caps the database size in pages (a quota; tests use it to fill
        the "disk")."""
        self.path = Path(path)
        self._clock = clock
        self._new_key = new_key
        self._lock = threading.Lock()
        self.recovered: Path | None = None
        try:
            self._conn = self._open(max_page_count)
        except sqlite3.DatabaseError as exc:
            if _is_full(exc):
                raise OutboxFull("no space to open the activation outbox") from None
            self.recovered = self._move_aside()
            log.error(
                "activation outbox database unreadable (%s): kept as %s, a new one started",
                type(exc).__name__,
                self.recovered.name,
            )
            try:
                self._conn = self._open(max_page_count)
            except sqlite3.DatabaseError as again:
                if _is_full(again):
                    raise OutboxFull("no space to start a new activation outbox") from None
                raise OutboxError("cannot start a new activation outbox") from None

    def _open(self, max_page_count: int | None) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=10.0
        )
        try:
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.DatabaseError(f"journal mode {mode}, WAL expected")
            conn.execute("PRAGMA synchronous=FULL")
            if max_page_count is not None:
                conn.execute(f"PRAGMA max_page_count={int(max_page_count)}")
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            conn.execute("BEGIN IMMEDIATE")
            for statement in _SCHEMA:
                conn.execute(statement)
            conn.execute("COMMIT")
        except BaseException:
            conn.close()
            raise
        return conn

    def _move_aside(self) -> Path:
        stamp = dt.datetime.fromtimestamp(self._clock(), dt.UTC).strftime("%Y%m%d-%H%M%S")
        kept = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while kept.exists():
            kept = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
            n += 1
        os.replace(self.path, kept)
        for suffix in ("-wal", "-shm"):
            companion = self.path.with_name(self.path.name + suffix)
            if companion.exists():
                os.replace(companion, kept.with_name(kept.name + suffix))
        return kept

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ActivationOutbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                yield self._conn
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if _is_full(exc):
                    raise OutboxFull(
                        "the disk is full: the activation outbox cannot grow"
                    ) from None
                raise OutboxError(f"activation outbox: {type(exc).__name__}") from None

    # --- the queue ---------------------------------------------------------------------------

    def add(self, card_number: str, staff_id: str, terminal_id: str) -> QueuedActivation:
        """Record an activation (its key is made here, before any send); raises OutboxFull."""
        scanned_at = self._clock()
        key = self._new_key()
        with self._transaction() as conn:
            queued = _queue(conn, card_number, staff_id, terminal_id, scanned_at, key)
        log.info("activation of %s queued (row %d)", mask_card(card_number), queued.id)
        return queued

    def head(self) -> QueuedActivation | None:
        """The oldest waiting activation (delivery is in order)."""
        with self._transaction() as conn:
            row = conn.execute(f"SELECT {_ROW_COLUMNS} FROM outbox ORDER BY id LIMIT 1").fetchone()
        return None if row is None else QueuedActivation(*row)

    def pending(self) -> list[QueuedActivation]:
        with self._transaction() as conn:
            rows = conn.execute(f"SELECT {_ROW_COLUMNS} FROM outbox ORDER BY id").fetchall()
        return [QueuedActivation(*row) for row in rows]

    def delivered(self, row_id: int) -> None:
        """The central took it (or had it already): the row goes."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM outbox WHERE id = ?", (row_id,))

    def attempt_failed(self, row_id: int, error: str) -> None:
        """Count a failed attempt (the row stays, its key unchanged)."""
        with self._transaction() as conn:
            conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                (error[:200], row_id),
            )

    def refused(self, row_id: int, reason: str) -> None:
        """The central said no: the row moves to the dead letters in one transaction."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO dead_letters (id, card_number, staff_id, terminal_id, scanned_at,"
                " idempotency_key, reason, failed_at) SELECT id, card_number, staff_id,"
                " terminal_id, scanned_at, idempotency_key, ?, ? FROM outbox WHERE id = ?",
                (reason[:200], self._clock(), row_id),
            )
            conn.execute("DELETE FROM outbox WHERE id = ?", (row_id,))

    # --- dead letters ------------------------------------------------------------------------

    def dead_letters(self) -> list[DeadLetter]:
        with self._transaction() as conn:
            rows = conn.execute(f"SELECT {_DEAD_COLUMNS} FROM dead_letters ORDER BY id").fetchall()
        return [DeadLetter(*row) for row in rows]

    def retry_dead_letter(self, row_id: int) -> QueuedActivation | None:
        """Queue a refused activation again, at the end, with a new key (the refusal applied
        nothing, and the old key would only replay it)."""
        key = self._new_key()
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT card_number, staff_id, terminal_id, scanned_at FROM dead_letters"
                " WHERE id = ?",
                (row_id,),
            ).fetchone()
            if row is None:
                return None
            card_number, staff_id, terminal_id, scanned_at = row
            queued = _queue(conn, card_number, staff_id, terminal_id, scanned_at, key)
            conn.execute("DELETE FROM dead_letters WHERE id = ?", (row_id,))
        return queued

    def discard_dead_letter(self, row_id: int) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM dead_letters WHERE id = ?", (row_id,))

    # --- health ------------------------------------------------------------------------------

    def stats(self) -> OutboxStats:
        with self._transaction() as conn:
            depth, oldest = conn.execute("SELECT COUNT(*), MIN(scanned_at) FROM outbox").fetchone()
            dead = conn.execute("SELECT COUNT(*) FROM dead_letters").fetchone()[0]
        return OutboxStats(int(depth), oldest, int(dead))


def _is_full(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return bool(code == sqlite3.SQLITE_FULL)
    return "full" in str(exc).lower()


def _queue(
    conn: sqlite3.Connection,
    card_number: str,
    staff_id: str,
    terminal_id: str,
    scanned_at: float,
    key: str,
) -> QueuedActivation:
    """A new row at the end of the outbox (inside the caller's transaction)."""
    cursor = conn.execute(
        "INSERT INTO outbox (card_number, staff_id, terminal_id, scanned_at,"
        " idempotency_key) VALUES (?, ?, ?, ?, ?)",
        (card_number, staff_id, terminal_id, scanned_at, key),
    )
    row_id = cursor.lastrowid
    assert row_id is not None
    return QueuedActivation(row_id, card_number, staff_id, terminal_id, scanned_at, key)
