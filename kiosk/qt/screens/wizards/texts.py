"""What the registration and add-a-card screens say about problems, in the kiosk language.

The Qt-free core reports problems as codes (:class:`Issue`, :class:`Refusal`); the words are
here, through Qt's translation system (context ``WizardTexts``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.core.wizards.registration.form import FieldIssue, Issue
from kiosk.core.wizards.verification import SERVICE_REFUSALS, Refusal, ResendButton, ResendState

if TYPE_CHECKING:
    from kiosk.contract import ProgramInfo


class WizardTexts(QObject):
    """Holds the texts so that lupdate finds them under one context (``self.tr``)."""

    def issue_text(self, issue: FieldIssue, program: ProgramInfo | None) -> str:
        """A field problem as one short sentence for under the field."""
        min_age = program.min_age if program else 16
        min_length = program.password_policy.min_length if program else 8
        match issue.issue:
            case Issue.CENTRAL:
                return issue.message
            case Issue.REFUSED if issue.refusal is not None:
                return self.refusal_text(
                    issue.refusal, support_phone=support_phone(issue.refusal, program)
                )
            case Issue.REQUIRED:
                return self.tr("Please fill this in.")
            case Issue.CARD_NUMBER_INVALID:
                return self.tr("This is not a card number. Check the 13 digits under the barcode.")
            case Issue.PHONE_INVALID:
                return self.tr("This phone number is not complete or not valid.")
            case Issue.PHONE_NOT_MOBILE:
                return self.tr("Please enter a mobile number: the code comes by SMS.")
            case Issue.PHONE_COUNTRY:
                return self.tr(
                    "Only Belarusian (+375) and Russian (+7) mobile numbers are accepted."
                )
            case Issue.NAME_CHARACTERS:
                return self.tr(
                    "Use letters only; a hyphen, an apostrophe or a space may join words."
                )
            case Issue.NAME_TOO_LONG:
                return self.tr("At most %n characters, please.", "", 50)
            case Issue.BIRTH_DATE_FUTURE:
                return self.tr("The birth date cannot be in the future.")
            case Issue.TOO_YOUNG:
                return self.tr("The program is open from the age of %n.", "", min_age)
            case Issue.BIRTH_DATE_IMPLAUSIBLE:
                return self.tr("Please check the year of birth.")
            case Issue.EMAIL_INVALID:
                return self.tr("This email address is not valid, e.g. name@mail.by.")
            case Issue.ADDRESS_TOO_LONG:
                return self.tr("The address is too long.")
            case Issue.PASSWORD_TOO_SHORT:
                return self.tr("The password needs at least %n characters.", "", min_length)
            case Issue.PASSWORD_TOO_LONG:
                return self.tr("The password is too long.")
            case Issue.PASSWORD_NEEDS_LETTER:
                return self.tr("The password needs at least one letter.")
            case Issue.PASSWORD_NEEDS_DIGIT:
                return self.tr("The password needs at least one digit.")
            case Issue.PASSWORD_MISMATCH:
                return self.tr("The two passwords differ. Please type the same password twice.")
            case Issue.CONSENT_REQUIRED:
                return self.tr("Please accept the program rules to register.")
        return self.tr("Please check this field.")

    def password_policy_text(self, program: ProgramInfo | None) -> str:
        if program is None:
            return ""
        policy = program.password_policy
        text = self.tr("At least %n characters", "", policy.min_length)
        if policy.requires_letter and policy.requires_digit:
            text += self.tr(", with at least one letter and one digit.")
        elif policy.requires_letter:
            text += self.tr(", with at least one letter.")
        elif policy.requires_digit:
            text += self.tr(", with at least one digit.")
        else:
            text += "."
        return text

    def refusal_text(self, refusal: Refusal, *, support_phone: str = "") -> str:
        """What went wrong, and what to do next."""
        match refusal:
            case Refusal.PHONE_REGISTERED:
                return self.tr("This phone number already has an account.")
            case Refusal.CARD_REGISTERED:
                return self.tr(
                    "This card is already registered. "
                    "Scan it on the start screen to see its balance."
                )
            case Refusal.CARD_BLOCKED:
                return self.tr("This card is blocked. Please ask the cashier.")
            case Refusal.CARD_NOT_SOLD:
                return self.tr(
                    "This card has not been sold yet. Please ask the cashier to activate it."
                )
            case Refusal.CARD_NOT_FOUND | Refusal.INVALID_CARD_NUMBER:
                return self.tr("We do not know this card. Check the number or ask the cashier.")
            case Refusal.CARD_LIMIT:
                return self.tr("Your account already has the most cards allowed.")
            case Refusal.CARD_OTHER_ACCOUNT:
                return self.tr("This card belongs to another account and cannot be added to yours.")
            case Refusal.WRONG_CODE:
                return self.tr("Wrong code.")
            case Refusal.CODE_EXPIRED:
                return self.tr("The code has expired. Ask for a new one.")
            case Refusal.CODE_USED:
                return self.tr("This code has already been used. Please start again.")
            case Refusal.TOO_MANY_ATTEMPTS:
                return self.tr("Too many wrong codes. Please start again.")
            case Refusal.TOO_MANY_SENDS:
                return self.tr("No more codes can be sent now. Please try again later.")
            case Refusal.RESEND_COOLDOWN:
                return self.tr("A new code can be sent a little later.")
            case Refusal.WRONG_CREDENTIALS:
                return self.tr("Wrong phone number or password.")
            case Refusal.SESSION_EXPIRED:
                return self.tr("You were signed out after a while. Please sign in again.")
            case Refusal.RATE_LIMITED:
                return self.tr("Too many tries. Please wait a few minutes and try again.")
            case Refusal.OFFLINE | Refusal.TIMEOUT:
                text = self.tr(
                    "The loyalty service cannot be reached right now. Please try again later."
                )
            case _:
                text = self.tr("Something went wrong. Please try again later.")
        if support_phone:
            text += " " + self.tr("Support: %1").replace("%1", support_phone)
        return text

    def wrong_code_text(self, attempts_left: int) -> str:
        return self.tr("Wrong code. Tries left: %n.", "", attempts_left)

    def resend_countdown_text(self, seconds: int) -> str:
        return self.tr("New code in %1").replace("%1", f"{seconds // 60}:{seconds % 60:02d}")

    def resend_text(self, button: ResendButton) -> str:
        """The SMS code page's "new code" button."""
        match button.state:
            case ResendState.START_AGAIN:
                return self.tr("Start again with a new code")
            case ResendState.NO_MORE:
                return self.tr("No more codes can be sent")
            case ResendState.READY:
                return self.tr("Send a new code")
        return self.resend_countdown_text(button.seconds)

    def code_resent_text(self) -> str:
        return self.tr("A new code has been sent.")


_texts: WizardTexts | None = None


def _the_texts() -> WizardTexts:
    global _texts
    if _texts is None:
        _texts = WizardTexts()
    return _texts


def issue_text(issue: FieldIssue, program: ProgramInfo | None) -> str:
    """A field problem as one short sentence for under the field."""
    return _the_texts().issue_text(issue, program)


def password_policy_text(program: ProgramInfo | None) -> str:
    return _the_texts().password_policy_text(program)


def refusal_text(refusal: Refusal, *, support_phone: str = "") -> str:
    """What went wrong, and what to do next."""
    return _the_texts().refusal_text(refusal, support_phone=support_phone)


def wrong_code_text(attempts_left: int) -> str:
    return _the_texts().wrong_code_text(attempts_left)


def resend_countdown_text(seconds: int) -> str:
    return _the_texts().resend_countdown_text(seconds)


def resend_text(button: ResendButton) -> str:
    """The SMS code page's "new code" button."""
    return _the_texts().resend_text(button)


def support_phone(refusal: Refusal, program: ProgramInfo | None) -> str:
    """The support line to add to a refusal: only when the service failed, not the shopper."""
    if refusal in SERVICE_REFUSALS and program is not None:
        return program.support_phone
    return ""


def code_resent_text() -> str:
    return _the_texts().code_resent_text()
