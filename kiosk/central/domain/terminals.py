"""Terminals and their tokens: every terminal calls the API with a bearer token of its own.

The store keeps terminal id -> SHA-256 of the token (``hash_token``), never the token itself: a
token is 256 random bits, shown once when the terminal is added (``kiosk-central terminals add``).
A request authenticated by a terminal's token acts as that terminal only.
"""

from __future__ import annotations

import datetime as dt
import re

from kiosk.central.domain.security import hash_token, new_terminal_token
from kiosk.central.storage.store import Store

TERMINAL_ID_RE = re.compile(r"[A-Za-z0-9._-]{1,64}")


def valid_terminal_id(terminal_id: str) -> bool:
    return TERMINAL_ID_RE.fullmatch(terminal_id) is not None


def register_terminal(
    store: Store, terminal_id: str, now: dt.datetime, token: str | None = None
) -> str:
    """Add ``terminal_id`` with ``token`` (a new random one when None), or give it that token in
    place of its old one; returns the token, which the store does not keep."""
    if not valid_terminal_id(terminal_id):
        raise ValueError(f"a terminal id is 1..64 of A-Z a-z 0-9 . _ -: {terminal_id!r}")
    if token is None:
        token = new_terminal_token()
    elif not token:
        raise ValueError("a terminal token cannot be empty")
    with store.transaction():
        store.set_terminal_token(terminal_id, hash_token(token), now)
    return token


def terminal_of(store: Store, token: str) -> str | None:
    """The terminal whose token ``token`` is, or None."""
    return store.terminal_by_token_hash(hash_token(token))
