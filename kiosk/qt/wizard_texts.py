"""What the registration and add-a-card screens say about problems, in the kiosk language.

The Qt-free core reports problems as codes (:class:`Issue`, :class:`Refusal`); the words are
here, through Qt's translation system (context ``WizardTexts``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kiosk.core.registration import FieldIssue, Issue
from kiosk.core.verification import Refusal

if TYPE_CHECKING:
    from kiosk.contract import ProgramInfo

_CONTEXT = "WizardTexts"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def issue_text(issue: FieldIssue, program: ProgramInfo | None) -> str:
    """A field problem as one short sentence for under the field."""
    min_age = program.min_age if program else 16
    min_length = program.password_policy.min_length if program else 8
    match issue.issue:
        case Issue.CENTRAL:
            return issue.message
        case Issue.REQUIRED:
            return _tr("Please fill this in.")
        case Issue.CARD_NUMBER_INVALID:
            return _tr("This is not a card number. Check the 13 digits under the barcode.")
        case Issue.PHONE_INVALID:
            return _tr("This phone number is not complete or not valid.")
        case Issue.PHONE_NOT_MOBILE:
            return _tr("Please enter a mobile number: the code comes by SMS.")
        case Issue.PHONE_COUNTRY:
            return _tr("Only Belarusian (+375) and Russian (+7) mobile numbers are accepted.")
        case Issue.NAME_CHARACTERS:
            return _tr("Use letters only; a hyphen, an apostrophe or a space may join words.")
        case Issue.NAME_TOO_LONG:
            return _tr("At most %n characters, please.", 50)
        case Issue.BIRTH_DATE_FUTURE:
            return _tr("The birth date cannot be in the future.")
        case Issue.TOO_YOUNG:
            return _tr("The program is open from the age of %n.", min_age)
        case Issue.BIRTH_DATE_IMPLAUSIBLE:
            return _tr("Please check the year of birth.")
        case Issue.EMAIL_INVALID:
            return _tr("This email address is not valid, e.g. name@mail.by.")
        case Issue.ADDRESS_TOO_LONG:
            return _tr("The address is too long.")
        case Issue.PASSWORD_TOO_SHORT:
            return _tr("The password needs at least %n characters.", min_length)
        case Issue.PASSWORD_TOO_LONG:
            return _tr("The password is too long.")
        case Issue.PASSWORD_NEEDS_LETTER:
            return _tr("The password needs at least one letter.")
        case Issue.PASSWORD_NEEDS_DIGIT:
            return _tr("The password needs at least one digit.")
        case Issue.PASSWORD_MISMATCH:
            return _tr("The two passwords differ. Please type the same password twice.")
        case Issue.CONSENT_REQUIRED:
            return _tr("Please accept the program rules to register.")
    return _tr("Please check this field.")


def password_policy_text(program: ProgramInfo | None) -> str:
    if program is None:
        return ""
    policy = program.password_policy
    text = _tr("At least %n characters", policy.min_length)
    if policy.requires_letter and policy.requires_digit:
        text += _tr(", with at least one letter and one digit.")
    elif policy.requires_letter:
        text += _tr(", with at least one letter.")
    elif policy.requires_digit:
        text += _tr(", with at least one digit.")
    else:
        text += "."
    return text


def refusal_text(refusal: Refusal, *, support_phone: str = "") -> str:
    """What went wrong, and what to do next."""
    match refusal:
        case Refusal.PHONE_REGISTERED:
            return _tr("This phone number already has an account.")
        case Refusal.CARD_REGISTERED:
            return _tr(
                "This card is already registered. Scan it on the start screen to see its balance."
            )
        case Refusal.CARD_BLOCKED:
            return _tr("This card is blocked. Please ask the cashier.")
        case Refusal.CARD_NOT_SOLD:
            return _tr("This card has not been sold yet. Please ask the cashier to activate it.")
        case Refusal.CARD_NOT_FOUND | Refusal.INVALID_CARD_NUMBER:
            return _tr("We do not know this card. Check the number or ask the cashier.")
        case Refusal.CARD_LIMIT:
            return _tr("Your account already has the most cards allowed.")
        case Refusal.CARD_OTHER_ACCOUNT:
            return _tr("This card belongs to another account and cannot be added to yours.")
        case Refusal.WRONG_CODE:
            return _tr("Wrong code.")
        case Refusal.CODE_EXPIRED:
            return _tr("The code has expired. Ask for a new one.")
        case Refusal.CODE_USED:
            return _tr("This code has already been used. Please start again.")
        case Refusal.TOO_MANY_ATTEMPTS:
            return _tr("Too many wrong codes. Please start again.")
        case Refusal.TOO_MANY_SENDS:
            return _tr("No more codes can be sent now. Please try again later.")
        case Refusal.RESEND_COOLDOWN:
            return _tr("A new code can be sent a little later.")
        case Refusal.WRONG_CREDENTIALS:
            return _tr("Wrong phone number or password.")
        case Refusal.SESSION_EXPIRED:
            return _tr("You were signed out after a while. Please sign in again.")
        case Refusal.RATE_LIMITED:
            return _tr("Too many tries. Please wait a few minutes and try again.")
        case Refusal.OFFLINE | Refusal.TIMEOUT:
            text = _tr("The loyalty service cannot be reached right now. Please try again later.")
        case _:
            text = _tr("Something went wrong. Please try again later.")
    if support_phone:
        text += " " + _tr("Support: %1").replace("%1", support_phone)
    return text


def wrong_code_text(attempts_left: int) -> str:
    return _tr("Wrong code. Tries left: %n.", attempts_left)


def resend_countdown_text(seconds: int) -> str:
    return _tr("Send a new code in %1").replace("%1", f"{seconds // 60}:{seconds % 60:02d}")
