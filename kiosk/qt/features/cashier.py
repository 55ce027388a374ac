"""Cashier mode's driver: carries out what :class:`kiosk.core.cashier.session.CashierSession`
decides.

The kiosk flow enters cashier mode on a staff badge scanned on the start screen (it shows the
cashier screen, and its ``StaffBadgeScanned`` reaches :meth:`CashierDriver.begin` through the
controller) and forwards every scan while it is on screen (``CashierScan``); this driver runs
the sign-in against the central, writes activations into the outbox, follows the sender's
outcomes, and leaves cashier mode through the flow (``wizard_cancelled``,
``hand_over_to_shopper``, ``open_service_as_staff``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject

from kiosk.core.cashier.session import (
    AskStillHere,
    CashierCommand,
    CashierSession,
    CheckStaffPin,
    EndStaffSession,
    HandOver,
    LeaveCashierMode,
    OpenService,
    RecordActivation,
    RowChanged,
    ScanNotRecognised,
    ShowList,
    ShowPinPage,
    ShowPinProblem,
    SignInProblem,
    StaffMember,
    StartStaffIdle,
    StopStaffIdle,
    sign_in_problem,
)
from kiosk.core.flow import State
from kiosk.core.runtime.masking import mask_card
from kiosk.qt.controller import KioskController, LazyClient
from kiosk.qt.features.service import ServiceDriver
from kiosk.qt.screens.cashier import CashierScreen
from kiosk.qt.services.heartbeat import HeartbeatDriver, ScanWatch
from kiosk.qt.services.outbox import ActivationService
from kiosk.qt.shell.timers import TimerFactory, qt_timer
from kiosk.qt.tasks import Runner

if TYPE_CHECKING:
    from kiosk.contract import StaffSession
    from kiosk.selfcheck.report import SelfCheckReport

log = logging.getLogger(__name__)


class CashierDriver(QObject):
    """Drives cashier mode's screen; plugged into the controller as its cashier."""

    def __init__(
        self,
        controller: KioskController,
        activations: ActivationService,
        client: LazyClient,
        *,
        staff_idle_seconds: int,
        runner: Runner,
        timers: TimerFactory = qt_timer,
    ) -> None:
        super().__init__(controller)
        self.controller = controller
        self.activations = activations
        self.client = client
        flow = controller.flow
        # The nomenclature in use (the central's once fetched) tells cards from the rest.
        self.session = CashierSession(lambda raw: flow.nomenclature.classify(raw))
        #: The kiosk's runner (which the kiosk closes when it ends).
        self.runner = runner
        self.staff_idle = timers(
            "staff-idle", self, interval_ms=staff_idle_seconds * 1000, single_shot=True
        )
        self.staff_idle.timeout.connect(lambda: self._run(self.session.staff_idle_elapsed()))
        activations.delivered.connect(self._delivered)

    @property
    def screen(self) -> CashierScreen:
        """Cashier mode's screen, built the first time a staff badge opens it (see
        :func:`install_cashier`)."""
        return cast(CashierScreen, self.controller.screens.get(State.CASHIER))

    def take_on(self, screen: CashierScreen) -> None:
        """Drive ``screen``, just built."""
        screen.pin_entered.connect(self._pin_entered)
        screen.pin_cancelled.connect(lambda: self._run(self.session.pin_cancelled()))
        screen.sign_out_requested.connect(self.sign_out)
        screen.hand_over_requested.connect(lambda row: self._run(self.session.hand_over(row)))
        screen.service_requested.connect(lambda: self._run(self.session.open_service()))
        screen.still_here.connect(lambda: self._run(self.session.still_here_confirmed()))
        screen.staff_idle_expired.connect(self.sign_out)
        screen.idle_handler = self._kiosk_idle

    # -- from the controller ------------------------------------------------------------------

    def begin(self, badge: str) -> None:
        log.info("staff badge scanned: PIN asked")
        self._run(self.session.badge_scanned(badge))

    def scanned(self, code: str) -> None:
        self._run(self.session.scanned(code))

    def end_parked_session(self) -> None:
        """A shopper scanned a card on the start screen after a hand-over."""
        self._run(self.session.shopper_card_on_start_screen())

    def activity(self) -> None:
        """Any touch or key: the cashier is there (restarts the staff idle time)."""
        if self.session.signed_in and self.staff_idle.isActive():
            self.staff_idle.start()

    def sign_out(self) -> None:
        self._run(self.session.sign_out())

    def stop(self) -> None:
        self.staff_idle.stop()

    # -- events -------------------------------------------------------------------------------

    def _kiosk_idle(self) -> bool:
        # The shopper idle time means nothing to a signed-in cashier (the staff idle time
        # does); on the PIN page it ends the attempt like any other screen.
        if self.session.signed_in:
            return True
        self.session.abandon_sign_in()
        return False

    def _pin_entered(self, pin: str) -> None:
        self._run(self.session.pin_entered(pin))

    def _delivered(self, outbox_id: int, outcome: str) -> None:
        # (The sender goes straight on to the next row after an answer by itself; a wake from
        # here would only cut the backoff of a row that is being tried meanwhile.)
        self._run(self.session.delivery(outbox_id, outcome))

    # -- commands -----------------------------------------------------------------------------

    def _run(self, commands: list[CashierCommand]) -> None:
        for command in commands:
            self._execute(command)

    def _execute(self, command: CashierCommand) -> None:
        screen = self.screen
        match command:
            case ShowPinPage():
                screen.set_pin_busy(False)
                screen.show_pin_page()
            case CheckStaffPin(badge=badge, pin=pin, generation=generation):
                self._check_pin(badge, pin, generation)
            case ShowPinProblem(problem=problem, attempts_left=attempts, minutes=minutes):
                log.info("staff sign-in refused: %s", problem.value)
                screen.set_pin_busy(False)
                screen.show_pin_problem(problem, attempts_left=attempts, minutes=minutes)
            case ShowList():
                member = self.session.member
                assert member is not None
                log.info("staff %s signed in (%s)", member.staff_id, member.role)
                screen.set_pin_busy(False)
                screen.show_list(member.display_name, may_service=member.may_service)
                self._counts()
            case RecordActivation(row=row, card_number=number, staff_id=staff_id):
                self._record(row, number, staff_id)
            case RowChanged(row=row):
                screen.update_row(self.session.rows[row])
                self._counts()
            case ScanNotRecognised():
                screen.show_not_recognised()
            case HandOver(card_number=number):
                log.info("card %s handed over for registration", mask_card(number))
                self.controller.dispatch(self.controller.flow.hand_over_to_shopper(number))
            case EndStaffSession(token=token):
                self._end_session(token)
            case LeaveCashierMode():
                screen.clear()
                if self.controller.flow.state is State.CASHIER:
                    self.controller.dispatch(self.controller.flow.wizard_cancelled())
            case StartStaffIdle():
                self.staff_idle.start()
            case StopStaffIdle():
                self.staff_idle.stop()
                screen.cancel_still_here()
            case AskStillHere():
                screen.ask_still_here()
            case OpenService():
                screen.clear()
                self.controller.dispatch(self.controller.flow.open_service_as_staff())

    def _counts(self) -> None:
        self.screen.set_counts(self.session.activated, self.session.waiting)

    def _check_pin(self, badge: str, pin: str, generation: int) -> None:
        self.screen.set_pin_busy(True)
        client = self.client

        def on_done(staff: StaffSession) -> None:
            member = StaffMember(staff.staff_id, staff.display_name, staff.role, staff.token)
            if self.controller.flow.state is not State.CASHIER:
                self.session.abandon_sign_in()
            self._run(self.session.sign_in_succeeded(generation, member))

        def on_error(error: BaseException) -> None:
            problem, attempts, minutes = sign_in_problem(error)
            if problem in (SignInProblem.WRONG_PIN, SignInProblem.LOCKED):
                log.warning("staff sign-in: %s", problem.value)
            else:
                log.info("staff sign-in failed: %s (%s)", problem.value, type(error).__name__)
            self._run(
                self.session.sign_in_failed(
                    generation, problem, attempts_left=attempts, minutes=minutes
                )
            )

        self.runner.run(lambda: client.get().staff_login(badge, pin), on_done, on_error)

    def _record(self, row: int, number: str, staff_id: str) -> None:
        def on_error(error: Exception) -> None:
            log.error("activation of %s not recorded: %s", mask_card(number), error)
            # The outbox's errors carry their problem (an OutboxProblem, a StrEnum).
            disk_full = getattr(error, "problem", None) == "full"
            self._run(self.session.record_failed(row, disk_full=disk_full))

        self.activations.record(
            number,
            staff_id,
            lambda outbox_id: self._run(self.session.recorded(row, outbox_id)),
            on_error,
        )

    def _end_session(self, token: str) -> None:
        log.info("staff session ended")
        client = self.client

        def on_error(error: BaseException) -> None:
            # It expires by itself at the central; nothing on the kiosk depends on it.
            log.info("staff session not ended at the central: %s", type(error).__name__)

        self.runner.run(lambda: client.get().logout(token), lambda _none: None, on_error)
        if self.controller.flow.staff_parked:
            self.controller.dispatch(self.controller.flow.staff_session_ended())


class CashierServices:
    """Cashier mode and what runs beside it: the outbox with its sender, the heartbeat, the
    last scan. Built by :func:`install_cashier`; ``stop`` ends every thread they started."""

    def __init__(
        self,
        activations: ActivationService,
        scans: ScanWatch,
        heartbeat: HeartbeatDriver,
        driver: CashierDriver,
        service: ServiceDriver,
    ) -> None:
        self.activations = activations
        self.scans = scans
        self.heartbeat = heartbeat
        self.driver = driver
        self.service = service

    @property
    def screen(self) -> CashierScreen:
        """Cashier mode's screen (built now if no badge has opened it yet)."""
        return self.driver.screen

    def start(self) -> None:
        self.activations.start()
        self.heartbeat.start()

    def stop(self) -> None:
        self.driver.stop()
        self.heartbeat.stop()
        self.activations.stop()


def install_cashier(
    controller: KioskController,
    *,
    client: LazyClient,
    outbox_path: Path,
    terminal_id: str,
    staff_idle_seconds: int,
    still_here_seconds: int,
    heartbeat_seconds: int,
    scanner_kind: tuple[str, str],
    log_folder: str,
    runner: Runner,
    self_check: Callable[[], SelfCheckReport] | None = None,
    timers: TimerFactory = qt_timer,
) -> CashierServices:
    """Build cashier mode and its services, with the service screen's driver, and plug them
    into ``controller`` (not started). Cashier mode's screen is built when a staff badge first
    opens it: most of a kiosk's hours see no cashier."""
    activations = ActivationService(
        outbox_path, client.get, terminal_id=terminal_id, parent=controller
    )
    flow = controller.flow
    scans = ScanWatch(controller, classify=lambda raw: flow.nomenclature.classify(raw))
    heartbeat = HeartbeatDriver(
        client,
        activations,
        scans,
        interval_seconds=heartbeat_seconds,
        timers=timers,
        parent=controller,
    )
    driver = CashierDriver(
        controller,
        activations,
        client,
        staff_idle_seconds=staff_idle_seconds,
        runner=runner,
        timers=timers,
    )

    def build_screen() -> None:
        screen = CashierScreen(still_here_seconds=still_here_seconds, timers=timers)
        controller.add_cashier_screen(screen)
        screen.set_language(controller.flow.language)
        driver.take_on(screen)

    controller.add_cashier(build_screen, driver)
    service = ServiceDriver(
        controller,
        client=client,
        activations=activations,
        scans=scans,
        scanner_kind=scanner_kind,
        log_folder=log_folder,
        runner=runner,
        self_check=self_check,
        timers=timers,
    )
    return CashierServices(activations, scans, heartbeat, driver, service)
