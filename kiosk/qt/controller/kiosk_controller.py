"""The controller itself (see :mod:`kiosk.qt.controller`); its demo-mode and service-PIN parts
are mixed in from :mod:`~kiosk.qt.controller.demo` and :mod:`~kiosk.qt.controller.service_pin`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal

import kiosk
from kiosk.core.client.backoff import Backoff
from kiosk.core.flow import (
    BeginWizard,
    CashierScan,
    CheckServicePin,
    Command,
    EndParkedStaffSession,
    Failure,
    Flow,
    LeaveKiosk,
    LoadProgram,
    LookupCard,
    LookupProduct,
    Notice,
    ReadingAids,
    ResetScreens,
    SetLanguage,
    SetReadingAids,
    Show,
    ShowNotice,
    StaffBadgeScanned,
    State,
    WipePersonalData,
    WizardScan,
)
from kiosk.core.runtime.masking import mask_card
from kiosk.qt.controller.demo import DEMO_FORGET_RETRY_MS, DemoMode
from kiosk.qt.controller.ports import CashierPort, WizardView
from kiosk.qt.controller.screen_registry import Screens
from kiosk.qt.controller.service_pin import ServicePinCheck
from kiosk.qt.screens.attract import AttractScreen
from kiosk.qt.screens.base import Screen
from kiosk.qt.shell.timers import Timer, TimerFactory, qt_timer
from kiosk.qt.shell.translations import Translations
from kiosk.qt.shell.window import KioskWindow
from kiosk.qt.tasks import LazyClient, Runner

if TYPE_CHECKING:
    from kiosk.contract import CardInfo, Product, ProgramInfo, StorePromotion
    from kiosk.core.codes.nomenclature import Nomenclature
    from kiosk.qt.screens.card import CardScreen
    from kiosk.qt.screens.demo_panel import DemoPanel
    from kiosk.qt.screens.loading import LoadingScreen
    from kiosk.qt.screens.manual_entry import ManualEntryScreen
    from kiosk.qt.screens.message import MessageScreen
    from kiosk.qt.screens.price import PriceScreen
    from kiosk.qt.screens.program import ProgramScreen
    from kiosk.qt.screens.service import ServiceScreen
    from kiosk.qt.screens.service_pin import ServicePinScreen
    from kiosk.qt.screens.wizards.frame import WizardFrame

# The controller's one logger, whichever of its modules logs.
log = logging.getLogger("kiosk.qt.controller")

#: The loading screen appears only when an answer takes longer than this.
SPINNER_DELAY_MS = 300
#: Program information (today's discount) is fetched again this often.
PROGRAM_REFRESH_MS = 30 * 60 * 1000
#: After a failed background fetch of the program (or of the barcode nomenclature) the next try
#: comes this much later, doubling after each failure up to PROGRAM_RETRY_MAX_MS (or later, when
#: the central's Retry-After says so, up to that too): a short outage at boot must not cost the
#: start screen today's discount, or the scanner the central's rules, for 30 minutes.
PROGRAM_RETRY_FIRST_MS = 15 * 1000
PROGRAM_RETRY_MAX_MS = 5 * 60 * 1000

#: Screens where the shopper may wait for a quick answer: they stay up for the first
#: SPINNER_DELAY_MS instead of flashing the loading screen.
_CALM_WHILE_LOADING = frozenset(
    {State.ATTRACT, State.MANUAL_ENTRY, State.LOADING, State.PROGRAM, State.PRICE, State.ERROR}
)


class KioskController(DemoMode, ServicePinCheck, QObject):
    #: The service screen's "leave kiosk mode" was confirmed: the application should quit.
    quit_requested = Signal()
    #: The central's barcode nomenclature is in use now; with its shortest code length (the
    #: keyboard-wedge scanner's fewest keys of a scan).
    nomenclature_changed = Signal(int)
    #: Large text or high contrast turned on or off: the theme re-renders the stylesheet.
    reading_aids_changed = Signal(object)

    def __init__(
        self,
        *,
        flow: Flow,
        window: KioskWindow[Screen],
        runner: Runner,
        client: LazyClient,
        translations: Translations,
        verify_service_pin: Callable[[str], bool],
        service_info: dict[str, str],
        demo: bool = False,
        today: Callable[[], dt.date] = dt.date.today,
        price_seconds: int = 10,
        timers: TimerFactory = qt_timer,
    ) -> None:
        """``verify_service_pin`` checks a typed PIN against the configured hash; it is slow on
        purpose and runs on the task runner. ``service_info`` (terminal_id, central_url,
        support_phone for the error screens until the central names one, and
        version, which defaults to the package's) fills the service screen."""
        super().__init__(window)
        self.flow = flow
        self.window = window
        self.runner = runner
        self.client = client
        self.translations = translations
        self.verify_service_pin = verify_service_pin
        self._service_info = service_info
        self._demo = demo
        self._today = today
        self.demo_panel: DemoPanel | None = None
        self.cashier: CashierPort | None = None
        self._wizards: dict[State, WizardView] = {}
        #: Ends of sessions so far (the demo panel's SMS are forgotten at each).
        self._demo_sessions_ended = 0
        #: Asks again which demo SMS are old when the central could not say (the demo's link
        #: was cut): before the next shopper's code can go out, not at the next read.
        self._demo_forget_retry = timers(
            "demo-sms-forget", self, interval_ms=DEMO_FORGET_RETRY_MS, single_shot=True
        )
        self._spinner_timer = timers(
            "spinner-delay", self, interval_ms=SPINNER_DELAY_MS, single_shot=True
        )
        self._spinner_timer.timeout.connect(self._on_spinner_due)
        self._program_timer = timers("program-refresh", self, interval_ms=PROGRAM_REFRESH_MS)
        self._program_timer.timeout.connect(self.prefetch_program)
        #: Fires the next try after a failed background fetch of the program.
        self.program_retry_timer = timers("program-retry", self, single_shot=True)
        self.program_retry_timer.timeout.connect(self.prefetch_program)
        # One terminal's own start-up fetch: the whole wait, no jitter.
        self._program_backoff = Backoff(
            PROGRAM_RETRY_FIRST_MS / 1000, PROGRAM_RETRY_MAX_MS / 1000, jitter=lambda: 1.0
        )
        self._program_timer.timeout.connect(self.prefetch_nomenclature)
        #: Fires the next try after a failed background fetch of the barcode nomenclature.
        self.nomenclature_retry_timer = timers("nomenclature-retry", self, single_shot=True)
        self.nomenclature_retry_timer.timeout.connect(self.prefetch_nomenclature)
        self._nomenclature_backoff = Backoff(
            PROGRAM_RETRY_FIRST_MS / 1000, PROGRAM_RETRY_MAX_MS / 1000, jitter=lambda: 1.0
        )
        # The price screen goes back to the start after price_seconds (the next scan sooner).
        self._price_timer = timers(
            "price", self, interval_ms=price_seconds * 1000, single_shot=True
        )
        self._price_timer.timeout.connect(lambda: self.dispatch(flow.price_timeout()))
        self.screens = Screens(window, today=today, timers=timers, on_built=self._screen_built)
        self.screens.get(State.ATTRACT)  # the only screen the kiosk needs to be ready

    # -- wiring -----------------------------------------------------------------------------

    def _screen_built(self, state: State, screen: Screen) -> None:
        """Connect a new screen of the kiosk's own to the flow, in the kiosk's language."""
        screen.set_language(self.flow.language)
        flow = self.flow
        match state:
            case State.ATTRACT:
                attract = cast(AttractScreen, screen)
                attract.language_chosen.connect(lambda lang: self.dispatch(flow.set_language(lang)))
                attract.manual_entry_requested.connect(lambda: self.dispatch(flow.manual_entry()))
                attract.reading_aids_chosen.connect(
                    lambda aids: self.dispatch(flow.set_reading_aids(aids))
                )
                attract.set_reading_aids(flow.aids)
                attract.program_requested.connect(lambda: self.dispatch(flow.show_program()))
                attract.registration_requested.connect(
                    lambda: self.dispatch(flow.start_registration())
                )
                attract.set_today_promotion(self._todays_promotion(flow.program))
            case State.MANUAL_ENTRY:
                manual_entry = cast("ManualEntryScreen", screen)
                manual_entry.number_entered.connect(
                    lambda raw: self.dispatch(flow.manual_number(raw))
                )
                manual_entry.back_requested.connect(self.back)
            case State.LOADING:
                cast("LoadingScreen", screen).cancel_requested.connect(self.done)
            case State.CARD:
                card = cast("CardScreen", screen)
                card.done_requested.connect(self.done)
                card.add_card_requested.connect(lambda: self.dispatch(flow.start_add_card()))
            case State.NOT_REGISTERED | State.UNKNOWN_CARD | State.BLOCKED | State.ERROR:
                message = cast("MessageScreen", screen)
                message.done_requested.connect(self.done)
                if state is State.NOT_REGISTERED:
                    message.action_requested.connect(
                        lambda: self.dispatch(flow.start_registration())
                    )
                elif state is State.ERROR:
                    message.action_requested.connect(lambda: self.dispatch(flow.retry()))
            case State.PROGRAM:
                cast("ProgramScreen", screen).back_requested.connect(self.back)
            case State.PRICE:
                cast("PriceScreen", screen).done_requested.connect(self.done)
            case State.SERVICE_PIN:
                service_pin = cast("ServicePinScreen", screen)
                service_pin.pin_entered.connect(
                    lambda pin: self.dispatch(flow.service_pin_entered(pin))
                )
                service_pin.cancel_requested.connect(self.back)
            case State.SERVICE:
                service = cast("ServiceScreen", screen)
                info = self._service_info
                service.set_info(
                    version=info.get("version") or kiosk.__version__,
                    terminal_id=info.get("terminal_id", ""),
                    central_url=info.get("central_url", ""),
                    demo=self._demo,
                )
                service.back_requested.connect(self.back)
                service.leave_requested.connect(lambda: self.dispatch(flow.leave_kiosk()))
        self._update_wizard_buttons()

    def plug_wizard(self, state: State, build: Callable[[], object]) -> None:
        """Offer a wizard (registration or add-a-card) for ``state`` from now on, and build it
        when the flow first enters it: ``build`` builds its screen and driver and hands the
        screen to :meth:`add_wizard`. A kiosk where nobody registers never holds its forms and
        keyboards (~11 MiB)."""
        self.flow.plugged_in = self.flow.plugged_in | {state}
        self.screens.plug(state, build)
        self._update_wizard_buttons()

    def add_wizard(self, state: State, screen: WizardFrame) -> None:
        """Plug in a wizard screen (registration or add-a-card) for ``state``: a screen of the
        window, which the controller talks to as a :class:`WizardView`. Its ``clear()`` must
        drop everything typed."""
        self.window.add_screen(state, screen)
        view: WizardView = screen
        self._wizards[state] = view
        self.flow.plugged_in = self.flow.plugged_in | {state}
        view.finished.connect(lambda card: self.dispatch(self.flow.wizard_finished(card)))
        view.cancelled.connect(lambda: self.dispatch(self.flow.wizard_cancelled()))
        self._update_wizard_buttons()

    def add_cashier(self, build: Callable[[], object], cashier: CashierPort) -> None:
        """Plug in cashier mode: its driver, and what builds its screen the first time a staff
        badge opens it (``build`` hands the screen to :meth:`add_cashier_screen`)."""
        self.screens.plug(State.CASHIER, build)
        self.flow.plugged_in = self.flow.plugged_in | {State.CASHIER}
        self.cashier = cashier

    def add_cashier_screen(self, screen: Screen) -> None:
        self.window.add_screen(State.CASHIER, screen)

    def _update_wizard_buttons(self) -> None:
        """Offer the wizards' buttons on the screens built so far (later ones on building)."""
        registration = State.REGISTRATION in self.flow.plugged_in
        if (attract := self.screens.built(State.ATTRACT)) is not None:
            cast(AttractScreen, attract).set_registration_available(registration)
        if (not_registered := self.screens.built(State.NOT_REGISTERED)) is not None:
            cast("MessageScreen", not_registered).set_action_available(registration)
        if (card := self.screens.built(State.CARD)) is not None:
            cast("CardScreen", card).set_add_card_available(State.ADD_CARD in self.flow.plugged_in)

    # -- start ------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the start screen in the flow's language and reading aids."""
        self._apply_language(self.flow.language)
        self._apply_reading_aids(self.flow.aids)
        self._show(State.ATTRACT)

    def start_program_updates(self) -> None:
        """Fetch the program in the background now and every PROGRAM_REFRESH_MS (today's
        discount on the start screen, the support phone for the offline screen).

        Not part of :meth:`start`: the first fetch builds the central client, whose imports
        (requests, pydantic) would compete with the start screen for the interpreter."""
        self.prefetch_program()
        self.prefetch_nomenclature()
        self._program_timer.start()

    def stop(self) -> None:
        self._demo_forget_retry.stop()
        self._spinner_timer.stop()
        self._program_timer.stop()
        self.program_retry_timer.stop()
        self.nomenclature_retry_timer.stop()
        self._price_timer.stop()

    # -- intents ----------------------------------------------------------------------------

    def scan(self, code: str) -> None:
        self.dispatch(self.flow.scan(code))

    def done(self) -> None:
        self.dispatch(self.flow.done())

    def back(self) -> None:
        self.dispatch(self.flow.back())

    def idle_timeout(self) -> None:
        screen = self.window.current_screen()
        if screen is not None and screen.handle_idle():
            return
        self.dispatch(self.flow.idle_timeout())

    def corner_tap(self) -> None:
        self.dispatch(self.flow.corner_tap())

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
            case LookupProduct(gtin=gtin, generation=generation):
                self._lookup_product(gtin, generation)
            case LoadProgram(generation=generation):
                self._load_program(generation)
            case ShowNotice(notice=notice):
                self._notice(notice)
            case WipePersonalData():
                self._wipe()
            case SetLanguage(language=language):
                self._apply_language(language)
            case SetReadingAids(aids=aids):
                self._apply_reading_aids(aids)
            case ResetScreens():
                for screen in self.window.screens():
                    screen.reset_view()
                self.window.reset_view()
            case BeginWizard(state=state, card_number=number):
                self.screens.get(state)  # built now if this is the first time
                self._wizards[state].begin(number)
            case WizardScan(number=number):
                self._wizards[self.flow.state].scanned(number)
            case StaffBadgeScanned(badge=badge):
                log.info("staff badge scanned")  # never the badge itself
                if self.cashier is not None and self.flow.state is State.CASHIER:
                    self.cashier.begin(badge)
            case CheckServicePin(pin=pin, generation=generation):
                self._check_service_pin(pin, generation)
            case CashierScan(code=code):
                if self.cashier is not None:
                    self.cashier.scanned(code)
            case EndParkedStaffSession():
                if self.cashier is not None:
                    self.cashier.end_parked_session()
            case LeaveKiosk():
                log.info("leaving kiosk mode from the service screen")
                self.window.allow_close()
                self.quit_requested.emit()

    def _show(self, state: State) -> None:
        if state is State.PRICE:
            self._price_timer.start()  # restarted by each product's answer
        else:
            self._price_timer.stop()
        if state is State.LOADING:
            self._start_loading()
            return
        self._spinner_timer.stop()
        self.screens.get(state)  # built now if the shopper got here before its turn
        self._fill(state)
        self.window.show_screen(state)

    def _start_loading(self) -> None:
        loading = self.screens.loading  # built now if the shopper got here before its turn
        loading.set_busy_visible(False)
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
            s.card.set_card(flow.card, card_limit_reached=flow.card_limit_reached)
        elif state in (State.NOT_REGISTERED, State.UNKNOWN_CARD, State.BLOCKED):
            screen = s.message(state)
            screen.set_card_number(flow.card_number)
            self._set_support(screen)
        elif state is State.ERROR:
            s.error.set_failure(flow.failure or Failure.SERVER, wait_s=flow.retry_wait())
            self._set_support(s.error)
        elif state is State.PRICE and flow.price is not None:
            s.price.set_check(flow.price)
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
            # The central could not be asked even once: the phone of the config, if it has one
            # (none is baked into the kiosk: it belongs to the chain's program).
            screen.set_support(self._service_info.get("support_phone", ""))

    def _todays_promotion(self, program: ProgramInfo | None) -> StorePromotion | None:
        if program is None:
            return None
        today = self._today()
        todays = [p for p in program.promotions if p.date == today]
        return max(todays, key=lambda p: p.discount_percent) if todays else None

    def _notice(self, notice: Notice) -> None:
        if notice is Notice.MISREAD:
            self.window.show_notice(
                self.tr("This code is not recognised. Please scan a card or a product again.")
            )
        elif notice is Notice.STAFF_BADGE_IN_WIZARD:
            if self.flow.state is State.ADD_CARD:
                text = self.tr(
                    "This is a staff badge. Finish or cancel adding the card first, then scan "
                    "the badge on the start screen."
                )
            else:
                text = self.tr(
                    "This is a staff badge. Finish or cancel the registration first, then scan "
                    "the badge on the start screen."
                )
            self.window.show_notice(text)
        elif notice is Notice.NOT_A_PRODUCT:
            self.window.show_notice(
                self.tr("Coupons and receipts are accepted at the checkout, not here.")
            )
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
            self._forget_demo_sms(self.demo_panel)
        self.window.hide_notice()

    def _apply_reading_aids(self, aids: ReadingAids) -> None:
        if (attract := self.screens.built(State.ATTRACT)) is not None:
            cast(AttractScreen, attract).set_reading_aids(aids)
        self.reading_aids_changed.emit(aids)

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
            from kiosk.core.client.errors import classify_failure, retry_after_of

            failure = classify_failure(error)
            # An unknown card is an answer, not a fault of the kiosk or the central.
            level = logging.INFO if failure is Failure.NOT_FOUND else logging.WARNING
            log.log(level, "card lookup %s: %s (%s)", mask_card(number), failure.value, error)
            wait = retry_after_of(error)
            self.dispatch(self.flow.lookup_failed(generation, failure, retry_after=wait))

        self.runner.run(lambda: client.get().lookup_card(number), on_done, on_error)

    def _lookup_product(self, gtin: str, generation: int) -> None:
        log.info("price check %s", gtin)  # a product code, nobody's data
        client = self.client

        def on_done(product: Product) -> None:
            self.dispatch(self.flow.product_found(generation, product))

        def on_error(error: BaseException) -> None:
            from kiosk.core.client.errors import classify_failure

            failure = classify_failure(error)
            level = logging.INFO if failure is Failure.NOT_FOUND else logging.WARNING
            log.log(level, "price check %s: %s (%s)", gtin, failure.value, error)
            self.dispatch(self.flow.product_failed(generation, failure))

        self.runner.run(lambda: client.get().lookup_product(gtin), on_done, on_error)

    def _load_program(self, generation: int) -> None:
        client = self.client

        def on_error(error: BaseException) -> None:
            from kiosk.core.client.errors import classify_failure, retry_after_of

            failure = classify_failure(error)
            log.warning("program information failed: %s (%s)", failure.value, error)
            wait = retry_after_of(error)
            self.dispatch(self.flow.program_failed(generation, failure, retry_after=wait))

        self.runner.run(
            lambda: client.get().program_info(),
            lambda program: self.dispatch(self.flow.program_loaded(generation, program)),
            on_error,
        )

    def prefetch_program(self) -> None:
        client = self.client

        def on_done(program: ProgramInfo) -> None:
            self._program_backoff.reset()
            self.program_retry_timer.stop()
            self.dispatch(self.flow.program_prefetched(program))
            self.screens.attract.set_today_promotion(self._todays_promotion(program))

        def on_error(error: BaseException) -> None:
            self._try_again_later(
                "program information", error, self._program_backoff, self.program_retry_timer
            )

        self.runner.run(lambda: client.get().program_info(), on_done, on_error)

    def _try_again_later(
        self, what: str, error: BaseException, backoff: Backoff, retry_timer: Timer
    ) -> None:
        """A background fetch failed: its next try comes by the Backoff rule (see
        PROGRAM_RETRY_FIRST_MS)."""
        from kiosk.core.client.errors import retry_after_of

        backoff.failed()
        delay_ms = round(backoff.delay(retry_after_of(error)) * 1000)
        log.warning(
            "%s not fetched in the background: %s; next try in %d s",
            what,
            error,
            delay_ms // 1000,
        )
        retry_timer.start(delay_ms)

    def prefetch_nomenclature(self) -> None:
        """Fetch the central's barcode nomenclature in the background; the one in use (the
        built-in table at first) stays until a usable one arrives."""
        client = self.client

        def fetch() -> Nomenclature:
            from kiosk.core.codes.nomenclature import Nomenclature

            answer = client.get().barcode_nomenclature()
            return Nomenclature.from_rules(
                [rule.model_dump() for rule in answer.rules], version=answer.version
            )

        def on_done(nomenclature: Nomenclature) -> None:
            self._nomenclature_backoff.reset()
            self.nomenclature_retry_timer.stop()
            log.info("barcode nomenclature %s in use", nomenclature.version)
            self.dispatch(self.flow.nomenclature_fetched(nomenclature))
            self.nomenclature_changed.emit(nomenclature.shortest_code_length)

        def on_error(error: BaseException) -> None:
            # The one in use (the built-in table at first) stays meanwhile.
            self._try_again_later(
                "barcode nomenclature",
                error,
                self._nomenclature_backoff,
                self.nomenclature_retry_timer,
            )

        self.runner.run(fetch, on_done, on_error)
