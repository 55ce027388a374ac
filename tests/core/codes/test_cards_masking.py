import logging

import pytest

from kiosk.core.codes.cards import (
    InvalidCardNumber,
    card_kind,
    ean13_check_digit,
    is_valid_ean13,
    parse_card_number,
)
from kiosk.core.runtime.masking import (
    MaskingFilter,
    mask_card,
    mask_phone,
    mask_text,
    mask_url_passwords,
)


@pytest.mark.parametrize(
    "number", ["2990000000019", "2991000000153", "4006381333931", "5901234123457"]
)
def test_valid_ean13_numbers_are_accepted(number: str) -> None:
    assert is_valid_ean13(number)
    assert parse_card_number(number) == number


def test_check_digit_is_computed_not_trusted() -> None:
    assert ean13_check_digit("299000000001") == "9"
    # One flipped digit, as a smudged barcode reads: the check digit catches it.
    assert not is_valid_ean13("2990000000018")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("29900000000A9", "not digits"),
        ("２９９００００００００１９", "not digits"),  # full-width digits are not ASCII
        ("299000000001", "length 12, expected 13"),
        ("29900000000190", "length 14, expected 13"),
        ("2990000000018", "check digit mismatch"),
    ],
)
def test_misreads_are_refused_with_a_reason(raw: str, reason: str) -> None:
    with pytest.raises(InvalidCardNumber) as err:
        parse_card_number(raw)
    assert err.value.reason == reason


def test_typed_number_with_spaces_is_normalised() -> None:
    assert parse_card_number(" 2 990000 000019 ") == "2990000000019"
    assert parse_card_number("2990-0000-00019") == "2990000000019"


def test_card_kinds() -> None:
    assert card_kind("2990000000019") == "own"
    assert card_kind("2991000000153") == "partner"
    assert card_kind("4006381333931") is None


def test_mask_card_keeps_last_four() -> None:
    assert mask_card("2990000000019") == "•••• 0019"


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("+375291234567", "+375 •• •••-45-67"),
        ("+79161234567", "+7 ••• •••-45-67"),
    ],
)
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@pytest.mark.parametrize(
    "text",
    [
        "lookup card 2990000000019 done",
        "sms to +375291234567 sent",
        "sms to +375 29 123-45-67 sent",
        "call +7 (916) 123-45-67",
        "phone 80291234567",
    ],
)
def test_mask_text_leaves_only_last_four_digits(text: str) -> None:
    masked = mask_text(text)
    digits_runs = "".join(ch if ch.isdigit() else " " for ch in masked).split()
    assert all(len(run) <= 4 for run in digits_runs), masked
    assert "4567" in masked or "0019" in masked


def test_mask_text_leaves_ordinary_text_alone() -> None:
    text = "GET /api/v1/program 200 in 12 ms, 5 cards, HTTP/1.1"
    assert mask_text(text) == text


@pytest.mark.parametrize("misread", ["29900000000190", "299000000001", "4276123456789012"])
def test_mask_text_masks_misread_and_foreign_card_numbers(misread: str) -> None:
    masked = mask_text(f"lookup {misread} refused")
    assert misread not in masked
    assert misread[-4:] in masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("https://kiosk:s3cret@central.example/", "https://kiosk:••••@central.example/"),
        ("url 'HTTPS://:s3cret@host:8443/x?y=1' bad", "url 'HTTPS://:••••@host:8443/x?y=1' bad"),
        ("https://kiosk:s3cr@t@host/", "https://kiosk:••••@host/"),  # an "@" in the password
        ("a http://a:s3cret@b and a ftp://c:s3cret@d", "a http://a:••••@b and a ftp://c:••••@d"),
    ],
)
def test_mask_url_passwords_hides_the_password_only(text: str, masked: str) -> None:
    assert mask_url_passwords(text) == masked


@pytest.mark.parametrize(
    "text",
    ["https://central.example:8443/api", "https://kiosk@host/", "https://host:443/a@b", "me@x.by"],
)
def test_mask_url_passwords_leaves_urls_without_one_alone(text: str) -> None:
    assert mask_url_passwords(text) == text


def test_the_log_filter_masks_url_passwords() -> None:
    record = logging.LogRecord(
        "kiosk", logging.WARNING, __file__, 1, "central %s down", ("https://k:s3cret@c/",), None
    )
    MaskingFilter().filter(record)
    assert record.getMessage() == "central https://k:••••@c/ down"
