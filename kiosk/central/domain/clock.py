"""Clocks for the central service.

Every rule that depends on time (SMS code expiry and resend cooldown, staff lockout, session
lifetime, the birthday window, idempotency-key retention, demo dates) asks an injected clock, so
tests move time forward with ``ManualClock.advance`` instead of sleeping.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
from collections.abc import Sequence
from typing import Protocol

# The chain's stores are in Belarus: "today" (birthday window, discount days) is Minsk's today.
# Belarus has kept UTC+3 all year round since 2011.
SERVICE_TZ = dt.timezone(dt.timedelta(hours=3), "Europe/Minsk")


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current instant, timezone-aware (UTC)."""
        ...

    def today(self) -> dt.date:
        """The current calendar date in the service's time zone."""
        ...


def ceil_seconds(seconds: float) -> int:
    """Whole seconds to wait, rounded up (never negative): for retry_after and countdowns."""
    return max(0, math.ceil(seconds - 1e-9))


def window_wait(times: Sequence[float], cap: int, window_seconds: float, now: dt.datetime) -> float:
    """Seconds from ``now`` until a sliding window of ``window_seconds`` that holds at most
    ``cap`` events has room for one more: until the oldest of the last ``cap`` of ``times``
    (epoch seconds, oldest first) leaves it."""
    return times[-cap] + window_seconds - now.timestamp()


def _today(now: dt.datetime) -> dt.date:
    return now.astimezone(SERVICE_TZ).date()


class SystemClock:
    """The wall clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def today(self) -> dt.date:
        return _today(self.now())


class ManualClock:
    """A clock that stands still until told to move; thread-safe (the service reads it from
    request threads while a test advances it)."""

    DEFAULT_START = dt.datetime(2025, 6, 16, 9, 0, tzinfo=dt.UTC)

    def __init__(self, start: dt.datetime | None = None) -> None:
        start = start or self.DEFAULT_START
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self._now = start.astimezone(dt.UTC)
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        with self._lock:
            return self._now

    def today(self) -> dt.date:
        return _today(self.now())

    def advance(self, by: float | dt.timedelta) -> None:
        """Move forward by ``by`` seconds (or a timedelta)."""
        step = by if isinstance(by, dt.timedelta) else dt.timedelta(seconds=by)
        if step < dt.timedelta(0):
            raise ValueError("time only moves forward")
        with self._lock:
            self._now += step

    def set(self, when: dt.datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware time")
        with self._lock:
            self._now = when.astimezone(dt.UTC)
