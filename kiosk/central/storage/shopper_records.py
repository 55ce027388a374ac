"""The shoppers' records in the central's store: accounts and their offers, SMS verifications
(registrations and SMS sign-ins) and the hourly send caps, password sign-in throttling, and
sessions. Part of ``Store`` (kiosk.central.storage.store), which adds the schema and everything
else."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from kiosk.central.storage.database import Database, to_epoch


@dataclass(frozen=True)
class AccountRow:
    id: int
    phone: str
    password_hash: str
    first_name: str
    birth_date: dt.date | None
    points: int


@dataclass(frozen=True)
class OfferRow:
    id: str
    title: tuple[str, str, str]
    description: tuple[str, str, str]
    valid_from: dt.date
    valid_to: dt.date


@dataclass(frozen=True)
class VerificationRow:
    id: str
    purpose: str
    phone: str
    account_id: int | None
    payload: dict[str, Any] | None
    state: str
    code_hash: str | None
    sent_at: float
    sends: int
    attempts: int


@dataclass(frozen=True)
class SessionRow:
    kind: str
    account_id: int | None
    staff_id: str | None
    expires_at: float


@dataclass(frozen=True)
class NewAccount:
    phone: str
    password_hash: str
    last_name: str
    first_name: str
    patronymic: str | None
    gender: str | None
    birth_date: dt.date | None
    home_address: str | None
    email: str | None
    points: int
    rules_version: str


class ShopperRecords(Database):
    """Accounts, offers, verifications, send caps, sign-in failures and sessions."""

    # --- accounts -------------------------------------------------------------------------

    def _account(self, where: str, value: object) -> AccountRow | None:
        row = self._one(
            "SELECT id, phone, password_hash, first_name, birth_date, points FROM accounts"
            f" WHERE {where} = ?",
            (value,),
        )
        if row is None:
            return None
        birth = dt.date.fromisoformat(row[4]) if row[4] else None
        return AccountRow(row[0], row[1], row[2], row[3], birth, row[5])

    def account(self, account_id: int) -> AccountRow | None:
        return self._account("id", account_id)

    def account_by_phone(self, phone: str) -> AccountRow | None:
        return self._account("phone", phone)

    def add_account(self, new: NewAccount, when: dt.datetime) -> int:
        cursor = self._run(
            "INSERT INTO accounts (phone, password_hash, last_name, first_name, patronymic,"
            " gender, birth_date, home_address, email, points, rules_version, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new.phone,
                new.password_hash,
                new.last_name,
                new.first_name,
                new.patronymic,
                new.gender,
                new.birth_date.isoformat() if new.birth_date else None,
                new.home_address,
                new.email,
                new.points,
                new.rules_version,
                to_epoch(when),
            ),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def add_offer(self, account_id: int, offer: OfferRow) -> None:
        self._run(
            "INSERT INTO offers (id, account_id, title_ru, title_be, title_en, description_ru,"
            " description_be, description_en, valid_from, valid_to)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                offer.id,
                account_id,
                *offer.title,
                *offer.description,
                offer.valid_from.isoformat(),
                offer.valid_to.isoformat(),
            ),
        )

    def offers_valid_on(self, account_id: int, day: dt.date) -> list[OfferRow]:
        iso = day.isoformat()
        rows = self._all(
            "SELECT id, title_ru, title_be, title_en, description_ru, description_be,"
            " description_en, valid_from, valid_to FROM offers"
            " WHERE account_id = ? AND valid_from <= ? AND valid_to >= ? ORDER BY valid_to, id",
            (account_id, iso, iso),
        )
        return [
            OfferRow(
                r[0],
                (r[1], r[2], r[3]),
                (r[4], r[5], r[6]),
                dt.date.fromisoformat(r[7]),
                dt.date.fromisoformat(r[8]),
            )
            for r in rows
        ]

    # --- SMS send caps --------------------------------------------------------------------

    def sms_sends_since(
        self, since: dt.datetime, *, phone: str | None = None, terminal: str | None = None
    ) -> list[float]:
        """When codes went to ``phone`` (or from ``terminal``) after ``since``, oldest first."""
        column, value = ("phone", phone) if phone is not None else ("terminal", terminal)
        rows = self._all(
            f"SELECT at FROM sms_sends WHERE {column} = ? AND at > ? ORDER BY at",  # our column
            (value, to_epoch(since)),
        )
        return [float(r[0]) for r in rows]

    def add_sms_send(self, phone: str, terminal: str, when: dt.datetime) -> None:
        self._run(
            "INSERT INTO sms_sends (phone, terminal, at) VALUES (?, ?, ?)",
            (phone, terminal, to_epoch(when)),
        )

    def purge_sms_sends(self, before: dt.datetime) -> None:
        self._run("DELETE FROM sms_sends WHERE at <= ?", (to_epoch(before),))

    # --- password login throttling --------------------------------------------------------

    def login_failures_since(self, phone: str, since: dt.datetime) -> list[float]:
        rows = self._all(
            "SELECT at FROM login_failures WHERE phone = ? AND at > ? ORDER BY at",
            (phone, to_epoch(since)),
        )
        return [float(r[0]) for r in rows]

    def add_login_failure(self, phone: str, when: dt.datetime) -> None:
        self._run("INSERT INTO login_failures (phone, at) VALUES (?, ?)", (phone, to_epoch(when)))

    def clear_login_failures(self, phone: str) -> None:
        self._run("DELETE FROM login_failures WHERE phone = ?", (phone,))

    def purge_login_failures(self, before: dt.datetime) -> None:
        self._run("DELETE FROM login_failures WHERE at <= ?", (to_epoch(before),))

    # --- SMS verifications (registrations and SMS logins) ---------------------------------

    def add_verification(
        self,
        *,
        verification_id: str,
        purpose: str,
        phone: str,
        account_id: int | None,
        payload: dict[str, Any] | None,
        code_hash: str,
        when: dt.datetime,
    ) -> None:
        self._run(
            "INSERT INTO verifications (id, purpose, phone, account_id, payload, state,"
            " code_hash, sent_at, sends, attempts, created_at)"
            " VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, 1, 0, ?)",
            (
                verification_id,
                purpose,
                phone,
                account_id,
                None if payload is None else json.dumps(payload, ensure_ascii=False),
                code_hash,
                to_epoch(when),
                to_epoch(when),
            ),
        )

    def verification(self, verification_id: str, purpose: str) -> VerificationRow | None:
        row = self._one(
            "SELECT id, purpose, phone, account_id, payload, state, code_hash, sent_at, sends,"
            " attempts FROM verifications WHERE id = ? AND purpose = ?",
            (verification_id, purpose),
        )
        if row is None:
            return None
        payload = json.loads(row[4]) if row[4] else None
        return VerificationRow(
            row[0], row[1], row[2], row[3], payload, row[5], row[6], row[7], row[8], row[9]
        )

    def record_wrong_code(self, verification_id: str, *, dead: bool) -> None:
        self._run(
            "UPDATE verifications SET attempts = attempts + 1,"
            " state = CASE WHEN ? THEN 'dead' ELSE state END,"
            " code_hash = CASE WHEN ? THEN NULL ELSE code_hash END WHERE id = ?",
            (dead, dead, verification_id),
        )

    def record_resend(self, verification_id: str, code_hash: str, when: dt.datetime) -> None:
        self._run(
            "UPDATE verifications SET code_hash = ?, sent_at = ?, sends = sends + 1 WHERE id = ?",
            (code_hash, to_epoch(when), verification_id),
        )

    def mark_verification_confirmed(self, verification_id: str) -> None:
        # The code and the registration form (personal data, password hash) are not kept once
        # the account exists.
        self._run(
            "UPDATE verifications SET state = 'confirmed', code_hash = NULL, payload = NULL"
            " WHERE id = ?",
            (verification_id,),
        )

    def purge_verifications(self, created_before: dt.datetime) -> None:
        self._run("DELETE FROM verifications WHERE created_at < ?", (to_epoch(created_before),))

    # --- sessions -------------------------------------------------------------------------

    def add_session(
        self,
        token_hash: str,
        *,
        kind: str,
        account_id: int | None,
        staff_id: str | None,
        when: dt.datetime,
        lifetime_seconds: int,
    ) -> None:
        self._run(
            "INSERT INTO sessions (token_hash, kind, account_id, staff_id, created_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                token_hash,
                kind,
                account_id,
                staff_id,
                to_epoch(when),
                to_epoch(when) + lifetime_seconds,
            ),
        )

    def session(self, token_hash: str) -> SessionRow | None:
        row = self._one(
            "SELECT kind, account_id, staff_id, expires_at FROM sessions WHERE token_hash = ?",
            (token_hash,),
        )
        return None if row is None else SessionRow(row[0], row[1], row[2], row[3])

    def delete_session(self, token_hash: str) -> None:
        self._run("DELETE FROM sessions WHERE token_hash = ?", (token_hash,))

    def purge_sessions(self, now: dt.datetime) -> None:
        self._run("DELETE FROM sessions WHERE expires_at <= ?", (to_epoch(now),))
