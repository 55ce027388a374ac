"""Card-number rules: EAN-13 validation and telling the chain's own cards from partner cards.

The check digit is verified by our own code on purpose: python-barcode silently recomputes it,
so a misread that flips one digit would otherwise be drawn as a different, valid card.
"""

from __future__ import annotations

from typing import Literal

CardKind = Literal["own", "partner"]

OWN_PREFIX = "2990"
# "Моцная картка" partner-program cards carried by the chain's stores.
PARTNER_PREFIX = "2991"


class InvalidCardNumber(ValueError):
    """A scanned or typed code that cannot be a card number; `reason` says why (for logs/tests)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


#: Separators of a number printed in groups; not part of the code.
DIGIT_GROUP_SEPARATORS = " -\u00a0"


def has_foreign_digits(text: str) -> bool:
    """Whether ``text`` has a digit other than ASCII 0-9: Arabic-Indic, fullwidth and other
    digits pass ``str.isdigit()``, ``int()`` and a regular expression's ``\\d``, yet no card
    number, code, badge, PIN or phone of the program has one (a scanner set to the wrong
    keyboard layout or input method sends them)."""
    return any(ch.isdigit() and not ch.isascii() for ch in text)


def gs1_check_digit(body: str) -> str:
    """The GS1 check digit of ``body`` (all digits of a GTIN but the last): weights 3 and 1
    alternate from the right, the same for EAN-8, UPC-A, EAN-13 and GTIN-14."""
    if not body or not body.isascii() or not body.isdigit():
        raise ValueError("ASCII digits expected")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def ean13_check_digit(first12: str) -> str:
    """The EAN-13 check digit of twelve digits."""
    if len(first12) != 12:
        raise ValueError("twelve ASCII digits expected")
    return gs1_check_digit(first12)


def is_valid_ean13(code: str) -> bool:
    return (
        len(code) == 13
        and code.isascii()
        and code.isdigit()
        and ean13_check_digit(code[:12]) == code[12]
    )


def parse_card_number(raw: str) -> str:
    """Normalise a scanned or typed card number, or raise InvalidCardNumber.

    Spaces and dashes are allowed because people type the number as printed in groups.
    """
    code = "".join(ch for ch in raw.strip() if ch not in DIGIT_GROUP_SEPARATORS)
    if not code:
        raise InvalidCardNumber("empty")
    if not (code.isascii() and code.isdigit()):
        raise InvalidCardNumber("not digits")
    if len(code) != 13:
        raise InvalidCardNumber(f"length {len(code)}, expected 13")
    if ean13_check_digit(code[:12]) != code[12]:
        raise InvalidCardNumber("check digit mismatch")
    return code


def card_kind(number: str) -> CardKind | None:
    """Which program a valid card number belongs to, or None for a foreign EAN-13."""
    if number.startswith(OWN_PREFIX):
        return "own"
    if number.startswith(PARTNER_PREFIX):
        return "partner"
    return None
