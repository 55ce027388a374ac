"""Carries out what the flow decides: fills and shows screens, runs central calls in the
background and feeds their results back to the flow.

The controller holds no decisions of its own beyond presentation (which text a notice shows,
when the spinner appears). Every shopper intent goes to :class:`kiosk.core.flow.Flow`, and the
commands it returns are run here, in order.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.flow import (
    BeginWizard,
    Command,
    Failure,
    Flow,
    InvalidatePending,
    LeaveKiosk,
    LoadProgram,
    LookupCard,
    Notice,
    SetLanguage,
    Show,
    ShowNotice,
    State,
    WipePersonalData,
    WizardScan,
    classify_failure,
)
from kiosk.core.masking import mask_card
from kiosk.qt.i18n import Translations
from kiosk.qt.screens.attract import AttractScreen
from kiosk.qt.screens.base import Screen
from kiosk.qt.screens.card import CardScreen
from kiosk.qt.screens.demo_panel import DemoPanel
from kiosk.qt.screens.loading import LoadingScreen
from kiosk.qt.screens.manual_entry import ManualEntryScreen
from kiosk.qt.screens.message import MessageKind, MessageScreen
from kiosk.qt.screens.program import ProgramScreen
from kiosk.qt.screens.service import ServiceScreen
from kiosk.qt.screens.service_pin import ServicePinScreen
from kiosk.qt.window import KioskWindow

if TYPE_CHECKING:
    from kiosk.contract import CardInfo, DemoSms, ProgramInfo, StorePromotion
    from kiosk.core.client import CentralClient

log = logging.getLogger(__name__)

#: The loading screen appears only when an answer takes longer than this.
SPINNER_DELAY_MS = 300
#: Program information (today's discount) is fetched again this often.
PROGRAM_REFRESH_MS = 30 * 60 * 1000
#: The program's support line (seed: free calls), shown on the offline screen when the central
#: could not be asked for it even once.
FALLBACK_SUPPORT_PHONE = "8 800-555-36-09"

#: Screens where the shopper may wait for a quick answer: they stay up for the first
#: SPINNER_DELAY_MS instead of flashing the loading screen.
_CALM_WHILE_LOADING = frozenset(
    {State.ATTRACT, State.MANUAL_ENTRY, State.LOADING, State.PROGRAM, State.ERROR}
)


class Runner(Protocol):
    """The background task runner (kiosk.qt.tasks.TaskRunner)."""

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> object: ...

    def invalidate(self) -> None: ...


class LazyClient:
    """The central client, created on first use in a worker thread.

    Creating it imports requests and pydantic, which the first screen must not wait for.
    """

    def __init__(self, factory: Callable[[], CentralClient], language: str = "ru") -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._client: CentralClient | None = None
        self._language = language

    def get(self) -> CentralClient:
        with self._lock:
            if self._client is None:
                self._client = self._factory()
                self._client.language = self._language
            return self._client

    def set_language(self, language: str) -> None:
        with self._lock:
            self._language = language
            if self._client is not None:
                self._client.language = language

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()


class WizardScreen(Protocol):
    """What a wizard screen (registration, add a card) offers the controller.

    Signals (Qt): ``finished(object)`` with the CardInfo to show afterwards or None, and
    ``cancelled()``.
    """

    def begin(self, card_number: str | None) -> None: ...

    def scanned(self, number: str) -> None: ...


class Screens:
    """The kiosk's own screens, created once and registered with the window by flow state."""

    def __init__(self, window: KioskWindow, *, today: Callable[[], dt.date]) -> None:
        self.attract = AttractScreen()
        self.manual_entry = ManualEntryScreen()
        self.loading = LoadingScreen()
        self.card = CardScreen()
        self.not_registered = MessageScreen(MessageKind.NOT_REGISTERED)
        self.unknown_card = MessageScreen(MessageKind.UNKNOWN_CARD)
        self.blocked = MessageScreen(MessageKind.BLOCKED)
        self.error = MessageScreen(MessageKind.ERROR)
        self.program = ProgramScreen(today=today)
        self.service_pin = ServicePinScreen()
        self.service = ServiceScreen()
        by_state: dict[State, Screen] = {
            State.ATTRACT: self.attract,
            State.MANUAL_ENTRY: self.manual_entry,
            State.LOADING: self.loading,
            State.CARD: self.card,
            State.NOT_REGISTERED: self.not_registered,
            State.UNKNOWN_CARD: self.unknown_card,
            State.BLOCKED: self.blocked,
            State.ERROR: self.error,
            State.PROGRAM: self.program,
            State.SERVICE_PIN: self.service_pin,
            State.SERVICE: self.service,
        }
        for state, screen in by_state.items():
            window.add_screen(state, screen)


class KioskController(QObject):
    #: The service screen's "leave kiosk mode" was confirmed: the application should quit.
    quit_requested = Signal()

    def __init__(
        self,
        *,
        flow: Flow,
        window: KioskWindow,
        runner: Runner,
        client: LazyClient,
        translations: Translations,
        service_info: dict[str, str],
        demo: bool = False,
        spinner_delay_ms: int = SPINNER_DELAY_MS,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(window)
        self.flow = flow
        self.window = window
        self.runner = runner
        self.client = client
        self.translations = translations
        self._today = today
        self.screens = Screens(window, today=today)
        self.screens.service.set_info(
            version=service_info.get("version", ""),
            terminal_id=service_info.get("terminal_id", ""),
            central_url=service_info.get("central_url", ""),
            demo=demo,
        )
        self.demo_panel: DemoPanel | None = None
        self._spinner_timer = QTimer(self)
        self._spinner_timer.setSingleShot(True)
        self._spinner_timer.setInterval(spinner_delay_ms)
        self._spinner_timer.timeout.connect(self._on_spinner_due)
        self._program_timer = QTimer(self)
        self._program_timer.setInterval(PROGRAM_REFRESH_MS)
        self._program_timer.timeout.connect(self.prefetch_program)
        self._connect_screens()
        self._update_wizard_buttons()

    # -- wiring -----------------------------------------------------------------------------

    def _connect_screens(self) -> None:
        s = self.screens
        s.attract.language_chosen.connect(lambda lang: self.dispatch(self.flow.set_language(lang)))
        s.attract.manual_entry_requested.connect(lambda: self.dispatch(self.flow.manual_entry()))
        s.attract.program_requested.connect(lambda: self.dispatch(self.flow.show_program()))
        s.attract.registration_requested.connect(
            lambda: self.dispatch(self.flow.start_registration())
        )
        s.manual_entry.number_entered.connect(
            lambda raw: self.dispatch(self.flow.manual_number(raw))
        )
        s.manual_entry.back_requested.connect(self.done)
        s.loading.cancel_requested.connect(self.done)
        s.card.done_requested.connect(self.done)
        s.card.add_card_requested.connect(lambda: self.dispatch(self.flow.start_add_card()))
        s.not_registered.done_requested.connect(self.done)
        s.not_registered.action_requested.connect(
            lambda: self.dispatch(self.flow.start_registration())
        )
        s.unknown_card.done_requested.connect(self.done)
        s.blocked.done_requested.connect(self.done)
        s.error.done_requested.connect(self.done)
        s.error.action_requested.connect(lambda: self.dispatch(self.flow.retry()))
        s.program.back_requested.connect(self.done)
        s.service_pin.pin_entered.connect(
            lambda pin: self.dispatch(self.flow.service_pin_entered(pin))
        )
        s.service_pin.cancel_requested.connect(self.done)
        s.service.back_requested.connect(self.done)
        s.service.leave_requested.connect(lambda: self.dispatch(self.flow.leave_kiosk()))

    def add_wizard(self, state: State, screen: Screen) -> None:
        """Plug in a wizard screen (registration or add-a-card) for ``state``.

        The screen implements :class:`WizardScreen` and has the signals ``finished(object)``
        and ``cancelled()``; its ``clear()`` must drop everything typed.
        """
        self.window.add_screen(state, screen)
        self.flow.wizards = self.flow.wizards | {state}
        screen.finished.connect(  # type: ignore[attr-defined]
            lambda card: self.dispatch(self.flow.wizard_finished(card))
        )
        screen.cancelled.connect(  # type: ignore[attr-defined]
            lambda: self.dispatch(self.flow.wizard_cancelled())
        )
        self._update_wizard_buttons()

    def _update_wizard_buttons(self) -> None:
        registration = State.REGISTRATION in self.flow.wizards
        self.screens.attract.set_registration_available(registration)
        self.screens.not_registered.set_action_available(registration)
        self.screens.card.set_add_card_available(State.ADD_CARD in self.flow.wizards)

    def install_demo_panel(self, panel: DemoPanel) -> None:
        self.demo_panel = panel
        self.window.install_demo(panel)
        panel.card_tapped.connect(self._demo_scan)
        panel.sms_requested.connect(self.load_demo_sms)
        self.window.demo_panel_toggled.connect(lambda opened: opened and self.load_demo_sms())

    # -- start ------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the start screen in the flow's language and fetch the program in the
        background (today's discount on the start screen, support phone for the offline
        screen)."""
        self._apply_language(self.flow.language)
        self._show(State.ATTRACT)
        self.prefetch_program()
        self._program_timer.start()

    def stop(self) -> None:
        self._spinner_timer.stop()
        self._program_timer.stop()

    # -- intents ----------------------------------------------------------------------------

    def scan(self, code: str) -> None:
        self.dispatch(self.flow.scan(code))

    def done(self) -> None:
        self.dispatch(self.flow.done())

    def idle_timeout(self) -> None:
        screen = self.window.current_screen()
        if screen is not None and screen.handle_idle():
            return
        self.dispatch(self.flow.idle_timeout())

    def corner_tap(self) -> None:
        self.dispatch(self.flow.corner_tap())

    def _demo_scan(self, number: str) -> None:
        self.window.set_demo_panel_open(False)
        self.scan(number)

    # -- commands ---------------------------------------------------------------------------

    def dispatch(self, commands: list[Command]) -> None:
        for command in commands:
            self._run(command)

    def _run(self, command: Command) -> None:
        match command:
            case Show(state=state):
                self._show(state)
            case LookupCard(number=number, generation=generation):
                self._lookup(number, generation)
            case LoadProgram(generation=generation):
                self._load_program(generation)
            case ShowNotice(notice=notice):
                self._notice(notice)
            case WipePersonalData():
                self._wipe()
            case InvalidatePending():
                self._spinner_timer.stop()
                self.runner.invalidate()
            case SetLanguage(language=language):
                self._apply_language(language)
            case BeginWizard(state=state, card_number=number):
                self._wizard(state).begin(number)
            case WizardScan(number=number):
                self._wizard(self.flow.state).scanned(number)
            case LeaveKiosk():
                log.info("leaving kiosk mode from the service screen")
                self.window.allow_close()
                self.quit_requested.emit()

    def _wizard(self, state: State) -> WizardScreen:
        screen = self.window.screen(state)
        return screen  # type: ignore[return-value]

    def _show(self, state: State) -> None:
        if state is State.LOADING:
            self._start_loading()
            return
        self._spinner_timer.stop()
        self._fill(state)
        self.window.show_screen(state)

    def _start_loading(self) -> None:
        self.screens.loading.set_busy_visible(False)
        if self.window.current_state() not in _CALM_WHILE_LOADING:
            # The screen behind was wiped: do not leave it up empty.
            self.window.show_screen(State.LOADING)
        self._spinner_timer.start()

    def _on_spinner_due(self) -> None:
        if self.flow.state is State.LOADING:
            self.screens.loading.set_busy_visible(True)
            self.window.show_screen(State.LOADING)

    def _fill(self, state: State) -> None:
        s = self.screens
        flow = self.flow
        if state is State.CARD and flow.card is not None:
            s.card.set_card(flow.card)
        elif state in (State.NOT_REGISTERED, State.UNKNOWN_CARD, State.BLOCKED):
            screen = {
                State.NOT_REGISTERED: s.not_registered,
                State.UNKNOWN_CARD: s.unknown_card,
                State.BLOCKED: s.blocked,
            }[state]
            screen.set_card_number(flow.card_number)
            self._set_support(screen)
        elif state is State.ERROR:
            s.error.set_failure(flow.failure or Failure.SERVER)
            self._set_support(s.error)
        elif state is State.PROGRAM and flow.program is not None:
            s.program.set_program(flow.program)
        elif state is State.ATTRACT:
            s.attract.set_today_promotion(self._todays_promotion(flow.program))
        elif state is State.MANUAL_ENTRY:
            s.manual_entry.clear()
        elif state is State.SERVICE_PIN:
            s.service_pin.clear()

    def _set_support(self, screen: MessageScreen) -> None:
        program = self.flow.program
        if program is not None:
            screen.set_support(
                program.support_phone, program.support_phone_note.get(self.flow.language)
            )
        else:
            screen.set_support(FALLBACK_SUPPORT_PHONE)

    def _todays_promotion(self, program: ProgramInfo | None) -> StorePromotion | None:
        if program is None:
            return None
        today = self._today()
        todays = [p for p in program.promotions if p.date == today]
        return max(todays, key=lambda p: p.discount_percent) if todays else None

    def _notice(self, notice: Notice) -> None:
        if notice is Notice.MISREAD:
            self.window.show_notice(self.tr("Could not read the card. Please scan it again."))
        elif notice is Notice.INVALID_NUMBER:
            self.screens.manual_entry.show_invalid()
        elif notice is Notice.WRONG_PIN:
            self.screens.service_pin.show_wrong_pin()
        elif notice is Notice.SERVICE_LOCKED:
            self.window.show_notice(
                self.tr("Service mode is locked for a few minutes after wrong PINs.")
            )

    def _wipe(self) -> None:
        for screen in self.window.screens():
            screen.clear()
        if self.demo_panel is not None:
            self.demo_panel.clear()
            self.window.set_demo_panel_open(False)
        self.window.hide_notice()

    def _apply_language(self, language: str) -> None:
        for screen in self.window.screens():
            screen.set_language(language)
        self.client.set_language(language)
        self.translations.apply(language)

    # -- central calls ----------------------------------------------------------------------

    def _lookup(self, number: str, generation: int) -> None:
        log.info("card lookup %s", mask_card(number))
        client = self.client

        def on_done(card: CardInfo) -> None:
            log.info("card %s: %s", mask_card(number), card.status)
            self.dispatch(self.flow.lookup_succeeded(generation, card))

        def on_error(error: BaseException) -> None:
            failure = classify_failure(error)
            # An unknown card is an answer, not a fault of the kiosk or the central.
            level = logging.INFO if failure is Failure.NOT_FOUND else logging.WARNING
            log.log(level, "card lookup %s: %s (%s)", mask_card(number), failure.value, error)
            self.dispatch(self.flow.lookup_failed(generation, failure))

        self.runner.run(lambda: client.get().lookup_card(number), on_done, on_error)

    def _load_program(self, generation: int) -> None:
        client = self.client

        def on_error(error: BaseException) -> None:
            failure = classify_failure(error)
            log.warning("program information failed: %s (%s)", failure.value, error)
            self.dispatch(self.flow.program_failed(generation, failure))

        self.runner.run(
            lambda: client.get().program_info(),
            lambda program: self.dispatch(self.flow.program_loaded(generation, program)),
            on_error,
        )

    def prefetch_program(self) -> None:
        client = self.client

        def on_done(program: ProgramInfo) -> None:
            self.dispatch(self.flow.program_prefetched(program))
            self.screens.attract.set_today_promotion(self._todays_promotion(program))

        def on_error(error: BaseException) -> None:
            log.warning("program information not fetched in the background: %s", error)

        self.runner.run(lambda: client.get().program_info(), on_done, on_error)

    def load_demo_sms(self) -> None:
        panel = self.demo_panel
        if panel is None:
            return
        client = self.client
        panel.set_sms_loading()

        def on_done(messages: list[DemoSms]) -> None:
            panel.set_sms(messages)

        def on_error(error: BaseException) -> None:
            log.warning("demo SMS not read: %s", error)
            panel.set_sms_failed()

        self.runner.run(lambda: client.get().demo_sms(), on_done, on_error)
