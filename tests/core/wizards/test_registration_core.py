"""The registration form model: field checks, required fields, steps, the central's answers."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.contract import (
    AccountSummary,
    LinkedCard,
    Localized,
    Money,
    Organizer,
    PasswordPolicy,
    ProgramInfo,
    RegistrationField,
    RegistrationStatus,
    ShopperSession,
    SmsChallenge,
    SmsPolicy,
)
from kiosk.core.client import errors
from kiosk.core.wizards.add_card.steps import AddCardStep, AddCardSteps
from kiosk.core.wizards.registration.form import (
    FieldInvalid,
    Issue,
    RegistrationSteps,
    Step,
    age_on,
    check_birth_date,
    check_password,
    format_phone,
    latest_allowed_birth_date,
    normalize_email,
    normalize_name,
    normalize_phone,
)
from kiosk.core.wizards.verification import CodeChallenge, Refusal, refusal_for

TODAY = dt.date(2025, 6, 15)
CARD = "2990000000088"


def _text(value: str) -> Localized:
    return Localized(ru=value, be=value, en=value)


def make_program(**required: bool) -> ProgramInfo:
    fields = {
        "card_number": True,
        "last_name": True,
        "first_name": True,
        "patronymic": False,
        "gender": True,
        "birth_date": True,
        "home_address": False,
        "email": False,
        "phone": True,
        "password": True,
        "consent_rules_version": True,
    }
    fields.update(required)
    return ProgramInfo(
        organizer=Organizer(name=_text("Org"), address=_text("Addr"), unp="191234567"),
        website="https://mila.by",
        support_phone="8 800-555-36-09",
        support_phone_note=_text("free"),
        rules_version="2025-03",
        rules=_text("Rules"),
        requirements=_text("Req"),
        general_info=_text("Info"),
        installment_card_rule=_text("Halva"),
        card_limit=5,
        min_age=16,
        sms_policy=SmsPolicy(
            code_length=6, ttl_seconds=600, resend_cooldown_seconds=60, max_sends=5, max_attempts=5
        ),
        password_policy=PasswordPolicy(min_length=8, requires_letter=True, requires_digit=True),
        registration_fields=[RegistrationField(name=n, required=r) for n, r in fields.items()],  # type: ignore[arg-type]
        promotions=[],
    )


def issue_of(call: object, *args: object) -> Issue | None:
    try:
        call(*args)  # type: ignore[operator]
    except FieldInvalid as problem:
        return problem.issue
    return None


# --- phones --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("29 123-45-67", "BY", "+375291234567"),
        ("291234567", "BY", "+375291234567"),
        ("8 029 123 45 67", "BY", "+375291234567"),
        ("+375 44 765-43-21", "BY", "+375447654321"),
        ("+375 33 111-22-33", "RU", "+375331112233"),
        ("912 345-67-89", "RU", "+79123456789"),
        ("8 912 345 67 89", "RU", "+79123456789"),
        ("+7 912 345-67-89", "BY", "+79123456789"),
    ],
)
def test_mobile_numbers_of_belarus_and_russia_normalise_to_e164(
    raw: str, region: str, e164: str
) -> None:
    assert normalize_phone(raw, region) == e164  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "region", "issue"),
    [
        ("", "BY", Issue.REQUIRED),
        ("12", "BY", Issue.PHONE_INVALID),
        ("abc", "BY", Issue.PHONE_INVALID),
        ("17 123-45-67", "BY", Issue.PHONE_NOT_MOBILE),  # Minsk landline
        ("495 123-45-67", "RU", Issue.PHONE_NOT_MOBILE),  # Moscow landline
        ("+48 512 345 678", "BY", Issue.PHONE_COUNTRY),  # Poland
        ("+7 701 234 5678", "BY", Issue.PHONE_COUNTRY),  # Kazakhstan shares +7
    ],
)
def test_phones_refused_with_a_reason(raw: str, region: str, issue: Issue) -> None:
    assert issue_of(normalize_phone, raw, region) is issue


def test_phone_formatted_for_the_eye() -> None:
    assert format_phone("+375291234567") == "+375 29 123-45-67"


# --- names, dates, email, password ---------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Іван", "Іван"),
        ("  Ўладзь ", "Ўладзь"),
        ("Вераб’ёў", "Вераб'ёў"),
        ("Римский-Корсаков", "Римский-Корсаков"),
        ("O'Brien", "O'Brien"),
        ("Анна  Мария", "Анна Мария"),
    ],
)
def test_names_in_russian_belarusian_and_latin_letters(raw: str, expected: str) -> None:
    assert normalize_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "issue"),
    [
        ("", Issue.REQUIRED),
        ("   ", Issue.REQUIRED),
        ("Анна1", Issue.NAME_CHARACTERS),
        ("-Анна", Issue.NAME_CHARACTERS),
        ("Jürgen", Issue.NAME_CHARACTERS),
        ("А" * 51, Issue.NAME_TOO_LONG),
    ],
)
def test_names_refused(raw: str, issue: Issue) -> None:
    assert issue_of(normalize_name, raw) is issue


def test_minimum_age_counts_the_birthday_itself() -> None:
    sixteen_today = dt.date(2009, 6, 15)
    assert age_on(sixteen_today, TODAY) == 16
    assert check_birth_date(sixteen_today, TODAY, 16) == sixteen_today
    assert issue_of(check_birth_date, dt.date(2009, 6, 16), TODAY, 16) is Issue.TOO_YOUNG
    assert issue_of(check_birth_date, dt.date(2025, 6, 16), TODAY, 16) is Issue.BIRTH_DATE_FUTURE
    assert issue_of(check_birth_date, dt.date(1890, 1, 1), TODAY, 16) is (
        Issue.BIRTH_DATE_IMPLAUSIBLE
    )
    assert issue_of(check_birth_date, None, TODAY, 16) is Issue.REQUIRED
    assert latest_allowed_birth_date(TODAY, 16) == sixteen_today
    assert latest_allowed_birth_date(dt.date(2024, 2, 29), 17) == dt.date(2007, 2, 28)


def test_email_checked_without_dns() -> None:
    assert normalize_email(" anna.k_99+promo@mail.by ") == "anna.k_99+promo@mail.by"
    assert normalize_email("ivan@example.invalid-tld-without-dns.by") == (
        "ivan@example.invalid-tld-without-dns.by"
    )
    for bad in ("anna", "anna@", "@mail.by", "anna@@mail.by", "an na@mail.by"):
        assert issue_of(normalize_email, bad) is Issue.EMAIL_INVALID


def test_password_policy() -> None:
    policy = PasswordPolicy(min_length=8, requires_letter=True, requires_digit=True)
    assert check_password("Secret12", policy) == "Secret12"
    assert issue_of(check_password, "", policy) is Issue.REQUIRED
    assert issue_of(check_password, "Sec12", policy) is Issue.PASSWORD_TOO_SHORT
    assert issue_of(check_password, "12345678", policy) is Issue.PASSWORD_NEEDS_LETTER
    assert issue_of(check_password, "Password", policy) is Issue.PASSWORD_NEEDS_DIGIT
    assert issue_of(check_password, "a1" * 65, policy) is Issue.PASSWORD_TOO_LONG
    relaxed = PasswordPolicy(min_length=4, requires_letter=False, requires_digit=False)
    assert check_password("пароль", relaxed) == "пароль"


# --- steps ---------------------------------------------------------------------------------


def fill(steps: RegistrationSteps) -> None:
    form = steps.form
    form.phone = "29 555-66-77"
    form.last_name, form.first_name = "Иванова", "Мария"
    form.gender, form.birth_date = "female", dt.date(1990, 4, 2)
    form.password = form.password_repeat = "Secret123"
    form.consent = True


def walk(steps: RegistrationSteps) -> list[Step]:
    seen = [steps.step]
    while not steps.is_last_form_step():
        assert steps.advance(), steps.issues
        seen.append(steps.step)
    return seen


def test_step_order_with_a_known_card() -> None:
    steps = RegistrationSteps(make_program(), card_number=CARD, today=lambda: TODAY)
    fill(steps)
    assert walk(steps) == [
        Step.PHONE,
        Step.NAMES,
        Step.PERSONAL,
        Step.CONTACT,
        Step.PASSWORD,
        Step.CONSENT,
    ]
    assert steps.advance()  # ready to send; the step waits for the central
    assert steps.step is Step.CONSENT


def test_started_without_a_card_asks_for_it_first() -> None:
    steps = RegistrationSteps(make_program(), today=lambda: TODAY)
    assert steps.step is Step.CARD
    assert not steps.advance()
    assert steps.issues["card_number"].issue is Issue.REQUIRED
    steps.form.card_number = "2990000000089"
    assert not steps.advance()
    assert steps.issues["card_number"].issue is Issue.CARD_NUMBER_INVALID
    steps.card_accepted(CARD)
    assert steps.step is Step.PHONE
    assert steps.form.card_number == CARD


def test_a_step_keeps_the_shopper_until_its_fields_are_right() -> None:
    steps = RegistrationSteps(make_program(), card_number=CARD, today=lambda: TODAY)
    steps.form.phone = "17 123-45-67"
    assert not steps.advance()
    assert steps.issues == {"phone": steps.issues["phone"]}
    assert steps.issues["phone"].issue is Issue.PHONE_NOT_MOBILE
    steps.form.phone = "29 555-66-77"
    assert steps.advance() and steps.step is Step.NAMES
    steps.form.first_name = "Мария"
    assert not steps.advance()
    assert set(steps.issues) == {"last_name"}, "patronymic is optional"
    steps.form.last_name, steps.form.patronymic = "Иванова", "Петровна7"
    assert not steps.advance()
    assert steps.issues["patronymic"].issue is Issue.NAME_CHARACTERS


def test_password_twice_and_consent() -> None:
    steps = RegistrationSteps(make_program(), card_number=CARD, today=lambda: TODAY)
    fill(steps)
    steps.form.password_repeat = "Secret124"
    steps.form.consent = False
    steps.go_to(Step.PASSWORD)
    assert not steps.advance()
    assert steps.issues["password_repeat"].issue is Issue.PASSWORD_MISMATCH
    steps.form.password_repeat = "Secret123"
    assert steps.advance() and steps.step is Step.CONSENT
    assert not steps.advance()
    assert steps.issues["consent_rules_version"].issue is Issue.CONSENT_REQUIRED


def test_required_fields_follow_the_program() -> None:
    program = make_program(email=True, gender=False)
    steps = RegistrationSteps(program, card_number=CARD, today=lambda: TODAY)
    fill(steps)
    steps.form.gender = None
    steps.go_to(Step.PERSONAL)
    assert steps.advance(), "gender is optional in this program"
    assert not steps.advance()
    assert steps.issues["email"].issue is Issue.REQUIRED
    assert steps.is_required("email") and not steps.is_required("home_address")


def test_a_field_the_program_does_not_ask_is_not_shown_or_sent() -> None:
    program = make_program()
    program.registration_fields = [
        f for f in program.registration_fields if f.name not in ("home_address", "email")
    ]
    steps = RegistrationSteps(program, card_number=CARD, today=lambda: TODAY)
    fill(steps)
    steps.form.email = "typed@before.by"
    assert Step.CONTACT not in walk(steps)
    assert steps.request().email is None


def test_the_request_is_normalised() -> None:
    steps = RegistrationSteps(make_program(), card_number=CARD, today=lambda: TODAY)
    fill(steps)
    steps.form.email = " maria@mail.by "
    steps.form.last_name = " Вераб’ёва "
    request = steps.request()
    assert request.phone == "+375295556677"
    assert request.last_name == "Вераб'ёва"
    assert request.email == "maria@mail.by"
    assert request.patronymic is None and request.home_address is None
    assert request.consent_rules_version == "2025-03"
    assert request.card_number == CARD


def test_back_walks_to_the_start_then_says_leave() -> None:
    steps = RegistrationSteps(make_program(), card_number=CARD, today=lambda: TODAY)
    fill(steps)
    walk(steps)
    backs = 0
    while steps.back():
        backs += 1
    assert backs == 5 and steps.step is Step.PHONE
    assert steps.form.first_name == "Мария", "going back loses nothing typed"


def _status(**overrides: object) -> RegistrationStatus:
    values: dict[str, object] = {
        "registration_id": "r1",
        "phone_masked": "+375 •• •••-66-77",
        "expires_in": 600,
        "resend_after": 60,
        "sends_left": 4,
        "attempts_left": 5,
    }
    values.update(overrides)
    return RegistrationStatus.model_validate(values)


def test_central_field_errors_go_back_to_their_step() -> None:
    steps = RegistrationSteps(make_program(), card_number=CARD, today=lambda: TODAY)
    fill(steps)
    walk(steps)
    target = steps.central_refused(
        {"first_name": "Имя: только буквы", "email": "Неверный адрес", "color": "??"}
    )
    assert target is Step.NAMES and steps.step is Step.NAMES
    assert steps.issues["first_name"].issue is Issue.CENTRAL
    assert steps.issues["first_name"].message == "Имя: только буквы"
    assert steps.general_message == "??", "a field the form lacks is still said"


def test_code_then_success_wipes_the_form() -> None:
    steps = RegistrationSteps(make_program(), card_number=CARD, today=lambda: TODAY)
    fill(steps)
    walk(steps)
    steps.code_sent(_status(), now=100.0)
    assert steps.step is Step.CODE
    assert steps.challenge is not None and steps.challenge.seconds_to_resend(100.0) == 60
    steps.registered(CARD)
    assert steps.step is Step.SUCCESS
    assert steps.done_phone_masked == "+375 •• •••-66-77"
    assert steps.form.is_blank()


def test_back_from_the_code_voids_it() -> None:
    steps = RegistrationSteps(make_program(), card_number=CARD, today=lambda: TODAY)
    fill(steps)
    walk(steps)
    steps.code_sent(_status(), now=0.0)
    assert steps.back() and steps.step is Step.CONSENT and steps.challenge is None


def test_phone_registered_offers_linking_and_back_changes_the_phone() -> None:
    steps = RegistrationSteps(make_program(), card_number=CARD, today=lambda: TODAY)
    fill(steps)
    walk(steps)
    steps.phone_registered()
    assert steps.step is Step.LINK_OFFER
    challenge = SmsChallenge(
        challenge_id="c1",
        phone_masked="+375 •• •••-66-77",
        expires_in=600,
        resend_after=60,
        sends_left=4,
        attempts_left=5,
    )
    steps.link_code_sent(challenge, now=0.0)
    assert steps.step is Step.LINK_CODE
    assert steps.back() and steps.step is Step.PHONE
    steps.phone_registered()
    steps.link_code_sent(challenge, now=0.0)
    steps.linked(CARD)
    assert steps.step is Step.LINKED and steps.form.is_blank()


def test_wipe_forgets_everything() -> None:
    steps = RegistrationSteps(make_program(), card_number=CARD, today=lambda: TODAY)
    fill(steps)
    walk(steps)
    steps.code_sent(_status(), now=0.0)
    steps.wipe()
    assert steps.form.is_blank()
    assert steps.challenge is None and steps.issues == {}
    assert steps.step is Step.PHONE
    assert "Мария" not in repr(steps.form)


# --- codes and refusals ----------------------------------------------------------------------


def _problem_error(
    cls: type[errors.CentralError], code: str, status: int, **extra: object
) -> errors.CentralError:
    problem = errors.Problem(code=code, title="t", detail="d", status=status, **extra)  # type: ignore[arg-type]
    return cls("call failed", problem=problem)


def test_code_challenge_counts_tries_and_cooldowns() -> None:
    challenge = CodeChallenge.from_answer(_status(), now=1000.0)
    assert not challenge.can_resend(1059.5)
    assert challenge.seconds_to_resend(1059.5) == 1
    assert challenge.can_resend(1060.0)
    wrong = _problem_error(errors.ValidationFailed, "wrong-code", 422, attempts_left=3)
    assert challenge.code_refused(wrong, 1001.0) is Refusal.WRONG_CODE
    assert challenge.attempts_left == 3 and not challenge.exhausted
    cooldown = _problem_error(errors.RateLimited, "resend-cooldown", 429, retry_after=42)
    assert challenge.resend_refused(cooldown, 1060.0) is Refusal.RESEND_COOLDOWN
    assert challenge.seconds_to_resend(1060.0) == 42
    expired = _problem_error(errors.Gone, "code-expired", 410)
    assert challenge.code_refused(expired, 1700.0) is Refusal.CODE_EXPIRED
    assert challenge.is_expired(1700.0)
    challenge.resent(_status(sends_left=3, attempts_left=5), now=1800.0)
    assert not challenge.is_expired(1800.0) and challenge.sends_left == 3
    too_many = _problem_error(errors.RateLimited, "too-many-attempts", 429)
    assert challenge.code_refused(too_many, 1801.0) is Refusal.TOO_MANY_ATTEMPTS
    assert challenge.exhausted and not challenge.can_resend(9999.0)


def test_refusals_from_errors() -> None:
    assert refusal_for(errors.CentralOffline("x")) is Refusal.OFFLINE
    assert refusal_for(errors.CentralTimeout("x")) is Refusal.TIMEOUT
    assert refusal_for(_problem_error(errors.Conflict, "card-limit", 409)) is Refusal.CARD_LIMIT
    assert refusal_for(errors.Unauthorized("x")) is Refusal.WRONG_CREDENTIALS
    assert refusal_for(errors.ServerError("x")) is Refusal.FAILED
    assert refusal_for(RuntimeError("x")) is Refusal.FAILED


# --- add a card ------------------------------------------------------------------------------


def _session() -> ShopperSession:
    return ShopperSession(
        token="tok",
        expires_in=900,
        first_name="Анна",
        cards=[LinkedCard(masked="•••• 0019", kind="own", status="active")],
        card_limit=5,
    )


def test_add_card_sign_in_scan_and_refusal_with_cards() -> None:
    steps = AddCardSteps()
    assert not steps.check_sign_in(with_password=True)
    assert set(steps.issues) == {"phone", "password"}
    steps.phone, steps.password = "29 123-45-67", "Demo1234"
    assert steps.check_sign_in(with_password=True)
    assert steps.phone_e164() == "+375291234567"
    steps.signed_in(_session())
    assert steps.step is AddCardStep.SCAN
    assert steps.phone == "" and steps.password == ""
    cards = [LinkedCard(masked=f"•••• 00{n}", kind="own", status="active") for n in range(33, 38)]
    limit = _problem_error(errors.Conflict, "card-limit", 409, cards=tuple(cards))
    assert steps.link_refused(CARD, limit) is Refusal.CARD_LIMIT
    assert steps.step is AddCardStep.RESULT
    assert steps.outcome is not None and len(steps.outcome.cards) == 5
    assert steps.back() and steps.step is AddCardStep.SCAN
    account = AccountSummary(
        first_name="Анна",
        points=0,
        points_value=Money(amount="0.00"),
        cards=[*_session().cards, LinkedCard(masked="•••• 0088", kind="own", status="active")],
        offers=[],
    )
    steps.card_linked(CARD, account)
    assert steps.outcome is not None and steps.outcome.linked and len(steps.cards) == 2
    steps.wipe()
    assert steps.session_token is None and steps.step is AddCardStep.SIGN_IN


def test_add_card_session_expired_asks_to_sign_in_again() -> None:
    steps = AddCardSteps()
    steps.signed_in(_session())
    expired = _problem_error(errors.Unauthorized, "session-expired", 401)
    assert steps.link_refused(CARD, expired) is Refusal.SESSION_EXPIRED
    assert steps.step is AddCardStep.SIGN_IN and steps.session_token is None


def test_add_card_sms_sign_in_needs_only_the_phone() -> None:
    steps = AddCardSteps()
    steps.phone = "+7 912 345-67-89"
    assert steps.check_sign_in(with_password=False)
    steps.code_sent(
        SmsChallenge(
            challenge_id="c",
            phone_masked="+7 •••-•••-67-89",
            expires_in=600,
            resend_after=60,
            sends_left=4,
            attempts_left=5,
        ),
        now=0.0,
    )
    assert steps.step is AddCardStep.CODE
    assert steps.back() and steps.step is AddCardStep.SIGN_IN
