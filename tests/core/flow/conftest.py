"""Fixtures of the flow's tests: ``clock``, the kiosk's clock standing still until a test moves
it, and ``flow``, a state machine on that clock."""

from __future__ import annotations

import pytest

from kiosk.core.flow import Flow
from tests.support.fake_clocks import KioskClock


@pytest.fixture
def clock() -> KioskClock:
    return KioskClock()


@pytest.fixture
def flow(clock: KioskClock) -> Flow:
    return Flow(clock=clock)
