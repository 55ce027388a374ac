"""The activation outbox's tables: the queue and the refused rows (dead letters)."""

from __future__ import annotations

import sqlite3

SCHEMA = (
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
TABLES = frozenset({"outbox", "dead_letters"})


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Make the tables of a new file; an existing one is not written (it may be read-only)."""
    if TABLES.issubset(table_names(conn)):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in SCHEMA:
            conn.execute(statement)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
