"""The kiosk when the central misbehaves: it hangs, answers too late, or is not there at all.

pytest-httpserver plays a central that hangs (a handler blocked on an Event) or answers only
when the test lets it; a closed port plays an unreachable one. The screen must stay responsive
throughout, say what happened in plain words, and never show an answer the session has left.
"""

from __future__ import annotations

import dataclasses
import json
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import closing

import pytest
from kiosk_harness import Driver, KioskMaker, texts_of
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot
from werkzeug import Request, Response

from kiosk.core.client import CentralClient
from kiosk.core.config import demo_config
from kiosk.core.flow import State

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ANNA = "2990000000019"
CARD_PATH = f"/api/v1/cards/{ANNA}"
ANNA_CARD = {
    "number": ANNA,
    "kind": "own",
    "status": "active",
    "card_prices": True,
    "account": {
        "first_name": "Анна",
        "points": 123456,
        "points_value": {"amount": "1234.56", "currency": "BYN"},
        "cards": [{"masked": "•••• 0019", "kind": "own", "status": "active"}],
        "offers": [],
    },
    "promotions_today": [],
}


class Gate:
    """A central handler that holds its answer until the test opens the gate."""

    def __init__(self, body: object) -> None:
        self.body = body
        self.opened = threading.Event()
        self.entered = threading.Event()

    def __call__(self, request: Request) -> Response:
        self.entered.set()
        self.opened.wait(timeout=10)
        return Response(json.dumps(self.body), status=200, content_type="application/json")


@pytest.fixture
def make_kiosk(qtbot: QtBot) -> Iterator[KioskMaker]:
    maker = KioskMaker(qtbot)
    yield maker
    maker.close()


@pytest.fixture
def gate(httpserver: HTTPServer) -> Iterator[Gate]:
    gate = Gate(ANNA_CARD)
    httpserver.expect_request(CARD_PATH).respond_with_handler(gate)
    yield gate
    gate.opened.set()  # never leave the server thread hanging


def client_for(url: str, *, read_timeout: float) -> Callable[[], CentralClient]:
    def build() -> CentralClient:
        return CentralClient(url, "demo-token", terminal_id="DEMO-01", read_timeout=read_timeout)

    return build


def kiosk_on(
    make_kiosk: KioskMaker, httpserver: HTTPServer, *, read_timeout: float, **kwargs: object
) -> Driver:
    url = httpserver.url_for("").rstrip("/")
    # The start screen's program fetch: a quick failure, not part of these journeys.
    httpserver.expect_request("/api/v1/program").respond_with_data("", status=503)
    return make_kiosk(
        # The program fetch fails: the error screens' support phone comes from the config.
        dataclasses.replace(demo_config(url), support_phone="8 800-555-36-09"),
        client=client_for(url, read_timeout=read_timeout),
        wizards=False,
        **kwargs,  # type: ignore[arg-type]
    )


def test_hanging_central_shows_the_spinner_then_the_error_screen(
    make_kiosk: KioskMaker, httpserver: HTTPServer, gate: Gate
) -> None:
    # The spinner delay is shortened below the client's 0.3 s read timeout, so both show.
    kiosk = kiosk_on(make_kiosk, httpserver, read_timeout=0.3, spinner_delay_ms=100)
    loading = kiosk.kiosk.controller.screens.loading
    kiosk.scan(ANNA)
    assert gate.entered.wait(5)
    # Not at once: a quick answer should never flash a spinner.
    assert kiosk.window.current_state() is State.ATTRACT
    kiosk.wait_for_screen(State.LOADING)
    assert loading.is_busy_visible()
    assert loading.ui.spinner.is_spinning()
    kiosk.wait_for_screen(State.ERROR)
    error = kiosk.kiosk.controller.screens.error
    assert error.ui.titleLabel.text() == "Сервис программы лояльности слишком долго не отвечает"
    assert "попробуйте ещё раз" in error.ui.bodyLabel.text().lower()
    assert "8 800-555-36-09" in error.ui.detailLabel.text()
    assert error.ui.actionButton.isVisible()
    # The screen never froze: the event loop kept running while the request hung.
    assert not loading.ui.spinner.is_spinning()


def test_spinner_waits_300_ms(
    make_kiosk: KioskMaker, httpserver: HTTPServer, gate: Gate, qtbot: QtBot
) -> None:
    kiosk = kiosk_on(make_kiosk, httpserver, read_timeout=5.0)
    kiosk.scan(ANNA)
    assert gate.entered.wait(5)
    qtbot.wait(150)
    assert kiosk.window.current_state() is State.ATTRACT
    kiosk.wait_for_screen(State.LOADING, timeout=2000)
    gate.opened.set()
    kiosk.wait_for_screen(State.CARD)


def test_cancel_on_the_spinner_returns_to_start_and_drops_the_answer(
    make_kiosk: KioskMaker, httpserver: HTTPServer, gate: Gate
) -> None:
    kiosk = kiosk_on(make_kiosk, httpserver, read_timeout=5.0, spinner_delay_ms=50)
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.LOADING)
    kiosk.click(kiosk.kiosk.controller.screens.loading.ui.cancelButton)
    kiosk.wait_for_screen(State.ATTRACT)
    gate.opened.set()
    kiosk.settle()
    assert kiosk.window.current_state() is State.ATTRACT
    assert "Анна" not in "\n".join(texts_of(kiosk.window))


def test_result_arriving_after_idle_is_dropped(
    make_kiosk: KioskMaker, httpserver: HTTPServer, gate: Gate
) -> None:
    kiosk = kiosk_on(make_kiosk, httpserver, read_timeout=5.0)
    kiosk.scan(ANNA)
    assert gate.entered.wait(5)
    kiosk.idle_timer.fire()
    kiosk.wait_for_screen(State.ATTRACT)
    gate.opened.set()
    kiosk.settle()
    assert kiosk.window.current_state() is State.ATTRACT
    assert kiosk.kiosk.flow.card is None
    assert "Анна" not in "\n".join(texts_of(kiosk.window))
    assert kiosk.kiosk.controller.screens.card.ui.barcodeView.code is None


def unused_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_unreachable_central_says_no_connection(make_kiosk: KioskMaker) -> None:
    dead = f"http://127.0.0.1:{unused_port()}"

    def build() -> CentralClient:
        # retries=0: the refused connection is reported at once.
        return CentralClient(dead, "demo-token", terminal_id="DEMO-01", retries=0)

    config = dataclasses.replace(demo_config(dead), support_phone="+375 17 000-00-00")
    kiosk = make_kiosk(config, client=build, wizards=False)
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.ERROR)
    error = kiosk.kiosk.controller.screens.error
    assert error.ui.titleLabel.text() == "Нет связи с сервисом программы лояльности"
    # Without the central, the support phone comes from the config (none is built in).
    assert "+375 17 000-00-00" in error.ui.detailLabel.text()
    kiosk.click(error.ui.doneButton)
    kiosk.wait_for_screen(State.ATTRACT)


def test_without_the_central_and_a_configured_phone_no_phone_is_made_up(
    make_kiosk: KioskMaker,
) -> None:
    dead = f"http://127.0.0.1:{unused_port()}"

    def build() -> CentralClient:
        return CentralClient(dead, "demo-token", terminal_id="DEMO-01", retries=0)

    kiosk = make_kiosk(demo_config(dead), client=build, wizards=False)
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.ERROR)
    detail = kiosk.kiosk.controller.screens.error.ui.detailLabel.text()
    assert "8 800" not in detail
    assert not any(ch.isdigit() for ch in detail)


def test_try_again_after_a_central_failure_shows_the_card(
    make_kiosk: KioskMaker, httpserver: HTTPServer
) -> None:
    url = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/api/v1/program").respond_with_data("", status=503)
    httpserver.expect_oneshot_request(CARD_PATH).respond_with_data("", status=500)
    httpserver.expect_request(CARD_PATH).respond_with_json(ANNA_CARD)

    def build() -> CentralClient:
        return CentralClient(url, "demo-token", terminal_id="DEMO-01", retries=0)

    kiosk = make_kiosk(demo_config(url), client=build, wizards=False)
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.ERROR)
    error = kiosk.kiosk.controller.screens.error
    assert error.ui.titleLabel.text() == "Сервис программы лояльности сейчас не смог ответить"
    kiosk.click(error.ui.actionButton)
    kiosk.wait_for_screen(State.CARD)
    assert kiosk.kiosk.controller.screens.card.ui.greetingLabel.text() == "Здравствуйте, Анна!"
