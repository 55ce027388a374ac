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

from kiosk.central.domain.security import new_server_secret
from kiosk.central.storage.database import from_epoch as from_epoch
from kiosk.central.storage.database import to_epoch as to_epoch
from kiosk.central.storage.shopper_records import AccountRow as AccountRow
from kiosk.central.storage.shopper_records import NewAccount as NewAccount
from kiosk.central.storage.shopper_records import OfferRow as OfferRow
from kiosk.central.storage.shopper_records import SessionRow as SessionRow
from kiosk.central.storage.shopper_records import ShopperRecords
from kiosk.central.storage.shopper_records import VerificationRow as VerificationRow
from kiosk.central.storage.terminal_records import TerminalRecords

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
class StoredResponse:
    fingerprint: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes


class Store(ShopperRecords, TerminalRecords):
    """The service's database. ``path`` may be ':memory:' (nothing written to disk).

    The shoppers' records (accounts, offers, SMS verifications and send caps, sign-in
    throttling, sessions) are in kiosk.central.storage.shopper_records; the staff, failed
    sign-ins per terminal, activations, terminals with their tokens and heartbeats in
    kiosk.central.storage.terminal_records; the schema, cards, products, promotions and
    idempotent answers are here."""

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
