"""Why a call to the central failed, as the shopper screens tell it, and how long the central
asked to wait."""

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


def classify_failure(error: BaseException) -> Failure:
    """Map an error of the central client to what the shopper screens distinguish."""
    # Imported here: the client's errors pull in pydantic, which start-up does not need.
    from kiosk.core import errors

    if isinstance(error, errors.NotFound):
        return Failure.NOT_FOUND
    if isinstance(error, errors.ValidationFailed):
        return Failure.INVALID_NUMBER
    if isinstance(error, errors.CentralTimeout):
        return Failure.TIMEOUT
    if isinstance(error, errors.CentralOffline):
        return Failure.OFFLINE
    if isinstance(error, errors.RateLimited):
        return Failure.BUSY
    return Failure.SERVER


#: A Retry-After longer than this is shown as this: a shopper will not wait an hour at a kiosk,
#: and a central asking for that is better reported by the support phone.
MAX_SHOWN_RETRY_AFTER_S = 600.0


def retry_after_of(error: BaseException) -> float | None:
    """Seconds the central asked to wait before trying again (Retry-After), if it said so."""
    from kiosk.core import errors

    if isinstance(error, errors.CentralError) and error.retry_after is not None:
        return min(error.retry_after, MAX_SHOWN_RETRY_AFTER_S)
    return None


# --- the state machine -----------------------------------------------------------------------
