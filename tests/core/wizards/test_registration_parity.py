"""The kiosk's registration checks and the central's give the same verdicts on the same input.

The kiosk checks each field as the shopper types it (kiosk/core/wizards/registration/form.py), so
that a typo is reported at its step; the central checks the whole request again and has the last
word. If the two disagree, a shopper is either refused by the kiosk for something the central would
take, or sent through the whole form only to be refused at the end. Every input below goes to both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.central.domain import program
from kiosk.central.domain.clock import ManualClock
from kiosk.central.domain.registration_form import validate_registration
from kiosk.central.domain.service import LoyaltyService
from kiosk.central.domain.sms import DemoSmsGateway
from kiosk.central.storage.store import Store
from kiosk.contract import RegistrationRequest
from kiosk.core.wizards.registration.form import (
    FieldInvalid,
    PhoneRegion,
    check_birth_date,
    check_password,
    normalize_email,
    normalize_name,
    normalize_phone,
)

TODAY = dt.date(2025, 6, 16)
#: A request the central accepts as it is; each case changes one field of it.
VALID = {
    "card_number": "2990000000088",
    "last_name": "Иванова",
    "first_name": "Мария",
    "gender": "female",
    "birth_date": dt.date(1990, 4, 2),
    "phone": "+375291234567",
    "password": "Secret123",
    "consent_rules_version": program.RULES_VERSION,
}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LoyaltyService]:
    path: Path = tmp_path_factory.mktemp("parity") / "central.sqlite3"
    store = Store(path)
    try:
        yield LoyaltyService(store, ManualClock(), DemoSmsGateway())
    finally:
        store.close()


def central_accepts(service: LoyaltyService, field: str, value: object) -> bool:
    request = RegistrationRequest.model_validate({**VALID, field: value})
    _clean, issues = validate_registration(request, TODAY)
    assert all(issue.field == field for issue in issues), issues  # the rest of VALID is fine
    return not issues


def kiosk_accepts(check: object, *args: object) -> bool:
    assert callable(check)
    try:
        check(*args)
    except FieldInvalid:
        return False
    return True


def test_the_valid_request_is_valid(service: LoyaltyService) -> None:
    assert central_accepts(service, "last_name", VALID["last_name"])


# --- phones: as the kiosk sends them (international form) --------------------------------------


@pytest.mark.parametrize(
    "phone",
    [
        "+375291234567",
        "+375 29 123-45-67",
        "+375 (29) 123-45-67",
        "+375-29-123-45-67",
        "  +375291234567  ",
        "+375 44 765 43 21",
        "+375 33 123 45 67",
        "+375 25 123 45 67",
        "+79161234567",
        "+7 (916) 123-45-67",
        "+7 912 345 67 89",
        "+375 17 123-45-67",  # Minsk landline
        "+7 495 123-45-67",  # Moscow landline
        "+37529123456",  # a digit short
        "+3752912345678",  # a digit too many
        "+380501234567",  # Ukraine
        "+48 501 234 567",  # Poland
        "+1 202 555 0143",
        "+375 29 12a-45-67",
        "+",
        "+375",
        "++375291234567",
        "+375 29 123 45 67 ext 2",
    ],
)
def test_phones_in_international_form(service: LoyaltyService, phone: str) -> None:
    kiosk = kiosk_accepts(normalize_phone, phone, "BY")
    assert kiosk == kiosk_accepts(normalize_phone, phone, "RU"), "the + makes the region moot"
    assert central_accepts(service, "phone", phone) == kiosk


@pytest.mark.parametrize(
    ("typed", "region"),
    [
        ("29 123-45-67", "BY"),
        ("8 029 123-45-67", "BY"),
        ("80291234567", "BY"),
        ("375291234567", "BY"),
        ("916 123-45-67", "RU"),
        ("8 916 123-45-67", "RU"),
        ("89161234567", "RU"),
        ("17 123-45-67", "BY"),
        ("8 017 123-45-67", "BY"),
        ("29 123-45", "BY"),
        ("916 123-45-67", "BY"),
    ],
)
def test_national_forms_are_sent_as_the_central_takes_them(
    service: LoyaltyService, typed: str, region: PhoneRegion
) -> None:
    # A shopper types the national number with its region chosen; the kiosk sends E.164.
    try:
        sent = normalize_phone(typed, region)
    except FieldInvalid:
        assert not central_accepts(service, "phone", typed), "the kiosk refused a phone"
        return
    assert sent.startswith("+")
    assert central_accepts(service, "phone", sent)


# --- names, emails, birth dates, passwords -------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Иванова",
        "Мария",
        "Вераб'ёў",
        "Вераб’ёў",
        "Вераб\u02bcёў",
        "Ўладзь",
        "Іван",
        "Ёлкина",
        "O'Brien",
        "Anne-Marie",
        "Римский-Корсаков",
        "Де ла Крус",
        "  Мария  ",
        "А" * 50,
        "А" * 51,
        "Мария2",
        "Мари@",
        "-",
        "'",
        "- -",
        "Анна-",
        "-Анна",
        "Анна--Мария",
        "Ἀθηνᾶ",
        "李",
        "Maria_Ivanova",
    ],
)
def test_names(service: LoyaltyService, name: str) -> None:
    kiosk = kiosk_accepts(normalize_name, name)
    assert central_accepts(service, "first_name", name) == kiosk
    assert central_accepts(service, "last_name", name) == kiosk


@pytest.mark.parametrize(
    "email",
    [
        "maria@mail.by",
        "  maria@mail.by  ",
        "Maria.Ivanova+loyalty@Gmail.com",
        "мария@почта.бел",
        "maria@mail",
        "maria@@mail.by",
        "maria mail.by",
        "@mail.by",
        "maria@",
        "maria@mail..by",
        "maria@-mail.by",
        "a" * 65 + "@mail.by",
    ],
)
def test_emails(service: LoyaltyService, email: str) -> None:
    assert central_accepts(service, "email", email) == kiosk_accepts(normalize_email, email)


def _years_before(years: int, day: dt.date = TODAY) -> dt.date:
    return day.replace(year=day.year - years)


@pytest.mark.parametrize(
    "birth_date",
    [
        dt.date(1990, 4, 2),
        _years_before(program.MIN_AGE),  # sixteen today
        _years_before(program.MIN_AGE) + dt.timedelta(days=1),  # sixteen tomorrow
        _years_before(program.MAX_AGE),
        _years_before(program.MAX_AGE + 1) + dt.timedelta(days=1),  # 120 until tomorrow
        _years_before(program.MAX_AGE + 1),
        TODAY,
        TODAY + dt.timedelta(days=1),
        dt.date(2000, 2, 29),
        dt.date(1900, 1, 1),
    ],
)
def test_birth_dates(service: LoyaltyService, birth_date: dt.date) -> None:
    kiosk = kiosk_accepts(check_birth_date, birth_date, TODAY, program.MIN_AGE)
    assert central_accepts(service, "birth_date", birth_date) == kiosk


@pytest.mark.parametrize(
    "password",
    [
        "Secret123",
        "secret12",
        "Secret1",  # seven characters
        "12345678",
        "abcdefgh",
        "пароль123",
        "Пароль 12",
        "        1a",
        "A1" * 64,  # 128
        "A1" * 64 + "x",  # 129
        "Secret123!@#",
        "",
    ],
)
def test_passwords(service: LoyaltyService, password: str) -> None:
    kiosk = kiosk_accepts(check_password, password, program.PASSWORD_POLICY)
    assert central_accepts(service, "password", password) == kiosk
