"""Fake monotonic clocks for the kiosk side: they stand still until a test moves them.

(The central's clock is ``kiosk.central.domain.clock.ManualClock``, the ``manual_clock`` fixture.)

- :class:`FakeClock` — milliseconds, the scanner's key timing (``clock.ms += 8``); ``seconds``
  reads the same time in seconds, for the flow's clock.
- :class:`KioskClock` — seconds, the wizards' clock (``clock.advance(61)``).
"""

from __future__ import annotations


class FakeClock:
    """Monotonic milliseconds that move only when a test moves them."""

    def __init__(self) -> None:
        self.ms = 10_000_000

    def __call__(self) -> int:
        return self.ms

    def seconds(self) -> float:
        return self.ms / 1000


class KioskClock:
    """The kiosk's monotonic clock, moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
