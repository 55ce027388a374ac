"""The one waiting rule after failures in a row (kiosk/core/client/backoff.py)."""

from __future__ import annotations

from kiosk.core.client.backoff import Backoff, at_least_half


def test_the_wait_doubles_from_the_first_up_to_the_cap() -> None:
    backoff = Backoff(15, 300, jitter=lambda: 1.0)
    waits = []
    for _ in range(7):
        backoff.failed()
        waits.append(backoff.delay())
    assert waits == [15, 30, 60, 120, 240, 300, 300]


def test_jitter_takes_its_share_of_the_ceiling() -> None:
    backoff = Backoff(1, 30, jitter=lambda: 0.25)
    for _ in range(3):
        backoff.failed()
    assert backoff.delay() == 1.0  # a quarter of 4 s


def test_retry_after_is_waited_at_least_but_never_past_the_cap() -> None:
    backoff = Backoff(15, 300, jitter=lambda: 1.0)
    backoff.failed()
    assert backoff.delay(retry_after=40) == 40
    assert backoff.delay(retry_after=5) == 15
    assert backoff.delay(retry_after=3600) == 300


def test_a_success_starts_over_and_a_reason_to_try_soon_counts_the_failures_as_one() -> None:
    backoff = Backoff(1, 30, jitter=lambda: 1.0)
    for _ in range(4):
        backoff.failed()
    assert backoff.delay() == 8
    backoff.shorten()
    assert backoff.delay() == 1
    backoff.failed()
    backoff.reset()
    assert backoff.failures == 0
    backoff.failed()
    assert backoff.delay() == 1


def test_the_short_pauses_jitter_waits_at_least_half_the_ceiling() -> None:
    shares = [at_least_half() for _ in range(1000)]
    assert all(0.5 <= share <= 1.0 for share in shares)
    assert min(shares) < 0.55 and max(shares) > 0.95
