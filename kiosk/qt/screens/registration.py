"""Registering a card on the spot: the wizard screen and what drives it.

:class:`RegistrationScreen` is the passive view: pages of a few fields each, the keyboard or
keypad docked under them, and intent signals. :class:`RegistrationWizard` drives it: it keeps
the Qt-free :class:`~kiosk.core.registration.RegistrationSteps`, calls the central through
the task runner (never on the GUI thread) and drops answers that arrive after the shopper
moved on (back, cancel, idle).

Privacy: the typed values live in the widgets and, while checked or sent, in the model; both
are wiped on cancel, idle and completion. Nothing typed is logged or written to disk; the
shopper session the central opens on confirmation is closed at once (no "remember me").
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.cards import InvalidCardNumber, parse_card_number
from kiosk.core.masking import mask_card
from kiosk.core.registration import (
    MAX_AGE,
    FieldIssue,
    Issue,
    RegistrationForm,
    RegistrationSteps,
    Step,
)
from kiosk.core.verification import Refusal, refusal_for
from kiosk.qt import wizard_texts
from kiosk.qt.keypad import MIN_KEY_SIZE
from kiosk.qt.screens.base import arg
from kiosk.qt.screens.wizard import TICK_MS, TaskRunnerLike, WizardDriver, WizardScreen
from kiosk.qt.touch import enable_touch_scrolling
from kiosk.qt.widgets import BarcodeView
from kiosk.qt.wizard_widgets import (
    CodeEntry,
    DatePicker,
    FieldRow,
    PhoneInput,
    TouchCheckBox,
    set_style_role,
    text_field,
    touch_button,
    wipe_inputs,
    wrapped_label,
)

if TYPE_CHECKING:
    # The screens are built before the first screen is up; pydantic loads later, with the
    # client, on a worker thread.
    from kiosk.contract import (
        AccountSummary,
        CardInfo,
        ProgramInfo,
        RegistrationConfirmed,
        RegistrationStatus,
    )
    from kiosk.core.errors import CentralError

log = logging.getLogger("kiosk.registration")

#: Seconds the success screen stays before the kiosk returns to its start screen by itself.
SUCCESS_RETURN_MS = 20_000

_CODE_STEPS = (Step.CODE, Step.LINK_CODE)
_END_STEPS = (Step.SUCCESS, Step.LINKED)


class RegistrationScreen(WizardScreen):
    """The registration wizard's pages. Passive: it shows and it reports."""

    link_requested = Signal()
    other_phone_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registrationScreen")
        self._step = Step.PHONE
        self._asked: dict[str, bool] = {}
        self._stopped_text = ""
        self._step_number = (0, 0)
        self._page_of: dict[Step, QWidget] = {}
        self._build_pages()
        self.retranslate()

    # -- building ---------------------------------------------------------------------------

    def _row(self, name: str, editor: QWidget) -> FieldRow:
        return self.add_row(name, editor)

    def _page(self, step: Step | None, *widgets: QWidget, stretch: bool = True) -> QWidget:
        page = self.add_page(step.value if step else "stopped", *widgets, stretch=stretch)
        if step is not None:
            self._page_of[step] = page
        return page

    def _build_pages(self) -> None:
        # Card to register (when the wizard starts from the start screen).
        self.card_number = text_field(digits=True, max_length=13)
        self.card_number.setObjectName("cardNumber")
        self._page(Step.CARD, self._row("card_number", self.card_number))

        self.phone = PhoneInput()
        self._page(Step.PHONE, self._row("phone", self.phone))

        self.last_name = text_field(max_length=50, capitalize=True)
        self.last_name.setObjectName("lastName")
        self.first_name = text_field(max_length=50, capitalize=True)
        self.first_name.setObjectName("firstName")
        self.patronymic = text_field(max_length=50, capitalize=True)
        self.patronymic.setObjectName("patronymic")
        self._page(
            Step.NAMES,
            self._row("last_name", self.last_name),
            self._row("first_name", self.first_name),
            self._row("patronymic", self.patronymic),
        )

        gender_box = QWidget()
        gender_layout = QHBoxLayout(gender_box)
        gender_layout.setContentsMargins(0, 0, 0, 0)
        self.female = touch_button(role="choice")
        self.female.setObjectName("genderFemale")
        self.male = touch_button(role="choice")
        self.male.setObjectName("genderMale")
        self._gender_group = QButtonGroup(self)
        for button in (self.female, self.male):
            button.setCheckable(True)
            button.setMinimumWidth(220)
            self._gender_group.addButton(button)
            gender_layout.addWidget(button)
        gender_layout.addStretch(1)
        self.birth_date = DatePicker()
        self.birth_date.setObjectName("birthDate")
        self._page(
            Step.PERSONAL,
            self._row("gender", gender_box),
            self._row("birth_date", self.birth_date),
        )

        self.home_address = text_field(max_length=200, capitalize=True)
        self.home_address.setObjectName("homeAddress")
        self.email = text_field(max_length=254, keyboard_language="en")
        self.email.setObjectName("email")
        self._page(
            Step.CONTACT,
            self._row("home_address", self.home_address),
            self._row("email", self.email),
        )

        self.password_policy = wrapped_label(role="subtitle")
        self.password = text_field(max_length=128, password=True)
        self.password.setObjectName("password")
        self.password_repeat = text_field(max_length=128, password=True)
        self.password_repeat.setObjectName("passwordRepeat")
        self._page(
            Step.PASSWORD,
            self.password_policy,
            self._row("password", self.password),
            self._row("password_repeat", self.password_repeat),
        )

        self.rules = QTextBrowser()
        self.rules.setObjectName("rulesText")
        self.rules.setReadOnly(True)
        self.rules.setOpenLinks(False)
        self.rules.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        enable_touch_scrolling(self.rules)
        self.consent = TouchCheckBox()
        self.consent.setObjectName("consentCheck")
        self.consent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.consent.setMinimumHeight(MIN_KEY_SIZE)
        set_style_role(self.consent, "consent")
        consent_page = self._page(Step.CONSENT, stretch=False)
        consent_layout = consent_page.layout()
        assert isinstance(consent_layout, QVBoxLayout)
        consent_layout.addWidget(self.rules, 1)
        consent_layout.addWidget(self._row("consent_rules_version", self.consent))

        self.code_entry = CodeEntry()
        self._page(Step.CODE, self.code_entry)
        self._page_of[Step.LINK_CODE] = self._page_of[Step.CODE]

        self.link_text = wrapped_label(role="body")
        self.link_text.setObjectName("linkOfferText")
        self.link_button = touch_button(role="primary")
        self.link_button.setObjectName("linkButton")
        self.other_phone_button = touch_button(role="secondary")
        self.other_phone_button.setObjectName("otherPhoneButton")
        self.link_button.clicked.connect(self.link_requested)
        self.other_phone_button.clicked.connect(self.other_phone_requested)
        link_buttons = QWidget()
        link_layout = QHBoxLayout(link_buttons)
        link_layout.setContentsMargins(0, 0, 0, 0)
        link_layout.addWidget(self.link_button)
        link_layout.addWidget(self.other_phone_button)
        link_layout.addStretch(1)
        self._page(Step.LINK_OFFER, self.link_text, link_buttons)

        self.success_icon = QLabel("✓")
        self.success_icon.setObjectName("successIcon")
        self.success_icon.setFixedSize(136, 136)
        self.success_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_style_role(self.success_icon, "icon")
        icon_holder = QWidget()
        icon_layout = QHBoxLayout(icon_holder)
        icon_layout.setContentsMargins(0, 0, 0, 0)
        icon_layout.addStretch(1)
        icon_layout.addWidget(self.success_icon)
        icon_layout.addStretch(1)
        self.success_text = wrapped_label(role="subtitle")
        self.success_text.setObjectName("successText")
        self.success_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.barcode = BarcodeView()
        self.barcode.setObjectName("successBarcode")
        self.barcode.setFixedSize(520, 200)
        self.success_card = QLabel()
        self.success_card.setObjectName("successCard")
        self.success_card.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_style_role(self.success_card, "number")
        self.success_phone = QLabel()
        self.success_phone.setObjectName("successPhone")
        self.success_phone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_style_role(self.success_phone, "subtitle")
        barcode_holder = QWidget()
        barcode_layout = QHBoxLayout(barcode_holder)
        barcode_layout.addStretch(1)
        barcode_layout.addWidget(self.barcode)
        barcode_layout.addStretch(1)
        self._page(
            Step.SUCCESS,
            icon_holder,
            self.success_text,
            barcode_holder,
            self.success_card,
            self.success_phone,
        )
        self._page_of[Step.LINKED] = self._page_of[Step.SUCCESS]

        self.stopped_text = wrapped_label(role="body")
        self.stopped_text.setObjectName("stoppedText")
        self._stopped_page = self._page(None, self.stopped_text)

    # -- what the wizard tells the view -----------------------------------------------------

    def configure(
        self, program: ProgramInfo, asked: dict[str, bool], latest_birth: dt.date
    ) -> None:
        """Fit the pages to the program: which fields, which are optional, rules, policies."""
        self.program = program
        self._asked = dict(asked)
        for name, row in self.rows.items():
            row.setVisible(name in asked or name == "password_repeat")
        self.birth_date.set_year_range(
            latest_birth.year - MAX_AGE, latest_birth.year, start=latest_birth.year - 14
        )
        self.code_entry.set_code_length(program.sms_policy.code_length)
        self.retranslate()

    def set_language(self, language: str) -> None:
        self.birth_date.set_language(language)
        super().set_language(language)

    def show_step(self, step: Step, number: int = 0, total: int = 0) -> None:
        self._step = step
        self._step_number = (number, total)
        self._stopped_text = ""
        self.show_issues({}, "")
        self.retranslate()
        self.show_page(self._page_of[step], self._fields_of(step))

    def show_stopped(self, text: str) -> None:
        """The wizard cannot go on (a card or service problem): the reason, and Done."""
        self._step = Step.CARD
        self._stopped_text = text
        self.stopped_text.setText(text)
        self.pages.setCurrentWidget(self._stopped_page)
        self.dock.follow(None)
        self.show_issues({}, "")
        self.retranslate()

    def is_stopped(self) -> bool:
        return self.pages.currentWidget() is self._stopped_page

    def show_success(self, card_number: str, phone_masked: str, *, linked: bool) -> None:
        self.barcode.set_code(card_number)
        self.success_card.setText(mask_card(card_number))
        self.success_phone.setText(phone_masked)
        self.show_step(Step.LINKED if linked else Step.SUCCESS)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.link_button.setEnabled(not busy)
        self.code_entry.code.setReadOnly(busy)

    def read_into(self, form: RegistrationForm) -> None:
        """Copy the form fields into ``form`` (the card number is set when it is accepted)."""
        form.phone_region = self.phone.region()
        form.phone = self.phone.text()
        form.last_name = self.last_name.text()
        form.first_name = self.first_name.text()
        form.patronymic = self.patronymic.text()
        form.gender = (
            "female" if self.female.isChecked() else "male" if self.male.isChecked() else None
        )
        form.birth_date = self.birth_date.date()
        form.home_address = self.home_address.text()
        form.email = self.email.text()
        form.password = self.password.text()
        form.password_repeat = self.password_repeat.text()
        form.consent = self.consent.isChecked()

    def set_card_number(self, number: str) -> None:
        self.card_number.setText(number)

    def clear(self) -> None:
        """Wipe every widget of anything typed or shown about the shopper."""
        super().clear()
        self.phone.clear()
        self._gender_group.setExclusive(False)
        for button in self._gender_group.buttons():
            button.setChecked(False)
        self._gender_group.setExclusive(True)
        self.consent.setChecked(False)
        self.code_entry.wipe()
        self.barcode.clear()
        for label in (self.success_card, self.success_phone, self.stopped_text, self.link_text):
            label.setText("")
        self._stopped_text = ""
        self.pages.setCurrentWidget(self._page_of[Step.PHONE])
        self.wiped.emit()

    # -- internals --------------------------------------------------------------------------

    def _fields_of(self, step: Step) -> tuple[QLineEdit, ...]:
        order: dict[Step, tuple[QLineEdit, ...]] = {
            Step.CARD: (self.card_number,),
            Step.PHONE: (self.phone.number,),
            Step.NAMES: (self.last_name, self.first_name, self.patronymic),
            Step.CONTACT: (self.home_address, self.email),
            Step.PASSWORD: (self.password, self.password_repeat),
            Step.CODE: (self.code_entry.code,),
            Step.LINK_CODE: (self.code_entry.code,),
        }
        return order.get(step, ())

    def retranslate(self) -> None:
        super().retranslate()
        optional = self.tr("(optional)")
        captions = {
            "card_number": self.tr("Card number (13 digits under the barcode)"),
            "phone": self.tr("Mobile phone number"),
            "last_name": self.tr("Last name"),
            "first_name": self.tr("First name"),
            "patronymic": self.tr("Patronymic"),
            "gender": self.tr("Gender"),
            "birth_date": self.tr("Date of birth"),
            "home_address": self.tr("Home address"),
            "email": self.tr("Email"),
            "password": self.tr("Password"),
            "password_repeat": self.tr("The same password again"),
            "consent_rules_version": "",
        }
        for name, row in self.rows.items():
            required = self._asked.get(name, True)
            row.set_caption(captions[name], optional=not required, optional_mark=optional)
        self.female.setText(self.tr("Female"))
        self.male.setText(self.tr("Male"))
        program = self.program
        rules_version = program.rules_version if program else ""
        self.consent.setText(arg(self.tr("I accept the program rules (version %1)"), rules_version))
        if program is not None:
            self.rules.setPlainText(program.rules.get(self.language))
            self.password_policy.setText(wizard_texts.password_policy_text(program))
        self.link_button.setText(self.tr("Send the code"))
        self.other_phone_button.setText(self.tr("Use another phone number"))
        self._retranslate_step()

    def _retranslate_step(self) -> None:
        step = self._step
        stopped = bool(self._stopped_text)
        titles = {
            Step.CARD: self.tr("Scan the card you want to register"),
            Step.PHONE: self.tr("Your mobile phone number"),
            Step.NAMES: self.tr("Your name"),
            Step.PERSONAL: self.tr("Gender and date of birth"),
            Step.CONTACT: self.tr("Address and email"),
            Step.PASSWORD: self.tr("Choose a password"),
            Step.CONSENT: self.tr("Program rules"),
            Step.CODE: self.tr("Enter the code from the SMS"),
            Step.LINK_OFFER: self.tr("This phone number already has an account"),
            Step.LINK_CODE: self.tr("Enter the code from the SMS"),
            Step.SUCCESS: self.tr("Registration complete"),
            Step.LINKED: self.tr("The card is added to your account"),
        }
        hints = {
            Step.CARD: self.tr(
                "Hold the barcode on the back of the card under the scanner, "
                "or type the 13 digits printed under it."
            ),
            Step.PHONE: self.tr(
                "The confirmation code comes to this number by SMS. It is also your login."
            ),
            Step.NAMES: self.tr("As in your passport."),
            Step.PERSONAL: self.tr("On your birthday you get a personal offer."),
            Step.CONTACT: self.tr("For news and offers of the program."),
            Step.PASSWORD: self.tr("You sign in with your phone number and this password."),
            Step.CONSENT: self.tr(
                "Read the rules (swipe to scroll) and confirm that you accept them."
            ),
            Step.CODE: self.tr("The code is valid for 10 minutes."),
            Step.LINK_OFFER: self.tr(
                "You can add this card to that account. We will send a code to its phone."
            ),
            Step.LINK_CODE: self.tr("The code confirms that the account is yours."),
            Step.SUCCESS: "",
            Step.LINKED: "",
        }
        if stopped:
            self.title.setText(self.tr("This card cannot be registered here"))
            self.hint.setText("")
        else:
            self.title.setText(titles[step])
            self.hint.setText(hints[step])
        self.hint.setVisible(bool(self.hint.text()))
        if step in _END_STEPS and not stopped:
            self.success_text.setText(
                self.tr("Bonus points are collected from now on.")
                if step is Step.LINKED
                else self.tr("Your card is active, bonus points are collected from now on.")
            )
        if step is Step.LINK_OFFER:
            self.link_text.setText(
                self.tr(
                    "Add this card to the account of this phone number? "
                    "Its points will be collected there."
                )
            )
        number, total = self._step_number
        self.step_label.setText(
            arg(self.tr("Step %1 of %2"), number, total) if number and not stopped else ""
        )
        self.set_actions(
            ended=stopped or step in _END_STEPS,
            next_visible=step is not Step.LINK_OFFER,
            next_text=self.tr("Get the SMS code")
            if step is Step.CONSENT
            else self.tr("Confirm")
            if step in _CODE_STEPS
            else self.tr("Next"),
        )


class RegistrationWizard(WizardDriver[RegistrationScreen, RegistrationSteps]):
    """Drives :class:`RegistrationScreen` from the start to an active card (or a linked one).

    The screen's ``finished`` and ``cancelled`` tell the kiosk flow the wizard is over;
    everything is wiped before either is emitted. ``central`` returns the central client
    (called on worker threads only); ``program`` the program info the kiosk already has.
    ``clock`` is monotonic seconds and ``today`` the kiosk's date, both injectable;
    ``tick_ms`` paces the resend countdown and ``success_ms`` the return to the start screen.
    """

    def __init__(
        self,
        screen: RegistrationScreen,
        central: Callable[[], Any],
        runner: TaskRunnerLike,
        *,
        program: Callable[[], ProgramInfo | None] = lambda: None,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], dt.date] = dt.date.today,
        tick_ms: int = TICK_MS,
        success_ms: int = SUCCESS_RETURN_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            screen, central, runner, program=program, clock=clock, tick_ms=tick_ms, parent=parent
        )
        self._today = today
        self._success_timer = QTimer(self)
        self._success_timer.setSingleShot(True)
        self._success_timer.setInterval(success_ms)
        self._success_timer.timeout.connect(self._done)
        screen.next_requested.connect(self._next)
        screen.back_requested.connect(self._back)
        screen.cancel_requested.connect(self._cancel)
        screen.done_requested.connect(self._done)
        screen.link_requested.connect(self._start_link)
        screen.other_phone_requested.connect(lambda: self._go_to(Step.PHONE))
        screen.code_entry.code_entered.connect(self._confirm)
        screen.code_entry.resend_requested.connect(self._resend)
        screen.code_entry.change_phone_requested.connect(lambda: self._go_to(Step.PHONE))
        screen.wiped.connect(self._forget)
        screen.begin_requested.connect(lambda number: self.begin(self._program_source(), number))
        screen.scan_received.connect(self.card_scanned)

    # -- entry points -------------------------------------------------------------------------

    def begin(self, program: ProgramInfo | None, card_number: str | None) -> None:
        """Start afresh; ``card_number`` when the card is known (the not-registered screen)."""
        self.screen.clear()
        self._generation += 1
        if program is None:
            self._fetch_program(card_number)
            return
        self._start(program, card_number)

    def card_scanned(self, number: str) -> None:
        """A card scanned while the wizard is on screen (routed by the flow)."""
        steps = self.steps
        if steps is None or steps.step is not Step.CARD or self.screen.is_stopped():
            return
        self.screen.set_card_number(number)
        self._check_card(number)

    # -- steps ------------------------------------------------------------------------------

    def _start(self, program: ProgramInfo, card_number: str | None) -> None:
        self.program = program
        self.steps = RegistrationSteps(program, card_number=card_number, today=self._today)
        self.screen.configure(program, self.steps.asked, self.steps.latest_birth_date())
        self._show()

    def _fetch_program(self, card_number: str | None) -> None:
        self.screen.set_busy(True)
        self._call(
            lambda: self._central().program_info(),
            lambda program: self._start(program, card_number),
            self._stop_for_error,
        )

    def _show(self) -> None:
        steps = self.steps
        if steps is None:
            return
        self.screen.set_busy(False)
        step = steps.step
        sequence = [*steps.form_steps, Step.CODE]
        number = sequence.index(step) + 1 if step in sequence else 0
        if step is Step.LINK_CODE:
            number = len(sequence)
        self.screen.show_step(step, number, len(sequence))
        self.screen.show_issues(steps.issues, steps.general_message)
        self._show_code_page()

    def _on_code_step(self, steps: RegistrationSteps) -> bool:
        return steps.step in _CODE_STEPS

    def _next(self) -> None:
        steps = self.steps
        if steps is None:
            return
        step = steps.step
        if step is Step.CARD:
            self._check_card(self.screen.card_number.text())
        elif step in steps.form_steps:
            self.screen.read_into(steps.form)
            last = steps.is_last_form_step()
            if not steps.advance():
                self.screen.show_issues(steps.issues, steps.general_message)
            elif last:
                self._submit()
            else:
                self._show()
        elif step in _CODE_STEPS:
            code = self.screen.code_entry.code.text()
            if code:
                self._confirm(code)

    def _back(self) -> None:
        steps = self.steps
        if steps is None or not steps.back():
            self._cancel()
            return
        self._generation += 1  # whatever was on its way belongs to the step we left
        self._show()

    def _go_to(self, step: Step) -> None:
        if self.steps is None:
            return
        self._generation += 1
        self.steps.go_to(step)
        self._show()

    def _forget(self) -> None:
        """The screen was wiped (cancel, idle, done): drop the model and late answers."""
        self._generation += 1
        self._tick.stop()
        self._success_timer.stop()
        if self.steps is not None:
            self.steps.wipe()
        self.steps = None

    # -- the card ---------------------------------------------------------------------------

    def _check_card(self, raw: str) -> None:
        steps = self.steps
        if steps is None:
            return
        try:
            number = parse_card_number(raw)
        except InvalidCardNumber:
            issue = Issue.REQUIRED if not raw.strip() else Issue.CARD_NUMBER_INVALID
            self.screen.show_issues({"card_number": FieldIssue(issue)}, "")
            return
        self.screen.set_busy(True)
        self._call(
            lambda: self._central().lookup_card(number),
            lambda card: self._card_checked(number, card),
            self._card_check_failed,
        )

    def _card_checked(self, number: str, card: CardInfo) -> None:
        steps = self.steps
        if steps is None:
            return
        self.screen.set_busy(False)
        refusal = {
            "active": Refusal.CARD_REGISTERED,
            "blocked": Refusal.CARD_BLOCKED,
            "not_issued": Refusal.CARD_NOT_SOLD,
        }.get(card.status)
        if refusal is not None:
            self.screen.show_issues(
                {"card_number": FieldIssue(Issue.CENTRAL, wizard_texts.refusal_text(refusal))}, ""
            )
            return
        steps.card_accepted(number)
        self._show()

    def _card_check_failed(self, error: BaseException) -> None:
        self.screen.set_busy(False)
        self.screen.show_issues(
            {"card_number": FieldIssue(Issue.CENTRAL, self._refusal_text(refusal_for(error)))}, ""
        )

    # -- registering ------------------------------------------------------------------------

    def _submit(self) -> None:
        steps = self.steps
        if steps is None:
            return
        try:
            request = steps.request()
        except ValueError:
            # A step lost its value on the way (it cannot be sent): back to that step.
            broken = steps.first_step_with_issues() or steps.form_steps[0]
            steps.go_to(broken)
            steps.issues = steps.check(broken)
            self._show()
            return
        self.screen.set_busy(True)
        self._call(
            lambda: self._central().start_registration(request),
            self._code_sent,
            self._registration_refused,
        )

    def _code_sent(self, status: RegistrationStatus) -> None:
        if self.steps is None:
            return
        self.steps.code_sent(status, self._clock())
        self._show()

    def _registration_refused(self, error: BaseException) -> None:
        steps = self.steps
        if steps is None:
            return
        self.screen.set_busy(False)
        from kiosk.core.errors import CentralError

        refusal = refusal_for(error)
        if refusal is Refusal.VALIDATION and isinstance(error, CentralError):
            detail = error.problem.detail if error.problem and not error.field_errors else ""
            steps.central_refused(error.field_errors, detail)
            self._show()
        elif refusal is Refusal.PHONE_REGISTERED:
            steps.phone_registered()
            self._show()
        elif refusal in (
            Refusal.CARD_REGISTERED,
            Refusal.CARD_BLOCKED,
            Refusal.CARD_NOT_SOLD,
            Refusal.CARD_NOT_FOUND,
            Refusal.INVALID_CARD_NUMBER,
        ):
            self._stop(refusal)
        else:
            # The central could not be asked: stay here with everything typed, try again.
            self.screen.show_issues(steps.issues, self._refusal_text(refusal))

    def _confirm(self, code: str) -> None:
        steps = self.steps
        if steps is None or steps.challenge is None or self.screen.is_busy():
            return
        challenge_id = steps.challenge.challenge_id
        self.screen.set_busy(True)
        if steps.step is Step.LINK_CODE:
            number = steps.form.card_number
            self._call(
                lambda: self._confirm_and_link(challenge_id, code, number),
                lambda _account: self._linked(number),
                self._code_refused,
            )
        else:
            self._call(
                lambda: self._central().confirm_registration(challenge_id, code),
                self._registered,
                self._code_refused,
                on_stale=self._close_session,
            )

    def _close_session(self, confirmed: RegistrationConfirmed) -> None:
        # No "remember me" on a shared kiosk: the session the central opened ends right away.
        self._log_out(confirmed.session.token)

    def _registered(self, confirmed: RegistrationConfirmed) -> None:
        self._close_session(confirmed)
        steps = self.steps
        if steps is None:
            return
        steps.registered(confirmed.card.number)
        self._finish(linked=False)

    def _linked(self, number: str) -> None:
        steps = self.steps
        if steps is None:
            return
        steps.linked(number)
        self._finish(linked=True)

    def _finish(self, *, linked: bool) -> None:
        steps = self.steps
        assert steps is not None
        self._tick.stop()
        self.screen.set_busy(False)
        wipe_inputs(self.screen.pages)  # nothing typed stays behind the success screen
        self.screen.show_success(steps.done_card_number, steps.done_phone_masked, linked=linked)
        log.info(
            "card %s %s", mask_card(steps.done_card_number), "linked" if linked else "registered"
        )
        self._success_timer.start()

    def _code_refused(self, error: BaseException) -> None:
        steps = self.steps
        if steps is None:
            return
        self.screen.set_busy(False)
        if isinstance(error, _LinkFailed):
            self._stop(refusal_for(error.error))
            return
        if steps.challenge is not None:
            self._show_code_refusal(steps.challenge, error)

    def _resend(self) -> None:
        steps = self.steps
        if steps is None or steps.challenge is None:
            return
        if steps.challenge.exhausted:
            # Too many wrong codes: this code is dead; a fresh start sends a new one.
            self.screen.code_entry.set_message("")
            if steps.step is Step.LINK_CODE:
                self._start_link()
            else:
                self._submit()
            return
        challenge_id = steps.challenge.challenge_id
        by_sms_login = steps.step is Step.LINK_CODE

        def resend() -> Any:
            central = self._central()
            if by_sms_login:
                return central.resend_sms_login(challenge_id)
            return central.resend_registration_code(challenge_id)

        self.screen.set_busy(True)
        self._call(resend, self._resent, self._resend_refused)

    # -- the phone already has an account -----------------------------------------------------

    def _start_link(self) -> None:
        steps = self.steps
        if steps is None:
            return
        phone = steps.phone_e164()
        self.screen.set_busy(True)
        self._call(
            lambda: self._central().start_sms_login(phone),
            self._link_code_sent,
            self._link_start_failed,
        )

    def _link_code_sent(self, challenge: Any) -> None:
        if self.steps is None:
            return
        self.steps.link_code_sent(challenge, self._clock())
        self._show()

    def _link_start_failed(self, error: BaseException) -> None:
        self.screen.set_busy(False)
        self.screen.show_issues({}, self._refusal_text(refusal_for(error)))

    def _confirm_and_link(self, challenge_id: str, code: str, number: str) -> AccountSummary:
        """Runs on a worker: sign in with the code, link the card, sign out again."""
        from kiosk.core.errors import CentralError

        session = self._central().confirm_sms_login(challenge_id, code)
        try:
            account: AccountSummary = self._central().link_card(session.token, number)
            return account
        except CentralError as error:
            raise _LinkFailed(error) from error
        finally:
            try:
                self._central().logout(session.token)
            except CentralError:
                log.info("shopper session could not be closed; it expires by itself")

    # -- plumbing ---------------------------------------------------------------------------

    def _stop(self, refusal: Refusal) -> None:
        self._tick.stop()
        self.screen.set_busy(False)
        wipe_inputs(self.screen.pages)
        if self.steps is not None:
            self.steps.form.wipe()
        self.screen.show_stopped(self._refusal_text(refusal))

    def _stop_for_error(self, error: BaseException) -> None:
        self.screen.set_busy(False)
        self.screen.show_stopped(self._refusal_text(refusal_for(error)))


class _LinkFailed(Exception):
    """The code was right but the card could not be linked (limit, other account, ...)."""

    def __init__(self, error: CentralError) -> None:
        super().__init__(str(error))
        self.error = error
