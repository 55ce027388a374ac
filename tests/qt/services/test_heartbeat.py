"""The kiosk's heartbeat to the central, every heartbeat_seconds (a fake timer here)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kiosk.central.server import EmbeddedCentral
from kiosk.core.runtime.config import demo_config
from kiosk.qt.services.outbox import ActivationService
from tests.support.fake_timers import FakeTimers
from tests.support.kiosk_harness import Driver, KioskMaker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def timers() -> FakeTimers:
    return FakeTimers()


@pytest.fixture
def kiosk(qtbot: QtBot, central: EmbeddedCentral, timers: FakeTimers) -> Iterator[Driver]:
    maker = KioskMaker(qtbot)
    config = dataclasses.replace(demo_config(central.url, central.token), heartbeat_seconds=45)
    yield maker(config, timers=timers)
    maker.close()


def test_the_heartbeat_reports_version_outbox_and_last_scan(
    kiosk: Driver, central: EmbeddedCentral, timers: FakeTimers
) -> None:
    heartbeat = timers.named("heartbeat")
    assert heartbeat.isActive() and heartbeat.interval() == 45_000
    cashier = kiosk.kiosk.cashier
    assert cashier is not None
    kiosk.scan("2990000000019")  # a shopper's card: the last scan time
    # Two activations wait in the outbox: the central is cut off for the sender.
    client = kiosk.kiosk.client.get()
    url = client.base_url
    client.base_url = "http://127.0.0.1:9"
    recorded: list[int] = []
    for card in ("2990000020000", "2990000020017"):
        cashier.activations.record(card, "S-0001", recorded.append, lambda error: None)
    kiosk.qtbot.waitUntil(lambda: len(recorded) == 2)
    client.base_url = url
    # The heartbeat's good answer wakes the sender, which then delivers them.

    heartbeat.fire()

    kiosk.qtbot.waitUntil(lambda: central.store.heartbeats() != [], timeout=10_000)
    [(terminal, beat)] = central.store.heartbeats()
    assert terminal == "DEMO-01"
    assert beat.version
    assert beat.last_scan_at is not None
    assert beat.last_central_answer_at is not None
    assert beat.dead_letters == 0
    assert beat.outbox_depth in (0, 1, 2)  # the sender may have delivered some meanwhile
    kiosk.qtbot.waitUntil(lambda: len(central.store.activations()) == 2, timeout=10_000)
    # The central stores an activation before the kiosk hears so and deletes its row.
    kiosk.qtbot.waitUntil(lambda: _kiosk_outbox_depth(cashier.activations) == 0, timeout=10_000)
    heartbeat.fire()
    kiosk.qtbot.waitUntil(
        lambda: central.store.heartbeats()[0][1].outbox_depth == 0, timeout=10_000
    )
    assert central.store.heartbeats()[0][1].oldest_outbox_age_seconds is None


def _kiosk_outbox_depth(activations: ActivationService) -> int:
    health = activations.health_now()
    assert health is not None
    return int(health.depth)
