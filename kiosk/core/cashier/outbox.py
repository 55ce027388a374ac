"""The activation outbox: every card activation is written here first, then delivered.

One write path, online or not: the cashier's scan becomes a row in a local SQLite database (WAL,
``synchronous=FULL``) with its ``Idempotency-Key``, staff id, terminal id and scan time, and only
then does the sender (:mod:`kiosk.core.cashier.sender`) try to deliver it. A crash at any moment
either leaves the row (it is sent again with the same key, and the central replays its first
answer) or has removed it after the central's answer: nothing is lost, nothing is doubled.

A row the central refused (unknown card, blocked card, ...) moves to the dead-letter table, where
store IT may retry it (with a new key: the refusal applied nothing) or discard it.

The outbox holds card numbers and staff ids only, never shopper data, and a row that goes leaves
no card number behind (``secure_delete``, and the WAL checkpointed and truncated after every
change, which also keeps the files at about 130 bytes per queued row; docs/cashier.md).

What goes wrong is told apart (:class:`OutboxProblem`, in
:mod:`kiosk.core.cashier.outbox_problems`):

- A fault of the place the file lives (full, read-only, no permission, locked by another program,
  a disk error) changes nothing: every row is kept, each call says the problem
  (:class:`OutboxError`), :attr:`ActivationOutbox.problem` holds it, and the next call tries
  again (opening the file afresh where SQLite would not see a fix otherwise), so the outbox
  goes on by itself once someone fixes it. Reads need no write lock: the rows stay readable
  where SQLite can read them.
- Only a damaged file (SQLite says corrupt or not a database, or ``PRAGMA quick_check`` fails) is
  set aside (``<name>.corrupt-<time>``) and a new one started.
- Beside the database a small file (``<name>.rows``, :mod:`kiosk.core.cashier.outbox_row_counts`)
  holds a lower bound of the rows it holds (written before a change lowers the count, after one
  raises it). A file that opens with fewer rows (a damaged WAL, a file emptied to zero bytes) is
  copied aside (``<name>.damaged-<time>``, with its WAL) before anything is written to it, and
  said loudly.

Both kinds of damage stay in :attr:`ActivationOutbox.damage` for the service screen.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.cashier.outbox_problems import (
    DESCRIPTIONS,
    OutboxError,
    OutboxProblem,
    OutboxUnusable,
    disk_full,
    error_for,
    problem_of,
)
from kiosk.core.cashier.outbox_row_counts import (
    RowCounts,
    read_row_counts,
    rows_file,
    write_row_counts,
)
from kiosk.core.cashier.outbox_schema import TABLES, ensure_schema, table_names
from kiosk.core.runtime.masking import mask_card

log = logging.getLogger("kiosk.outbox")

_ROW_COLUMNS = "id, card_number, staff_id, terminal_id, scanned_at, idempotency_key, attempts"
_DEAD_COLUMNS = "id, card_number, staff_id, terminal_id, scanned_at, idempotency_key, reason"
#: Written by the write probe (see ActivationOutbox.health): a change of one page.
_SCHEMA_VERSION = 1
#: The WAL is truncated after every change; this bounds it when a reader holds it meanwhile.
WAL_SIZE_LIMIT = 64 * 1024
#: The outbox's file in the kiosk's data folder.
OUTBOX_FILE_NAME = "activation-outbox.sqlite3"
#: How long a change waits for another program that holds the file locked, before it says busy.
BUSY_TIMEOUT_MS = 10_000

#: Faults the open connection meets again, and gets past once they pass: it stays open (on a
#: full disk, SQLite could not even make the -shm file of a new one).
_KEEP_CONNECTION = frozenset({OutboxProblem.FULL, OutboxProblem.BUSY})


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


@dataclass(frozen=True, slots=True)
class OutboxDamage:
    """A damaged outbox file found on opening, kept aside for the engineer."""

    problem: OutboxProblem  # CORRUPT (the file was set aside) or ROWS_MISSING (it lost rows)
    kept_as: Path | None  # the damaged file (its -wal beside it, if it had one)
    rows: int  # queued and refused rows recorded beside the file and not in the outbox now


@dataclass(frozen=True, slots=True)
class OutboxHealth:
    """What the service screen, the heartbeat and the self-check say of the outbox."""

    stats: OutboxStats | None  # as last read (None: never read since the start)
    problem: OutboxProblem | None  # the fault that stops it now; passes by itself once fixed
    damage: OutboxDamage | None


def _connect(path: Path) -> sqlite3.Connection:
    timeout = BUSY_TIMEOUT_MS / 1000
    return sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=timeout)


def row_counts(conn: sqlite3.Connection) -> RowCounts:
    """The rows the database holds, queued and refused (none before its tables exist)."""
    if not TABLES.issubset(table_names(conn)):
        return RowCounts(0, 0)
    queued, dead = conn.execute(
        "SELECT (SELECT COUNT(*) FROM outbox), (SELECT COUNT(*) FROM dead_letters)"
    ).fetchone()
    return RowCounts(int(queued), int(dead))


class ActivationOutbox:
    """The outbox database; safe to share between threads (one connection behind a lock).

    The connection is opened on construction, and afresh on the call after a fault (so a fix is
    seen without a restart). Reads begin without the write lock, so the rows stay readable
    where they cannot be written (a read-only ``-shm`` file, a locked database)."""

    def __init__(
        self,
        path: str | Path,
        *,
        clock: Callable[[], float] = time.time,
        new_key: Callable[[], str] = lambda: str(uuid.uuid4()),
        max_page_count: int | None = None,
        connect: Callable[[Path], sqlite3.Connection] = _connect,
    ) -> None:
        """``max_page_count`` caps the database size in pages (a quota; tests use it to fill
        the "disk"); ``connect`` opens the database (tests use it to meet faults root cannot)."""
        self.path = Path(path)
        self.rows_path = rows_file(self.path)
        self._clock = clock
        self._new_key = new_key
        self._max_page_count = max_page_count
        self._connect = connect
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._closed = False
        #: What the side file says (None: there is none, or it cannot be trusted).
        self._recorded: RowCounts | None = None
        self._rows_file_failed = False
        self._stats: OutboxStats | None = None
        #: The fault that stopped the last call; cleared by the next change that goes through.
        self.problem: OutboxProblem | None = None
        self.damage: OutboxDamage | None = None
        with self._lock, suppress(OutboxError):
            self._connection()  # a fault is logged and kept: every call tries again
        # One write at open: a file or folder the kiosk may only read is known (and shown on
        # the service screen and in the heartbeat) before a cashier's scan needs to write.
        if self.problem is None:
            with suppress(OutboxError):
                self.probe()

    @property
    def recovered(self) -> Path | None:
        """Where a damaged file was kept aside, if one was."""
        return self.damage.kept_as if self.damage is not None else None

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> ActivationOutbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- opening -----------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        """The open connection; opened afresh after a fault (lock held)."""
        if self._closed:
            raise OutboxError("the activation outbox is closed")
        if self._conn is None:
            try:
                self._conn = self._open()
            except (sqlite3.Error, OSError, OutboxUnusable) as error:
                raise self._fault(error) from None
        return self._conn

    def _open(self) -> sqlite3.Connection:
        recorded = read_row_counts(self.rows_path)
        existed = self.path.exists()
        try:
            conn = self._open_checked()
        except (sqlite3.Error, OutboxUnusable) as error:
            if problem_of(error) is not OutboxProblem.CORRUPT:
                raise
            self._set_aside(error, recorded)
            recorded = None
            conn = self._open_checked()
        try:
            counts = row_counts(conn)
            if recorded is not None and counts.fewer_than(recorded):
                # Before any write: the -wal file still holds what SQLite could not read.
                self._rows_missing(recorded, counts, existed)
                recorded = counts
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                # SQLite keeps the journal mode it has when it may not write the file.
                raise OutboxUnusable(OutboxProblem.READ_ONLY, f"journal mode {mode}, WAL expected")
            ensure_schema(conn)
        except BaseException:
            conn.close()
            raise
        self._recorded = recorded
        self._record(counts)
        return conn

    def _open_checked(self) -> sqlite3.Connection:
        """Connect and check, writing nothing yet (a file that lost rows is copied first)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = self._connect(self.path)
        try:
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA secure_delete=ON")
            conn.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT}")
            if self._max_page_count is not None:
                conn.execute(f"PRAGMA max_page_count={int(self._max_page_count)}")
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise OutboxUnusable(OutboxProblem.CORRUPT, f"quick_check: {check}")
        except BaseException:
            conn.close()
            raise
        return conn

    def _set_aside(self, error: BaseException, recorded: RowCounts | None) -> None:
        """Keep a damaged file aside; the next open starts a new one."""
        kept = self._aside_path("corrupt")
        try:
            # The side file goes first: its count is the damaged file's, not the new one's.
            self.rows_path.unlink(missing_ok=True)
            os.replace(self.path, kept)
            for suffix in ("-wal", "-shm"):
                companion = self.path.with_name(self.path.name + suffix)
                if companion.exists():
                    os.replace(companion, kept.with_name(kept.name + suffix))
        except OSError as move_error:
            raise OutboxUnusable(
                OutboxProblem.CORRUPT, f"{error}; it cannot be set aside: {move_error}"
            ) from None
        rows = recorded.total if recorded is not None else 0
        log.error(
            "activation outbox file damaged (%s): kept as %s (%d activations were recorded in"
            " it), a new one started",
            error,
            kept.name,
            rows,
        )
        self.damage = OutboxDamage(OutboxProblem.CORRUPT, kept, rows)

    def _rows_missing(self, recorded: RowCounts, counts: RowCounts, existed: bool) -> None:
        """Keep a copy of a file that lost rows (with its WAL) and say so; it serves on."""
        missing = max(0, recorded.queued - counts.queued) + max(0, recorded.dead - counts.dead)
        kept: Path | None = None
        if existed:
            kept = self._aside_path("damaged")
            try:
                shutil.copyfile(self.path, kept)
                wal = self.path.with_name(self.path.name + "-wal")
                if wal.exists():
                    shutil.copyfile(wal, kept.with_name(kept.name + "-wal"))
            except OSError:
                kept.unlink(missing_ok=True)
                raise  # nothing is written before the damaged file is kept
        log.error(
            "activation outbox: %d activations missing: %d queued and %d refused were recorded"
            " beside the file, it holds %d and %d (a damaged WAL, or the file was emptied);"
            " the file as found is kept as %s",
            missing,
            recorded.queued,
            recorded.dead,
            counts.queued,
            counts.dead,
            kept.name if kept is not None else "(there was no file)",
        )
        # The count is set right before anything else is written, or it would be said again.
        try:
            write_row_counts(self.rows_path, counts)
        except OSError:
            self.rows_path.unlink()
        self.damage = OutboxDamage(OutboxProblem.ROWS_MISSING, kept, missing)

    def _aside_path(self, label: str) -> Path:
        stamp = dt.datetime.fromtimestamp(self._clock(), dt.UTC).strftime("%Y%m%d-%H%M%S")
        kept = self.path.with_name(f"{self.path.name}.{label}-{stamp}")
        n = 1
        while kept.exists():
            kept = self.path.with_name(f"{self.path.name}.{label}-{stamp}-{n}")
            n += 1
        return kept

    # --- faults, the count beside the file, the WAL --------------------------------------------

    def _fault(self, error: BaseException) -> OutboxError:
        """A call failed (lock held): the problem is kept, and logged when it changes. Unless
        the disk is full or the database locked (which the open connection meets again), the
        connection goes, so the next call opens the file afresh and sees a fix."""
        problem = problem_of(error)
        if problem is OutboxProblem.IO_ERROR and disk_full(self.path.parent):
            # SQLite says "disk I/O error" when it cannot grow the -shm file.
            problem = OutboxProblem.FULL
        detail = str(error) or type(error).__name__
        if problem not in _KEEP_CONNECTION:
            self._drop_connection()
        if problem is not self.problem:
            log.error(
                "activation outbox: %s (%s); every row is kept and the next attempt tries again",
                DESCRIPTIONS[problem],
                detail,
            )
        self.problem = problem
        return error_for(problem, detail)

    def _drop_connection(self) -> None:
        if self._conn is not None:
            with suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None

    def _record(self, counts: RowCounts) -> None:
        """Write the row counts beside the database if they changed. A failure leaves a lower
        count there, which stays true, and is logged once."""
        if counts == self._recorded:
            return
        try:
            write_row_counts(self.rows_path, counts)
        except OSError as error:
            if not self._rows_file_failed:
                log.warning("activation outbox: %s not written (%s)", self.rows_path.name, error)
            self._rows_file_failed = True
            return
        self._rows_file_failed = False
        self._recorded = counts

    @contextmanager
    def _transaction(self, *, write: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction. A write takes the write lock at once, keeps the count beside the
        file at or below the rows in it (lowered before the commit, raised after) and
        checkpoints; a read takes no write lock."""
        with self._lock:
            if write and self.problem is not None and self.problem not in _KEEP_CONNECTION:
                # Opened while the fault stood (reads go on): SQLite would not see a fix.
                self._drop_connection()
            conn = self._connection()
            after: RowCounts | None = None
            try:
                conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                before = row_counts(conn) if write else None
                yield conn
                if before is not None:
                    after = row_counts(conn)
                    lower = before.lower(after)
                    if self._recorded is not None and lower != self._recorded:
                        write_row_counts(self.rows_path, lower)
                        self._recorded = lower
                conn.execute("COMMIT")
            except BaseException as error:
                if conn.in_transaction:
                    with suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error | OSError):
                    raise self._fault(error) from None
                raise
            if after is not None:
                if self.problem is not None:
                    log.info("activation outbox writes again (%s has passed)", self.problem)
                    self.problem = None
                self._record(after)
                self._checkpoint(conn)

    def _checkpoint(self, conn: sqlite3.Connection) -> None:
        """Move the WAL into the database and truncate it: the files stay small, and a deleted
        row (zeroed there by secure_delete) leaves no older copy behind in the WAL. It never
        waits: behind a reader (the self-check, an engineer's sqlite3) it gives up at once and
        the next change tries again, not holding every cashier's scan for the busy timeout."""
        try:
            conn.execute("PRAGMA busy_timeout = 0")
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except sqlite3.Error as error:  # the change is safe in the WAL; the next one takes it
            log.debug("activation outbox: checkpoint not done (%s)", error)

    # --- the queue ---------------------------------------------------------------------------

    def add(self, card_number: str, staff_id: str, terminal_id: str) -> QueuedActivation:
        """Record an activation (its key is made here, before any send); raises OutboxFull."""
        scanned_at = self._clock()
        key = self._new_key()
        with self._transaction() as conn:
            queued = _queue(conn, card_number, staff_id, terminal_id, scanned_at, key)
        log.info("activation of %s queued (row %d)", mask_card(card_number), queued.id)
        return queued

    def head(self, skipping: Collection[int] = ()) -> QueuedActivation | None:
        """The oldest waiting activation (delivery is in order), passing over ``skipping``."""
        with self._transaction(write=False) as conn:
            row = conn.execute(
                f"SELECT {_ROW_COLUMNS} FROM outbox"
                " WHERE id NOT IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT 1",
                (json.dumps(sorted(skipping)),),
            ).fetchone()
        return None if row is None else QueuedActivation(*row)

    def pending(self) -> list[QueuedActivation]:
        with self._transaction(write=False) as conn:
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
        with self._transaction(write=False) as conn:
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
        with self._transaction(write=False) as conn:
            depth, oldest = conn.execute("SELECT COUNT(*), MIN(scanned_at) FROM outbox").fetchone()
            dead = conn.execute("SELECT COUNT(*) FROM dead_letters").fetchone()[0]
        self._stats = OutboxStats(int(depth), oldest, int(dead))
        return self._stats

    def probe(self) -> None:
        """A change of one page: raises the fault that stops writes, or clears the last one."""
        with self._transaction() as conn:
            conn.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")

    def health(self) -> OutboxHealth:
        """The outbox as it is now, never raising: while a fault stands a probe tries whether
        it has passed; the stats are the last ones read when they cannot be read now."""
        if self.problem is not None:
            with suppress(OutboxError):
                self.probe()
        with suppress(OutboxError):
            self.stats()
        return OutboxHealth(self._stats, self.problem, self.damage)


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
