"""The registration form: its fields, their checks, and the order of the wizard's steps.

Qt-free. The checks mirror the central's so that a shopper hears about a typo at the step
where it was made, not three steps later; the central still has the last word, and its
field errors are mapped back onto the fields (:meth:`RegistrationSteps.central_refused`).

Problems are reported as :class:`Issue` codes, not text: the screens word them through
``tr()`` in the kiosk's language.

Nothing here is ever logged or written anywhere, and ``wipe()`` drops every value typed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from kiosk.core.codes.cards import InvalidCardNumber, parse_card_number
from kiosk.core.wizards.verification import CodeChallenge, Refusal

if TYPE_CHECKING:
    # The kiosk's first screen must not wait for pydantic, phonenumbers or email-validator:
    # they are imported where a form is actually checked.
    from kiosk.contract import (
        Gender,
        PasswordPolicy,
        ProgramInfo,
        RegistrationRequest,
        RegistrationStatus,
        SmsChallenge,
    )

PhoneRegion = Literal["BY", "RU"]
PHONE_REGIONS: tuple[PhoneRegion, ...] = ("BY", "RU")
COUNTRY_CODES: dict[PhoneRegion, str] = {"BY": "+375", "RU": "+7"}

NAME_MAX_LENGTH = 50
ADDRESS_MAX_LENGTH = 200
PASSWORD_MAX_LENGTH = 128
#: Older than this is a mistyped year, not a shopper (the central's limit too).
MAX_AGE = 120

# Letters of the Russian, Belarusian and Latin alphabets; words joined by a hyphen, an
# apostrophe (Belarusian "Вераб'ёў", Irish "O'Brien") or a space.
_LETTERS = "A-Za-zА-Яа-яЁёІіЎў"
_NAME_RE = re.compile(rf"^[{_LETTERS}]+(?:[-' ]+[{_LETTERS}]+)*$")
# Typographic apostrophes people paste or phones type; the central expects the plain one.
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})

#: Fields the contract always requires, whatever the program says.
ALWAYS_REQUIRED = frozenset(
    {"card_number", "last_name", "first_name", "phone", "password", "consent_rules_version"}
)


class Issue(StrEnum):
    """What is wrong with a field."""

    REQUIRED = "required"
    CARD_NUMBER_INVALID = "card-number-invalid"
    PHONE_INVALID = "phone-invalid"
    PHONE_NOT_MOBILE = "phone-not-mobile"
    PHONE_COUNTRY = "phone-country"
    NAME_CHARACTERS = "name-characters"
    NAME_TOO_LONG = "name-too-long"
    BIRTH_DATE_FUTURE = "birth-date-future"
    TOO_YOUNG = "too-young"
    BIRTH_DATE_IMPLAUSIBLE = "birth-date-implausible"
    EMAIL_INVALID = "email-invalid"
    ADDRESS_TOO_LONG = "address-too-long"
    PASSWORD_TOO_SHORT = "password-too-short"
    PASSWORD_TOO_LONG = "password-too-long"
    PASSWORD_NEEDS_LETTER = "password-needs-letter"
    PASSWORD_NEEDS_DIGIT = "password-needs-digit"
    PASSWORD_MISMATCH = "password-mismatch"
    CONSENT_REQUIRED = "consent-required"
    #: The central refused the field; its own (localised) message says why.
    CENTRAL = "central"
    #: The central said no to what the field holds (a card already registered, ...), or could
    #: not be asked: the :class:`~kiosk.core.wizards.verification.Refusal` says which.
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class FieldIssue:
    issue: Issue
    #: The central's message for ``Issue.CENTRAL``.
    message: str = ""
    #: Why, for ``Issue.REFUSED``.
    refusal: Refusal | None = None


class FieldInvalid(ValueError):
    def __init__(self, issue: Issue) -> None:
        super().__init__(issue.value)
        self.issue = issue


# --- single-field checks -----------------------------------------------------------------


def normalize_card_number(raw: str) -> str:
    """The 13 digits of a typed card number; FieldInvalid when it is empty or not one."""
    try:
        return parse_card_number(raw)
    except InvalidCardNumber:
        raise FieldInvalid(
            Issue.REQUIRED if not raw.strip() else Issue.CARD_NUMBER_INVALID
        ) from None


def normalize_phone(raw: str, region: PhoneRegion = "BY") -> str:
    """A mobile number of Belarus or Russia in E.164, or FieldInvalid.

    Accepts what people type: the national number ("29 123-45-67"), with the trunk prefix
    ("8 029 ..." / "8 912 ..."), or international ("+375 29 ...", "+7 912 ...").
    """
    import phonenumbers

    text = raw.strip()
    if not text:
        raise FieldInvalid(Issue.REQUIRED)
    if any(ch.isdigit() and not ch.isascii() for ch in text):
        # phonenumbers would quietly read Arabic-Indic or fullwidth digits as 0-9; the keypad
        # never types them, so they come from a paste or a spoofed scan: refuse, like the central.
        raise FieldInvalid(Issue.PHONE_INVALID)
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise FieldInvalid(Issue.PHONE_INVALID) from None
    if not phonenumbers.is_valid_number(number):
        raise FieldInvalid(Issue.PHONE_INVALID)
    if phonenumbers.region_code_for_number(number) not in PHONE_REGIONS:
        raise FieldInvalid(Issue.PHONE_COUNTRY)
    if phonenumbers.number_type(number) not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        raise FieldInvalid(Issue.PHONE_NOT_MOBILE)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """'+375291234567' -> '+375 29 123-45-67' (for the shopper's own eyes, while typing)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalize_name(raw: str) -> str:
    """A last, first or middle name, trimmed; or FieldInvalid."""
    text = " ".join(raw.translate(_APOSTROPHES).split())
    if not text:
        raise FieldInvalid(Issue.REQUIRED)
    if len(text) > NAME_MAX_LENGTH:
        raise FieldInvalid(Issue.NAME_TOO_LONG)
    if not _NAME_RE.match(text):
        raise FieldInvalid(Issue.NAME_CHARACTERS)
    return text


def age_on(birth_date: dt.date, today: dt.date) -> int:
    before_birthday = (today.month, today.day) < (birth_date.month, birth_date.day)
    return today.year - birth_date.year - int(before_birthday)


def check_birth_date(birth_date: dt.date | None, today: dt.date, min_age: int) -> dt.date:
    if birth_date is None:
        raise FieldInvalid(Issue.REQUIRED)
    if birth_date > today:
        raise FieldInvalid(Issue.BIRTH_DATE_FUTURE)
    age = age_on(birth_date, today)
    if age > MAX_AGE:
        raise FieldInvalid(Issue.BIRTH_DATE_IMPLAUSIBLE)
    if age < min_age:
        raise FieldInvalid(Issue.TOO_YOUNG)
    return birth_date


def latest_allowed_birth_date(today: dt.date, min_age: int) -> dt.date:
    """The last birth date that is old enough today (for the date picker's range)."""
    try:
        return today.replace(year=today.year - min_age)
    except ValueError:  # 29 February in a non-leap year
        return today.replace(year=today.year - min_age, day=28)


def normalize_email(raw: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    text = raw.strip()
    if not text:
        raise FieldInvalid(Issue.REQUIRED)
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        raise FieldInvalid(Issue.EMAIL_INVALID) from None


def normalize_address(raw: str) -> str:
    text = " ".join(raw.split())
    if not text:
        raise FieldInvalid(Issue.REQUIRED)
    if len(text) > ADDRESS_MAX_LENGTH:
        raise FieldInvalid(Issue.ADDRESS_TOO_LONG)
    return text


def check_password(password: str, policy: PasswordPolicy) -> str:
    if not password:
        raise FieldInvalid(Issue.REQUIRED)
    if len(password) < policy.min_length:
        raise FieldInvalid(Issue.PASSWORD_TOO_SHORT)
    if len(password) > PASSWORD_MAX_LENGTH:
        raise FieldInvalid(Issue.PASSWORD_TOO_LONG)
    if policy.requires_letter and not any(ch.isalpha() for ch in password):
        raise FieldInvalid(Issue.PASSWORD_NEEDS_LETTER)
    if policy.requires_digit and not any(ch.isdigit() for ch in password):
        raise FieldInvalid(Issue.PASSWORD_NEEDS_DIGIT)
    return password


# --- the form ----------------------------------------------------------------------------


@dataclass(repr=False, eq=False)
class RegistrationForm:
    """Everything the shopper typed, as typed (normalised only when sent)."""

    card_number: str = ""
    phone_region: PhoneRegion = "BY"
    phone: str = ""
    last_name: str = ""
    first_name: str = ""
    patronymic: str = ""
    gender: Gender | None = None
    birth_date: dt.date | None = None
    home_address: str = ""
    email: str = ""
    password: str = ""
    password_repeat: str = ""
    consent: bool = False

    def wipe(self) -> None:
        for f in fields(self):
            setattr(self, f.name, f.default)

    def is_blank(self) -> bool:
        return all(getattr(self, f.name) == f.default for f in fields(self))

    def __repr__(self) -> str:
        # Personal data never reaches a log line, even through a stray repr().
        return "RegistrationForm(<personal data>)"


class Step(StrEnum):
    CARD = "card"  # scan the card to register (when the wizard starts without one)
    PHONE = "phone"
    NAMES = "names"
    PERSONAL = "personal"  # gender and birth date
    CONTACT = "contact"  # home address and email
    PASSWORD = "password"
    CONSENT = "consent"
    CODE = "code"  # the SMS code
    SUCCESS = "success"
    # The phone already has an account: add the card to it after an SMS code to that phone.
    LINK_OFFER = "link_offer"
    LINK_CODE = "link_code"
    LINKED = "linked"


FORM_STEPS: tuple[Step, ...] = (
    Step.CARD,
    Step.PHONE,
    Step.NAMES,
    Step.PERSONAL,
    Step.CONTACT,
    Step.PASSWORD,
    Step.CONSENT,
)

#: Form fields per step; names follow the contract, plus the repeated password.
STEP_FIELDS: dict[Step, tuple[str, ...]] = {
    Step.CARD: ("card_number",),
    Step.PHONE: ("phone",),
    Step.NAMES: ("last_name", "first_name", "patronymic"),
    Step.PERSONAL: ("gender", "birth_date"),
    Step.CONTACT: ("home_address", "email"),
    Step.PASSWORD: ("password", "password_repeat"),
    Step.CONSENT: ("consent_rules_version",),
}


def asked_fields(program: ProgramInfo) -> dict[str, bool]:
    """The fields the program asks for, each with whether it is required."""
    asked: dict[str, bool] = {f.name: f.required for f in program.registration_fields}
    for name in ALWAYS_REQUIRED:
        asked[name] = True
    asked["password_repeat"] = True
    return asked


class RegistrationSteps:
    """Which step the wizard is on, what is wrong where, and the code on its way.

    ``today`` is the kiosk's date (injected: the minimum age depends on it).
    """

    def __init__(
        self,
        program: ProgramInfo,
        *,
        card_number: str | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.program = program
        self._today = today
        self.asked = asked_fields(program)
        self.asks_card = card_number is None
        self.form = RegistrationForm(card_number=card_number or "")
        self.form_steps: tuple[Step, ...] = tuple(
            step
            for step in FORM_STEPS
            if (step is not Step.CARD or self.asks_card)
            and any(name in self.asked for name in STEP_FIELDS[step])
        )
        self.step: Step = self.form_steps[0]
        self.issues: dict[str, FieldIssue] = {}
        #: A central refusal not tied to one field (shown on the step it sent us back to).
        self.general_message = ""
        self.challenge: CodeChallenge | None = None
        #: What the success screens show once the form is wiped.
        self.done_card_number = ""
        self.done_phone_masked = ""

    # -- fields ---------------------------------------------------------------------------

    def fields_of(self, step: Step) -> tuple[str, ...]:
        return tuple(name for name in STEP_FIELDS.get(step, ()) if name in self.asked)

    def is_required(self, name: str) -> bool:
        return self.asked.get(name, False)

    def latest_birth_date(self) -> dt.date:
        return latest_allowed_birth_date(self._today(), self.program.min_age)

    def check(self, step: Step) -> dict[str, FieldIssue]:
        """What is wrong on ``step`` now (empty when it may be left forward)."""
        issues: dict[str, FieldIssue] = {}
        for name in self.fields_of(step):
            try:
                self._check_field(name)
            except FieldInvalid as problem:
                if problem.issue is Issue.REQUIRED and not self.is_required(name):
                    continue
                issues[name] = FieldIssue(problem.issue)
        return issues

    def _check_field(self, name: str) -> None:
        form = self.form
        if name == "card_number":
            normalize_card_number(form.card_number)
        elif name == "phone":
            normalize_phone(form.phone, form.phone_region)
        elif name in ("last_name", "first_name", "patronymic"):
            normalize_name(getattr(form, name))
        elif name == "gender":
            if form.gender is None:
                raise FieldInvalid(Issue.REQUIRED)
        elif name == "birth_date":
            check_birth_date(form.birth_date, self._today(), self.program.min_age)
        elif name == "home_address":
            normalize_address(form.home_address)
        elif name == "email":
            normalize_email(form.email)
        elif name == "password":
            check_password(form.password, self.program.password_policy)
        elif name == "password_repeat":
            if form.password_repeat != form.password:
                raise FieldInvalid(
                    Issue.REQUIRED if not form.password_repeat else Issue.PASSWORD_MISMATCH
                )
        elif name == "consent_rules_version" and not form.consent:
            raise FieldInvalid(Issue.CONSENT_REQUIRED)

    # -- moving -------------------------------------------------------------------------

    def is_last_form_step(self) -> bool:
        return self.step is self.form_steps[-1]

    def advance(self) -> bool:
        """Check the current form step; when fine, go on to the next one.

        On the last form step a True answer means "ready to send" (the step stays until the
        central answers with :meth:`code_sent`, :meth:`central_refused` or
        :meth:`phone_registered`).
        """
        if self.step not in self.form_steps:
            return False
        self.issues = self.check(self.step)
        self.general_message = ""
        if self.issues:
            return False
        if not self.is_last_form_step():
            self.step = self.form_steps[self.form_steps.index(self.step) + 1]
        return True

    def back(self) -> bool:
        """One step back; False on the first step (the caller then leaves the wizard)."""
        self.issues = {}
        self.general_message = ""
        if self.step in (Step.CODE, Step.LINK_OFFER, Step.LINK_CODE):
            # The code (or the offer) belongs to what was sent; change anything and it is void.
            self.challenge = None
            self.step = Step.PHONE if self.step is not Step.CODE else self.form_steps[-1]
            return True
        if self.step not in self.form_steps:
            return False
        index = self.form_steps.index(self.step)
        if index == 0:
            return False
        self.step = self.form_steps[index - 1]
        return True

    def go_to(self, step: Step) -> None:
        """Jump to a form step (e.g. 'change the phone number' on the code step)."""
        if step not in self.form_steps:
            raise ValueError(f"{step} is not a form step here")
        self.challenge = None
        self.issues = {}
        self.general_message = ""
        self.step = step

    def input_changed(self, name: str) -> tuple[str, ...]:
        """The shopper changed field ``name``: its problem goes (it may be fixed now; the next
        'Next' checks again), and so does a mismatch of the repeated password when the first
        one changed. Returns the fields whose problems went."""
        settled = [name] if name in self.issues else []
        repeat = self.issues.get("password_repeat")
        if name == "password" and repeat is not None and repeat.issue is Issue.PASSWORD_MISMATCH:
            settled.append("password_repeat")
        for settled_name in settled:
            del self.issues[settled_name]
        return tuple(settled)

    def card_accepted(self, number: str) -> None:
        """The card to register was checked with the central (sold, not registered)."""
        self.form.card_number = number
        if self.step is Step.CARD:
            self.advance()

    # -- what is sent -------------------------------------------------------------------

    def first_step_with_issues(self) -> Step | None:
        for step in self.form_steps:
            if self.check(step):
                return step
        return None

    def request(self) -> RegistrationRequest:
        """The registration to send; every form step must pass its checks first."""
        from kiosk.contract import RegistrationRequest

        broken = self.first_step_with_issues()
        if broken is not None:
            raise ValueError(f"step {broken} has problems")
        form, asked = self.form, self.asked

        def optional(name: str, value: str, normalize: Callable[[str], str]) -> str | None:
            if name not in asked or not value.strip():
                return None
            return normalize(value)

        return RegistrationRequest(
            card_number=parse_card_number(form.card_number),
            last_name=normalize_name(form.last_name),
            first_name=normalize_name(form.first_name),
            patronymic=optional("patronymic", form.patronymic, normalize_name),
            gender=form.gender if "gender" in asked else None,
            birth_date=form.birth_date if "birth_date" in asked else None,
            home_address=optional("home_address", form.home_address, normalize_address),
            email=optional("email", form.email, normalize_email),
            phone=normalize_phone(form.phone, form.phone_region),
            password=form.password,
            consent_rules_version=self.program.rules_version,
        )

    def phone_e164(self) -> str:
        return normalize_phone(self.form.phone, self.form.phone_region)

    # -- the central's answers ----------------------------------------------------------

    def code_sent(self, answer: RegistrationStatus, now: float) -> None:
        self.challenge = CodeChallenge.from_answer(answer, now)
        self.issues = {}
        self.general_message = ""
        self.step = Step.CODE

    def central_refused(self, field_errors: dict[str, str], general: str = "") -> Step:
        """The central's field errors, put at their fields; goes to the first such step."""
        self.issues = {}
        for name, message in field_errors.items():
            self.issues[name] = FieldIssue(Issue.CENTRAL, message)
        target = self.form_steps[-1]
        for step in self.form_steps:
            if any(name in self.issues for name in STEP_FIELDS[step]):
                target = step
                break
        unplaced = [
            issue.message
            for name, issue in self.issues.items()
            if not any(name in self.fields_of(step) for step in self.form_steps)
        ]
        self.general_message = "\n".join(filter(None, [general, *unplaced]))
        self.challenge = None
        self.step = target
        return target

    def phone_registered(self) -> None:
        self.challenge = None
        self.issues = {}
        self.step = Step.LINK_OFFER

    def link_code_sent(self, answer: SmsChallenge, now: float) -> None:
        self.challenge = CodeChallenge.from_answer(answer, now)
        self.step = Step.LINK_CODE

    def registered(self, card_number: str) -> None:
        """Confirmed: the card is active. Everything typed goes; the success screen stays."""
        self._finish(Step.SUCCESS, card_number)

    def linked(self, card_number: str) -> None:
        self._finish(Step.LINKED, card_number)

    def _finish(self, step: Step, card_number: str) -> None:
        self.done_card_number = card_number
        self.done_phone_masked = self.challenge.phone_masked if self.challenge else ""
        self.form.wipe()
        self.issues = {}
        self.general_message = ""
        self.challenge = None
        self.step = step

    def wipe(self) -> None:
        """Forget everything, the card number included; the wizard starts afresh after this
        only with a new instance."""
        self.form.wipe()
        self.issues = {}
        self.general_message = ""
        self.challenge = None
        self.done_card_number = ""
        self.done_phone_masked = ""
        self.step = self.form_steps[0]
