"""Registering a card on the spot: the wizard's screen.

:class:`RegistrationScreen` is the passive view: pages of a few fields each, the keyboard or keypad
docked under them, and intent signals. It decides nothing. Its driver,
:class:`~kiosk.qt.features.wizards.registration.RegistrationWizard`, feeds the intents to the
Qt-free :class:`~kiosk.core.wizards.registration.flow.RegistrationFlow` (which drops answers that
arrive after the shopper moved on: back, cancel, idle), calls the central through the task runner
(never on the GUI thread) and fills the pages.

Privacy: the typed values live in the widgets and, while checked or sent, in the model; both
are wiped on cancel, idle and completion. Nothing typed is logged or written to disk; the
shopper session the central opens on confirmation is closed at once (no "remember me").
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kiosk.core.runtime.masking import mask_card
from kiosk.core.wizards.registration.flow import CODE_STEPS, END_STEPS
from kiosk.core.wizards.registration.form import (
    MAX_AGE,
    RegistrationForm,
    Step,
)
from kiosk.qt.input.keypad import MIN_KEY_SIZE
from kiosk.qt.layout.needs import ViewNeeds
from kiosk.qt.screens.base import arg
from kiosk.qt.screens.wizards import texts as wizard_texts
from kiosk.qt.screens.wizards.frame import WizardFrame
from kiosk.qt.shell.still_here import COUNTDOWN_SECONDS
from kiosk.qt.shell.timers import TimerFactory, qt_timer
from kiosk.qt.widgets.code_entry import CodeEntry
from kiosk.qt.widgets.date_picker import DatePicker
from kiosk.qt.widgets.field_row import FieldRow
from kiosk.qt.widgets.flow_layout import FlowLayout
from kiosk.qt.widgets.phone_input import PhoneInput
from kiosk.qt.widgets.styled import set_style_role, touch_button, wrapped_label
from kiosk.qt.widgets.text_field import text_field
from kiosk.qt.widgets.wrapping import WrappingCheckBox, wrapping_button

if TYPE_CHECKING:
    # The screens are built before the first screen is up; pydantic loads later, with the
    # client, on a worker thread.
    from kiosk.contract import (
        ProgramInfo,
    )


class RegistrationScreen(WizardFrame):
    """The registration wizard's pages. Passive: it shows and it reports."""

    link_requested = Signal()
    other_phone_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        timers: TimerFactory = qt_timer,
        still_here_seconds: int = COUNTDOWN_SECONDS,
    ) -> None:
        super().__init__(parent, timers=timers, still_here_seconds=still_here_seconds)
        self.setObjectName("registrationScreen")
        self._step = Step.PHONE
        self._asked: dict[str, bool] = {}
        self._stopped_text = ""
        self._step_number = (0, 0)
        #: The card being registered, once known (empty until then).
        self._card = ""
        self._page_of: dict[Step, QWidget] = {}
        self._build_pages()
        self.retranslate()

    # -- building ---------------------------------------------------------------------------

    def _row(self, name: str, editor: QWidget) -> FieldRow:
        return self.add_row(name, editor)

    def _page(
        self, step: Step | None, *widgets: QWidget, stretch: bool = True, centre: bool = False
    ) -> QWidget:
        name = step.value if step else "stopped"
        page = self.add_page(name, *widgets, stretch=stretch, centre=centre)
        if step is not None:
            self._page_of[step] = page
        return page

    def _build_pages(self) -> None:
        # Card to register (when the wizard starts from the start screen).
        self.card_number = text_field(digits=True, max_length=13, fits="0" * 13)
        self.card_number.setObjectName("cardNumber")
        self._page(Step.CARD, self._row("card_number", self.card_number))

        # Which card this is: handed over by a cashier, or the one just scanned.
        self.registering_card = wrapped_label(role="body")
        self.registering_card.setObjectName("registeringCard")
        self.phone = PhoneInput()
        self._page(Step.PHONE, self.registering_card, self._row("phone", self.phone))

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
        # Side by side while both fit; with large text on a narrow screen, one under the other
        # rather than with their words cut.
        gender_layout = FlowLayout(gender_box)
        self.female = wrapping_button(role="choice")
        self.female.setObjectName("genderFemale")
        self.male = wrapping_button(role="choice")
        self.male.setObjectName("genderMale")
        self._gender_group = QButtonGroup(self)
        for button in (self.female, self.male):
            button.setCheckable(True)
            button.setMinimumWidth(220)
            self._gender_group.addButton(button)
            gender_layout.addWidget(button)
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

        # The rules are a wrapping label, part of the page's one scroll: a text box scrolling
        # inside the scrolling page would take a swipe meant for the page (and back).
        self.rules = wrapped_label()
        self.rules.setObjectName("rulesText")
        self.consent = WrappingCheckBox()
        self.consent.setObjectName("consentCheck")
        self.consent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.consent.setMinimumHeight(MIN_KEY_SIZE)
        set_style_role(self.consent, "consent")
        self._page(Step.CONSENT, self.rules, self._row("consent_rules_version", self.consent))

        self.code_entry = CodeEntry()
        self._page(Step.CODE, self.code_entry)
        self._page_of[Step.LINK_CODE] = self._page_of[Step.CODE]

        self.link_text = wrapped_label(role="body")
        self.link_text.setObjectName("linkOfferText")
        self.link_button = wrapping_button(role="primary")
        self.link_button.setObjectName("linkButton")
        self.other_phone_button = wrapping_button(role="secondary")
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
        self.success_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_style_role(self.success_icon, "icon")
        self.success_text = wrapped_label(role="subtitle")
        self.success_text.setObjectName("successText")
        self.success_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The card by its masked number only: a barcode of the full number on a public screen
        # would give away what the masking hides (docs/registration.md, "Privacy on screen").
        self.success_card = QLabel()
        self.success_card.setObjectName("successCard")
        self.success_card.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_style_role(self.success_card, "number")
        self.success_phone = QLabel()
        self.success_phone.setObjectName("successPhone")
        self.success_phone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_style_role(self.success_phone, "subtitle")
        # The success page returns to the start screen by itself. Its Done sits in the middle
        # of the page, not in the bottom corner where the start screen has "Register a card": a
        # tap on Done just as the page goes must not start the next registration.
        self.success_done = touch_button(role="primary")
        self.success_done.setObjectName("successDoneButton")
        self.success_done.setMinimumWidth(MIN_KEY_SIZE * 3)
        self.success_done.clicked.connect(self.done_requested)
        self._page(
            Step.SUCCESS,
            _centred(self.success_icon),
            self.success_text,
            self.success_card,
            self.success_phone,
            _centred(self.success_done, space_above=24),
            centre=True,  # in the middle of a tall (portrait) screen, not at its top
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

    @property
    def shown_step(self) -> Step:
        """The step on screen: what a tap on Next is meant for."""
        return self._step

    def show_step(self, step: Step, number: int = 0, total: int = 0, card: str = "") -> None:
        """``card``: the card being registered, once known (shown masked)."""
        self._step = step
        self._step_number = (number, total)
        self._card = card
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

    def show_success(self, card_number: str, phone_masked: str, *, linked: bool) -> None:
        self.success_card.setText(mask_card(card_number))
        self.success_phone.setText(phone_masked)
        self.show_step(Step.LINKED if linked else Step.SUCCESS)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.link_button.setEnabled(not busy)
        self.code_entry.code.setReadOnly(busy)

    def typed(self) -> RegistrationForm:
        """What the fields hold (the card field included)."""
        form = RegistrationForm(card_number=self.card_number.text())
        self.read_into(form)
        return form

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

    def wipe(self) -> None:
        super().wipe()
        self.phone.clear()
        self._gender_group.setExclusive(False)
        for button in self._gender_group.buttons():
            button.setChecked(False)
        self._gender_group.setExclusive(True)
        self.consent.setChecked(False)
        self.code_entry.wipe()
        for label in (
            self.success_card,
            self.success_phone,
            self.stopped_text,
            self.link_text,
            self.registering_card,
        ):
            label.setText("")
        self._stopped_text = ""
        self._card = ""
        self.pages.setCurrentWidget(self._page_of[Step.PHONE])

    def page_needs(self) -> ViewNeeds:
        """The link offer's "send the code" and the success page's Done always; the offer, the
        outcome or why the wizard stopped on arrival; the success mark may go."""
        return ViewNeeds(
            always=(self.link_button, self.success_done),
            on_arrival=(
                self.registering_card,
                self.link_text,
                self.success_text,
                self.success_card,
                self.success_phone,
                self.stopped_text,
            ),
            may_go=(self.success_icon,),
        )

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
            self.rules.setText(program.rules.get(self.language))
            self.password_policy.setText(wizard_texts.password_policy_text(program))
        self.success_done.setText(self.tr("Done"))
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
        if step in END_STEPS and not stopped:
            self.success_text.setText(
                self.tr("Bonus points are collected from now on.")
                if step is Step.LINKED
                else self.tr("Your card is active, bonus points are collected from now on.")
            )
        self.registering_card.setText(
            arg(self.tr("You are registering the card %1."), mask_card(self._card))
            if self._card
            else ""
        )
        self.registering_card.setVisible(bool(self._card))
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
            ended=stopped or step in END_STEPS,
            done_in_page=step in END_STEPS and not stopped,
            next_visible=step is not Step.LINK_OFFER,
            next_text=self.tr("Get the SMS code")
            if step is Step.CONSENT
            else self.tr("Confirm")
            if step in CODE_STEPS
            else self.tr("Next"),
        )


def _centred(widget: QWidget, *, space_above: int = 0) -> QWidget:
    """``widget`` at its own size in the middle of a row as wide as the page."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, space_above, 0, 0)
    layout.addStretch(1)
    layout.addWidget(widget)
    layout.addStretch(1)
    return holder
