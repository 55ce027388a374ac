"""The kiosk's HTTP client to the central loyalty API (v1).

Every call either returns a contract model or raises a :mod:`kiosk.core.errors` error; nothing from
requests, urllib3, json or pydantic escapes. The kiosk calls the client from a thread pool, so each
worker thread gets its own ``requests.Session`` (sessions are not thread-safe).

Retries: a GET is retried on connection failures and on 502/503/504. A POST or DELETE always
carries an ``Idempotency-Key`` (generated per call unless the caller brings one, e.g. from the
activation outbox) and is retried on the same failures with the same key, so the central applies it
at most once. Nothing is retried after a read timeout: the request may still be running, and the
shopper should not wait for it twice.

Deadline: a whole call (connect, headers, body, every retry and pause between them) ends within
``call_deadline`` seconds (default: connect timeout + read timeout), however slowly the central
sends its bytes; past it the call raises :class:`~kiosk.core.errors.CentralTimeout`
(see :mod:`kiosk.core.deadline`).

The parts: :mod:`~kiosk.core.client.connection` (the HTTP side: sessions, retries, deadline,
logging) and :mod:`~kiosk.core.client.central_client` (:class:`CentralClient`, the API's calls on
top of it). Import them from the package.
"""

from kiosk.core.client.central_client import ActivationResult, CentralClient
from kiosk.core.client.connection import (
    ACCEPT,
    MAX_HONOURED_RETRY_AFTER,
    RETRYABLE_STATUSES,
    CentralConnection,
)

__all__ = [
    "ACCEPT",
    "MAX_HONOURED_RETRY_AFTER",
    "RETRYABLE_STATUSES",
    "ActivationResult",
    "CentralClient",
    "CentralConnection",
]
