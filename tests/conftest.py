"""Shared test configuration and fixtures.

Fixtures:

- ``manual_clock`` — a ``kiosk.central.domain.clock.ManualClock`` standing at 2025-06-16 09:00 UTC
  (12:00 in Minsk). It never moves by itself: ``manual_clock.advance(61)`` or
  ``manual_clock.advance(dt.timedelta(minutes=5))`` moves it forward. Each test gets a new one.
- ``central`` — a running ``kiosk.central.server.EmbeddedCentral``: the reference central
  service on 127.0.0.1 and an ephemeral port, in a background thread, over a fresh SQLite
  database in the test's ``tmp_path``, loaded with the demo data (docs/central.md), with terminal
  token ``"demo-token"`` and ``manual_clock`` as its clock (``central.clock`` is the same
  object). Use ``central.url`` (e.g. ``http://127.0.0.1:41234``; the API is under ``/api/v1``),
  ``central.token``, ``central.store`` and ``central.demo_sms.messages()``.
  One server runs for the whole session; before each test it is reset to a fresh app (new SMS
  outbox and in-memory state) over a copy of the demo database, with the test's clock. So a test
  sees nothing of another's, but must not stop the service or change its token. The kiosks a
  test builds stamp their scans with ``manual_clock`` too (the central refuses a scan time far
  from its clock): the activation outbox the kiosk opens takes it for its wall clock.
- ``client`` — a ``kiosk.core.client.CentralClient`` pointed at ``central.url`` with token
  ``"demo-token"`` and terminal id ``"DEMO-01"``.
- ``central_api`` — ``tests/central_api.Api`` on ``central``: a ``requests`` session with the
  terminal token, for tests that talk plain HTTP to the service.
- ``second_terminal`` — an ``Api`` on ``central`` as another terminal, ``DEMO-02`` with token
  ``"demo-token-2"`` (registered in the test's database: the demo data has one terminal).
- ``make_kiosk`` — a ``tests/kiosk_harness.KioskMaker``: builds and shows real kiosks (their
  "today" is ``manual_clock.today``) and shuts them down when the test ends.
- ``language`` — each kiosk language in turn ("ru", "be", "en") with its translation and the
  kiosk stylesheet applied to the application, for tests of what fits on screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from kiosk.central.domain.clock import ManualClock
from kiosk.central.domain.terminals import register_terminal
from kiosk.central.server import EmbeddedCentral
from kiosk.core.cashier import outbox as outbox_module
from kiosk.core.cashier.outbox import ActivationOutbox
from kiosk.core.client import CentralClient
from tests.support.central_api import Api
from tests.support.demo_databases import DemoDatabases
from tests.support.kiosk_harness import KioskMaker

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from kiosk.qt.shell.translations import Translations

# Fails the run when any log line of the whole run holds an unmasked card number or phone.
pytest_plugins = ["tests.support.log_privacy"]

TERMINAL_TOKEN = "demo-token"
SECOND_TERMINAL = ("DEMO-02", "demo-token-2")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    yield
    # Widgets closed at the test's end (qtbot.addWidget, make_kiosk) were only scheduled for
    # deletion, and outside a running event loop nothing deletes them. Left alive they pile up
    # over the run, and each stylesheet change re-polishes every one of them.
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def manual_clock() -> ManualClock:
    return ManualClock()


@pytest.fixture(scope="session")
def demo_databases(tmp_path_factory: pytest.TempPathFactory) -> DemoDatabases:
    return DemoDatabases(tmp_path_factory.mktemp("demo-databases"))


@pytest.fixture(scope="session")
def shared_central(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[EmbeddedCentral]:
    """The one reference central of the session; tests reach it through ``central``."""
    database = tmp_path_factory.mktemp("shared-central") / "central.sqlite3"
    with EmbeddedCentral(database, demo=True, token=TERMINAL_TOKEN, clock=ManualClock()) as service:
        yield service


@pytest.fixture
def central(
    shared_central: EmbeddedCentral,
    demo_databases: DemoDatabases,
    tmp_path: Path,
    manual_clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> EmbeddedCentral:
    assert shared_central.running, "a test stopped the shared central service"
    assert shared_central.token == TERMINAL_TOKEN, "a test changed the shared central's token"
    database = demo_databases.copy_to(tmp_path / "central.sqlite3", manual_clock)
    shared_central.reset(database, clock=manual_clock)
    # The central refuses a scan time far from its own clock, and a kiosk's activation outbox
    # stamps each scan with the wall clock: the kiosks of the test stamp with its clock too.
    monkeypatch.setattr(outbox_module, "ActivationOutbox", outbox_on_clock(manual_clock))
    return shared_central


def outbox_on_clock(clock: ManualClock) -> type[ActivationOutbox]:
    """The activation outbox with ``clock`` for its wall clock, unless told another."""

    class OutboxOnTheTestClock(ActivationOutbox):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("clock", lambda: clock.now().timestamp())
            super().__init__(*args, **kwargs)

    return OutboxOnTheTestClock


@pytest.fixture
def central_api(central: EmbeddedCentral) -> Iterator[Api]:
    api = Api(central)
    yield api
    api.close()


@pytest.fixture
def second_terminal(central: EmbeddedCentral) -> Iterator[Api]:
    terminal_id, token = SECOND_TERMINAL
    register_terminal(central.store, terminal_id, central.clock.now(), token)
    api = Api(central, token=token)
    yield api
    api.close()


@pytest.fixture
def client(central: EmbeddedCentral) -> Iterator[CentralClient]:
    """The kiosk's HTTP client pointed at ``central``, as terminal DEMO-01 with demo-token."""
    with CentralClient(central.url, TERMINAL_TOKEN, terminal_id="DEMO-01") as central_client:
        yield central_client


@pytest.fixture
def make_kiosk(qtbot: QtBot, manual_clock: ManualClock) -> Iterator[KioskMaker]:
    maker = KioskMaker(qtbot, today=manual_clock.today)
    yield maker
    maker.close()


@pytest.fixture(params=["ru", "be", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    # Imported here: most tests never touch Qt.
    from kiosk.qt.app import load_stylesheet
    from kiosk.qt.shell.translations import Translations

    translations = Translations(qapp)
    assert translations.apply(request.param)
    load_stylesheet(qapp)
    yield request.param
    translations.remove()
    qapp.setStyleSheet("")


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """The kiosk's translator, for a test to switch languages (removed at the end)."""
    from kiosk.qt.shell.translations import Translations, translation_file

    if not translation_file("ru").exists():
        pytest.skip("translations not compiled (make translations)")
    installed = Translations(qapp)
    yield installed
    installed.remove()
