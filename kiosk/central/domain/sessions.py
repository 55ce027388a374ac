"""Shopper and staff sessions: who a session token stands for.

Tokens are 256 random bits handed out once; the store keeps only their SHA-256. A session lives
a fixed time from sign-in (not extended by use).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kiosk.central.domain import program, views
from kiosk.central.domain.problems import ProblemError
from kiosk.central.domain.security import hash_token, new_session_token
from kiosk.central.storage.store import SessionRow, Store, to_epoch
from kiosk.central.storage.terminal_records import StaffRow
from kiosk.contract import ProblemCode, ShopperSession, StaffSession


@dataclass(frozen=True)
class ShopperPrincipal:
    account_id: int
    token_hash: str


@dataclass(frozen=True)
class StaffPrincipal:
    staff_id: str
    token_hash: str
    role: str = "cashier"


_LIFETIME_SECONDS = {
    "shopper": program.SHOPPER_SESSION_SECONDS,
    "staff": program.STAFF_SESSION_SECONDS,
}


def _new_token(
    store: Store,
    now: dt.datetime,
    kind: str,
    *,
    account_id: int | None = None,
    staff_id: str | None = None,
) -> str:
    """Start a session of ``kind``: the token is returned once and stored only as its hash."""
    token = new_session_token()
    store.add_session(
        hash_token(token),
        kind=kind,
        account_id=account_id,
        staff_id=staff_id,
        when=now,
        lifetime_seconds=_LIFETIME_SECONDS[kind],
    )
    return token


def new_shopper_session(store: Store, account_id: int, now: dt.datetime) -> ShopperSession:
    """Sign ``account_id`` in: the token is returned once and stored only as its hash."""
    token = _new_token(store, now, "shopper", account_id=account_id)
    account = store.account(account_id)
    assert account is not None
    return ShopperSession(
        token=token,
        expires_in=program.SHOPPER_SESSION_SECONDS,
        first_name=account.first_name,
        cards=[views.linked(c) for c in store.account_cards(account_id)],
        card_limit=program.CARD_LIMIT,
    )


def new_staff_session(store: Store, member: StaffRow, now: dt.datetime) -> StaffSession:
    """Sign ``member`` in: the token is returned once and stored only as its hash."""
    token = _new_token(store, now, "staff", staff_id=member.id)
    return StaffSession(
        token=token,
        expires_in=program.STAFF_SESSION_SECONDS,
        staff_id=member.id,
        display_name=member.display_name,
        role="service" if member.role == "service" else "cashier",
    )


def _live(store: Store, token: str | None, now: dt.datetime) -> tuple[str, SessionRow]:
    """The hash and row of a live session, or the problem to answer."""
    if not token:
        raise ProblemError(ProblemCode.UNAUTHORIZED, variant="session")
    token_hash = hash_token(token)
    row = store.session(token_hash)
    if row is None or row.expires_at <= to_epoch(now):
        raise ProblemError(ProblemCode.SESSION_EXPIRED)
    return token_hash, row


def shopper(store: Store, token: str | None, now: dt.datetime) -> ShopperPrincipal:
    """The shopper of a live shopper session (401 without one, 403 for a staff session)."""
    token_hash, row = _live(store, token, now)
    if row.kind != "shopper" or row.account_id is None:
        raise ProblemError(ProblemCode.FORBIDDEN)
    return ShopperPrincipal(row.account_id, token_hash)


def staff(store: Store, token: str | None, now: dt.datetime) -> StaffPrincipal:
    """The staff member of a live staff session (401 without one, 403 for a shopper's)."""
    token_hash, row = _live(store, token, now)
    if row.kind != "staff" or row.staff_id is None:
        raise ProblemError(ProblemCode.FORBIDDEN)
    member = store.staff(row.staff_id)
    return StaffPrincipal(row.staff_id, token_hash, member.role if member else "cashier")
