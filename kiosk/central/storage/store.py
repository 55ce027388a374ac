"""SQLite storage of the reference central service.

One connection shared by all request threads, guarded by a re-entrant lock: FastAPI runs sync
endpoints in a thread pool, and a whole business operation (check the card, link it, write the
audit row) runs inside one ``transaction()`` so no other request sees or interleaves with a half
done change. The schema is versioned with ``PRAGMA user_version``; ``MIGRATIONS[i]`` brings the
database from version ``i`` to ``i + 1``.

Timestamps are stored as UTC epoch seconds (REAL), calendar dates as ISO text.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.central.domain.security import new_server_secret
from kiosk.central.storage.database import from_epoch as from_epoch
from kiosk.central.storage.database import to_epoch as to_epoch
from kiosk.central.storage.shopper_records import AccountRow as AccountRow
from kiosk.central.storage.shopper_records import NewAccount as NewAccount
from kiosk.central.storage.shopper_records import OfferRow as OfferRow
from kiosk.central.storage.shopper_records import SessionRow as SessionRow
from kiosk.central.storage.shopper_records import ShopperRecords
from kiosk.central.storage.shopper_records import VerificationRow as VerificationRow

MIGRATIONS: list[tuple[str, ...]] = [
    # 1: the initial schema
    (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            phone TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            last_name TEXT NOT NULL,
            first_name TEXT NOT NULL,
            patronymic TEXT,
            gender TEXT CHECK (gender IN ('female', 'male')),
            birth_date TEXT,
            home_address TEXT,
            email TEXT,
            points INTEGER NOT NULL DEFAULT 0,
            rules_version TEXT NOT NULL,
            created_at REAL NOT NULL
        )""",
        """CREATE TABLE cards (
            number TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('own', 'partner')),
            status TEXT NOT NULL CHECK (status IN ('not_issued', 'issued', 'active', 'blocked')),
            account_id INTEGER REFERENCES accounts(id),
            linked_at REAL,
            CHECK ((status = 'active') = (account_id IS NOT NULL) OR status = 'blocked')
        )""",
        "CREATE INDEX cards_by_account ON cards(account_id)",
        """CREATE TABLE offers (
            id TEXT PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            title_ru TEXT NOT NULL, title_be TEXT NOT NULL, title_en TEXT NOT NULL,
            description_ru TEXT NOT NULL, description_be TEXT NOT NULL,
            description_en TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            valid_to TEXT NOT NULL
        )""",
        "CREATE INDEX offers_by_account ON offers(account_id)",
        """CREATE TABLE verifications (
            id TEXT PRIMARY KEY,
            purpose TEXT NOT NULL CHECK (purpose IN ('registration', 'login')),
            phone TEXT NOT NULL,
            account_id INTEGER REFERENCES accounts(id),
            payload TEXT,
            state TEXT NOT NULL CHECK (state IN ('pending', 'confirmed', 'dead')),
            code_hash TEXT,
            sent_at REAL NOT NULL,
            sends INTEGER NOT NULL,
            attempts INTEGER NOT NULL,
            created_at REAL NOT NULL
        )""",
        """CREATE TABLE staff (
            id TEXT PRIMARY KEY,
            badge TEXT NOT NULL UNIQUE,
            pin_hash TEXT NOT NULL,
            display_name TEXT NOT NULL,
            failed_pins INTEGER NOT NULL DEFAULT 0,
            locked_until REAL
        )""",
        """CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('shopper', 'staff')),
            account_id INTEGER REFERENCES accounts(id),
            staff_id TEXT REFERENCES staff(id),
            created_at REAL NOT NULL,
            expires_at REAL NOT NULL
        )""",
        """CREATE TABLE activations (
            card_number TEXT PRIMARY KEY REFERENCES cards(number),
            staff_id TEXT NOT NULL REFERENCES staff(id),
            terminal_id TEXT NOT NULL,
            activated_at REAL NOT NULL
        )""",
        """CREATE TABLE products (
            barcode TEXT PRIMARY KEY,
            name_ru TEXT NOT NULL, name_be TEXT NOT NULL, name_en TEXT NOT NULL,
            regular_price_cents INTEGER NOT NULL,
            card_price_cents INTEGER NOT NULL
        )""",
        """CREATE TABLE promotions (
            id TEXT PRIMARY KEY,
            date TEXT NOT NULL,
            discount_percent INTEGER NOT NULL,
            title_ru TEXT NOT NULL, title_be TEXT NOT NULL, title_en TEXT NOT NULL
        )""",
        """CREATE TABLE idempotency (
            scope TEXT NOT NULL,
            key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            status INTEGER NOT NULL,
            headers TEXT NOT NULL,
            body BLOB NOT NULL,
            created_at REAL NOT NULL,
            PRIMARY KEY (scope, key)
        )""",
        "CREATE TABLE login_failures (phone TEXT NOT NULL, at REAL NOT NULL)",
        "CREATE INDEX login_failures_by_phone ON login_failures(phone)",
        """CREATE TABLE heartbeats (
            terminal_id TEXT PRIMARY KEY,
            version TEXT NOT NULL,
            uptime_seconds INTEGER NOT NULL,
            outbox_depth INTEGER NOT NULL,
            last_scan_at TEXT,
            received_at REAL NOT NULL
        )""",
    ),
    # 2: every SMS code sent, for the hourly caps per phone and per terminal
    (
        "CREATE TABLE sms_sends (phone TEXT NOT NULL, terminal TEXT NOT NULL, at REAL NOT NULL)",
        "CREATE INDEX sms_sends_by_phone ON sms_sends(phone, at)",
        "CREATE INDEX sms_sends_by_terminal ON sms_sends(terminal, at)",
    ),
    # 3: a product may have no card price (NULL); SQLite cannot drop NOT NULL in place
    (
        """CREATE TABLE products_new (
            barcode TEXT PRIMARY KEY,
            name_ru TEXT NOT NULL, name_be TEXT NOT NULL, name_en TEXT NOT NULL,
            regular_price_cents INTEGER NOT NULL,
            card_price_cents INTEGER
        )""",
        "INSERT INTO products_new SELECT barcode, name_ru, name_be, name_en,"
        " regular_price_cents, card_price_cents FROM products",
        "DROP TABLE products",
        "ALTER TABLE products_new RENAME TO products",
    ),
    # 4: staff roles, the scan time of an activation, and the fuller heartbeat
    (
        "ALTER TABLE staff ADD COLUMN role TEXT NOT NULL DEFAULT 'cashier'"
        " CHECK (role IN ('cashier', 'service'))",
        "ALTER TABLE activations ADD COLUMN scanned_at REAL",
        "ALTER TABLE heartbeats ADD COLUMN oldest_outbox_age_seconds INTEGER",
        "ALTER TABLE heartbeats ADD COLUMN dead_letters INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE heartbeats ADD COLUMN last_central_answer_at TEXT",
    ),
    # 5: every terminal has a token of its own, kept only as its SHA-256
    (
        """CREATE TABLE terminals (
            id TEXT PRIMARY KEY,
            token_hash TEXT NOT NULL UNIQUE,
            added_at REAL NOT NULL
        )""",
    ),
    # 6: wrong PINs count per badge as typed, whether a member has it or not (so the answers
    # tell nothing about which badges exist), and failed sign-ins per terminal. The staff
    # table's failed_pins and locked_until are no longer used (SQLite before 3.35 cannot drop a
    # column); a count or lock they held moves over.
    (
        """CREATE TABLE badge_attempts (
            badge TEXT PRIMARY KEY,
            failed_pins INTEGER NOT NULL,
            locked_until REAL,
            updated_at REAL NOT NULL
        )""",
        "INSERT INTO badge_attempts (badge, failed_pins, locked_until, updated_at)"
        " SELECT badge, failed_pins, locked_until, COALESCE(locked_until, 0) FROM staff"
        " WHERE failed_pins > 0 OR locked_until IS NOT NULL",
        """CREATE TABLE sign_in_failures (
            terminal TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('pin', 'password')),
            at REAL NOT NULL
        )""",
        "CREATE INDEX sign_in_failures_by_terminal ON sign_in_failures(terminal, kind, at)",
    ),
    # 7: what stops a terminal's activation outbox (a fault of its disk, damage found)
    ("ALTER TABLE heartbeats ADD COLUMN outbox_problem TEXT",),
]

SCHEMA_VERSION = len(MIGRATIONS)

# Tables emptied by a demo-data reset, children before parents. The terminals stay: they are the
# central's setup, as the server secret is (the demo data adds the demo terminal to them).
_DATA_TABLES = (
    "activations",
    "sessions",
    "verifications",
    "offers",
    "login_failures",
    "sign_in_failures",
    "badge_attempts",
    "sms_sends",
    "idempotency",
    "heartbeats",
    "cards",
    "accounts",
    "staff",
    "products",
    "promotions",
)


@dataclass(frozen=True)
class CardRow:
    number: str
    kind: str
    status: str
    account_id: int | None


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
class ProductRow:
    #: GTIN-13 (EAN-8 and UPC-A zero-filled on the left).
    barcode: str
    name: tuple[str, str, str]
    regular_price_cents: int
    #: None: no separate card-holder price.
    card_price_cents: int | None


@dataclass(frozen=True)
class PromotionRow:
    id: str
    date: dt.date
    discount_percent: int
    title: tuple[str, str, str]


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


@dataclass(frozen=True)
class StoredResponse:
    fingerprint: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes


class Store(ShopperRecords):
    """The service's database. ``path`` may be ':memory:' (nothing written to disk).

    The shoppers' records (accounts, offers, SMS verifications and send caps, sign-in
    throttling, sessions) are in kiosk.central.storage.shopper_records; cards, staff, products,
    promotions, idempotent answers, terminals and their tokens are here."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(path)
        self._migrate()
        self.server_secret = self._ensure_server_secret()

    # --- schema ---------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        row = self._one("PRAGMA user_version")
        assert row is not None
        return int(row[0])

    def _migrate(self) -> None:
        current = self.schema_version
        if current > SCHEMA_VERSION:
            raise RuntimeError(
                f"database schema version {current} is newer than this service ({SCHEMA_VERSION})"
            )
        for version in range(current, SCHEMA_VERSION):
            with self.transaction():
                for statement in MIGRATIONS[version]:
                    self._conn.execute(statement)
                # PRAGMA takes no parameters; the value is our own integer.
                self._conn.execute(f"PRAGMA user_version = {version + 1}")

    def _ensure_server_secret(self) -> str:
        with self.transaction():
            row = self._one("SELECT value FROM meta WHERE key = 'server_secret'")
            if row is not None:
                return str(row[0])
            secret = new_server_secret()
            self._run("INSERT INTO meta (key, value) VALUES ('server_secret', ?)", (secret,))
            return secret

    def is_empty(self) -> bool:
        return self._one("SELECT 1 FROM cards LIMIT 1") is None

    def wipe_data(self) -> None:
        """Delete every business row (demo-data reset); keeps the schema and server secret."""
        with self.transaction():
            for table in _DATA_TABLES:
                self._run(f"DELETE FROM {table}")  # table names are our own constants

    # --- cards ----------------------------------------------------------------------------

    def card(self, number: str) -> CardRow | None:
        row = self._one(
            "SELECT number, kind, status, account_id FROM cards WHERE number = ?", (number,)
        )
        return None if row is None else CardRow(row[0], row[1], row[2], row[3])

    def add_card(self, number: str, kind: str, status: str) -> None:
        self._run(
            "INSERT INTO cards (number, kind, status) VALUES (?, ?, ?)", (number, kind, status)
        )

    def set_card_status(self, number: str, status: str) -> None:
        self._run("UPDATE cards SET status = ? WHERE number = ?", (status, number))

    def link_card(self, number: str, account_id: int, when: dt.datetime) -> None:
        self._run(
            "UPDATE cards SET status = 'active', account_id = ?, linked_at = ? WHERE number = ?",
            (account_id, to_epoch(when), number),
        )

    def account_cards(self, account_id: int) -> list[CardRow]:
        rows = self._all(
            "SELECT number, kind, status, account_id FROM cards WHERE account_id = ?"
            " ORDER BY linked_at, number",
            (account_id,),
        )
        return [CardRow(r[0], r[1], r[2], r[3]) for r in rows]

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

    # --- products and promotions ----------------------------------------------------------

    def add_product(self, product: ProductRow) -> None:
        self._run(
            "INSERT INTO products (barcode, name_ru, name_be, name_en, regular_price_cents,"
            " card_price_cents) VALUES (?, ?, ?, ?, ?, ?)",
            (
                product.barcode,
                *product.name,
                product.regular_price_cents,
                product.card_price_cents,
            ),
        )

    def product(self, barcode: str) -> ProductRow | None:
        row = self._one(
            "SELECT barcode, name_ru, name_be, name_en, regular_price_cents, card_price_cents"
            " FROM products WHERE barcode = ?",
            (barcode,),
        )
        if row is None:
            return None
        return ProductRow(row[0], (row[1], row[2], row[3]), row[4], row[5])

    def set_nomenclature(self, document: str) -> None:
        """The barcode nomenclature (its JSON document), replacing the one stored."""
        self._run(
            "INSERT INTO meta (key, value) VALUES ('nomenclature', ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (document,),
        )

    def nomenclature(self) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = 'nomenclature'")
        return None if row is None else str(row[0])

    def add_promotion(self, promotion: PromotionRow) -> None:
        self._run(
            "INSERT INTO promotions (id, date, discount_percent, title_ru, title_be, title_en)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                promotion.id,
                promotion.date.isoformat(),
                promotion.discount_percent,
                *promotion.title,
            ),
        )

    def promotions_between(self, first_day: dt.date, last_day: dt.date) -> list[PromotionRow]:
        """The store-wide discounts dated from ``first_day`` to ``last_day``, both included."""
        rows = self._all(
            "SELECT id, date, discount_percent, title_ru, title_be, title_en FROM promotions"
            " WHERE date >= ? AND date <= ? ORDER BY date, id",
            (first_day.isoformat(), last_day.isoformat()),
        )
        return [
            PromotionRow(r[0], dt.date.fromisoformat(r[1]), r[2], (r[3], r[4], r[5])) for r in rows
        ]

    # --- idempotency ----------------------------------------------------------------------

    def stored_response(
        self, scope: str, key: str, not_before: dt.datetime
    ) -> StoredResponse | None:
        row = self._one(
            "SELECT fingerprint, status, headers, body FROM idempotency"
            " WHERE scope = ? AND key = ? AND created_at >= ?",
            (scope, key, to_epoch(not_before)),
        )
        if row is None:
            return None
        headers = [(str(name), str(value)) for name, value in json.loads(row[2])]
        return StoredResponse(row[0], row[1], headers, bytes(row[3]))

    def store_response(
        self, scope: str, key: str, response: StoredResponse, when: dt.datetime
    ) -> None:
        with self.transaction():
            self._run(
                "INSERT OR REPLACE INTO idempotency (scope, key, fingerprint, status, headers,"
                " body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    scope,
                    key,
                    response.fingerprint,
                    response.status,
                    json.dumps(response.headers),
                    response.body,
                    to_epoch(when),
                ),
            )

    def purge_responses(self, created_before: dt.datetime) -> None:
        self._run("DELETE FROM idempotency WHERE created_at < ?", (to_epoch(created_before),))

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
