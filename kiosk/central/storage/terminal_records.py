"""The records of the stores' terminals and staff in the central's store: staff members and
the wrong PINs typed for each badge, failed sign-ins per terminal, the activations cashiers made
(the audit), and the terminals with their tokens and last heartbeats. Part of ``Store``
(kiosk.central.storage.store), which adds the schema and everything else."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from kiosk.central.storage.database import Database, from_epoch, to_epoch


@dataclass(frozen=True)
class StaffRow:
    id: str
    badge: str
    pin_hash: str
    display_name: str
    role: str = "cashier"


@dataclass(frozen=True)
class BadgeAttempts:
    """Wrong PINs in a row for a badge (a member's or not), or its lock."""

    failed_pins: int
    locked_until: float | None


@dataclass(frozen=True)
class ActivationRow:
    card_number: str
    staff_id: str
    terminal_id: str
    activated_at: float
    scanned_at: float | None = None


@dataclass(frozen=True)
class HeartbeatRow:
    version: str
    uptime_seconds: int
    outbox_depth: int
    oldest_outbox_age_seconds: int | None
    dead_letters: int
    last_scan_at: dt.datetime | None
    last_central_answer_at: dt.datetime | None
    received_at: dt.datetime
    outbox_problem: str | None = None


def _iso(when: dt.datetime | None) -> str | None:
    return None if when is None else when.isoformat()


def _from_iso(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


class TerminalRecords(Database):
    """Staff and their badges' attempts, failed sign-ins per terminal, activations, terminals
    and their heartbeats."""

    # --- staff ----------------------------------------------------------------------------

    def add_staff(
        self, staff_id: str, badge: str, pin_hash: str, display_name: str, role: str = "cashier"
    ) -> None:
        self._run(
            "INSERT INTO staff (id, badge, pin_hash, display_name, role) VALUES (?, ?, ?, ?, ?)",
            (staff_id, badge, pin_hash, display_name, role),
        )

    def staff_by_badge(self, badge: str) -> StaffRow | None:
        row = self._one(
            "SELECT id, badge, pin_hash, display_name, role FROM staff WHERE badge = ?", (badge,)
        )
        return None if row is None else StaffRow(*row)

    def staff(self, staff_id: str) -> StaffRow | None:
        row = self._one(
            "SELECT id, badge, pin_hash, display_name, role FROM staff WHERE id = ?", (staff_id,)
        )
        return None if row is None else StaffRow(*row)

    def badge_attempts(self, badge: str) -> BadgeAttempts:
        row = self._one(
            "SELECT failed_pins, locked_until FROM badge_attempts WHERE badge = ?", (badge,)
        )
        return BadgeAttempts(0, None) if row is None else BadgeAttempts(row[0], row[1])

    def set_badge_attempts(
        self, badge: str, attempts: BadgeAttempts | None, when: dt.datetime
    ) -> None:
        """Keep ``attempts`` for ``badge``; None forgets them (a right PIN)."""
        if attempts is None:
            self._run("DELETE FROM badge_attempts WHERE badge = ?", (badge,))
            return
        self._run(
            "INSERT OR REPLACE INTO badge_attempts (badge, failed_pins, locked_until, updated_at)"
            " VALUES (?, ?, ?, ?)",
            (badge, attempts.failed_pins, attempts.locked_until, to_epoch(when)),
        )

    def purge_badge_attempts(self, untouched_since: dt.datetime) -> None:
        """Forget the counts (and locks, far shorter) left alone since ``untouched_since``."""
        self._run("DELETE FROM badge_attempts WHERE updated_at < ?", (to_epoch(untouched_since),))

    # --- failed sign-ins per terminal -----------------------------------------------------

    def sign_in_failures_since(self, terminal: str, kind: str, since: dt.datetime) -> list[float]:
        """When ``terminal``'s sign-ins of ``kind`` ('pin', 'password') failed after ``since``,
        oldest first."""
        rows = self._all(
            "SELECT at FROM sign_in_failures WHERE terminal = ? AND kind = ? AND at > ?"
            " ORDER BY at",
            (terminal, kind, to_epoch(since)),
        )
        return [float(r[0]) for r in rows]

    def add_sign_in_failure(self, terminal: str, kind: str, when: dt.datetime) -> None:
        self._run(
            "INSERT INTO sign_in_failures (terminal, kind, at) VALUES (?, ?, ?)",
            (terminal, kind, to_epoch(when)),
        )

    def purge_sign_in_failures(self, before: dt.datetime) -> None:
        self._run("DELETE FROM sign_in_failures WHERE at <= ?", (to_epoch(before),))

    # --- activations (audit) --------------------------------------------------------------

    def add_activation(
        self,
        card_number: str,
        staff_id: str,
        terminal_id: str,
        when: dt.datetime,
        scanned_at: dt.datetime | None = None,
    ) -> None:
        self._run(
            "INSERT INTO activations (card_number, staff_id, terminal_id, activated_at,"
            " scanned_at) VALUES (?, ?, ?, ?, ?)",
            (
                card_number,
                staff_id,
                terminal_id,
                to_epoch(when),
                None if scanned_at is None else to_epoch(scanned_at),
            ),
        )

    def activations(self) -> list[ActivationRow]:
        rows = self._all(
            "SELECT card_number, staff_id, terminal_id, activated_at, scanned_at FROM activations"
            " ORDER BY activated_at, card_number"
        )
        return [ActivationRow(*r) for r in rows]

    # --- terminals ------------------------------------------------------------------------

    def set_terminal_token(self, terminal_id: str, token_hash: str, when: dt.datetime) -> None:
        """Add ``terminal_id``, or give it a new token (the old one stops working)."""
        self._run(
            "INSERT INTO terminals (id, token_hash, added_at) VALUES (?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET token_hash = excluded.token_hash,"
            " added_at = excluded.added_at",
            (terminal_id, token_hash, to_epoch(when)),
        )

    def terminal_by_token_hash(self, token_hash: str) -> str | None:
        row = self._one("SELECT id FROM terminals WHERE token_hash = ?", (token_hash,))
        return None if row is None else str(row[0])

    def terminals(self) -> list[tuple[str, dt.datetime]]:
        """Every terminal with the time its token was issued, by id."""
        rows = self._all("SELECT id, added_at FROM terminals ORDER BY id")
        return [(str(r[0]), from_epoch(r[1])) for r in rows]

    def remove_terminal(self, terminal_id: str) -> bool:
        """Forget ``terminal_id`` and its token; False when there was no such terminal."""
        return self._run("DELETE FROM terminals WHERE id = ?", (terminal_id,)).rowcount > 0

    def record_heartbeat(self, terminal_id: str, beat: HeartbeatRow) -> None:
        self._run(
            "INSERT OR REPLACE INTO heartbeats (terminal_id, version, uptime_seconds,"
            " outbox_depth, oldest_outbox_age_seconds, dead_letters, last_scan_at,"
            " last_central_answer_at, received_at, outbox_problem)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                terminal_id,
                beat.version,
                beat.uptime_seconds,
                beat.outbox_depth,
                beat.oldest_outbox_age_seconds,
                beat.dead_letters,
                _iso(beat.last_scan_at),
                _iso(beat.last_central_answer_at),
                to_epoch(beat.received_at),
                beat.outbox_problem,
            ),
        )

    def heartbeat(self, terminal_id: str) -> dict[str, Any] | None:
        row = self._one(
            "SELECT version, uptime_seconds, outbox_depth, last_scan_at, received_at"
            " FROM heartbeats WHERE terminal_id = ?",
            (terminal_id,),
        )
        return None if row is None else dict(row)

    def heartbeats(self) -> list[tuple[str, HeartbeatRow]]:
        """The last heartbeat of every terminal, by terminal id."""
        rows = self._all(
            "SELECT terminal_id, version, uptime_seconds, outbox_depth, oldest_outbox_age_seconds,"
            " dead_letters, last_scan_at, last_central_answer_at, received_at, outbox_problem"
            " FROM heartbeats ORDER BY terminal_id"
        )
        return [
            (
                r[0],
                HeartbeatRow(
                    version=r[1],
                    uptime_seconds=r[2],
                    outbox_depth=r[3],
                    oldest_outbox_age_seconds=r[4],
                    dead_letters=r[5],
                    last_scan_at=_from_iso(r[6]),
                    last_central_answer_at=_from_iso(r[7]),
                    received_at=from_epoch(r[8]),
                    outbox_problem=r[9],
                ),
            )
            for r in rows
        ]
