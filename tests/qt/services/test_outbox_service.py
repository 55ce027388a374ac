"""The activation outbox as the kiosk runs it: a fault of its disk is shown on the service screen
and sent with the heartbeat, every row is kept, a scan meanwhile is not called a full disk, and
all of it passes without a restart once the fault is fixed. Damage found on opening is said on
the service screen."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.central.server import EmbeddedCentral
from kiosk.core.cashier import outbox as outbox_module
from kiosk.core.runtime.config import demo_config
from kiosk.qt.screens.service import OutboxView, ServiceScreen
from kiosk.qt.services.outbox import ActivationService
from tests.qt.screens.test_service_screen import open_service
from tests.support.central_api import NOT_ISSUED_CARDS
from tests.support.fake_timers import FakeTimers
from tests.support.kiosk_harness import KioskMaker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _depth(activations: ActivationService) -> int | None:
    health = activations.health_now()
    return health.depth if health is not None else None


def test_a_disk_fault_is_shown_sent_and_passes_without_a_restart(
    qtbot: QtBot, central: EmbeddedCentral, tmp_path: Path
) -> None:
    # An outbox holding one activation, left with a -shm file the kiosk's user cannot write (a
    # run as root): SQLite reads it, and writes nothing. A folder there does the same to root.
    with outbox_module.ActivationOutbox(tmp_path / "activation-outbox.sqlite3") as box:
        box.add(NOT_ISSUED_CARDS[0], "S-0001", "DEMO-01")
    shm = tmp_path / "activation-outbox.sqlite3-shm"
    shm.mkdir()
    timers = FakeTimers()
    maker = KioskMaker(qtbot)
    try:
        config = demo_config(central.url, central.token)
        kiosk = maker(dataclasses.replace(config, data_dir=str(tmp_path)), timers=timers)
        assert kiosk.kiosk.cashier is not None
        activations = kiosk.kiosk.cashier.activations
        errors: list[Exception] = []
        recorded: list[int] = []
        activations.record(NOT_ISSUED_CARDS[1], "S-0001", recorded.append, errors.append)
        qtbot.waitUntil(lambda: errors != [])
        assert getattr(errors[0], "problem", None) == "read-only"  # not "the disk is full"

        open_service(kiosk)
        ui = kiosk.kiosk.controller.screens.service.ui
        qtbot.waitUntil(lambda: ui.outboxNoteValue.text().startswith("Запись невозможна"))
        assert "только для чтения" in ui.outboxNoteValue.text()
        assert "Все активации в очереди сохранены" in ui.outboxNoteValue.text()
        assert ui.outboxDepthValue.text() == "1"
        heartbeat = timers.named("heartbeat")
        heartbeat.fire()
        qtbot.waitUntil(lambda: central.store.heartbeats() != [], timeout=10_000)
        [(_terminal, beat)] = central.store.heartbeats()
        assert (beat.outbox_problem, beat.outbox_depth) == ("read-only", 1)

        shm.rmdir()  # the engineer gives the file back to the kiosk's user

        def fixed_beat() -> bool:
            heartbeat.fire()  # a beat while the last one is still answered waits its turn
            return central.store.heartbeats()[0][1].outbox_problem is None

        qtbot.waitUntil(fixed_beat, timeout=10_000)
        # The heartbeat's answer woke the sender: the row goes (its answer is written).
        qtbot.waitUntil(lambda: _depth(activations) == 0, timeout=10_000)
        # The screen, still up, asks again while the fault it showed stands: the engineer sees
        # it pass without leaving it.
        recheck = timers.named("service-outbox-recheck")
        assert recheck.isActive()
        recheck.fire()
        qtbot.waitUntil(lambda: ui.outboxNoteValue.text() == "В порядке")
        assert not recheck.isActive()
        activations.record(NOT_ISSUED_CARDS[1], "S-0001", recorded.append, errors.append)
        qtbot.waitUntil(lambda: recorded != [])
        assert len(errors) == 1
    finally:
        maker.close()
    assert [a.card_number for a in central.store.activations()] == list(NOT_ISSUED_CARDS[:2])


@pytest.mark.parametrize(
    ("view", "says"),
    [
        (
            OutboxView(2, None, 0, "outbox.damaged-1", None, damage="rows-missing", rows_lost=3),
            "3 recorded activation(s) missing from the outbox file (a damaged write or an emptied"
            " file). The file as found is kept as outbox.damaged-1.",
        ),
        (
            OutboxView(0, None, 0, "outbox.corrupt-1", None, damage="corrupt", rows_lost=1),
            "The outbox file was damaged: kept as outbox.corrupt-1 with 1 recorded activation(s),"
            " a new one was started.",
        ),
        (
            OutboxView(None, None, 0, None, None, problem="busy"),
            "Another program holds the outbox file locked. Every queued activation is kept;"
            " this passes by itself once fixed.",
        ),
    ],
)
def test_the_service_screen_says_the_damage_found(
    qtbot: QtBot, view: OutboxView, says: str
) -> None:
    screen = ServiceScreen()  # no translation loaded: the source text
    qtbot.addWidget(screen)
    screen.set_outbox(view)
    assert screen.ui.outboxNoteValue.text() == says
    assert screen.ui.outboxDepthValue.text() == ("?" if view.depth is None else str(view.depth))
