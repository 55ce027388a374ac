"""The flow itself: one kiosk session at a time, event by event (see :mod:`kiosk.core.flow`)."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Sequence
from enum import Enum
from typing import TYPE_CHECKING

from kiosk.core.codes.cards import InvalidCardNumber, parse_card_number
from kiosk.core.codes.nomenclature import (
    CARD_KINDS,
    DEFAULT_NOMENCLATURE,
    Classified,
    CodeKind,
    Nomenclature,
)
from kiosk.core.flow.commands import (
    BeginWizard,
    CashierScan,
    CheckServicePin,
    Command,
    EndParkedStaffSession,
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
    WipePersonalData,
    WizardScan,
)
from kiosk.core.flow.failures import MAX_SHOWN_RETRY_AFTER_S, Failure
from kiosk.core.flow.states import State
from kiosk.core.runtime.languages import DEFAULT_LANGUAGE, LANGUAGES

if TYPE_CHECKING:  # pydantic stays out of the start-up path: the models are only types here
    from kiosk.contract import CardInfo, Product, ProgramInfo
    from kiosk.core.flow.price import PriceCheck

#: Taps in the top-left corner that open the service PIN screen, and the window they must fit in.
CORNER_TAPS = 5
CORNER_TAP_WINDOW_S = 3.0
#: Wrong service PINs in a row before the PIN screen locks for SERVICE_LOCK_S seconds.
SERVICE_PIN_ATTEMPTS = 5
SERVICE_LOCK_S = 300.0

#: States a scan may leave: a shopper can scan a card from any shopper screen.
_SCAN_STARTS_LOOKUP = frozenset(
    {
        State.ATTRACT,
        State.MANUAL_ENTRY,
        State.LOADING,
        State.CARD,
        State.NOT_REGISTERED,
        State.UNKNOWN_CARD,
        State.BLOCKED,
        State.PROGRAM,
        State.PRICE,
        State.ERROR,
    }
)
#: States whose screen takes scans for itself (the wizard asks for a card to register or add).
_SCAN_FORWARDED = frozenset({State.REGISTRATION, State.ADD_CARD})
#: States whose screen takes every scanned code as it is (cashier mode classifies them).
_SCAN_FORWARDED_RAW = frozenset({State.CASHIER})
#: States where the corner taps do not count: the service screens themselves.
_NO_CORNER_TAPS = frozenset({State.SERVICE_PIN, State.SERVICE, State.CASHIER})


class _Awaiting(Enum):
    CARD = "card"
    PROGRAM = "program"
    PRODUCT = "product"


class Flow:
    """One kiosk session at a time: what is on screen and what happens next.

    ``clock`` gives monotonic seconds (injected so tests control the corner-tap window and the
    PIN lock).
    """

    def __init__(
        self,
        *,
        default_language: str = DEFAULT_LANGUAGE,
        clock: Callable[[], float] = time.monotonic,
        plugged_in: Sequence[State] = (),
        default_aids: ReadingAids = ReadingAids(),
    ) -> None:
        if default_language not in LANGUAGES:
            raise ValueError(f"unknown language {default_language!r}")
        self._clock = clock
        self.default_language = default_language
        self.language = default_language
        #: The reading aids a session starts with (from the config), and the ones on now.
        self.default_aids = default_aids
        self.aids = default_aids
        self.state = State.ATTRACT
        self.generation = 0
        #: The card on screen (CARD, NOT_REGISTERED, BLOCKED) or being looked up.
        self.card: CardInfo | None = None
        self.card_number: str | None = None
        self.program: ProgramInfo | None = None
        self.failure: Failure | None = None
        #: The optional states whose screens the shell plugged in (the wizards, cashier mode);
        #: the others cannot be entered.
        self.plugged_in: frozenset[State] = frozenset(plugged_in)
        #: What a scanned code is: the built-in table until the central's arrives.
        self.nomenclature: Nomenclature = DEFAULT_NOMENCLATURE
        #: The price screen's answer (PRICE), or the product scan being looked up.
        self.price: PriceCheck | None = None
        self._product_scan: Classified | None = None
        self._awaiting: _Awaiting | None = None
        self._corner_taps: deque[float] = deque(maxlen=CORNER_TAPS)
        #: Before this moment (clock seconds) "try again" does nothing: the central said when.
        self._retry_at = 0.0
        self._wrong_pins = 0
        self._service_locked_until = 0.0
        #: Generation of the service PIN check under way, if any.
        self._pin_check: int | None = None
        #: A cashier handed the kiosk to a shopper and is still signed in.
        self.staff_parked = False

    # -- queries ----------------------------------------------------------------------------

    @property
    def is_pristine(self) -> bool:
        """Nothing of any shopper is held and the kiosk shows its start screen."""
        return (
            self.state is State.ATTRACT
            and self.language == self.default_language
            and self.aids == self.default_aids
            and self.card is None
            and self.card_number is None
        )

    # -- shopper events ---------------------------------------------------------------------

    def scan(self, raw: str) -> list[Command]:
        """A code from a barcode scanner (keyboard wedge or serial), routed by what the
        nomenclature says it is."""
        if self.state in _SCAN_FORWARDED_RAW:
            return [CashierScan(raw)]
        if self.state not in _SCAN_STARTS_LOOKUP and self.state not in _SCAN_FORWARDED:
            # Service screens: scanned data never changes what they do.
            return []
        if self.state in _SCAN_FORWARDED:
            if self.nomenclature.classify(raw).kind is CodeKind.STAFF_BADGE:
                # A cashier's badge opens cashier mode on the start screen only: said as what it
                # is, not as a misread, and the shopper's wizard stays as it was.
                return [ShowNotice(Notice.STAFF_BADGE_IN_WIZARD)]
            # The wizard asks for a card; it tells a card not of ours from one of ours itself.
            try:
                return [WizardScan(parse_card_number(raw))]
            except InvalidCardNumber:
                return [ShowNotice(Notice.MISREAD)]
        code = self.nomenclature.classify(raw)
        if code.kind in CARD_KINDS:
            if self.staff_parked and self.state is State.ATTRACT:
                self.staff_parked = False
                return [EndParkedStaffSession(), *self._start_lookup(code.normalised)]
            return self._start_lookup(code.normalised)
        if code.kind is CodeKind.STAFF_BADGE:
            if self.state is State.ATTRACT and State.CASHIER in self.plugged_in:
                # A badge only opens the PIN page; the central's answer to badge and PIN
                # decides.
                self.staff_parked = False
                self.generation += 1
                self.state = State.CASHIER
                return [StaffBadgeScanned(code.code), Show(State.CASHIER)]
            return [StaffBadgeScanned(code.code)]
        if code.kind in (CodeKind.PRODUCT, CodeKind.RESTRICTED):
            return self._start_price_check(code)
        if code.kind in (CodeKind.COUPON, CodeKind.REFUND_RECEIPT):
            return [ShowNotice(Notice.NOT_A_PRODUCT)]
        return [ShowNotice(Notice.MISREAD)]

    def nomenclature_fetched(self, nomenclature: Nomenclature) -> list[Command]:
        """The central's barcode nomenclature arrived: it decides what later scans are."""
        self.nomenclature = nomenclature
        return []

    def manual_entry(self) -> list[Command]:
        """The shopper wants to type the card number."""
        if self.state is not State.ATTRACT:
            return []
        self.state = State.MANUAL_ENTRY
        return [Show(State.MANUAL_ENTRY)]

    def manual_number(self, raw: str) -> list[Command]:
        """The shopper confirmed a typed card number."""
        if self.state is not State.MANUAL_ENTRY:
            return []
        try:
            number = parse_card_number(raw)
        except InvalidCardNumber:
            return [ShowNotice(Notice.INVALID_NUMBER)]
        return self._start_lookup(number)

    def lookup_succeeded(self, generation: int, card: CardInfo) -> list[Command]:
        if not self._is_awaiting(generation, _Awaiting.CARD):
            return []
        self._awaiting = None
        self.card = card
        if card.status == "active":
            self.state = State.CARD
        elif card.status == "issued":
            self.state = State.NOT_REGISTERED
        elif card.status == "blocked":
            self.state = State.BLOCKED
        else:  # not_issued: a card from the stock that was never sold
            self.state = State.UNKNOWN_CARD
        return [Show(self.state)]

    def lookup_failed(
        self, generation: int, failure: Failure, *, retry_after: float | None = None
    ) -> list[Command]:
        """The card lookup failed; ``retry_after``: seconds the central asked to wait."""
        if not self._is_awaiting(generation, _Awaiting.CARD):
            return []
        self._awaiting = None
        if failure in (Failure.NOT_FOUND, Failure.INVALID_NUMBER):
            self.state = State.UNKNOWN_CARD
        else:
            self._fail(failure, retry_after)
        return [Show(self.state)]

    def _fail(self, failure: Failure, retry_after: float | None) -> None:
        self.failure = failure
        self.state = State.ERROR
        wait = min(retry_after, MAX_SHOWN_RETRY_AFTER_S) if retry_after else 0.0
        self._retry_at = self._clock() + wait if wait else 0.0

    def retry_wait(self) -> int:
        """Whole seconds until "try again" may call the central again (0: now)."""
        return max(0, math.ceil(self._retry_at - self._clock()))

    # -- price checker ----------------------------------------------------------------------

    def product_found(self, generation: int, product: Product) -> list[Command]:
        return self._show_price(generation, product=product)

    def product_failed(self, generation: int, failure: Failure) -> list[Command]:
        unknown = failure in (Failure.NOT_FOUND, Failure.INVALID_NUMBER)
        return self._show_price(generation, unknown=unknown)

    def price_timeout(self) -> list[Command]:
        """The price screen's time is up: the session ends as on the idle timeout (the person
        who scanned may have walked away with the product)."""
        if self.state is not State.PRICE:
            return []
        return self._end_session()

    def show_program(self) -> list[Command]:
        """'About the program': fetch it fresh (today's discount changes daily)."""
        if self.state is not State.ATTRACT:
            return []
        self.generation += 1
        self._awaiting = _Awaiting.PROGRAM
        self.state = State.LOADING
        return [Show(State.LOADING), LoadProgram(self.generation)]

    def program_loaded(self, generation: int, program: ProgramInfo) -> list[Command]:
        if not self._is_awaiting(generation, _Awaiting.PROGRAM):
            return []
        self._awaiting = None
        self.program = program
        self.state = State.PROGRAM
        return [Show(State.PROGRAM)]

    def program_failed(
        self, generation: int, failure: Failure, *, retry_after: float | None = None
    ) -> list[Command]:
        if not self._is_awaiting(generation, _Awaiting.PROGRAM):
            return []
        self._awaiting = None
        self._fail(failure, retry_after)
        return [Show(State.ERROR)]

    def retry(self) -> list[Command]:
        """'Try again' on the error screen: repeat what failed, once the central's Retry-After
        (if it sent one) is over."""
        if self.state is not State.ERROR or self.retry_wait() > 0:
            return []
        if self.card_number is not None:
            return self._start_lookup(self.card_number)
        self.state = State.ATTRACT
        return self.show_program()

    def program_prefetched(self, program: ProgramInfo) -> list[Command]:
        """Program info fetched in the background (start-up): keeps the support phone at hand
        for the offline screen. Not shopper data, so it survives resets."""
        self.program = program
        return []

    def done(self) -> list[Command]:
        """'Done' or 'cancel': the session ends as on the idle timeout: back to the start, the
        shopper forgotten, the default language and reading aids for the next one."""
        return self._end_session()

    def back(self) -> list[Command]:
        """'Back' from a screen that shows nothing of the shopper (the program, typing a card
        number): back to the start; the same person is still there, in their language. Leaving
        the service screens ends a session: the next person finds a kiosk as it started."""
        if self.state in (State.SERVICE_PIN, State.SERVICE):
            return self._end_session()
        return self._reset()

    def idle_timeout(self) -> list[Command]:
        """Nobody touched the kiosk for the idle time: forget the shopper, default language."""
        if self.is_pristine:
            return []
        return self._end_session()

    def set_reading_aids(self, aids: ReadingAids) -> list[Command]:
        """Large text or high contrast turned on or off (start screen)."""
        if aids == self.aids or self.state is not State.ATTRACT:
            return []
        self.aids = aids
        return [SetReadingAids(aids)]

    def set_language(self, language: str) -> list[Command]:
        if language not in LANGUAGES or language == self.language:
            return []
        if self.state in (State.SERVICE_PIN, State.SERVICE):
            return []
        self.language = language
        return [SetLanguage(language)]

    def set_default_language(self, language: str) -> list[Command]:
        """The service screen's language: the one the kiosk starts in and returns to after
        each shopper (until the next start, which reads the config again)."""
        if language not in LANGUAGES or self.state is not State.SERVICE:
            return []
        self.default_language = language
        if language == self.language:
            return []
        self.language = language
        return [SetLanguage(language)]

    # -- wizards ----------------------------------------------------------------------------

    def start_registration(self) -> list[Command]:
        """'Register a card': from the start screen (card scanned inside the wizard) or from the
        not-registered card screen (that card)."""
        if State.REGISTRATION not in self.plugged_in:
            return []
        if self.state is State.NOT_REGISTERED and self.card is not None:
            number: str | None = self.card.number
        elif self.state is State.ATTRACT:
            number = None
        else:
            return []
        return self._enter_wizard(State.REGISTRATION, number)

    @property
    def card_limit_reached(self) -> bool:
        """The account of the card on screen holds as many cards as the program allows: the
        card screen says so and offers no sign-in that could only end in the refusal. Unknown
        (no program fetched yet) counts as not reached: the central still refuses the card."""
        account = self.card.account if self.card is not None else None
        if account is None or self.program is None:
            return False
        return len(account.cards) >= self.program.card_limit

    def start_add_card(self) -> list[Command]:
        """'Add a card' on the card screen of an active card whose account has room."""
        if State.ADD_CARD not in self.plugged_in or self.state is not State.CARD:
            return []
        if self.card_limit_reached:
            return []
        number = self.card.number if self.card is not None else None
        return self._enter_wizard(State.ADD_CARD, number)

    def wizard_finished(self, card: CardInfo | None = None) -> list[Command]:
        """The wizard completed; with ``card`` (e.g. the freshly registered card) its screen
        follows, otherwise the kiosk returns to the start."""
        if self.state not in _SCAN_FORWARDED:
            return []
        if card is None:
            return self._end_session()
        self.generation += 1
        self.card_number = card.number
        self.state = State.LOADING
        self._awaiting = _Awaiting.CARD
        # Reuse the lookup path so the card lands on the screen its status calls for.
        return self.lookup_succeeded(self.generation, card)

    def wizard_cancelled(self) -> list[Command]:
        if self.state not in _SCAN_FORWARDED and self.state not in _SCAN_FORWARDED_RAW:
            return []
        return self._end_session()

    # -- cashier mode -----------------------------------------------------------------------

    def hand_over_to_shopper(self, card_number: str) -> list[Command]:
        """The cashier hands the kiosk to the shopper at the till, with the registration wizard
        open on the card just activated; the cashier stays signed in until a shopper scans a
        card on the start screen or the staff idle time runs out."""
        if self.state is not State.CASHIER or State.REGISTRATION not in self.plugged_in:
            return []
        self.staff_parked = True
        return self._enter_wizard(State.REGISTRATION, card_number)

    def staff_session_ended(self) -> list[Command]:
        """The parked cashier's session ended (staff idle time) while a shopper has the kiosk:
        nothing changes on screen."""
        self.staff_parked = False
        return []

    def open_service_as_staff(self) -> list[Command]:
        """A signed-in staff member with the service role opens the service screen (the
        cashier driver checked the role with the central's answer)."""
        if self.state is not State.CASHIER:
            return []
        self.generation += 1
        self.state = State.SERVICE
        return [Show(State.SERVICE)]

    # -- service ----------------------------------------------------------------------------

    def corner_tap(self) -> list[Command]:
        """A tap in the top-left corner; five within three seconds open the service PIN."""
        if self.state in _NO_CORNER_TAPS:
            return []
        now = self._clock()
        self._corner_taps.append(now)
        if len(self._corner_taps) < CORNER_TAPS or now - self._corner_taps[0] > CORNER_TAP_WINDOW_S:
            return []
        self._corner_taps.clear()
        if now < self._service_locked_until:
            return [ShowNotice(Notice.SERVICE_LOCKED)]
        # Whatever a shopper left on screen goes first: the engineer must not see it.
        commands = self._forget_shopper()
        self.state = State.SERVICE_PIN
        return [*commands, Show(State.SERVICE_PIN)]

    def service_pin_entered(self, pin: str) -> list[Command]:
        """A PIN typed on the service PIN screen: have it checked (one check at a time)."""
        if self.state is not State.SERVICE_PIN or self._pin_check is not None:
            return []
        self.generation += 1
        self._pin_check = self.generation
        return [CheckServicePin(pin, self.generation)]

    def service_pin_checked(self, generation: int, matches: bool) -> list[Command]:
        """The answer to :class:`CheckServicePin`; dropped when the kiosk moved on meanwhile."""
        if self.state is not State.SERVICE_PIN or generation != self._pin_check:
            return []
        self._pin_check = None
        if matches:
            self._wrong_pins = 0
            self.state = State.SERVICE
            return [Show(State.SERVICE)]
        self._wrong_pins += 1
        if self._wrong_pins >= SERVICE_PIN_ATTEMPTS:
            self._wrong_pins = 0
            self._service_locked_until = self._clock() + SERVICE_LOCK_S
            return [*self._end_session(), ShowNotice(Notice.SERVICE_LOCKED)]
        return [ShowNotice(Notice.WRONG_PIN)]

    def leave_kiosk(self) -> list[Command]:
        if self.state is not State.SERVICE:
            return []
        return [LeaveKiosk()]

    # -- internals --------------------------------------------------------------------------

    def _start_lookup(self, number: str) -> list[Command]:
        commands: list[Command] = []
        if self.card is not None or self.card_number is not None:
            # A new card replaces the previous shopper's screen entirely.
            commands.append(WipePersonalData())
        self.generation += 1
        self.card = None
        self.failure = None
        self.card_number = number
        self.state = State.LOADING
        self._awaiting = _Awaiting.CARD
        commands += [Show(State.LOADING), LookupCard(number, self.generation)]
        return commands

    def _start_price_check(self, code: Classified) -> list[Command]:
        """Look a product up; the session's card (scanned before) stays for "your price"."""
        self.generation += 1
        if self._awaiting is _Awaiting.CARD:  # a card lookup superseded: not the session's card
            self.card_number = self.card.number if self.card is not None else None
        self.price = None
        self._product_scan = code
        self.state = State.LOADING
        self._awaiting = _Awaiting.PRODUCT
        return [Show(State.LOADING), LookupProduct(code.normalised, self.generation)]

    def _show_price(
        self, generation: int, *, product: Product | None = None, unknown: bool = False
    ) -> list[Command]:
        scan = self._product_scan
        if not self._is_awaiting(generation, _Awaiting.PRODUCT) or scan is None:
            return []
        from kiosk.core.flow.price import price_check  # not on the way to the first screen

        card_holder = self.card is not None and self.card.card_prices
        self.price = price_check(scan, product, unknown=unknown, card_holder=card_holder)
        self._awaiting = self._product_scan = None
        self.state = State.PRICE
        return [Show(State.PRICE)]

    def _enter_wizard(self, state: State, card_number: str | None) -> list[Command]:
        self.generation += 1
        self.state = state
        return [BeginWizard(state, card_number), Show(state)]

    def _is_awaiting(self, generation: int, what: _Awaiting) -> bool:
        return (
            generation == self.generation and self.state is State.LOADING and self._awaiting is what
        )

    def _end_session(self) -> list[Command]:
        """The end of a session, however it ends (Done, Cancel, the idle time, the price
        screen's time, a wizard's end, a cashier's sign-out, leaving the service screens): the
        next person finds the kiosk as it started. Its default language and reading aids, and
        every screen as it was built: scrolled to the top, on its first page, nothing docked
        or laid over it."""
        commands = self._forget_shopper()
        if self.language != self.default_language:
            self.language = self.default_language
            commands.append(SetLanguage(self.default_language))
        if self.aids != self.default_aids:
            self.aids = self.default_aids
            commands.append(SetReadingAids(self.default_aids))
        return [*commands, ResetScreens(), Show(State.ATTRACT)]

    def _reset(self) -> list[Command]:
        """Back to the start screen, the shopper's data forgotten; the language and reading
        aids stay (the same person is there)."""
        return [*self._forget_shopper(), Show(State.ATTRACT)]

    def _forget_shopper(self) -> list[Command]:
        self.generation += 1
        self.state = State.ATTRACT
        self._awaiting = None
        self._pin_check = None
        self.card = None
        self.card_number = None
        self.failure = None
        self._retry_at = 0.0
        self.price = None
        self._product_scan = None
        # Answers still on their way carry an older generation and are dropped when they come
        # (nothing else is cancelled: a wizard's cleanup and the program refresh must run).
        return [WipePersonalData()]
