"""Realistic kiosk sessions and a census of what a kiosk holds, for the memory soak
(benchmarks/soak.py, ``make soak``; its short form runs in ``make test``).

A session is what one visitor does at the terminal, drawn from a seeded ``random.Random``: one to
four of the journeys below, then Done, Cancel or walking away (the idle timer). The journeys:
a card scanned and its screen, price checks, the program screen, a card number typed on the
keypad, a language tapped, Larger text or High contrast tapped, registration up to the SMS code,
adding a card (signing in with the password, then the scan of a card the account has), a
cashier's badge, PIN and activations, and the service screen behind the corner taps and the PIN.

The kiosk is the real one (window, flow, controller, screens, wizards, cashier mode, task runner,
HTTP client), offscreen, with fake timers and a fake clock (tests/support) so that nothing waits
for the wall clock: scans are key bursts through the window and the keyboard-wedge filter, taps
are mouse clicks, and a timer whose time would be up is fired. Only the central's answers take
real time: they come over loopback, through whatever sits in front of the central (the soak puts
benchmarks/faulty_central.py ``mix`` there), so a journey may end on an error screen or a wizard's
"try again", and carries on from wherever it is.

:func:`census` counts what a leak would grow: resident memory, threads, open descriptors, and the
live QObjects by class.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from benchmarks.census import Census, grown, quiet
from benchmarks.kiosk_hands import Hands
from kiosk.core.codes.cards import gs1_check_digit
from kiosk.core.runtime.config import DEMO_SERVICE_PIN
from tests.support.demo_numbers import (
    ANNA_CARD,
    ANNA_PARTNER_CARD,
    ANNA_PHONE,
    BLOCKED_CARD,
    DEMO_PASSWORD,
    ISSUED_CARDS,
    ISSUED_PARTNER_CARD,
    NOT_ISSUED_CARDS,
    OLGA_CARDS,
    SERGEY_CARD,
    UNKNOWN_CARD,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kiosk.core.flow import State
    from kiosk.qt.screens.wizards.add_card import AddCardScreen
    from kiosk.qt.screens.wizards.registration import RegistrationScreen

CARDS = (
    ANNA_CARD,
    ANNA_PARTNER_CARD,
    SERGEY_CARD,
    OLGA_CARDS[0],
    *ISSUED_CARDS[:2],
    ISSUED_PARTNER_CARD,
    NOT_ISSUED_CARDS[0],
    BLOCKED_CARD,
    UNKNOWN_CARD,
)
#: Products the demo central knows, one it does not, a weighed item it does not know, a coupon
#: (README.md, the demo catalogue).
PRODUCTS = (
    "4810268001017",
    "4810268006067",
    "48100731",
    "071234560011",
    "4810209005159",
    "065432000172",
    "4810000009998",
    "2100123012343",
    "9810000000006",
)
#: What a cashier scans at the till: the demo's batch of sold cards (each activated the first
#: time, "already activated" after that), a card issued earlier, one never sold, a blocked
#: one, a product.
TILL_CARDS = (
    *(body + gs1_check_digit(body) for body in (f"2990000020{n:02d}" for n in range(20))),
    ISSUED_CARDS[2],
    NOT_ISSUED_CARDS[0],
    BLOCKED_CARD,
    "4810268001017",
)
CASHIER_BADGE, CASHIER_PIN = "B0001", "4321"


# --- journeys -------------------------------------------------------------------------------------

#: The screens where a scan is looked up (on the others a wizard, cashier mode or the service
#: screen has it, or nothing does).
_LOOKUP_SCREENS = ("ATTRACT", "CARD", "PRICE", "NOT_REGISTERED", "UNKNOWN_CARD", "BLOCKED", "ERROR")


def _scan_and_wait(hands: Hands, code: str) -> None:
    """Scan ``code`` where it is looked up (ending the screen before if it is not such a
    screen) and wait for the answer's screen; a misread or a coupon leaves the screen as it was
    with a notice."""
    if hands.state is None or hands.state.name not in _LOOKUP_SCREENS:
        _start_screen(hands)
    hands.scan(code)
    _answered(hands)


def _answered(hands: Hands) -> None:
    """Wait until the screen shows what the flow decided, the central's answer in."""
    from kiosk.core.flow import State

    flow = hands.kiosk.flow
    hands.wait(lambda: flow.state is not State.LOADING and hands.state is flow.state)


def _start_screen(hands: Hands) -> bool:
    """Back on the start screen, as a visitor coming up to the kiosk finds it (a journey that
    needs it ends the screen before it the way a visitor would: Done)."""
    from kiosk.core.flow import State

    if hands.state is not State.ATTRACT:
        end_session(hands, "done")
    return hands.state is State.ATTRACT


def card_scan(hands: Hands, rng: random.Random) -> None:
    """A card scanned (sometimes a second one after it), its screen read."""
    for _ in range(rng.choice((1, 1, 1, 2))):
        _scan_and_wait(hands, rng.choice(CARDS))


def price_check(hands: Hands, rng: random.Random) -> None:
    """One to three products scanned; the price screen may run out by itself."""
    from kiosk.core.flow import State

    for _ in range(rng.randint(1, 3)):
        _scan_and_wait(hands, rng.choice(PRODUCTS))
    if hands.state is State.PRICE and rng.random() < 0.3:
        hands.fire_if_running("price")


def manual_entry(hands: Hands, rng: random.Random) -> None:
    """A card number typed on the keypad of the manual entry screen."""
    from kiosk.core.flow import State

    if not _start_screen(hands):
        return
    screens = hands.kiosk.controller.screens
    hands.tap(screens.attract.ui.manualEntryButton)
    if not hands.wait_for(State.MANUAL_ENTRY):
        return
    keypad = screens.manual_entry.ui.keypad
    for digit in rng.choice(CARDS):
        hands.tap(keypad.digit_button(digit))
    hands.tap(keypad.ok_button)
    _answered(hands)


def program(hands: Hands, _rng: random.Random) -> None:
    """About the program, then back."""
    from kiosk.core.flow import State

    if not _start_screen(hands):
        return
    screens = hands.kiosk.controller.screens
    hands.tap(screens.attract.ui.programButton)
    if hands.wait_for(State.PROGRAM, State.ERROR) and hands.state is State.PROGRAM:
        hands.tap(screens.program.ui.backButton)


def language(hands: Hands, rng: random.Random) -> None:
    """Another language tapped on the start screen."""
    if not _start_screen(hands):
        return
    attract = hands.kiosk.controller.screens.attract
    current = hands.kiosk.flow.language
    choice = rng.choice([lang for lang in attract.language_buttons if lang != current])
    hands.tap(attract.language_buttons[choice])


def reading_aids(hands: Hands, rng: random.Random) -> None:
    """Larger text, High contrast, or both, tapped on the start screen."""
    if not _start_screen(hands):
        return
    ui = hands.kiosk.controller.screens.attract.ui
    both = (ui.largeTextButton, ui.contrastButton)
    for button in rng.choice(((ui.largeTextButton,), (ui.contrastButton,), both)):
        hands.tap(button)


def _registration_screen(hands: Hands) -> RegistrationScreen:
    from kiosk.core.flow import State
    from kiosk.qt.screens.wizards.registration import RegistrationScreen

    screen = hands.kiosk.window.screen_for(State.REGISTRATION)
    assert isinstance(screen, RegistrationScreen)
    return screen


def _add_card_screen(hands: Hands) -> AddCardScreen:
    from kiosk.core.flow import State
    from kiosk.qt.screens.wizards.add_card import AddCardScreen

    screen = hands.kiosk.window.screen_for(State.ADD_CARD)
    assert isinstance(screen, AddCardScreen)
    return screen


def _type_on_keyboard(hands: Hands, screen: RegistrationScreen | AddCardScreen, text: str) -> None:
    keyboard = screen.dock.keyboard
    for key_id in keyboard.keys_for_text(text):
        hands.tap(keyboard.key(key_id))


def _digits_on_keypad(
    hands: Hands, screen: RegistrationScreen | AddCardScreen, digits: str
) -> None:
    keypad = screen.dock.keypad
    for digit in digits:
        hands.tap(keypad.digit_button(digit))


def _next(hands: Hands, screen: RegistrationScreen | AddCardScreen) -> bool:
    """Tap "next" and wait for the answer; False when it could not be tapped."""
    if not hands.tap(screen.next_button):
        return False
    return hands.wait(lambda: not screen.is_busy())


def registration(hands: Hands, rng: random.Random) -> None:
    """A card sold at the till, registered up to the SMS code: from its "not registered"
    screen, or from the start screen's button with the card scanned in the wizard. The phone
    is a new one each time (nobody's account, and under the central's SMS limit per phone)."""
    from kiosk.core.flow import State
    from kiosk.core.wizards.registration.form import Step
    from kiosk.qt.features.wizards.registration import RegistrationWizard

    screens = hands.kiosk.controller.screens
    card = rng.choice(ISSUED_CARDS)
    if rng.random() < 0.5:
        _scan_and_wait(hands, card)
        if hands.state is not State.NOT_REGISTERED:
            return
        hands.tap(screens.not_registered.ui.actionButton)
    else:
        if not _start_screen(hands):
            return
        hands.tap(screens.attract.ui.registerButton)
    if not hands.wait_for(State.REGISTRATION):
        return
    screen = _registration_screen(hands)
    wizard = screen.findChild(RegistrationWizard)
    assert wizard is not None

    def at(step: Step) -> bool:
        hands.wait(lambda: not screen.is_busy())
        return wizard.steps is not None and wizard.steps.step is step

    if at(Step.CARD):
        hands.tap(screen.card_number)
        hands.scan(card)
    if not at(Step.PHONE):
        return
    hands.tap(screen.phone.number)
    _digits_on_keypad(hands, screen, f"29{rng.randint(1_000_000, 9_999_999)}")
    if not (_next(hands, screen) and at(Step.NAMES)):
        return
    hands.tap(screen.last_name)
    _type_on_keyboard(hands, screen, rng.choice(("Иванова", "Ковальчук", "Lee")))
    hands.tap(screen.first_name)
    _type_on_keyboard(hands, screen, rng.choice(("Мария", "Алеся", "Ян")))
    if not (_next(hands, screen) and at(Step.PERSONAL)):
        return
    hands.tap(rng.choice((screen.female, screen.male)))
    screen.birth_date.set_date(dt.date(1960 + rng.randint(0, 40), rng.randint(1, 12), 2))
    if not (_next(hands, screen) and at(Step.CONTACT)):
        return
    if not (_next(hands, screen) and at(Step.PASSWORD)):
        return
    for field_ in (screen.password, screen.password_repeat):
        hands.tap(field_)
        _type_on_keyboard(hands, screen, "secret12")
    if not (_next(hands, screen) and at(Step.CONSENT)):
        return
    hands.tap(screen.consent)
    _next(hands, screen)  # the SMS code is sent; the visitor goes no further


def add_card(hands: Hands, rng: random.Random) -> None:
    """Анна signs in with her password from her card screen, and scans a card the account
    already has (nothing changes in the central's data)."""
    from kiosk.core.flow import State
    from kiosk.core.wizards.add_card.steps import AddCardStep
    from kiosk.qt.features.wizards.add_card import AddCardWizard

    _scan_and_wait(hands, ANNA_CARD)
    if hands.state is not State.CARD:
        return
    hands.tap(hands.kiosk.controller.screens.card.ui.addCardButton)
    if not hands.wait_for(State.ADD_CARD):
        return
    screen = _add_card_screen(hands)
    wizard = screen.findChild(AddCardWizard)
    assert wizard is not None
    hands.tap(screen.phone.number)
    _digits_on_keypad(hands, screen, ANNA_PHONE.removeprefix("+375"))
    if rng.random() < 0.2:
        return  # changed her mind before signing in
    hands.tap(screen.password)
    _type_on_keyboard(hands, screen, DEMO_PASSWORD)
    if not _next(hands, screen) or wizard.steps is None:
        return
    if wizard.steps.step is AddCardStep.SCAN:
        hands.scan(ANNA_PARTNER_CARD)
        hands.wait(lambda: not screen.is_busy())


def cashier(hands: Hands, rng: random.Random) -> None:
    """A cashier's badge and PIN, one to four cards from the till activated, sign out."""
    if not _start_screen(hands):
        return
    from kiosk.core.cashier.session import RowResult
    from kiosk.core.flow import State

    services = hands.kiosk.cashier
    assert services is not None, "cashier mode is built with the wizards"
    hands.scan(CASHIER_BADGE)
    if not hands.wait_for(State.CASHIER):
        return
    ui = services.screen.ui
    hands.wait(ui.keypad.isEnabled)
    for digit in CASHIER_PIN:
        hands.tap(ui.keypad.digit_button(digit))
    hands.tap(ui.keypad.ok_button)
    hands.wait(ui.keypad.isEnabled)  # the PIN's answer is in
    if ui.pages.currentWidget() is ui.listPage:
        for _ in range(rng.randint(1, 4)):
            hands.scan(rng.choice(TILL_CARDS))
        rows = services.driver.session.rows
        hands.wait(lambda: all(row.result is not RowResult.SENDING for row in rows))
        if rng.random() < 0.7:
            hands.tap(ui.signOutButton)
            hands.wait_for(State.ATTRACT)
        # else the cashier walks off signed in, or the session's ending signs out
    else:
        hands.tap(ui.pinCancelButton)  # the central could not say (a fault)
        hands.wait_for(State.ATTRACT)


def service(hands: Hands, _rng: random.Random) -> None:
    """Five taps in the corner, the service PIN, a look at the service screen, back."""
    from kiosk.core.flow import State

    if not _start_screen(hands):
        return
    for _ in range(5):
        hands.tap_corner()
    if not hands.wait_for(State.SERVICE_PIN):
        return
    screens = hands.kiosk.controller.screens
    keypad = screens.service_pin.ui.keypad
    for digit in DEMO_SERVICE_PIN:
        hands.tap(keypad.digit_button(digit))
    hands.tap(keypad.ok_button)
    if hands.wait_for(State.SERVICE):
        hands.settle()  # what the screen asks of the outbox and the central
        hands.tap(screens.service.ui.backButton)


Journey = Callable[[Hands, random.Random], None]

#: Each journey with its weight among a session's steps: most visitors scan a card or a product,
#: some change the language first; registering, signing in, a cashier's batch and the service
#: screen are rarer, and the reading aids rarer still (few shoppers need them).
JOURNEYS: tuple[tuple[Journey, int], ...] = (
    (card_scan, 30),
    (price_check, 25),
    (language, 12),
    (manual_entry, 4),
    (program, 3),
    (reading_aids, 2),
    (registration, 5),
    (add_card, 3),
    (cashier, 5),
    (service, 1),
)
#: How many journeys a visitor makes, drawn from these.
JOURNEYS_PER_SESSION = (1, 1, 1, 2, 2, 3)
ENDINGS = ("done", "cancel", "idle")


def end_session(hands: Hands, how: str) -> None:
    """End whatever is on screen the way ``how`` says (Done or back, Cancel or sign out, or
    walking away), then make sure the kiosk is back on a pristine start screen for the next
    visitor, walking away as often as that takes."""
    from kiosk.core.flow import State

    state = hands.state
    if how != "idle" and state is not None and state is not State.ATTRACT:
        for button in _end_buttons(hands, state, how):
            if hands.tap(button):
                break
        hands.wait_for(State.ATTRACT)
    for _ in range(3):
        if hands.state is State.ATTRACT and hands.kiosk.flow.is_pristine:
            break
        hands.walk_away()
        hands.wait_for(State.ATTRACT)
    else:
        raise RuntimeError(f"the kiosk did not return to the start screen: {hands.state}")


def _end_buttons(hands: Hands, state: State, how: str) -> list[QWidget]:
    from kiosk.core.flow import State

    screens = hands.kiosk.controller.screens
    match state:
        case State.CARD:
            return [screens.card.ui.doneButton]
        case State.PRICE:
            return [screens.price.ui.doneButton]
        case State.NOT_REGISTERED | State.UNKNOWN_CARD | State.BLOCKED | State.ERROR:
            return [screens.message(state).ui.doneButton]
        case State.LOADING:
            return [screens.loading.ui.cancelButton]
        case State.PROGRAM:
            return [screens.program.ui.backButton]
        case State.SERVICE_PIN:
            return [screens.service_pin.ui.cancelButton]
        case State.SERVICE:
            return [screens.service.ui.backButton]
        case State.CASHIER if hands.kiosk.cashier is not None:
            ui = hands.kiosk.cashier.screen.ui
            return [ui.signOutButton, ui.pinCancelButton]
        case State.MANUAL_ENTRY:
            return [screens.manual_entry.ui.backButton]
        case State.REGISTRATION:
            wizard = _registration_screen(hands)
            return [wizard.cancel_button, wizard.success_done, wizard.done_button]
        case State.ADD_CARD:
            frame = _add_card_screen(hands)
            first = frame.done_button if how == "done" else frame.cancel_button
            return [first, frame.cancel_button, frame.done_button]
        case _:
            return []


# --- sessions -------------------------------------------------------------------------------------


@dataclass
class SessionLog:
    """What the sessions did: journeys taken, how they ended, the screens they ended on."""

    journeys: Counter[str] = field(default_factory=Counter)
    endings: Counter[str] = field(default_factory=Counter)
    screens: Counter[str] = field(default_factory=Counter)


def run_session(hands: Hands, rng: random.Random, log: SessionLog) -> None:
    """One visitor: a few journeys, then an ending; then the time until the next one."""
    journeys, weights = zip(*JOURNEYS, strict=True)
    for journey in rng.choices(journeys, weights, k=rng.choice(JOURNEYS_PER_SESSION)):
        journey(hands, rng)
        log.journeys[journey.__name__] += 1
    state = hands.state
    log.screens[state.name if state is not None else "none"] += 1
    how = rng.choice(ENDINGS)
    log.endings[how] += 1
    end_session(hands, how)
    passing_time(hands, rng)


def passing_time(hands: Hands, rng: random.Random) -> None:
    """What time does between visitors: the heartbeat now and then, the program's refresh
    (every half hour) more rarely."""
    if rng.random() < 0.1:
        hands.fire_if_running("heartbeat")
    if rng.random() < 0.01:
        hands.fire_if_running("program-refresh")
        hands.fire_if_running("program-retry")
    hands.settle()


#: The screen each journey goes to: the tour tries a journey again until it got there.
_AIMS: dict[Journey, str] = {
    card_scan: "CARD",
    price_check: "PRICE",
    manual_entry: "MANUAL_ENTRY",
    program: "PROGRAM",
    registration: "REGISTRATION",
    add_card: "ADD_CARD",
    cashier: "CASHIER",
    service: "SERVICE",
}


def tour(hands: Hands, rng: random.Random, log: SessionLog) -> None:
    """The warm-up's start, so that what a kiosk builds on first use is built before the
    census (a wizard, a label's rich-text layout the first time it shows a crossed-out price):
    every card and product once, and every journey once with each ending in turn, each tried
    again (up to three times) while a fault kept it from its screen; then every language."""
    from kiosk.core.flow import State

    for code in (*CARDS, *PRODUCTS):
        for _attempt in range(3):
            _scan_and_wait(hands, code)
            if hands.state is not State.ERROR:
                break
        end_session(hands, "done")
    window = hands.kiosk.window
    shown: set[str] = set()

    def note_screen() -> None:
        shown.add(str(getattr(window.current_state(), "name", "")))

    window.screen_changed.connect(note_screen)
    for n, (journey, _weight) in enumerate(JOURNEYS):
        for _attempt in range(3):
            journey(hands, rng)
            log.journeys[journey.__name__] += 1
            how = ENDINGS[n % len(ENDINGS)]
            log.endings[how] += 1
            end_session(hands, how)
            if _AIMS.get(journey, "ATTRACT") in shown:
                break
    window.screen_changed.disconnect(note_screen)
    for lang in ("be", "en"):
        hands.tap(hands.kiosk.controller.screens.attract.language_buttons[lang])
    end_session(hands, "idle")


@dataclass
class SoakResult:
    sessions: int
    warm: Census
    end: Census
    log: SessionLog

    @property
    def rss_growth_mib(self) -> float:
        return self.end.rss_mib - self.warm.rss_mib

    def problems(self, max_growth_mib: float | None) -> list[str]:
        """What grew after the warm-up, each with what grew: empty when the kiosk stayed flat
        (memory within ``max_growth_mib`` unless None, no more threads or descriptors of any
        kind, no class with more live objects)."""
        found = []
        if max_growth_mib is not None and self.rss_growth_mib > max_growth_mib:
            found.append(f"memory grew by {self.rss_growth_mib:.1f} MiB (> {max_growth_mib} MiB)")
        for what, before, after in (
            ("threads", self.warm.threads, self.end.threads),
            ("descriptors", self.warm.descriptors, self.end.descriptors),
            ("live objects", self.warm.qobjects, self.end.qobjects),
        ):
            if more := grown(before, after):
                listed = ", ".join(f"{name} {a} -> {b}" for name, (a, b) in more.items())
                found.append(f"{what} grew: {listed}")
        return found


def soak(
    hands: Hands,
    sessions: int,
    *,
    seed: int = 1,
    warm_up: int = 50,
    every: int = 0,
    report: Callable[[int, SessionLog], None] | None = None,
) -> SoakResult:
    """The tour and ``warm_up`` sessions, the census, ``sessions`` more sessions (``report``
    after every ``every``), the census again. Each session draws from a generator of its own,
    seeded from ``seed`` in turn: what one visitor does is the same whatever the central's
    faults made of the visitors before."""
    seeds = random.Random(seed)
    log = SessionLog()
    tour(hands, random.Random(seeds.getrandbits(64)), log)
    for _ in range(warm_up):
        run_session(hands, random.Random(seeds.getrandbits(64)), log)
    warm = quiet(hands)
    log = SessionLog()
    for n in range(1, sessions + 1):
        run_session(hands, random.Random(seeds.getrandbits(64)), log)
        if report is not None and every and n % every == 0:
            report(n, log)
    end = quiet(hands, like=warm)
    return SoakResult(sessions, warm, end, log)
