"""The kiosk's own screens: which screen shows each flow state, built on first need."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from kiosk.core.flow import State
from kiosk.qt.screens.attract import AttractScreen
from kiosk.qt.screens.base import Screen
from kiosk.qt.shell.timers import TimerFactory
from kiosk.qt.shell.window import KioskWindow

if TYPE_CHECKING:
    from kiosk.qt.screens.card import CardScreen
    from kiosk.qt.screens.loading import LoadingScreen
    from kiosk.qt.screens.manual_entry import ManualEntryScreen
    from kiosk.qt.screens.message import MessageScreen
    from kiosk.qt.screens.price import PriceScreen
    from kiosk.qt.screens.program import ProgramScreen
    from kiosk.qt.screens.service import ServiceScreen
    from kiosk.qt.screens.service_pin import ServicePinScreen


def _create_screen(state: State, today: Callable[[], dt.date], timers: TimerFactory) -> Screen:
    """A new screen for ``state``. Its module is imported here, on first need: only the start
    screen's is on the way to the kiosk being ready for a scan."""
    if state is State.ATTRACT:
        return AttractScreen()
    if state is State.MANUAL_ENTRY:
        from kiosk.qt.screens.manual_entry import ManualEntryScreen

        return ManualEntryScreen()
    if state is State.LOADING:
        from kiosk.qt.screens.loading import LoadingScreen

        return LoadingScreen(timers=timers)
    if state is State.CARD:
        from kiosk.qt.screens.card import CardScreen

        return CardScreen()
    if state is State.PRICE:
        from kiosk.qt.screens.price import PriceScreen

        return PriceScreen()
    if state in _MESSAGE_KINDS:
        from kiosk.qt.screens.message import MessageKind, MessageScreen

        return MessageScreen(MessageKind(_MESSAGE_KINDS[state]))
    if state is State.PROGRAM:
        from kiosk.qt.screens.program import ProgramScreen

        return ProgramScreen(today=today)
    if state is State.SERVICE_PIN:
        from kiosk.qt.screens.service_pin import ServicePinScreen

        return ServicePinScreen()
    if state is State.SERVICE:
        from kiosk.qt.screens.service import ServiceScreen

        return ServiceScreen()
    raise ValueError(f"{state} has no screen of the kiosk's own (a wizard plugs its own in)")


#: Flow states shown by the message screen, with its kind (MessageKind values).
_MESSAGE_KINDS = {
    State.NOT_REGISTERED: "not_registered",
    State.UNKNOWN_CARD: "unknown_card",
    State.BLOCKED: "blocked",
    State.ERROR: "error",
}


class Screens:
    """The kiosk's own screens, each registered with the window under its flow state.

    A screen is built the first time it is asked for (:meth:`get`, or the attributes named after
    the screens), so that the kiosk is ready for a scan after building the start screen alone;
    the kiosk builds the ones a scan leads to on the event loop's first turns after that, in
    BUILD_ORDER; a screen reached by a tap is built on that tap.
    Every new screen goes to ``on_built`` to be wired up. A wizard's screen is not the kiosk's
    own: what builds it is :meth:`plug`-ged in, and runs when it is first asked for.
    """

    #: The screens a scan leads to, built after the start screen in the order a shopper is
    #: likely to need them, so that no scan waits for one. The ones reached by a tap (typing
    #: the number, the program, the service PIN and screen) are built on that tap, 15-60 ms
    #: once, and are not held (about 4 MiB) by a kiosk where nobody taps them.
    BUILD_ORDER = (
        State.LOADING,
        State.CARD,
        State.PRICE,
        State.ERROR,
        State.NOT_REGISTERED,
        State.UNKNOWN_CARD,
        State.BLOCKED,
    )

    def __init__(
        self,
        window: KioskWindow[Screen],
        *,
        today: Callable[[], dt.date],
        timers: TimerFactory,
        on_built: Callable[[State, Screen], None],
    ) -> None:
        self._window = window
        self._today = today
        self._timers = timers
        self._on_built = on_built
        self._builders: dict[State, Callable[[], object]] = {}
        self._waiting: dict[State, list[Callable[[Screen], object]]] = {}

    def plug(self, state: State, build: Callable[[], object]) -> None:
        """``build`` puts the screen of ``state`` into the window when it is first asked for."""
        self._builders[state] = build

    def when_built(self, state: State, then: Callable[[Screen], object]) -> None:
        """Call ``then`` with the screen of ``state`` once it is built: now if it is."""
        built = self.built(state)
        if built is not None:
            then(built)
        else:
            self._waiting.setdefault(state, []).append(then)

    def get(self, state: State) -> Screen:
        """The screen of ``state``, built now if it was not yet."""
        if not self._window.has_screen(state):
            build = self._builders.pop(state, None)
            if build is not None:
                build()
            else:
                screen = _create_screen(state, self._today, self._timers)
                self._window.add_screen(state, screen)
                self._on_built(state, screen)
            for then in self._waiting.pop(state, []):
                then(self._window.screen_for(state))
        return self._window.screen_for(state)

    def built(self, state: State) -> Screen | None:
        """The screen of ``state`` if it is built, without building it."""
        return self._window.screen_for(state) if self._window.has_screen(state) else None

    @property
    def attract(self) -> AttractScreen:
        return cast(AttractScreen, self.get(State.ATTRACT))

    @property
    def manual_entry(self) -> ManualEntryScreen:
        return cast("ManualEntryScreen", self.get(State.MANUAL_ENTRY))

    @property
    def loading(self) -> LoadingScreen:
        return cast("LoadingScreen", self.get(State.LOADING))

    @property
    def card(self) -> CardScreen:
        return cast("CardScreen", self.get(State.CARD))

    @property
    def price(self) -> PriceScreen:
        return cast("PriceScreen", self.get(State.PRICE))

    @property
    def not_registered(self) -> MessageScreen:
        return self.message(State.NOT_REGISTERED)

    @property
    def unknown_card(self) -> MessageScreen:
        return self.message(State.UNKNOWN_CARD)

    @property
    def blocked(self) -> MessageScreen:
        return self.message(State.BLOCKED)

    @property
    def error(self) -> MessageScreen:
        return self.message(State.ERROR)

    @property
    def program(self) -> ProgramScreen:
        return cast("ProgramScreen", self.get(State.PROGRAM))

    @property
    def service_pin(self) -> ServicePinScreen:
        return cast("ServicePinScreen", self.get(State.SERVICE_PIN))

    @property
    def service(self) -> ServiceScreen:
        return cast("ServiceScreen", self.get(State.SERVICE))

    def message(self, state: State) -> MessageScreen:
        if state not in _MESSAGE_KINDS:
            raise ValueError(f"{state} is not shown on a message screen")
        return cast("MessageScreen", self.get(state))
