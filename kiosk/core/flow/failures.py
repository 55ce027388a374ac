"""Why a call to the central failed, as the shopper screens tell it, and how long a shopper is
asked to wait at most (:func:`kiosk.core.client.errors.classify_failure` reads a client error
into these terms)."""

from __future__ import annotations

from enum import Enum


class Failure(Enum):
    """Why a call to the central failed, in the terms the shopper screens need."""

    NOT_FOUND = "not_found"  # the central does not know this card
    INVALID_NUMBER = "invalid_number"  # the central refused the number itself
    OFFLINE = "offline"  # unreachable: connection refused, DNS, TLS
    TIMEOUT = "timeout"  # no answer in time
    SERVER = "server"  # the central answered with an error of its own (5xx, auth, nonsense)
    BUSY = "busy"  # too many requests (429): try again after the central's Retry-After


#: A Retry-After longer than this is shown as this: a shopper will not wait an hour at a kiosk,
#: and a central asking for that is better reported by the support phone.
MAX_SHOWN_RETRY_AFTER_S = 600.0
