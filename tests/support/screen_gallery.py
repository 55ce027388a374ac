"""Every screen of the kiosk, filled with demo data, at any window size and in any language: for the
layout test (tests/qt/screens/test_layouts.py) and for ``make screenshots``
(tests/support/screenshots.py).

A :class:`Stage` is one real kiosk (demo mode, every screen and wizard built) in a window of one
size. A :class:`Scene` puts one screen (or overlay) up on it; adding a screen to the gallery is
one line in :data:`SCENES`. The wizard pages come from :func:`wizard_scenes`, the one place that
knows the wizard views' API.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from kiosk.contract import CardInfo, DemoSms, Product, ProgramInfo
from kiosk.core.cashier.session import ActivationRow, RowResult
from kiosk.core.client import CentralClient
from kiosk.core.flow import Failure, ReadingAids, SetLanguage, SetReadingAids, State
from kiosk.core.runtime.config import demo_config
from kiosk.main import demo_cards
from kiosk.qt.app import Kiosk, build_kiosk, show_kiosk
from kiosk.qt.screens.wizards.frame import WizardFrame
from kiosk.qt.shell.still_here import StillHereOverlay
from kiosk.qt.widgets.code_entry import CodeEntry
from kiosk.qt.widgets.field_row import FieldRow
from tests.support.fake_timers import FakeTimers

LANGUAGES = ("ru", "be", "en")
#: Landscape from old POS hardware to full HD, and the portrait floor-standing kiosks.
SIZES = ((1024, 768), (1366, 768), (1920, 1080), (768, 1024), (1080, 1920))
TODAY = dt.date(2025, 6, 16)


@dataclass
class SampleData:
    """What the demo central says about the cards and the program the screens show."""

    registered: CardInfo
    birthday: CardInfo
    issued: CardInfo
    program: ProgramInfo
    #: The demo product with the longest name (the price screen's hardest case).
    product: Product

    @classmethod
    def fetch(cls, client: CentralClient) -> SampleData:
        from kiosk.central import demo_data as d

        longest = max(d.PRODUCTS, key=lambda product: len(product[1]))
        return cls(
            registered=client.lookup_card(d.ANNA_CARD),
            birthday=client.lookup_card(d.SERGEY_CARD),
            issued=client.lookup_card(d.ISSUED_CARDS[0]),
            program=client.program_info(),
            product=client.lookup_product(d.with_check_digit(longest[0])),
        )


@dataclass
class Stage:
    """A demo kiosk's window at one size, to put scenes up on."""

    kiosk: Kiosk
    data: SampleData
    overlays: list[QWidget] = field(default_factory=list)

    @classmethod
    def build(
        cls, app: QApplication, central_url: str, data: SampleData, size: tuple[int, int]
    ) -> Stage:
        # Fake timers: no idle time runs out, no still-here prompt covers a scene however
        # long a size takes on a busy machine.
        kiosk = build_kiosk(
            demo_config(central_url),
            app=app,
            demo_cards=demo_cards(),
            today=lambda: TODAY,
            timers=FakeTimers(),
        )
        show_kiosk(kiosk, fullscreen=False)
        # Every screen and wizard; no program fetch: the scenes bring their own data.
        kiosk.finish_startup()
        stage = cls(kiosk, data)
        stage.resize(size)
        return stage

    @property
    def window(self) -> QWidget:
        return self.kiosk.window

    def resize(self, size: tuple[int, int]) -> None:
        self.window.resize(*size)
        QApplication.processEvents()

    def set_language(self, language: str) -> None:
        self.kiosk.controller.dispatch([SetLanguage(language)])
        QApplication.processEvents()

    def set_aids(self, aids: ReadingAids) -> None:
        self.kiosk.flow.aids = aids
        self.kiosk.controller.dispatch([SetReadingAids(aids)])
        QApplication.processEvents()

    def show(self, state: State) -> QWidget:
        """Put the screen of ``state`` up (overlays of the scene before are taken down)."""
        for overlay in self.overlays:
            overlay.hide()
        self.overlays.clear()
        self.kiosk.window.set_demo_panel_open(False)
        self.kiosk.window.hide_notice()
        screen = self.kiosk.controller.screens.get(state)
        self.kiosk.window.show_screen(state)
        return screen

    def close(self) -> None:
        self.kiosk.shutdown()
        # Gone for good, not just closed: every stylesheet change re-polishes each widget still
        # alive, so a window left behind (a thousand widgets) makes each later stage slower.
        # Deleted now: outside a running event loop nothing would.
        self.kiosk.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@dataclass(frozen=True)
class Scene:
    name: str
    put_up: Callable[[Stage], None]
    #: A scene shown big in the README's gallery.
    main: bool = False


def _card(stage: Stage, which: str) -> None:
    screens = stage.kiosk.controller.screens
    stage.show(State.CARD)
    screens.card.set_card(getattr(stage.data, which))


def _message(state: State, failure: Failure | None = None) -> Callable[[Stage], None]:
    def put_up(stage: Stage) -> None:
        screens = stage.kiosk.controller.screens
        screen = screens.message(state)
        stage.show(state)
        screen.set_card_number(stage.data.issued.number)
        if failure is not None:
            screen.set_failure(failure)
            screen.set_support("8 800-555-36-09")

    return put_up


def _program(stage: Stage) -> None:
    stage.show(State.PROGRAM)
    stage.kiosk.controller.screens.program.set_program(stage.data.program)


def _loading(stage: Stage) -> None:
    stage.show(State.LOADING)
    stage.kiosk.controller.screens.loading.set_busy_visible(True)


def _demo_panel(stage: Stage) -> None:
    stage.show(State.ATTRACT)
    window = stage.kiosk.window
    window.set_demo_panel_open(True)
    panel = window.demo_panel
    assert panel is not None
    from kiosk.qt.screens.demo_panel import DemoPanel

    cast(DemoPanel, panel).set_sms(
        [
            DemoSms(
                phone_masked="+375 ** ***-43-21",
                phone="+375297654321",
                code="4821",
                text="Код: 4821",
                sent_at=dt.datetime(2025, 6, 16, 9, 0, tzinfo=dt.UTC),
            )
        ]
    )


def _notice(stage: Stage) -> None:
    stage.show(State.CARD)
    stage.kiosk.controller.screens.card.set_card(stage.data.registered)
    stage.kiosk.window.show_notice(
        QCoreApplication.translate("KioskController", "Could not read the card. Please try again.")
    )


def _still_here(stage: Stage) -> None:
    stage.show(State.ATTRACT)
    # Fake timers: the countdown stands still for the picture.
    overlay = StillHereOverlay(stage.kiosk.window, timers=FakeTimers())
    overlay.start()
    stage.overlays.append(overlay)


def _price(stage: Stage) -> None:
    from kiosk.core.flow.price import price_check
    from kiosk.qt.screens.price import PriceScreen

    screen = cast(PriceScreen, stage.show(State.PRICE))
    product = stage.data.product
    code = stage.kiosk.flow.nomenclature.classify(product.barcode)
    screen.set_check(price_check(code, product, unknown=False, card_holder=False))


def _cashier_pin(stage: Stage) -> None:
    from kiosk.qt.screens.cashier import CashierScreen

    cast(CashierScreen, stage.show(State.CASHIER)).show_pin_page()


def _cashier_list(stage: Stage) -> None:
    from kiosk.central import demo_data as d
    from kiosk.qt.screens.cashier import CashierScreen

    screen = cast(CashierScreen, stage.show(State.CASHIER))
    screen.show_list("Кассир Ирина", may_service=True)
    results = (RowResult.ACTIVATED, RowResult.QUEUED, RowResult.NOT_OURS, RowResult.SENDING)
    screen.set_rows(
        [
            ActivationRow(index, number, result)
            for index, (number, result) in enumerate(zip(d.ISSUED_CARDS, results, strict=False))
        ]
    )
    screen.set_counts(1, 1)


def _attract(stage: Stage) -> None:
    stage.show(State.ATTRACT)
    # With today's discount line, as the demo has it (the longest start screen).
    discount = min(stage.data.program.promotions, key=lambda p: p.date)
    stage.kiosk.controller.screens.attract.set_today_promotion(discount)


#: The kiosk's own screens and overlays. The wizard pages follow (wizard_scenes).
SCENES: tuple[Scene, ...] = (
    Scene("attract", _attract, main=True),
    Scene("card", lambda stage: _card(stage, "registered"), main=True),
    Scene("card_birthday", lambda stage: _card(stage, "birthday")),
    Scene("card_issued", lambda stage: _card(stage, "issued")),
    Scene("not_registered", _message(State.NOT_REGISTERED)),
    Scene("unknown_card", _message(State.UNKNOWN_CARD)),
    Scene("blocked", _message(State.BLOCKED)),
    Scene("offline", _message(State.ERROR, Failure.OFFLINE)),
    Scene("program", _program),
    Scene("manual_entry", lambda stage: stage.show(State.MANUAL_ENTRY) and None),
    Scene("loading", _loading),
    Scene("service_pin", lambda stage: stage.show(State.SERVICE_PIN) and None),
    Scene("service", lambda stage: stage.show(State.SERVICE) and None),
    Scene("price", _price),
    Scene("cashier_pin", _cashier_pin),
    Scene("cashier_list", _cashier_list),
    Scene("demo_panel", _demo_panel),
    Scene("notice", _notice),
    Scene("still_here", _still_here),
)


def _longest_resend(code_entry: CodeEntry) -> None:
    """The SMS code page's "new code" button with its longest words, as the driver sets it."""
    from kiosk.core.wizards.verification import ResendButton, ResendState
    from kiosk.qt.screens.wizards.texts import resend_text

    button = ResendButton(ResendState.START_AGAIN)
    code_entry.set_resend(resend_text(button), button.enabled)


def wizard_scenes() -> Iterator[Scene]:
    """The registration and add-a-card wizards' pages, through the wizard views' API."""
    from kiosk.core.wizards.add_card.steps import AddCardStep
    from kiosk.core.wizards.registration.form import RegistrationSteps, Step

    def registration(step: Step) -> Callable[[Stage], None]:
        def put_up(stage: Stage) -> None:
            from kiosk.qt.screens.wizards.registration import RegistrationScreen

            screen = cast(RegistrationScreen, stage.show(State.REGISTRATION))
            steps = RegistrationSteps(stage.data.program)
            screen.configure(stage.data.program, steps.asked, steps.latest_birth_date())
            if step in (Step.SUCCESS, Step.LINKED):
                screen.show_success(
                    stage.data.issued.number, "+375 ** ***-43-21", linked=step is Step.LINKED
                )
            else:
                screen.show_step(step, 3, 8)
            if step in (Step.CODE, Step.LINK_CODE):
                _longest_resend(screen.code_entry)

        return put_up

    def add_card(step: AddCardStep) -> Callable[[Stage], None]:
        def put_up(stage: Stage) -> None:
            from kiosk.qt.screens.wizards.add_card import AddCardScreen

            screen = cast(AddCardScreen, stage.show(State.ADD_CARD))
            screen.show_step(step)
            if step is AddCardStep.CODE:
                _longest_resend(screen.code_entry)

        return put_up

    for step in Step:
        yield Scene(f"registration_{step.value}", registration(step), main=step is Step.PHONE)
    for add_step in AddCardStep:
        yield Scene(f"add_card_{add_step.value}", add_card(add_step))


def all_scenes() -> tuple[Scene, ...]:
    return (*SCENES, *wizard_scenes())


# --- the states of a page a person goes through (the person-view test) ----------------------

#: What a shopper might type into each field (long, and in the field's own alphabet).
TYPED = {
    "cardNumber": "4810000000019",
    "addCardNumber": "4810000000019",
    "phoneNumber": "29 765-43-21",
    "lastName": "Шчарбакова-Вераб'ёва",
    "firstName": "Аляксандра",
    "patronymic": "Уладзіміраўна",
    "homeAddress": "г. Мінск, вул. Канстанціна Каліноўскага, д. 104, кв. 287",
    "email": "aleksandra.shcharbakova@example.by",
    "password": "Vasilek2025",
    "passwordRepeat": "Vasilek2025",
    "signInPassword": "Vasilek2025",
    # Fewer digits than a code has: a whole code would be sent to the central at once.
    "smsCode": "482",
}


def _wizard(stage: Stage) -> WizardFrame:
    screen = stage.kiosk.window.current_screen()
    assert isinstance(screen, WizardFrame), screen
    return screen


def _page_rows(screen: WizardFrame) -> list[FieldRow]:
    page = screen.pages.currentWidget()
    return [row for row in page.findChildren(FieldRow) if row.isVisibleTo(page)]


def _page_fields(screen: WizardFrame) -> list[QLineEdit]:
    page = screen.pages.currentWidget()
    return [
        field
        for field in page.findChildren(QLineEdit)
        if field.isVisibleTo(page) and not field.isReadOnly()
    ]


def _typed(stage: Stage) -> None:
    """Every field of the page filled in."""
    screen = stage.kiosk.window.current_screen()
    assert screen is not None
    for edit in screen.findChildren(QLineEdit):
        if edit.isVisible() and edit.objectName() in TYPED:
            edit.setText(TYPED[edit.objectName()])
    for name in ("numberEdit", "pinEdit"):  # the keypad screens' own fields
        own = screen.findChild(QLineEdit, name)
        if own is not None and own.isVisible():
            own.setText("4810000000019" if name == "numberEdit" else "1234")


def _field_problem(stage: Stage) -> None:
    """A problem said under the lowest field of the page (the focus goes there with it)."""
    from kiosk.core.wizards.registration.form import FieldIssue, Issue

    issues = {
        "card_number": Issue.CARD_NUMBER_INVALID,
        "phone": Issue.PHONE_NOT_MOBILE,
        "last_name": Issue.NAME_CHARACTERS,
        "first_name": Issue.NAME_CHARACTERS,
        "patronymic": Issue.NAME_TOO_LONG,
        "gender": Issue.REQUIRED,
        "birth_date": Issue.TOO_YOUNG,
        "home_address": Issue.ADDRESS_TOO_LONG,
        "email": Issue.EMAIL_INVALID,
        "password": Issue.PASSWORD_NEEDS_DIGIT,
        "password_repeat": Issue.PASSWORD_MISMATCH,
        "consent_rules_version": Issue.CONSENT_REQUIRED,
    }
    screen = _wizard(stage)
    rows = _page_rows(screen)
    if rows:
        name = rows[-1].objectName().removesuffix("Row")
        screen.show_issues({name: FieldIssue(issues[name])}, "")
    code = _code_entry(screen)
    if code is not None and code.isVisible():
        from kiosk.qt.screens.wizards.texts import wrong_code_text

        code.set_message(wrong_code_text(2))


def _keypad_problem(stage: Stage) -> None:
    """The keypad screens' problem lines, with their longest words."""
    from kiosk.core.cashier.session import SignInProblem
    from kiosk.qt.screens.cashier import CashierScreen
    from kiosk.qt.screens.manual_entry import ManualEntryScreen
    from kiosk.qt.screens.service_pin import ServicePinScreen

    screen = stage.kiosk.window.current_screen()
    if isinstance(screen, ManualEntryScreen):
        screen.ui.numberEdit.setText("481000000001")
        screen.show_invalid()
    elif isinstance(screen, ServicePinScreen):
        screen.show_wrong_pin()
    elif isinstance(screen, CashierScreen):
        screen.show_pin_problem(SignInProblem.UNREACHABLE, attempts_left=None, minutes=None)


def _last_field_keys(stage: Stage) -> None:
    """The lowest field of the page tapped: its keys come up under the page."""
    screen = _wizard(stage)
    fields = _page_fields(screen)
    if fields:
        fields[-1].setFocus()
        screen.dock.follow(fields[-1])
        screen.fit.keep_field_in_view()


def _symbols(stage: Stage) -> None:
    """The keyboard's page of digits and symbols, on the page's first field typed with it."""
    screen = _wizard(stage)
    lettered = [field for field in _page_fields(screen) if field.property("inputKind") != "digits"]
    if lettered:
        lettered[0].setFocus()
        screen.dock.follow(lettered[0])
        screen.fit.keep_field_in_view()
        screen.dock.keyboard.key("symbols").click()


def _code_entry(screen: WizardFrame) -> CodeEntry | None:
    return screen.findChild(CodeEntry)


def _countdown(stage: Stage) -> None:
    """The SMS code page counting down to a new code."""
    from kiosk.core.wizards.verification import ResendButton, ResendState
    from kiosk.qt.screens.wizards.texts import resend_text

    code = _code_entry(_wizard(stage))
    assert code is not None
    code.set_resend(resend_text(ResendButton(ResendState.WAIT, 59)), False)


def _still_here_on_form(stage: Stage) -> None:
    _wizard(stage).still_here.start()


def _cashier_still_here(stage: Stage) -> None:
    from kiosk.qt.screens.cashier import CashierScreen

    screen = stage.kiosk.window.current_screen()
    assert isinstance(screen, CashierScreen)
    screen.ask_still_here()


def _confirm_leaving(stage: Stage) -> None:
    from kiosk.qt.screens.service import ServiceScreen

    screen = stage.kiosk.window.current_screen()
    assert isinstance(screen, ServiceScreen)
    screen.ui.leaveButton.click()


#: The states each page goes through besides the one it is shown in (empty): by scene name.
FORM_STATES: tuple[tuple[str, Callable[[Stage], None]], ...] = (
    ("typed", _typed),
    ("problem", _field_problem),
    ("last_field_keys", _last_field_keys),
    ("symbols", _symbols),
)
KEYPAD_STATES: tuple[tuple[str, Callable[[Stage], None]], ...] = (
    ("typed", _typed),
    ("problem", _keypad_problem),
)


def _states_of(scene: Scene) -> tuple[tuple[str, Callable[[Stage], None]], ...]:
    name = scene.name
    if name in ("manual_entry", "service_pin", "cashier_pin"):
        return KEYPAD_STATES
    if name == "service":
        return (("confirm_leaving", _confirm_leaving),)
    if name == "cashier_list":
        return (("still_here", _cashier_still_here),)
    if name in ("registration_code", "registration_link_code", "add_card_code"):
        return (("typed", _typed), ("problem", _field_problem), ("countdown", _countdown))
    if name == "registration_names":
        return (*FORM_STATES, ("still_here", _still_here_on_form))
    if name in (
        "registration_card",
        "registration_phone",
        "registration_personal",
        "registration_contact",
        "registration_password",
        "registration_consent",
        "add_card_sign_in",
        "add_card_scan",
    ):
        return FORM_STATES
    return ()


def _fresh(scene: Scene, *then: Callable[[Stage], None]) -> Callable[[Stage], None]:
    """``scene`` put up from a clean kiosk (nothing typed or said before on any screen), then
    brought to a state by ``then``."""

    def put_up(stage: Stage) -> None:
        for screen in stage.kiosk.window.screens():
            screen.clear()
        scene.put_up(stage)
        for step in then:
            step(stage)

    return put_up


def person_scenes() -> tuple[Scene, ...]:
    """Every scene of :func:`all_scenes` as it comes up, then in each state a person takes
    its page through (typed, a problem said, the lowest field's keys up, the keyboard's
    symbols, the SMS countdown, ...): named ``scene:state``."""
    scenes: list[Scene] = []
    for scene in all_scenes():
        scenes.append(Scene(scene.name, _fresh(scene), scene.main))
        for state, step in _states_of(scene):
            scenes.append(Scene(f"{scene.name}:{state}", _fresh(scene, step)))
    return tuple(scenes)


# --- what the layout test checks ------------------------------------------------------------

#: Rounds of events a screen's nested layouts need to settle (the deepest: the service screen's
#: panels in columns in a scroll area in the window's screen frame, all of whose texts are new
#: when it is built the moment it is first shown, as the screens reached by a tap are).
SETTLE_ROUNDS = 12


def settle() -> None:
    """Let the layouts settle: each round of events lets one level of nested layouts take the
    sizes the level inside it asks for (wrapped texts get their height once their width is
    known; a text set as a screen is shown goes up through panels, columns and a scroll area)."""
    for _round in range(SETTLE_ROUNDS):
        QApplication.processEvents()


#: Widgets a shopper taps.
TouchTarget = QAbstractButton | QLineEdit


def layout_problems(
    window: QWidget, size: tuple[int, int], min_target_px: int, *, may_scroll: bool = False
) -> list[str]:
    """What does not fit on the window as it is now: widgets outside it, texts cut off, touch
    targets overlapping or smaller than ``min_target_px``. A screen taller than the window
    scrolls as a whole (its frame is a scroll area): that is always a problem, for its buttons
    go below the fold. A screen's middle (``contentScroll``) may scroll only with
    ``may_scroll`` (large text), or when it holds a list as long as the data makes it (the card
    screen's offers, part of its one scroll area)."""
    settle()  # what is measured is what stays on screen
    problems: list[str] = []
    if (window.width(), window.height()) != size:
        problems.append(f"window is {window.width()}x{window.height()}, not {size}")
    bounds = window.rect()
    targets: list[tuple[QWidget, QRect, QWidget]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        name = _name(widget)
        # A screen's frame, or the middle of a screen that scrolls by itself with large text.
        frame = isinstance(widget, QScrollArea) and (
            widget.objectName().endswith("Frame") or widget.objectName() == "contentScroll"
        )
        middle_may_scroll = widget.objectName() == "contentScroll" and (
            may_scroll or widget.findChild(QWidget, "offersContent") is not None
        )
        if frame and not middle_may_scroll and widget.verticalScrollBar().maximum() > 0:
            problems.append(f"{name} needs {widget.verticalScrollBar().maximum()} px more")
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            problem = _cut_sideways(widget)
            if problem:
                problems.append(f"{name}: {problem}")
        scrolled = _inside_scrolled_content(widget, window)
        if not scrolled and rect.width() > 0 and rect.height() > 0 and not bounds.contains(rect):
            problems.append(f"{name} at {_shown(rect)} is outside the window")
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            if problem:
                problems.append(f"{name}: {problem}")
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
            if problem:
                problems.append(f"{name}: {problem}")
        if isinstance(widget, TouchTarget) and widget.isEnabled():
            # The part one can tap: a scroll area's viewport clips its content.
            visible = widget.visibleRegion().boundingRect()
            tappable = QRect(widget.mapTo(window, visible.topLeft()), visible.size())
            if not visible.isEmpty():
                targets.append((widget, tappable, _layer(widget, window)))
            if min(rect.width(), rect.height()) < min_target_px:
                problems.append(f"{name} is {rect.width()}x{rect.height()}, under {min_target_px}")
    for index, (first, first_rect, first_layer) in enumerate(targets):
        for second, second_rect, second_layer in targets[index + 1 :]:
            if first_layer is second_layer and first_rect.intersects(second_rect):
                problems.append(f"{_name(first)} and {_name(second)} overlap")
    return problems


def _cut_sideways(area: QScrollArea) -> str:
    """A scroll area that never scrolls sideways cuts what is wider than its viewport."""
    if area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return ""
    content, room = area.widget().width(), area.viewport().width()
    if content > room:
        return f"content is {content} px wide, {content - room} px cut off at the side"
    return ""


def _label_problem(label: QLabel) -> str:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text
    ):
        return ""
    metrics = QFontMetrics(label.font())
    room = label.contentsRect()
    margin = label.margin() * 2 + max(0, label.indent())
    width, height = room.width() - margin, room.height() - label.margin() * 2
    flags = int(Qt.TextFlag.TextWordWrap) if label.wordWrap() else 0
    need = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), flags, text)
    if need.width() > width + 1 or need.height() > height + 1:
        return f"text {text[:40]!r} needs {need.width()}x{need.height()}, has {width}x{height}"
    return ""


def _button_problem(button: QAbstractButton) -> str:
    text = button.text().replace("&&", "&")
    if not text:
        return ""
    metrics = QFontMetrics(button.font())
    if button.property("wordWrap") is True:
        # Words wrap (kiosk.qt.widgets.wrapping): the longest word must fit, and all the lines.
        longest = max(metrics.horizontalAdvance(word) for word in text.split())
        need = metrics.boundingRect(
            QRect(0, 0, max(button.width(), 1), 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        if longest > button.width() or need.height() > button.height():
            return (
                f"text {text[:40]!r} needs {max(longest, need.width())}x{need.height()}, "
                f"the button is {button.width()}x{button.height()}"
            )
        return ""
    need = max(metrics.horizontalAdvance(line) for line in text.splitlines())
    if need > button.width():
        return f"text {text[:40]!r} needs {need} px, the button is {button.width()} px wide"
    return ""


def _inside_scrolled_content(widget: QWidget, window: QWidget) -> bool:
    """Content of a scroll area may lie beyond the window: it is scrolled to."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _layer(widget: QWidget, window: QWidget) -> QWidget:
    """The window's child the widget belongs to: the screen stack or an overlay over it."""
    layer = widget
    while layer.parentWidget() is not None and layer.parentWidget() is not window:
        layer = layer.parentWidget()
    return layer


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _shown(rect: QRect) -> str:
    return f"({rect.x()},{rect.y()} {rect.width()}x{rect.height()})"
