"""The outbox file as found, for the self-check: read as the kiosk's user, changing nothing."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.cashier.outbox import row_counts
from kiosk.core.cashier.outbox_problems import DESCRIPTIONS, OutboxProblem, problem_of
from kiosk.core.cashier.outbox_row_counts import RowCounts, read_row_counts, rows_file


@dataclass(frozen=True, slots=True)
class OutboxInspection:
    """An outbox file as found, read without writing anything or setting anything aside."""

    path: Path
    exists: bool
    counts: RowCounts | None  # None: it could not be read
    oldest_scanned_at: float | None
    recorded: RowCounts | None  # the count beside it, if there is one to trust
    #: What the kiosk would meet: damage, fewer rows than recorded, or a fault of the place.
    problem: OutboxProblem | None
    detail: str  # SQLite's or the system's words for it, or the files this user cannot write

    @property
    def description(self) -> str:
        return DESCRIPTIONS[self.problem] if self.problem is not None else "ok"


def inspect_file(path: Path) -> OutboxInspection:
    """Read the outbox file at ``path`` as the kiosk's user, changing nothing: quick_check, the
    rows it holds against the count beside it, and whether this user may write it."""
    recorded = read_row_counts(rows_file(path))
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", ".rows")]
    existing = [p for p in (path.parent, path, *companions) if p.exists()]
    unwritable = [p.name or str(p) for p in existing if not os.access(p, os.W_OK)]
    problem: OutboxProblem | None = None
    detail = ""
    if not path.exists():
        if recorded is not None and recorded.total > 0:
            problem, detail = OutboxProblem.ROWS_MISSING, "the file is gone"
        elif not _may_make(path.parent):
            problem, detail = OutboxProblem.PERMISSION, f"{path.parent} cannot be written"
        return OutboxInspection(path, False, None, None, recorded, problem, detail)
    counts: RowCounts | None = None
    oldest: float | None = None
    # Read-only, and without making a -shm file where there is none: one made by another user
    # than the kiosk's (an engineer's root shell) would stop the kiosk writing. Without a -wal
    # file (closed cleanly) the database file holds everything and no lock is needed.
    wal, shm = companions[0], companions[1]
    quiet = not shm.exists() and not (wal.exists() and wal.stat().st_size > 0)
    mode = "immutable=1" if quiet else "mode=ro"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True, timeout=2.0)
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                problem, detail = OutboxProblem.CORRUPT, f"quick_check: {check}"
            else:
                counts = row_counts(conn)
                if counts.queued:
                    oldest = conn.execute("SELECT MIN(scanned_at) FROM outbox").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as error:
        problem, detail = problem_of(error), str(error) or type(error).__name__
    short = counts is not None and recorded is not None and counts.fewer_than(recorded)
    if problem is None and short:
        problem = OutboxProblem.ROWS_MISSING
    if problem is None and unwritable:
        problem, detail = OutboxProblem.READ_ONLY, "not writable: " + ", ".join(unwritable)
    return OutboxInspection(path, True, counts, oldest, recorded, problem, detail)


def _may_make(folder: Path) -> bool:
    """Whether this user could make a file in ``folder`` (made if missing)."""
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    return existing.is_dir() and os.access(existing, os.W_OK | os.X_OK)
