"""Composition root of the kiosk's Qt side: builds the window, screens, flow, scanners, idle
watch and the central client from a config, and wires them together.

Start-up is kept lean: up to the moment the kiosk is ready for a scan (start screen up, scanner
input installed, event loop running) only the start screen is built and nothing imports requests
or pydantic. Then the central client is built in a worker thread, alone, so that its imports run
on one thread (see finish_startup_on_event_loop); then the program is fetched and, one piece per
turn of the event loop so that a scan is never kept waiting long, the other screens are built,
then cashier mode, and the wizards are offered (each is built when a shopper first opens it). A
screen the shopper needs before its turn is built on the spot.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.core.flow import Flow, ReadingAids
from kiosk.core.runtime.config import KioskConfig, verify_service_pin
from kiosk.core.runtime.logging_setup import NO_SCREEN, set_screen, setup_logging
from kiosk.core.runtime.startup_timing import seconds_since_process_start
from kiosk.qt.controller import KioskController, Screens
from kiosk.qt.input.idle import ActivityWatcher, IdleMonitor
from kiosk.qt.input.navigation import KeyNavigator
from kiosk.qt.input.touch import enable_touch_scrolling
from kiosk.qt.input.wedge import ScannerInput
from kiosk.qt.resources import resource_path
from kiosk.qt.shell.stop_signals import StopSignals
from kiosk.qt.shell.tap_guard import TAP_GUARD_MS, TapGuard
from kiosk.qt.shell.theme import Theme, screen_dpi
from kiosk.qt.shell.timers import TimerFactory, qt_timer
from kiosk.qt.shell.translations import Translations
from kiosk.qt.shell.watchdog import WatchdogPinger
from kiosk.qt.shell.window import KioskWindow
from kiosk.qt.tasks import LazyClient, TaskRunner

if TYPE_CHECKING:
    from kiosk.core.client import CentralClient
    from kiosk.qt.features.cashier import CashierServices
    from kiosk.qt.input.serial import SerialScanner
    from kiosk.qt.screens.base import Screen
    from kiosk.qt.screens.demo_panel import DemoCard, DemoPanel
    from kiosk.selfcheck.report import SelfCheckReport

log = logging.getLogger(__name__)

#: Set to 1 to measure start-up: the kiosk prints how long it took to be ready for a scan
#: (start screen shown, scanner input installed, event loop running) and exits.
EXIT_WHEN_READY_ENV = "KIOSK_EXIT_WHEN_READY"


def load_stylesheet(app: QApplication, size: tuple[int, int] | None = None) -> Theme:
    """The kiosk's stylesheet, applied for ``size`` (the window's, when it is known before the
    window is built), else for the reference screen until the window says its size."""
    path = resource_path("styles", "kiosk.qss")
    try:
        template = path.read_text(encoding="utf-8")
    except OSError as error:
        # Unstyled is still usable; a missing resource is a packaging bug for the logs.
        log.error("stylesheet %s not loaded: %s", path, error)
        template = ""
    theme = Theme(app, template, dpi=screen_dpi(app))
    if size is not None:
        theme.set_size(*size)
    theme.apply()
    return theme


def _screen_size(app: QApplication) -> tuple[int, int] | None:
    """The primary screen's size: a full-screen window's."""
    screen = app.primaryScreen()
    if screen is None:
        return None
    size = screen.geometry().size()
    return size.width(), size.height()


def client_factory(config: KioskConfig) -> Callable[[], CentralClient]:
    def build() -> CentralClient:
        from kiosk.core.client import CentralClient

        return CentralClient.for_config(config)

    return build


@dataclass
class Kiosk:
    """Every long-lived part of a running kiosk (tests reach into them)."""

    app: QApplication
    config: KioskConfig
    window: KioskWindow[Screen]
    flow: Flow
    controller: KioskController
    runner: TaskRunner
    client: LazyClient
    translations: Translations
    theme: Theme
    activity: ActivityWatcher
    idle: IdleMonitor
    #: Where every timer of this kiosk comes from (tests pass fake ones to fire).
    timers: TimerFactory = qt_timer
    navigator: KeyNavigator | None = None
    tap_guard: TapGuard | None = None
    scanner: ScannerInput | None = None
    serial: SerialScanner | None = None
    #: Start-up work that waits until the kiosk is ready for a scan, in order: the screens
    #: other than the start screen, cashier mode, then the wizards' offer (see
    #: continue_startup).
    deferred: list[Callable[[], object]] = field(default_factory=list)
    #: Cashier mode, the activation outbox and the heartbeat (installed before the wizards).
    cashier: CashierServices | None = None

    def start_background_work(self) -> None:
        """Start what runs beside the shopper: the program and nomenclature fetches (the first
        builds the central client on a worker unless it is built already) and their refresh."""
        self.controller.start_program_updates()

    def continue_startup(self) -> bool:
        """Do the next piece of deferred start-up work; False when none is left."""
        if not self.deferred:
            return False
        self.deferred.pop(0)()
        return True

    def finish_startup(self) -> None:
        """Do all deferred start-up work now; idempotent."""
        while self.continue_startup():
            pass

    def shutdown(self) -> None:
        """Stop every timer, filter, thread and connection this kiosk started."""
        self.controller.stop()
        if self.cashier is not None:
            self.cashier.stop()
        self.idle.stop()
        self.app.removeEventFilter(self.activity)
        if self.navigator is not None:
            self.app.removeEventFilter(self.navigator)
        if self.tap_guard is not None:
            self.app.removeEventFilter(self.tap_guard)
        if self.scanner is not None:
            self.scanner.uninstall()
        if self.serial is not None:
            self.serial.stop()
        self.runner.wait_for_done(15_000)
        self.runner.close()
        self.client.close()
        self.window.allow_close()
        self.window.close()
        self.translations.remove()
        self.app.setStyleSheet("")
        self.window.release_cursor()
        set_screen(NO_SCREEN)  # log lines after this are not about any screen


def build_kiosk(
    config: KioskConfig,
    *,
    app: QApplication,
    language: str | None = None,
    demo_cards: Sequence[DemoCard] | None = None,
    client: Callable[[], CentralClient] | None = None,
    scanner_clock_ms: Callable[[], int] | None = None,
    timers: TimerFactory = qt_timer,
    clock: Callable[[], float] | None = None,
    today: Callable[[], dt.date] = dt.date.today,
    tap_guard_ms: int = TAP_GUARD_MS,
    self_check: Callable[[], SelfCheckReport] | None = None,
    demo_network: DemoNetwork | None = None,
    window_size: tuple[int, int] | None = None,
) -> Kiosk:
    """Assemble a kiosk for ``config`` (not shown yet; call :func:`show_kiosk`).

    ``demo_cards`` turns on demo mode (badge and panel). The keyword arguments after it are
    for tests: a client factory, the scanner's clock, the factory of every timer (fake ones to
    fire), the clock of the flow and of the tap guard, how long taps are ignored after the
    screen changed (0: never). ``window_size`` is the size the window will be shown at, when
    known: the stylesheet is then rendered for it before the first widget is polished, rather
    than rendered again (every widget re-polished, ~10 ms) when the window is shown.
    """
    default_language = language or config.language
    translations = Translations(app)
    # Before the first widget: the forms translate themselves as they are built.
    translations.apply(default_language)
    theme = load_stylesheet(app, window_size)

    flow_clock = clock or time.monotonic
    flow = Flow(
        default_language=default_language,
        clock=flow_clock,
        default_aids=ReadingAids(large_text=config.large_text, high_contrast=config.high_contrast),
    )
    window: KioskWindow[Screen] = KioskWindow(timers=timers, touch_scrolling=enable_touch_scrolling)
    # Sizes follow the window: fonts, keys and margins are derived from the room it has.
    window.resized.connect(theme.set_size)
    # The reading aids restyle what is on display at once, each other screen when shown.
    theme.follow(window)
    runner = TaskRunner(parent=window)
    lazy_client = LazyClient(client or client_factory(config), default_language)
    controller = KioskController(
        flow=flow,
        window=window,
        runner=runner,
        client=lazy_client,
        translations=translations,
        verify_service_pin=lambda pin: verify_service_pin(pin, config.service_pin_hash),
        service_info={
            "terminal_id": config.terminal_id,
            "central_url": config.central_url,
            "support_phone": config.support_phone or "",
        },
        demo=demo_cards is not None,
        today=today,
        price_seconds=config.price_seconds,
        timers=timers,
    )
    controller.reading_aids_changed.connect(theme.set_reading_aids)
    controller.reading_aids_changed.connect(
        lambda aids: window.set_screens_may_scroll(aids.large_text)
    )
    if demo_cards is not None:
        from kiosk.qt.screens.demo_panel import DemoPanel

        panel = DemoPanel()
        panel.set_cards(list(demo_cards))
        controller.install_demo_panel(panel)

    activity = ActivityWatcher(window)
    idle = IdleMonitor(config.idle_seconds, window, timers=timers)
    activity.activity.connect(idle.restart)
    activity.corner_tapped.connect(controller.corner_tap)
    idle.expired.connect(controller.idle_timeout)

    kiosk = Kiosk(
        app=app,
        config=config,
        window=window,
        flow=flow,
        controller=controller,
        runner=runner,
        client=lazy_client,
        translations=translations,
        theme=theme,
        activity=activity,
        idle=idle,
        timers=timers,
    )
    kiosk.navigator = KeyNavigator(window.input_layer, parent=window)
    window.screen_changed.connect(kiosk.navigator.clear)
    kiosk.tap_guard = TapGuard(window, guard_ms=tap_guard_ms, clock=flow_clock)
    window.screen_changed.connect(kiosk.tap_guard.screen_changed)
    if config.scanner.keyboard_wedge:
        scanner = ScannerInput(
            config.scanner,
            clock_ms=scanner_clock_ms,
            parent=window,
            timers=timers,
            shortest_code=flow.nomenclature.shortest_code_length,
        )
        scanner.scanned.connect(controller.scan)
        controller.nomenclature_changed.connect(scanner.set_shortest_code)
        kiosk.scanner = scanner
    if config.scanner.serial_port is not None:
        from kiosk.qt.input.serial import SerialScanner

        serial = SerialScanner(config.scanner.serial_port, config.scanner.serial_baudrate)
        serial.scanned.connect(controller.scan)
        kiosk.serial = serial
    # After the kiosk is ready for a scan, one per turn of the event loop: the other screens
    # (each is also built on the spot if the flow needs it first), cashier mode, then the
    # wizards' offer: their forms and keyboards, which take longer to build than all other
    # screens together, are built when a shopper first opens one.
    kiosk.deferred += [functools.partial(controller.screens.get, s) for s in Screens.BUILD_ORDER]
    if demo_network is not None and controller.demo_panel is not None:
        _wire_demo_network(kiosk, controller.demo_panel, demo_network)
    kiosk.deferred.append(lambda: _install_cashier(kiosk, timers, self_check))
    kiosk.deferred.append(lambda: _install_wizards(kiosk, today))
    return kiosk


def _install_wizards(kiosk: Kiosk, today: Callable[[], dt.date]) -> None:
    # Imported here: the wizards' modules are not on the way to the start screen either.
    from kiosk.qt.features.wizards.install import install_wizards

    install_wizards(
        kiosk.controller,
        runner=kiosk.runner,
        client=kiosk.client,
        today=today,
        timers=kiosk.timers,
        still_here_seconds=kiosk.config.still_here_seconds,
    )


class DemoNetwork(Protocol):
    """The demo's link to its embedded central (kiosk.central.link.DemoLink)."""

    @property
    def is_cut(self) -> bool: ...

    def cut(self) -> None: ...

    def reconnect(self) -> None: ...


def _wire_demo_network(kiosk: Kiosk, panel: DemoPanel, network: DemoNetwork) -> None:
    """The demo panel's button cuts the kiosk off from its central and connects it again; once
    connected, activations waiting in the outbox go out at once."""
    runner = kiosk.runner
    panel.set_network(network.is_cut)

    def toggle(cut: bool) -> None:
        panel.set_network(network.is_cut, busy=True)

        def done(_result: object) -> None:
            panel.set_network(network.is_cut)
            if not network.is_cut and kiosk.cashier is not None:
                kiosk.cashier.activations.wake()

        def failed(error: Exception) -> None:
            log.error("demo link not switched: %s", type(error).__name__)
            panel.set_network(network.is_cut)

        runner.run(network.cut if cut else network.reconnect, done, failed)

    panel.network_cut_requested.connect(toggle)


def _install_cashier(
    kiosk: Kiosk, timers: TimerFactory, self_check: Callable[[], SelfCheckReport] | None
) -> None:
    """Cashier mode with the activation outbox, the heartbeat and the service screen's driver,
    started at once: rows left in the outbox from before a restart go out now."""
    from kiosk.core.cashier.outbox import OUTBOX_FILE_NAME
    from kiosk.core.runtime.config import default_data_dir
    from kiosk.core.runtime.logging_setup import default_log_dir
    from kiosk.qt.features.cashier import install_cashier

    config = kiosk.config
    data_dir = Path(config.data_dir) if config.data_dir else default_data_dir()
    scanner = config.scanner
    port = scanner.serial_port or ""
    kind = ("both" if port else "wedge") if scanner.keyboard_wedge else "serial"
    services = install_cashier(
        kiosk.controller,
        client=kiosk.client,
        outbox_path=data_dir / OUTBOX_FILE_NAME,
        terminal_id=config.terminal_id,
        staff_idle_seconds=config.staff_idle_seconds,
        still_here_seconds=config.still_here_seconds,
        heartbeat_seconds=config.heartbeat_seconds,
        scanner_kind=(kind, port),
        log_folder=str(Path(config.log_dir) if config.log_dir else default_log_dir()),
        runner=kiosk.runner,
        self_check=self_check,
        timers=timers,
    )
    for source in (kiosk.scanner, kiosk.serial):
        if source is not None:
            source.scanned.connect(services.scans.note)
    if kiosk.serial is not None:
        services.service.follow_serial_scanner(kiosk.serial)
    kiosk.activity.activity.connect(services.driver.activity)
    kiosk.cashier = services
    services.start()


def show_kiosk(kiosk: Kiosk, *, fullscreen: bool) -> None:
    """Put the start screen up and start taking input: once the event loop runs, the kiosk is
    ready for a scan. The program fetch (:meth:`Kiosk.start_background_work`) and the other
    screens (:attr:`Kiosk.deferred`) are left to the caller."""
    kiosk.controller.start()
    kiosk.window.enter_kiosk_mode(fullscreen=fullscreen, hide_cursor=kiosk.config.hide_cursor)
    # The application-wide filters are installed once the window is up and laid out, so that
    # they do not see the thousands of events of building, polishing and laying it out (each
    # one a call into Python: ~80 ms). The layout is posted work: done here, not on the event
    # loop's first turn. Input cannot slip past the filters meanwhile: the window system's
    # events wait for the event loop.
    QCoreApplication.sendPostedEvents()
    # The keys of a scan (its closing Enter too) never reach the keyboard navigation, whatever
    # the order of the two: the scanner's filter swallows them where the window (QWindow) gets
    # them, and the navigation acts on a key only where it reaches a widget, after that.
    if kiosk.navigator is not None:
        kiosk.app.installEventFilter(kiosk.navigator)
    if kiosk.tap_guard is not None:
        kiosk.app.installEventFilter(kiosk.tap_guard)
    if kiosk.scanner is not None:
        kiosk.scanner.install(kiosk.app)
    # Installed last, so it is asked first (Qt calls the newest filter first): it sees every
    # key, including the ones the scanner filter then swallows.
    kiosk.app.installEventFilter(kiosk.activity)
    kiosk.idle.restart()
    if kiosk.serial is not None:
        kiosk.serial.start()


def run_kiosk(
    config: KioskConfig,
    *,
    fullscreen: bool = True,
    language: str | None = None,
    demo_cards: Sequence[DemoCard] | None = None,
    self_check: Callable[[], SelfCheckReport] | None = None,
    demo_network: DemoNetwork | None = None,
    today: Callable[[], dt.date] = dt.date.today,
) -> int:
    """Run the kiosk until it leaves kiosk mode through the service screen, or SIGTERM or SIGINT
    stops it (both end it the same way, with exit status 0). ``self_check``
    runs the self-check (off the GUI thread) and returns its report, for the service
    screen. ``today`` is the store's date (the terminal's own, set to the store's time zone;
    the demo's is its central's)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("loyalty-kiosk")
    # Leaving kiosk mode is the only way out; a window closing by accident must not end it.
    app.setQuitOnLastWindowClosed(False)
    log_dir = Path(config.log_dir) if config.log_dir else None
    setup_logging(log_dir, terminal_id=config.terminal_id)
    # Caught from here on: a stop signal during start-up is acted on once the event loop runs.
    stop_signals = StopSignals()
    stop_signals.install()
    stop_signals.received.connect(lambda name: _stop_on_signal(app, name))
    kiosk = build_kiosk(
        config,
        app=app,
        language=language,
        demo_cards=demo_cards,
        self_check=self_check,
        demo_network=demo_network,
        today=today,
        window_size=_screen_size(app) if fullscreen else None,
    )
    # Here, not in build_kiosk: only a running kiosk ends its application.
    kiosk.controller.quit_requested.connect(app.quit)
    show_kiosk(kiosk, fullscreen=fullscreen)
    # systemd (Type=notify): READY=1 once the event loop runs with the start screen up, then
    # WATCHDOG=1 from this GUI thread, so a frozen loop gets the kiosk restarted.
    watchdog = WatchdogPinger(parent=kiosk.window, timers=kiosk.timers)
    if os.environ.get(EXIT_WHEN_READY_ENV) == "1":
        watchdog.ready.connect(lambda: _report_ready_and_quit(app))
    else:
        watchdog.ready.connect(lambda: finish_startup_on_event_loop(kiosk))
    watchdog.start()
    try:
        return app.exec()
    finally:
        watchdog.stop()  # STOPPING=1 first: systemd waits for the rest
        kiosk.shutdown()
        stop_signals.uninstall()
        log.info("kiosk stopped")


def _stop_on_signal(app: QApplication, name: str) -> None:
    """SIGTERM or SIGINT: the kiosk ends as when an engineer leaves kiosk mode (exit status 0),
    its outbox, threads and window closed by :meth:`Kiosk.shutdown`."""
    log.info("kiosk stopping on %s", name)
    app.exit(0)  # not quit(): the kiosk window refuses the close requests quit() sends first


def finish_startup_on_event_loop(kiosk: Kiosk) -> None:
    """The rest of start-up, once the kiosk is ready for a scan.

    First the central client is built on a worker, alone: that imports requests, pydantic and
    the API contract, which the background work and the deferred pieces import too (the fetches,
    the service screen, cashier mode's outbox). Imports running on two threads at once can meet
    in a module the other thread has only half run (pydantic's "partially initialized module"),
    so nothing else that imports them starts until the client is built; a scan meanwhile waits
    for the same client (see LazyClient). Then the background work, and the deferred pieces,
    each on its own turn of the event loop, so that the key events of a scan arriving meanwhile
    are handled between two pieces."""

    def next_piece() -> None:
        if kiosk.continue_startup():
            QTimer.singleShot(0, kiosk.window, next_piece)

    def go_on(_built_or_failed: object) -> None:
        # A client that could not be built is the fetches' to report (and retry).
        kiosk.start_background_work()
        QTimer.singleShot(0, kiosk.window, next_piece)

    kiosk.runner.run(kiosk.client.get, go_on, go_on)


def _report_ready_and_quit(app: QApplication) -> None:
    elapsed = seconds_since_process_start()
    shown = f"{elapsed:.3f} s after the process started" if elapsed is not None else "now"
    # CPU time of this (the GUI) thread since the process began: the start-up's own cost,
    # which grows much less than the wall time when other programs load the machine.
    print(f"kiosk ready for a scan {shown} ({time.thread_time():.3f} s CPU)", flush=True)
    app.exit(0)  # not quit(): the kiosk window refuses the close requests quit() sends first
