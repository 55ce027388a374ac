"""Shopper and staff sessions: who a session token stands for.

Tokens are 256 random bits handed out once; the store keeps only their SHA-256. A session lives
a fixed time from sign-in (not extended by use).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kiosk.central import program, views
from kiosk.central.problems import ProblemError
from kiosk.central.security import hash_token, new_session_token
from kiosk.central.store import SessionRow, Store, to_epoch
from kiosk.contract import ProblemCode, ShopperSession


@dataclass(frozen=True)
class ShopperPrincipal:
    account_id: int
    token_hash: str


@dataclass(frozen=True)
class StaffPrincipal:
    staff_id: str
    token_hash: str
    role: str = "cashier"


def new_shopper_session(store: Store, account_id: int, now: dt.datetime) -> ShopperSession:
    """Sign ``account_id`` in: the token is returned once and stored only as its hash."""
    token = new_session_token()
    store.add_session(
        hash_token(token),
        kind="shopper",
        account_id=account_id,
        staff_id=None,
        when=now,
        lifetime_seconds=program.SHOPPER_SESSION_SECONDS,
    )
    account = store.account(account_id)
    assert account is not None
    return ShopperSession(
        token=token,
        expires_in=program.SHOPPER_SESSION_SECONDS,
        first_name=account.first_name,
        cards=[views.linked(c) for c in store.account_cards(account_id)],
        card_limit=program.CARD_LIMIT,
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
