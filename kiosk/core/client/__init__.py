"""The kiosk's HTTP client to the central loyalty API (v1).

Every call either returns a contract model or raises a :mod:`kiosk.core.client.errors` error;
nothing from requests, urllib3, json or pydantic escapes. The kiosk calls the client from a thread
pool, so each worker thread gets its own ``requests.Session`` (sessions are not thread-safe).

Retries: every call is retried on connection failures and on 502/503/504; a GET also when its
connection is reset half-way through the answer. A POST always carries an ``Idempotency-Key``
(generated per call unless the caller brings one, e.g. from the activation outbox) and keeps it
through its retries, so the central applies it at most once. A DELETE (ending a session) carries
no key, as the API defines it for POSTs only: ending a session twice ends it once. Nothing is
retried after a read timeout: the request may still be running, and the shopper should not wait
for it twice. The pauses between tries follow the one
:class:`~kiosk.core.client.backoff.Backoff` rule, capped at ``MAX_HONOURED_RETRY_AFTER``.

Deadline: a whole call (connect, headers, body, every retry and pause between them) ends within
``call_deadline`` seconds (default: connect timeout + read timeout), however slowly the central
sends its bytes; past it the call raises :class:`~kiosk.core.client.errors.CentralTimeout`
(see :mod:`kiosk.core.client.deadline`).

The parts: :mod:`~kiosk.core.client.connection` (the HTTP side: sessions, retries, deadline,
logging) and :mod:`~kiosk.core.client.central_client` (:class:`CentralClient`, the API's calls on
top of it). Import them from the package.

The package loads them on first use: the kiosk's start-up imports :mod:`~kiosk.core.client.backoff`
and, once a call failed, :mod:`~kiosk.core.client.errors`, neither of which needs requests.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.core.client.central_client import ActivationResult, CentralClient
    from kiosk.core.client.connection import (
        ACCEPT,
        MAX_HONOURED_RETRY_AFTER,
        RETRYABLE_STATUSES,
        CentralConnection,
    )

_HOMES = {
    "ActivationResult": "kiosk.core.client.central_client",
    "CentralClient": "kiosk.core.client.central_client",
    "ACCEPT": "kiosk.core.client.connection",
    "MAX_HONOURED_RETRY_AFTER": "kiosk.core.client.connection",
    "RETRYABLE_STATUSES": "kiosk.core.client.connection",
    "CentralConnection": "kiosk.core.client.connection",
}

__all__ = [
    "ACCEPT",
    "MAX_HONOURED_RETRY_AFTER",
    "RETRYABLE_STATUSES",
    "ActivationResult",
    "CentralClient",
    "CentralConnection",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
