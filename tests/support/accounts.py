"""Reading a shopper's account through the kiosk's client: the kiosk itself never does (its
wizards show what linking a card and confirming a registration answer), but tests check with it
what a wizard or a call did to the account."""

from __future__ import annotations

from pydantic import TypeAdapter

from kiosk.contract import API_PREFIX, AccountSummary
from kiosk.core.client import CentralClient
from kiosk.core.client.errors import Unauthorized
from kiosk.core.client.replies import json_model

_account_summary = TypeAdapter(AccountSummary)


def account(client: CentralClient, session_token: str) -> AccountSummary:
    """``GET /account`` in the shopper session ``session_token``, sent like every kiosk call."""
    return client._call(
        "GET",
        f"{API_PREFIX}/account",
        json_model(_account_summary),
        session_token=session_token,
    )


def signed_out(client: CentralClient, session_token: str) -> bool:
    """Whether the central has ended the shopper session ``session_token``."""
    try:
        account(client, session_token)
    except Unauthorized:
        return True
    return False
