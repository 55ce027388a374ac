"""Every end of a session leaves the kiosk as a fresh one: a session in Larger text and High
contrast (and English) goes through every screen, scrolling, typing and being asked "are you still
here?", and ends each way a session ends (Done, a wizard's Cancel, the idle time, the price
screen's time, a wizard's end, a cashier's sign-out, leaving the service screen). Then every
screen of the next session must lay out exactly as on a kiosk built fresh at the same size: the
same widgets visible, at the same place and size in the window, with the same fonts and the
scroll bars at the same values.

One kiosk per size goes through all the ends (the fresh kiosk it is compared with is built and
looked at first, then closed: the stylesheet is the application's, one kiosk's at a time). Fake
timers: the idle time, the still-here countdown and the price screen's time are fired.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.central import demo_data as d
from kiosk.central.server import EmbeddedCentral
from kiosk.core.client import CentralClient
from kiosk.core.flow import ReadingAids, State
from kiosk.qt.controller import Screens
from kiosk.qt.screens.cashier import CashierScreen
from kiosk.qt.screens.wizards.frame import WizardFrame
from kiosk.qt.screens.wizards.registration import RegistrationScreen
from tests.support.fake_timers import FakeTimers
from tests.support.screen_gallery import SampleData, Stage, all_scenes, settle
from tests.support.wizard_driving import Shopper, fill_registration_form

pytestmark = [
    pytest.mark.slow,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.timeout(300),
]

SIZES = ((1024, 768), (1080, 1920))
#: How a widget lies in the window: (x, y, width, height), its font's pixel and point size,
#: and for a scroll area its scroll bars' values.
Placement = tuple[object, ...]
#: Every visible widget of the window by its path from the window.
Layout = dict[str, Placement]
#: The screens as the session left them (:data:`LEFT_AS_THEY_ARE`, :data:`WIZARDS`), then every
#: scene of the gallery put up, by name.
Looks = dict[str, Layout]

#: The screens shown as the last session left them, before anything fills them: the start
#: screen (the first the next person sees) and cashier mode (on its first page). The others
#: are filled whenever they are shown; the wizards start afresh on every begin, but must be
#: left on their first page, with no keys docked and no question laid over them
#: (:func:`wizard_as_left`).
LEFT_AS_THEY_ARE = (State.ATTRACT, State.CASHIER)
WIZARDS = (State.REGISTRATION, State.ADD_CARD)


# --- looking ---------------------------------------------------------------------------------


def _path(widget: QWidget, window: QWidget) -> str:
    """The widget's names from the window down; an unnamed one by its class and its place
    among the shown siblings of its class (a row deleted later must not shift the rest)."""
    parts: list[str] = []
    while widget is not window:
        parent = widget.parentWidget()
        assert parent is not None
        name = widget.objectName()
        if not name:
            kin = [
                child
                for child in parent.children()
                if type(child) is type(widget) and not child.isHidden()
            ]
            name = f"{type(widget).__name__}[{kin.index(widget)}]"
        parts.append(name)
        widget = parent
    return "/".join(reversed(parts))


def layout_of(stage: Stage) -> Layout:
    """Where every visible widget is, once the answers asked for are in and the layouts
    settled."""
    assert stage.kiosk.runner.wait_for_done(10_000)
    settle()
    window = stage.window
    found: Layout = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        font = widget.font()
        where = QPoint(widget.mapTo(window, QPoint(0, 0)))
        placement: Placement = (
            (where.x(), where.y(), widget.width(), widget.height()),
            font.pixelSize(),
            font.pointSizeF(),
        )
        if isinstance(widget, QAbstractScrollArea):
            placement += (
                widget.verticalScrollBar().value(),
                widget.horizontalScrollBar().value(),
            )
        found[_path(widget, window)] = placement
    return found


def wizard_as_left(frame: WizardFrame) -> Layout:
    return {
        "page": (frame.pages.currentIndex(),),
        "keys docked": (frame.dock.isVisibleTo(frame),),
        "still here?": (frame.still_here.isVisibleTo(frame),),
        "page scrolled": (frame.page_scroll.verticalScrollBar().value(),),
        "header scrolls with the page": (frame.header_scrolls,),
    }


def looks_of(stage: Stage) -> Looks:
    """Every screen as it was left, then every scene of the gallery."""
    looks: Looks = {}
    controller, window = stage.kiosk.controller, stage.kiosk.window
    for state in LEFT_AS_THEY_ARE:
        controller.screens.get(state)
        window.show_screen(state)  # overlays left open stay: they are part of what is left
        looks[f"{state.value} as left"] = layout_of(stage)
    for state in WIZARDS:
        frame = controller.screens.get(state)
        assert isinstance(frame, WizardFrame)
        looks[f"{state.value} as left"] = wizard_as_left(frame)
    for scene in all_scenes():
        scene.put_up(stage)
        looks[scene.name] = layout_of(stage)
    return looks


def differences(fresh: Looks, now: Looks) -> list[str]:
    """One line for each screen that differs: how many widgets, and the first of them."""
    found: list[str] = []
    for name, fresh_layout in fresh.items():
        now_layout = now[name]
        paths = sorted(
            path
            for path in fresh_layout.keys() | now_layout.keys()
            if fresh_layout.get(path) != now_layout.get(path)
        )
        if paths:
            first = paths[0]
            found.append(
                f"{name}: {len(paths)} widgets differ, first {first}: "
                f"fresh {fresh_layout.get(first)}, now {now_layout.get(first)}"
            )
    return found


# --- the session -----------------------------------------------------------------------------


def glance() -> None:
    """A few rounds of events: enough for a screen to fold, stack and leave out what it does
    in the session's text (what is looked at afterwards is settled fully)."""
    for _round in range(4):
        QApplication.processEvents()


class Session:
    """A shopper (or a cashier, or an engineer) at one stage's kiosk."""

    def __init__(self, stage: Stage, qtbot: QtBot, client: CentralClient) -> None:
        self.stage = stage
        self.kiosk = stage.kiosk
        self.qtbot = qtbot
        self.client = client
        timers = stage.kiosk.timers
        assert isinstance(timers, FakeTimers)
        self.timers = timers

    @property
    def screens(self) -> Screens:
        return self.kiosk.controller.screens

    def tap(self, widget: QWidget) -> None:
        assert widget.isVisible(), f"{widget.objectName()} is not on screen"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def scan(self, code: str) -> None:
        self.kiosk.controller.scan(code)

    def answered(self) -> None:
        """Every answer asked for is in and handled (an answer may ask again)."""
        for _round in range(3):
            assert self.kiosk.runner.wait_for_done(10_000)
            QApplication.processEvents()

    def wait_for(self, state: State) -> None:
        def there() -> bool:
            self.answered()
            return self.kiosk.window.current_state() is state

        self.qtbot.waitUntil(there, timeout=10_000)

    def start_with_reading_aids(self) -> None:
        """On the start screen: English, Larger text and High contrast tapped."""
        attract = self.screens.attract
        assert self.kiosk.window.current_state() is State.ATTRACT
        self.tap(attract.ui.langEnButton)
        # Larger text ticked as if tapped, High contrast tapped: both come to the flow at once,
        # one restyle of every screen instead of two (a second each on a busy machine). A
        # session end that left them on is found below.
        attract.ui.largeTextButton.setChecked(True)
        attract.ui.contrastButton.setChecked(False)
        self.tap(attract.ui.contrastButton)
        assert self.kiosk.flow.aids == ReadingAids(large_text=True, high_contrast=True)

    def visit_every_screen(self) -> None:
        """Every scene in the session's text and colours, each scrolled to its end; a field of
        each form page focused (its keys docked), one page asking "are you still here?"."""
        for scene in all_scenes():
            scene.put_up(self.stage)
            glance()
            screen = self.kiosk.window.current_screen()
            if isinstance(screen, WizardFrame):
                fields = [f for f in screen.findChildren(QLineEdit) if f.isVisible()]
                if fields:
                    fields[0].setFocus()
                    screen.dock.follow(fields[0])
                    fields[0].setText("5")
                if scene.name == "registration_names":
                    assert screen.handle_idle()
                glance()
            for area in self.stage.window.findChildren(QAbstractScrollArea):
                if area.isVisible():
                    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        # Back to the start screen, where the flow still is.
        self.kiosk.window.show_screen(State.ATTRACT)
        assert self.kiosk.flow.state is State.ATTRACT

    # -- the ends ---------------------------------------------------------------------------

    def done(self) -> None:
        self.scan(d.ANNA_CARD)
        self.wait_for(State.CARD)
        self.tap(self.screens.card.ui.doneButton)

    def wizard_cancel(self) -> None:
        self.tap(self.screens.attract.ui.registerButton)
        self.wait_for(State.REGISTRATION)
        frame = self.kiosk.window.screen_for(State.REGISTRATION)
        assert isinstance(frame, WizardFrame)
        self.tap(frame.cancel_button)

    def idle(self) -> None:
        """Idle on a form: "are you still here?" runs out."""
        self.tap(self.screens.attract.ui.registerButton)
        self.wait_for(State.REGISTRATION)
        frame = self.kiosk.window.screen_for(State.REGISTRATION)
        assert isinstance(frame, RegistrationScreen)
        frame.card_number.setFocus()
        frame.card_number.setText("29900")
        self.timers.fire("idle")
        assert frame.still_here.isVisible()
        (countdown,) = [t for t in self.timers.all_named("still-here") if t.isActive()]
        while countdown.isActive():
            countdown.fire()

    def price_timeout(self) -> None:
        self.scan(self.stage.data.product.barcode)
        self.wait_for(State.PRICE)
        self.timers.fire("price")

    def wizard_end(self, card: str, phone: str) -> None:
        """An issued card registered to the end, Done tapped on the last page."""
        self.scan(card)
        self.wait_for(State.NOT_REGISTERED)
        self.tap(self.screens.not_registered.ui.actionButton)
        self.wait_for(State.REGISTRATION)
        screen = self.kiosk.window.screen_for(State.REGISTRATION)
        assert isinstance(screen, RegistrationScreen)
        shopper = Shopper(self.qtbot, screen, self.client)
        shopper.wait_answer()
        shopper.digits(screen.phone.number, phone[-9:])
        shopper.next()
        fill_registration_form(shopper, screen, last="Иванова", first="Мария", birth=BIRTH)
        shopper.digits(screen.code_entry.code, shopper.sms_code(phone))
        shopper.wait_answer()
        self.tap(screen.success_done)

    def cashier_sign_out(self) -> None:
        self.scan(d.STAFF[0][1])
        self.wait_for(State.CASHIER)
        cashier = self.screens.get(State.CASHIER)
        assert isinstance(cashier, CashierScreen)
        keypad = cashier.ui.keypad
        for digit in d.STAFF[0][2]:
            self.tap(keypad.digit_button(digit))
        self.tap(keypad.ok_button)
        self.qtbot.waitUntil(lambda: cashier.ui.pages.currentWidget() is cashier.ui.listPage)
        self.tap(cashier.ui.signOutButton)

    def leave_service(self) -> None:
        for _tap in range(5):
            self.kiosk.controller.corner_tap()
        self.wait_for(State.SERVICE_PIN)
        keypad = self.screens.service_pin.ui.keypad
        for digit in "0000":
            self.tap(keypad.digit_button(digit))
        self.tap(keypad.ok_button)
        self.wait_for(State.SERVICE)
        self.tap(self.screens.service.ui.backButton)


BIRTH = dt.date(1990, 4, 2)


def ends() -> list[tuple[str, Callable[[Session], None]]]:
    card, phone = d.ISSUED_CARDS[-1], "+375297650000"
    return [
        ("done", Session.done),
        ("a wizard's cancel", Session.wizard_cancel),
        ("the idle time", Session.idle),
        ("the price screen's time", Session.price_timeout),
        ("a wizard's end", lambda session: session.wizard_end(card, phone)),
        ("a cashier's sign-out", Session.cashier_sign_out),
        ("leaving the service screen", Session.leave_service),
    ]


# --- the test --------------------------------------------------------------------------------


@pytest.fixture
def demo_central(tmp_path: Path) -> Iterator[tuple[str, SampleData]]:
    """A demo central of the size's own: no SMS of the other size's sessions in the demo
    panel of its fresh kiosk."""
    path = tmp_path / "central.sqlite3"
    with EmbeddedCentral(path, demo=True, token="demo-token") as central:
        with CentralClient(central.url, "demo-token", terminal_id="DEMO-01") as client:
            data = SampleData.fetch(client)
        yield central.url, data


def _stage(
    app: QApplication, qtbot: QtBot, url: str, data: SampleData, size: tuple[int, int]
) -> Stage:
    stage = Stage.build(app, url, data, size)
    # Taps come at once after a screen change here (the tap guard, on fake timers, would
    # never let them through); the guard has tests of its own.
    if stage.kiosk.tap_guard is not None:
        app.removeEventFilter(stage.kiosk.tap_guard)
    stage.kiosk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is stage.window)
    return stage


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_end_of_a_session_leaves_every_screen_as_on_a_fresh_kiosk(
    qapp: QApplication,
    qtbot: QtBot,
    demo_central: tuple[str, SampleData],
    size: tuple[int, int],
) -> None:
    url, data = demo_central
    fresh_stage = _stage(qapp, qtbot, url, data, size)
    try:
        fresh = looks_of(fresh_stage)
    finally:
        fresh_stage.close()
    stage = _stage(qapp, qtbot, url, data, size)
    problems: list[str] = []
    try:
        with CentralClient(url, "demo-token", terminal_id="DEMO-01") as client:
            session = Session(stage, qtbot, client)
            stage.kiosk.window.show_screen(State.ATTRACT)
            for name, end in ends():
                session.start_with_reading_aids()
                session.visit_every_screen()
                end(session)
                session.wait_for(State.ATTRACT)
                flow = stage.kiosk.flow
                if not flow.is_pristine:
                    problems.append(
                        f"after {name}: the flow kept {flow.language}, {flow.aids}, {flow.state}"
                    )
                now = looks_of(stage)
                problems += [f"after {name}: {found}" for found in differences(fresh, now)]
                stage.kiosk.window.show_screen(State.ATTRACT)
    finally:
        stage.close()
    assert not problems, "\n".join(problems)
