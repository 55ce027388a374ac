"""The kiosk's own checks of what a shopper types refuse digits that are not 0-9.

``str.isdigit()`` (and phonenumbers) accept Arabic-Indic (U+0660..) and fullwidth (U+FF10..)
digits; the central and the contract speak ASCII only, so such input is refused at the kiosk.
"""

from __future__ import annotations

import pytest

from kiosk.core.codes.cards import InvalidCardNumber, parse_card_number
from kiosk.core.wizards.registration.form import FieldInvalid, Issue, normalize_phone

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
EXTENDED_ARABIC = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
TABLES = [ARABIC_INDIC, FULLWIDTH, EXTENDED_ARABIC]


@pytest.mark.parametrize("table", TABLES)
def test_card_numbers_with_non_ascii_digits_are_refused(table: dict[int, str]) -> None:
    spoofed = "2990000000019".translate(table)
    assert spoofed.isdigit()  # what a naive check would let through
    with pytest.raises(InvalidCardNumber, match="not digits"):
        parse_card_number(spoofed)


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("phone", ["+375291234567", "8 029 123-45-67", "29 123-45-67"])
def test_phones_with_non_ascii_digits_are_refused(table: dict[int, str], phone: str) -> None:
    assert normalize_phone(phone) == "+375291234567"
    with pytest.raises(FieldInvalid) as caught:
        normalize_phone(phone.translate(table))
    assert caught.value.issue is Issue.PHONE_INVALID


def test_one_non_ascii_digit_is_enough_to_refuse() -> None:
    with pytest.raises(FieldInvalid):
        normalize_phone("+37529123456٧")
