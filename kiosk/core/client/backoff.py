"""Waiting after failures in a row: the wait doubles from ``first`` up to ``cap``, is spread by
jitter, and is never shorter than the central's Retry-After (itself capped). One rule for the
activation sender, the start screen's background program fetch and the client's retries within a
call."""

from __future__ import annotations

import random
from collections.abc import Callable


def at_least_half() -> float:
    """A jitter share of 0.5 to 1: the tries are spread, yet none comes at once after a failure
    (for short pauses, where a try at once would mostly meet the same fault)."""
    return 0.5 + random.random() / 2


class Backoff:
    """Counts failures in a row; ``delay`` is the wait before the next try.

    ``jitter`` returns a share of the ceiling to wait (0 to 1): ``random.random`` spreads the
    tries of many terminals coming back at once (full jitter); :func:`at_least_half` spreads
    them less; ``lambda: 1.0`` waits the whole ceiling."""

    def __init__(
        self,
        first: float,
        cap: float,
        *,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.first = first
        self.cap = cap
        self._jitter = jitter
        self.failures = 0

    def failed(self) -> None:
        """One more failure in a row."""
        self.failures += 1

    def delay(self, retry_after: float | None = None) -> float:
        """The seconds to wait after the failures counted so far."""
        exponent = max(0, min(self.failures - 1, 30))
        ceiling = min(self.cap, self.first * float(1 << exponent))
        delay = ceiling * self._jitter()
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.cap))
        return delay

    def reset(self) -> None:
        """A success: the next failure waits the first delay again."""
        self.failures = 0

    def shorten(self) -> None:
        """There is reason to try soon (new work, the central answered again): the failures so
        far count as one."""
        self.failures = min(self.failures, 1)
