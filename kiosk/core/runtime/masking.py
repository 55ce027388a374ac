"""Masking of card numbers and phone numbers for logs and screens, and of passwords in URLs.

Only the last four digits of a card or phone ever leave the session: enough for a shopper or
support to recognise it, not enough to use it. A password written into a URL
(``https://user:secret@host/``) never leaves at all. :class:`MaskingFilter` does both for every
log record of the kiosk and of the reference central.
"""

from __future__ import annotations

import logging
import re

MASK = "•"

#: The logger the demo SMS gateway names its codes on; the kiosk's log handlers never take it
#: (see kiosk.core.runtime.logging_setup). No other code may log an SMS code at all.
DEMO_SMS_CODES_LOGGER = "kiosk.central.domain.sms.codes"

# A card-number-like run: 10 to 19 digits, so a misread card number (a digit dropped or doubled)
# or a foreign card (up to 19 digits for payment cards) is masked too.
_CARD_RE = re.compile(r"(?<!\d)\d{10,19}(?!\d)")
# Phone-looking runs: an international +375/+7 number or a Belarusian 80... trunk number, with
# optional spaces, dashes or parentheses between digit groups.
_PHONE_RE = re.compile(r"(?:\+\s?(?:375|7)|(?<!\d)80)[\d\s()\-]{7,16}\d")


# The userinfo of a URL with a password: scheme, user name and colon, then the password up to the
# last "@" before the host (a password may hold an "@"; the host part ends at "/", "?" or "#").
_URL_PASSWORD_RE = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s/?#@:]*:)[^\s/?#]*@")


def mask_url_passwords(text: str) -> str:
    """Every URL in ``text`` with its password masked: 'https://user:secret@host/' ->
    'https://user:••••@host/'; the user name and the rest stay, to tell which URL it was."""
    return _URL_PASSWORD_RE.sub(lambda match: f"{match.group(1)}{MASK * 4}@", text)


def mask_card(number: str) -> str:
    """'2990000000019' -> '•••• 0019'."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) <= 4:
        return MASK * 4
    return f"{MASK * 4} {digits[-4:]}"


def mask_phone(phone: str) -> str:
    """'+375291234567' -> '+375 •• •••-45-67': country code and last four digits only."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if len(digits) < 8:
        return MASK * 4
    last4 = digits[-4:]
    if digits.startswith("375") and phone.lstrip().startswith("+"):
        prefix = "+375"
        hidden = len(digits) - 3 - 4
    elif digits.startswith("7") and phone.lstrip().startswith("+"):
        prefix = "+7"
        hidden = len(digits) - 1 - 4
    else:
        prefix = ""
        hidden = len(digits) - 4
    masked_middle = MASK * max(hidden, 0)
    # Group the hidden digits like the real number is written, so the shape stays familiar.
    if hidden == 5:
        masked_middle = f"{MASK * 2} {MASK * 3}"
    elif hidden == 6:
        masked_middle = f"{MASK * 3} {MASK * 3}"
    body = f"{masked_middle}-{last4[:2]}-{last4[2:]}"
    return f"{prefix} {body}".strip()


def _mask_card_match(match: re.Match[str]) -> str:
    return mask_card(match.group(0))


def _mask_phone_match(match: re.Match[str]) -> str:
    text = match.group(0)
    digits = "".join(ch for ch in text if ch.isdigit())
    return f"{MASK * 4}{digits[-4:]}"


# An id in a URL path after a collection whose members belong to a shopper: card numbers,
# registration ids, SMS sign-in challenges. Segments already masked are left alone.
_URL_ID_RE = re.compile(r"(/(?:cards|registrations|sms)/)(?!" + MASK + r")([^/?#\s\"'<>(),;]+)")


def mask_url_id(value: str) -> str:
    """An id as it may appear in a log: '2990000000019' -> '•••• 0019', 'a1b2...c3d4' ->
    '•••• c3d4' (the same form as a masked card number)."""
    if len(value) <= 4:
        return MASK * 4
    return f"{MASK * 4} {value[-4:]}"


def _mask_url_id_match(match: re.Match[str]) -> str:
    return match.group(1) + mask_url_id(match.group(2))


def mask_url_ids(text: str) -> str:
    """Mask every id in the URL paths of ``text`` (card numbers, registration and challenge
    ids), each the same way: four dots and the last four characters."""
    return _URL_ID_RE.sub(_mask_url_id_match, text)


def mask_text(text: str) -> str:
    """Scrub every card number and phone number in free text, keeping their last four digits."""
    text = _PHONE_RE.sub(_mask_phone_match, text)
    return _CARD_RE.sub(_mask_card_match, text)


class MaskingFilter(logging.Filter):
    """Masks card numbers, phones, the ids in URLs and the passwords in URLs in the rendered
    message and traceback.

    The record is rewritten in place (``msg`` becomes the masked final text, ``args`` empty), so
    every handler that sees it after this filter sees only masked text.
    """

    _traceback_renderer = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the line
            message = f"{record.msg!r} % {record.args!r}"
        record.msg = _mask(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._traceback_renderer.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = _mask(record.exc_text)
        if record.stack_info:
            record.stack_info = _mask(record.stack_info)
        return True


def _mask(text: str) -> str:
    # Ids in URLs first, so a card number in a path reads like every other masked id.
    return mask_text(mask_url_ids(mask_url_passwords(text)))
