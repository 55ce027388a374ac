"""A registration request as the central checks it: every field, with the kiosk's own rules
for phones and names (kiosk.core.wizards.registration.form), so both give the same verdicts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from email_validator import EmailNotValidError, validate_email

from kiosk.central.domain import program
from kiosk.central.domain.problems import FieldIssue
from kiosk.contract import CardKind, Gender, RegistrationFieldName, RegistrationRequest
from kiosk.core.codes.cards import InvalidCardNumber, card_kind, parse_card_number
from kiosk.core.wizards.registration import form as registration


def normalize_phone(raw: str) -> str | None:
    """E.164 form of a Belarusian or Russian mobile number in international form, or None
    (the kiosk's check: the kiosk sends what it accepted in this form)."""
    text = raw.strip()
    if not text.startswith("+") or len(text) > 32:
        return None
    try:
        return registration.normalize_phone(text)
    except registration.FieldInvalid:
        return None


def parse_card(raw: str) -> tuple[str, CardKind]:
    """A card number of the chain, or InvalidCardNumber; kind None means 'not ours'."""
    number = parse_card_number(raw)
    kind = card_kind(number)
    if kind is None:
        raise CardUnknown(number)
    return number, kind


class CardUnknown(Exception):
    """A valid EAN-13 outside the chain's card ranges (e.g. a product barcode)."""


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def validate_registration(
    req: RegistrationRequest, today: dt.date
) -> tuple[dict[str, Any], list[FieldIssue]]:
    issues: list[FieldIssue] = []
    clean: dict[str, Any] = {}

    def blank(value: str | None) -> bool:
        return value is None or not value.strip()

    def check_required(name: RegistrationFieldName, value: object) -> bool:
        """True when there is a value to check further."""
        missing = value is None or (isinstance(value, str) and not value.strip())
        if missing and program.is_required(name):
            issues.append(FieldIssue(name, "required"))
        return not missing

    if check_required("card_number", req.card_number):
        try:
            clean["card_number"], _ = parse_card(req.card_number)
        except InvalidCardNumber:
            issues.append(FieldIssue("card_number", "invalid-card-number"))
        except CardUnknown as unknown:
            clean["card_number"] = str(unknown)  # answered as card-not-found below

    names: tuple[RegistrationFieldName, ...] = (
        "last_name",
        "first_name",
        "patronymic",
    )
    for name in names:
        value: str | None = getattr(req, name)
        clean[name] = None
        if not check_required(name, value) or value is None:
            continue
        try:
            registration.normalize_name(value)  # the kiosk's check, for the same verdicts
        except registration.FieldInvalid:
            issues.append(FieldIssue(name, "name-letters", {"max_length": program.NAME_MAX_LENGTH}))
        else:
            clean[name] = value.strip()

    gender: Gender | None = req.gender
    clean["gender"] = gender if check_required("gender", gender) else None

    clean["birth_date"] = None
    if check_required("birth_date", req.birth_date) and req.birth_date is not None:
        birth = req.birth_date
        if birth > today:
            issues.append(FieldIssue("birth_date", "birth-date-future"))
        elif age_on(birth, today) < program.MIN_AGE:
            issues.append(FieldIssue("birth_date", "too-young", {"min_age": program.MIN_AGE}))
        elif age_on(birth, today) > program.MAX_AGE:
            issues.append(FieldIssue("birth_date", "birth-date-implausible"))
        else:
            clean["birth_date"] = birth.isoformat()

    clean["home_address"] = None
    if check_required("home_address", req.home_address) and not blank(req.home_address):
        assert req.home_address is not None
        clean["home_address"] = req.home_address.strip()

    clean["email"] = None
    if check_required("email", req.email) and req.email is not None:
        try:
            clean["email"] = validate_email(
                req.email.strip(), check_deliverability=False
            ).normalized
        except EmailNotValidError:
            issues.append(FieldIssue("email", "email-invalid"))

    if check_required("phone", req.phone):
        phone = normalize_phone(req.phone)
        if phone is None:
            issues.append(FieldIssue("phone", "phone-invalid"))
        clean["phone"] = phone

    if check_required("password", req.password or None):
        password = req.password
        if len(password) < program.PASSWORD_MIN_LENGTH:
            issues.append(
                FieldIssue(
                    "password",
                    "password-too-short",
                    {"min_length": program.PASSWORD_MIN_LENGTH},
                )
            )
        elif len(password) > program.PASSWORD_MAX_LENGTH:
            issues.append(
                FieldIssue(
                    "password", "password-too-long", {"max_length": program.PASSWORD_MAX_LENGTH}
                )
            )
        elif not any(ch.isalpha() for ch in password):
            issues.append(FieldIssue("password", "password-needs-letter"))
        elif not any(ch.isdigit() for ch in password):
            issues.append(FieldIssue("password", "password-needs-digit"))

    if (
        check_required("consent_rules_version", req.consent_rules_version)
        and req.consent_rules_version != program.RULES_VERSION
    ):
        issues.append(FieldIssue("consent_rules_version", "rules-version"))
    clean["rules_version"] = program.RULES_VERSION
    return clean, issues
