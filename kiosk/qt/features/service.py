"""The service screen's driver: fills it when it comes up, and carries out its buttons.

The screen is built when a member of staff first opens it (it is not held until then); the
driver takes it on at that moment.

Every question it asks runs off the GUI thread: the central (one authenticated call says whether
it answers), the outbox (depth, oldest row, refused rows; retry and discard), the self-check.
The scanner test listens to every scan, also on the service screen where scans change nothing
else; it shows the class of the code read, never the code.

While the outbox has a fault (a read-only file, a full disk), the screen asks again every
:data:`OUTBOX_RECHECK_MS`: an engineer fixing it sees it pass without leaving the screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject

from kiosk.core.flow import State
from kiosk.core.runtime.masking import mask_card
from kiosk.qt.controller import KioskController, LazyClient
from kiosk.qt.screens.service import DeadLetterRow, OutboxView, ServiceScreen
from kiosk.qt.services.heartbeat import ScanWatch
from kiosk.qt.services.outbox import ActivationService, OutboxHealth
from kiosk.qt.shell.timers import TimerFactory, qt_timer
from kiosk.qt.tasks import Runner

if TYPE_CHECKING:
    from kiosk.core.cashier.outbox import DeadLetter
    from kiosk.qt.input.serial import SerialScanner
    from kiosk.selfcheck.report import SelfCheckReport

log = logging.getLogger(__name__)

#: How often the screen asks the outbox again while it has a fault.
OUTBOX_RECHECK_MS = 3000


class ServiceDriver(QObject):
    def __init__(
        self,
        controller: KioskController,
        *,
        client: LazyClient,
        activations: ActivationService,
        scans: ScanWatch,
        scanner_kind: tuple[str, str],
        log_folder: str,
        runner: Runner,
        self_check: Callable[[], SelfCheckReport] | None = None,
        timers: TimerFactory = qt_timer,
    ) -> None:
        super().__init__(controller)
        self.controller = controller
        #: The service screen, once it is built (see :meth:`_take_on`).
        self.screen: ServiceScreen | None = None
        self.client = client
        self.activations = activations
        self.scans = scans
        self._self_check = self_check
        self._scanner_kind = scanner_kind
        self._log_folder = log_folder
        self._serial: SerialScanner | None = None
        #: The kiosk's runner (which the kiosk closes when it ends).
        self.runner = runner
        self._generation = 0
        self._outbox_recheck = timers(
            "service-outbox-recheck", self, interval_ms=OUTBOX_RECHECK_MS, single_shot=True
        )
        self._outbox_recheck.timeout.connect(self._recheck_outbox)
        scans.scanned.connect(self._scanned)
        # A bound method of this QObject: the sender thread's signal is queued to the GUI thread
        # (a lambda would run on the sender's thread).
        activations.delivered.connect(self._delivered)
        controller.screens.when_built(State.SERVICE, self._take_on)

    def _take_on(self, built: object) -> None:
        screen = cast(ServiceScreen, built)
        self.screen = screen
        screen.set_scanner(*self._scanner_kind)
        screen.set_log_folder(self._log_folder)
        # Without a self-check (a kiosk built without one) its panel would stand empty.
        screen.ui.selfCheckPanel.setVisible(self._self_check is not None)
        if self._serial is not None:
            self._follow(self._serial, screen)
        screen.shown.connect(self.refresh)
        screen.self_check_requested.connect(self.run_self_check)
        screen.retry_requested.connect(self._retry)
        screen.discard_requested.connect(self._discard)
        controller = self.controller
        screen.language_chosen.connect(
            lambda lang: controller.dispatch(controller.flow.set_default_language(lang))
        )

    def follow_serial_scanner(self, scanner: SerialScanner) -> None:
        """Show whether the serial scanner is connected: when the screen is built (it may have
        connected before) and on every change."""
        self._serial = scanner
        if self.screen is not None:
            self._follow(scanner, self.screen)

    @staticmethod
    def _follow(scanner: SerialScanner, screen: ServiceScreen) -> None:
        screen.set_serial_connected(scanner.connected)
        scanner.status_changed.connect(screen.set_serial_connected)

    def refresh(self) -> None:
        """Everything the screen shows, asked afresh."""
        screen = self._built()
        self._generation += 1
        generation = self._generation
        self._show_scan()
        screen.set_central_state(None, self.client.last_answer_at)
        client = self.client

        def ask() -> float | None:
            central = client.get()
            central.program_info()
            return central.last_answer_at

        def answered(last: float | None) -> None:
            if generation == self._generation:
                screen.set_central_state(True, last)

        def failed(error: Exception) -> None:
            log.info("service screen: the central does not answer (%s)", type(error).__name__)
            if generation == self._generation:
                screen.set_central_state(False, self.client.last_answer_at)

        self.runner.run(ask, answered, failed)
        self._refresh_outbox()

    def _built(self) -> ServiceScreen:
        """The screen, for what only its own buttons and its showing start."""
        if self.screen is None:
            raise RuntimeError("the service screen is not built yet")
        return self.screen

    def _show_scan(self) -> None:
        if self.screen is None:
            return  # the screen asks when it is built and shown
        kind = self.scans.last_kind
        self.screen.set_last_scan(self.scans.last_at, kind.value if kind is not None else None)

    def _scanned(self, _kind: str) -> None:
        self._show_scan()

    def _delivered(self, _row_id: int, _outcome: str) -> None:
        if self.screen is not None and self.screen.isVisible():
            self._refresh_outbox()

    def _refresh_outbox(self) -> None:
        screen = self._built()
        error = self.activations.open_error

        def show(health: OutboxHealth) -> None:
            kept = health.kept_as.name if health.kept_as is not None else None
            screen.set_outbox(
                OutboxView(
                    health.depth,
                    health.oldest_age_seconds,
                    health.dead_letters,
                    kept,
                    None,
                    problem=health.problem,
                    damage=health.damage,
                    rows_lost=health.rows_lost,
                )
            )
            if health.problem is not None:
                self._outbox_recheck.start()

        if error is not None:
            screen.set_outbox(OutboxView(0, None, 0, None, error))
            return
        self.activations.health(show)
        self.activations.dead_letters(self._show_dead_letters)

    def _recheck_outbox(self) -> None:
        if self.screen is not None and self.screen.isVisible():
            self._refresh_outbox()

    def _show_dead_letters(self, letters: list[DeadLetter]) -> None:
        self._built().set_dead_letters(
            [DeadLetterRow(d.id, mask_card(d.card_number), d.reason, d.scanned_at) for d in letters]
        )

    def _retry(self, row_id: int) -> None:
        log.info("refused activation %d queued again from the service screen", row_id)
        self.activations.retry_dead_letter(row_id, lambda _again: self._refresh_outbox())

    def _discard(self, row_id: int) -> None:
        log.info("refused activation %d discarded from the service screen", row_id)
        self.activations.discard_dead_letter(row_id, lambda _none: self._refresh_outbox())

    def run_self_check(self) -> None:
        check = self._self_check
        if check is None:
            return
        screen = self._built()
        screen.set_self_check(True)

        def failed(error: Exception) -> None:
            log.error("self-check failed to run: %s", type(error).__name__)
            screen.set_self_check(False, error=type(error).__name__)

        self.runner.run(check, lambda report: screen.set_self_check(False, report), failed)
