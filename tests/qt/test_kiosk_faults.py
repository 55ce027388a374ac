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
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot
from werkzeug import Request, Response

from kiosk.central.server import EmbeddedCentral
from kiosk.core.client import CentralClient
from kiosk.core.flow import State
from kiosk.core.runtime.config import demo_config
from kiosk.qt.tasks import STUCK_AFTER_SECONDS
from tests.support.dripping_central import DrippingCentral, card_answer
from tests.support.kiosk_harness import Driver, KioskMaker, texts_of

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
    kiosk = kiosk_on(make_kiosk, httpserver, read_timeout=0.3)
    loading = kiosk.kiosk.controller.screens.loading
    kiosk.scan(ANNA)
    assert gate.entered.wait(5)
    # Not at once: a quick answer should never flash a spinner.
    assert kiosk.window.current_state() is State.ATTRACT
    kiosk.timers.fire("spinner-delay")
    assert kiosk.window.current_state() is State.LOADING
    assert loading.is_busy_visible()
    assert loading.ui.spinner.is_spinning()
    frame = kiosk.timers.named("spinner")
    angle = loading.ui.spinner._angle
    frame.fire()
    assert loading.ui.spinner._angle == angle + 8, "the arc turns a step per frame"
    kiosk.wait_for_screen(State.ERROR)  # the client's 0.3 s read timeout
    error = kiosk.kiosk.controller.screens.error
    assert error.ui.titleLabel.text() == "Сервис программы лояльности слишком долго не отвечает"
    assert "попробуйте ещё раз" in error.ui.bodyLabel.text().lower()
    assert "8 800-555-36-09" in error.ui.detailLabel.text()
    assert error.ui.actionButton.isVisible()
    # The screen never froze: the event loop kept running while the request hung.
    assert not loading.ui.spinner.is_spinning()


def test_spinner_waits_300_ms(make_kiosk: KioskMaker, httpserver: HTTPServer, gate: Gate) -> None:
    kiosk = kiosk_on(make_kiosk, httpserver, read_timeout=5.0)
    kiosk.scan(ANNA)
    assert gate.entered.wait(5)
    delay = kiosk.timers.named("spinner-delay")
    assert delay.isActive() and delay.interval() == 300
    assert kiosk.window.current_state() is State.ATTRACT
    delay.fire()
    assert kiosk.window.current_state() is State.LOADING
    gate.opened.set()
    kiosk.wait_for_screen(State.CARD)


def test_cancel_on_the_spinner_returns_to_start_and_drops_the_answer(
    make_kiosk: KioskMaker, httpserver: HTTPServer, gate: Gate
) -> None:
    kiosk = kiosk_on(make_kiosk, httpserver, read_timeout=5.0)
    kiosk.scan(ANNA)
    kiosk.timers.fire("spinner-delay")
    assert kiosk.window.current_state() is State.LOADING
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
    assert kiosk.kiosk.controller.screens.card.ui.cardNumberLabel.text() == ""


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


# --- a central that drips its answers --------------------------------------------------------


def _program_unavailable(request: bytes) -> bytes:
    if _is_program(request):
        return b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n"
    return card_answer(ANNA_CARD)


def _is_program(request: bytes) -> bool:
    """The start-up fetches (program, barcode table): answered at once, and unavailable."""
    request_line = request.split(b"\r\n", 1)[0]
    return b" /api/v1/program " in request_line or b" /api/v1/nomenclature " in request_line


@pytest.fixture
def dripping() -> Iterator[DrippingCentral]:
    with DrippingCentral(interval=0.05, answer=_program_unavailable, at_once=_is_program) as c:
        yield c


def _drip_kiosk(make_kiosk: KioskMaker, dripping: DrippingCentral, deadline: float) -> Driver:
    def build() -> CentralClient:
        return CentralClient(
            dripping.url, "demo-token", terminal_id="DEMO-01", call_deadline=deadline
        )

    return make_kiosk(demo_config(dripping.url), client=build, wizards=False)


def test_dripping_central_ends_in_the_takes_too_long_screen(
    make_kiosk: KioskMaker, dripping: DrippingCentral
) -> None:
    # A byte every 50 ms never trips a read timeout; the whole-call deadline (0.5 s) does.
    kiosk = _drip_kiosk(make_kiosk, dripping, deadline=0.5)
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.ERROR)
    error = kiosk.kiosk.controller.screens.error
    assert error.ui.titleLabel.text() == "Сервис программы лояльности слишком долго не отвечает"
    assert error.ui.actionButton.isVisible()


def test_tenth_scan_after_nine_abandoned_reaches_the_recovered_central_at_once(
    make_kiosk: KioskMaker, dripping: DrippingCentral
) -> None:
    # Nine shoppers walk away while their answers drip (the deadline is far off, so every one of
    # those calls keeps a worker thread busy); the central recovers; the tenth scan must not
    # queue behind the nine.
    kiosk = _drip_kiosk(make_kiosk, dripping, deadline=60.0)
    runner = kiosk.kiosk.runner
    now = 1000.0
    runner.clock = lambda: now  # the runner tells stuck tasks by this clock
    for abandoned in range(1, 10):
        kiosk.scan(ANNA)
        kiosk.qtbot.waitUntil(lambda n=abandoned: dripping.dripping == n, timeout=5000)
        kiosk.idle_timer.fire()
        kiosk.wait_for_screen(State.ATTRACT)
        now += STUCK_AFTER_SECONDS  # the next shopper comes later
    dripping.healthy.set()
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.CARD)
    assert kiosk.kiosk.controller.screens.card.ui.greetingLabel.text() == "Здравствуйте, Анна!"
    # "At once": the nine are all still dripping, so nobody waited for one of them to end.
    assert dripping.dripping == 9


# --- 429 with Retry-After, and the program fetched again after a failure -------------------------


def test_too_many_requests_shows_the_wait_and_enables_try_again_when_it_is_over(
    make_kiosk: KioskMaker, httpserver: HTTPServer
) -> None:
    url = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/api/v1/program").respond_with_data("", status=503)
    httpserver.expect_oneshot_request(CARD_PATH).respond_with_json(
        {"type": "about:blank", "title": "Too many requests", "status": 429, "code": "too-many"},
        status=429,
        headers={"Retry-After": "30"},
        content_type="application/problem+json",
    )
    httpserver.expect_request(CARD_PATH).respond_with_json(ANNA_CARD)
    kiosk = make_kiosk(demo_config(url), client=client_for(url, read_timeout=5.0), wizards=False)
    kiosk.scan(ANNA)
    kiosk.wait_for_screen(State.ERROR)
    error = kiosk.kiosk.controller.screens.error
    assert error.ui.titleLabel.text() == "Сервис программы лояльности сейчас перегружен"
    assert "попробуйте ещё раз через 30 с" in error.ui.bodyLabel.text()
    assert error.ui.actionButton.isVisible() and not error.ui.actionButton.isEnabled()
    # Pressing it anyway (a keypad's Enter) does nothing while the central asked to wait.
    kiosk.kiosk.controller.dispatch(kiosk.kiosk.flow.retry())
    assert kiosk.window.current_state() is State.ERROR
    for _ in range(29):
        kiosk.clock.ms += 1000
        error.countdown_timer.timeout.emit()
    assert "через 1 с" in error.ui.bodyLabel.text()
    assert not error.ui.actionButton.isEnabled()
    kiosk.clock.ms += 1000
    error.countdown_timer.timeout.emit()
    assert error.ui.actionButton.isEnabled()
    assert not error.countdown_timer.isActive()
    kiosk.click(error.ui.actionButton)
    kiosk.wait_for_screen(State.CARD)


def test_program_fetch_failed_at_start_up_is_tried_again_with_backoff(
    make_kiosk: KioskMaker, httpserver: HTTPServer, central: EmbeddedCentral
) -> None:
    from kiosk.qt.controller import PROGRAM_RETRY_FIRST_MS, PROGRAM_RETRY_MAX_MS

    with CentralClient(central.url, central.token, terminal_id="DEMO-01") as reference:
        program = reference.program_info().model_dump(mode="json")
    url = httpserver.url_for("").rstrip("/")
    for _ in range(3):
        httpserver.expect_oneshot_request("/api/v1/program").respond_with_data("", status=500)
    httpserver.expect_request("/api/v1/program").respond_with_json(program)
    kiosk = make_kiosk(demo_config(url), client=client_for(url, read_timeout=5.0), wizards=False)
    controller = kiosk.kiosk.controller
    retry = controller.program_retry_timer
    delays = []
    for _ in range(3):
        kiosk.qtbot.waitUntil(retry.isActive, timeout=5000)
        delays.append(retry.interval())
        retry.stop()
        retry.timeout.emit()  # what the event loop does when the delay is up
    kiosk.qtbot.waitUntil(lambda: kiosk.kiosk.flow.program is not None, timeout=5000)
    first = PROGRAM_RETRY_FIRST_MS
    assert delays == [first, 2 * first, 4 * first]
    assert max(delays) <= PROGRAM_RETRY_MAX_MS
    assert not retry.isActive()


def test_nomenclature_fetch_failed_at_start_up_is_tried_again_with_backoff(
    make_kiosk: KioskMaker, httpserver: HTTPServer, central: EmbeddedCentral
) -> None:
    from kiosk.qt.controller import PROGRAM_RETRY_FIRST_MS

    with CentralClient(central.url, central.token, terminal_id="DEMO-01") as reference:
        program = reference.program_info().model_dump(mode="json")
        table = reference.barcode_nomenclature().model_dump(mode="json")
    url = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/api/v1/program").respond_with_json(program)
    for _ in range(3):
        httpserver.expect_oneshot_request("/api/v1/nomenclature").respond_with_data("", status=500)
    httpserver.expect_request("/api/v1/nomenclature").respond_with_json(table)
    kiosk = make_kiosk(demo_config(url), client=client_for(url, read_timeout=5.0), wizards=False)
    shortest: list[int] = []
    kiosk.kiosk.controller.nomenclature_changed.connect(shortest.append)
    retry = kiosk.timers.named("nomenclature-retry")  # a fake: the test says when it is due
    delays = []
    for _ in range(3):
        kiosk.qtbot.waitUntil(retry.isActive, timeout=5000)
        delays.append(retry.interval())
        retry.fire()
    kiosk.qtbot.waitUntil(lambda: shortest != [], timeout=5000)
    assert kiosk.kiosk.flow.nomenclature.version == table["version"]
    first = PROGRAM_RETRY_FIRST_MS
    assert delays == [first, 2 * first, 4 * first]
    assert not retry.isActive()


def test_error_screen_countdown_ticks_once_a_second_and_stops_at_zero(qtbot: QtBot) -> None:
    from kiosk.core.flow import Failure
    from kiosk.qt.screens.message import COUNTDOWN_TICK_MS, MessageKind, MessageScreen
    from tests.support.fake_timers import FakeTimers

    timers = FakeTimers()
    screen = MessageScreen(MessageKind.ERROR, timers=timers)
    qtbot.addWidget(screen)
    countdown = timers.named("retry-countdown")
    screen.set_failure(Failure.BUSY, wait_s=3)
    assert countdown.isActive() and countdown.interval() == COUNTDOWN_TICK_MS
    assert "try again in 3 s" in screen.ui.bodyLabel.text()
    assert not screen.ui.actionButton.isEnabled()
    countdown.fire()
    countdown.fire()
    assert "try again in 1 s" in screen.ui.bodyLabel.text()
    countdown.fire()
    assert screen.ui.actionButton.isEnabled() and not countdown.isActive()
    assert "in a few minutes" in screen.ui.bodyLabel.text()
    # A failure without Retry-After shows no countdown at all.
    screen.set_failure(Failure.SERVER)
    assert screen.ui.actionButton.isEnabled() and not countdown.isActive()
