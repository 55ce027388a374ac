"""Shared test configuration and fixtures.

Fixtures:

- ``manual_clock`` — a ``kiosk.central.clock.ManualClock`` standing at 2025-06-16 09:00 UTC
  (12:00 in Minsk). It never moves by itself: ``manual_clock.advance(61)`` or
  ``manual_clock.advance(dt.timedelta(minutes=5))`` moves it forward.
- ``central`` — a running ``kiosk.central.server.EmbeddedCentral``: the reference central
  service on 127.0.0.1 and an ephemeral port, in a background thread, over a fresh SQLite
  database in the test's ``tmp_path``, loaded with the demo data (docs/central.md), with terminal
  token ``"demo-token"`` and ``manual_clock`` as its clock (``central.clock`` is the same
  object). Use ``central.url`` (e.g. ``http://127.0.0.1:41234``; the API is under ``/api/v1``),
  ``central.token``, ``central.store`` and ``central.demo_sms.messages()``. The service is
  stopped and its thread joined when the test ends.
- ``client`` — a ``kiosk.core.client.CentralClient`` pointed at ``central.url`` with token
  ``"demo-token"`` and terminal id ``"DEMO-01"``.
- ``central_api`` — ``tests/central_api.Api`` on ``central``: a ``requests`` session with the
  terminal token, for tests that talk plain HTTP to the service.
- ``language`` — each kiosk language in turn ("ru", "be", "en") with its translation and the
  kiosk stylesheet applied to the application, for tests of what fits on screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from central_api import Api

from kiosk.central.clock import ManualClock
from kiosk.central.server import EmbeddedCentral
from kiosk.core.client import CentralClient

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

# Fails the run when any log line of the whole run holds an unmasked card number or phone.
pytest_plugins = ["log_privacy"]


@pytest.fixture
def manual_clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def central(tmp_path: Path, manual_clock: ManualClock) -> Iterator[EmbeddedCentral]:
    with EmbeddedCentral(
        tmp_path / "central.sqlite3", demo=True, token="demo-token", clock=manual_clock
    ) as service:
        yield service


@pytest.fixture
def central_api(central: EmbeddedCentral) -> Iterator[Api]:
    api = Api(central)
    yield api
    api.close()


@pytest.fixture
def client(central: EmbeddedCentral) -> Iterator[CentralClient]:
    """The kiosk's HTTP client pointed at ``central``, as terminal DEMO-01 with demo-token."""
    with CentralClient(central.url, "demo-token", terminal_id="DEMO-01") as central_client:
        yield central_client


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
