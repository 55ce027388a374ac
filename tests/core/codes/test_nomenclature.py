"""The barcode nomenclature: every kind, check digits, priority, UPC-A/EAN-13, junk."""

from __future__ import annotations

import pytest

from kiosk.core.codes.cards import ean13_check_digit
from kiosk.core.codes.nomenclature import (
    DEFAULT_NOMENCLATURE,
    CodeKind,
    Encoding,
    InvalidNomenclature,
    Nomenclature,
    Rule,
    gs1_check_digit,
    has_valid_check_digit,
)


def gtin(body: str) -> str:
    """``body`` with its GS1 check digit."""
    return body + gs1_check_digit(body)


def flip_check_digit(code: str) -> str:
    return code[:-1] + str((int(code[-1]) + 1) % 10)


MILK = gtin("481026800001")  # EAN-13, GS1 Belarus
CHOCOLATE_8 = gtin("4810001")  # EAN-8, GS1 Belarus
UPC_A = gtin("03600029145")  # UPC-A, 12 digits as read
WEIGHED = gtin("210000100123")  # GS1 21: weighed goods, price in the code
IN_STORE_8 = gtin("2000123")  # RCN-8
REFUND = gtin("980000000001")
COUPON = gtin("990000000004")
CURRENCY_COUPON = gtin("981000000002")
UPC_COUPON = gtin("51234500001")  # UPC number system 5


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("B0001", CodeKind.STAFF_BADGE),
        ("B0002", CodeKind.STAFF_BADGE),
        ("2990000000019", CodeKind.OWN_CARD),
        ("2991000000146", CodeKind.PARTNER_CARD),
        (MILK, CodeKind.PRODUCT),
        (CHOCOLATE_8, CodeKind.PRODUCT),
        (UPC_A, CodeKind.PRODUCT),
        ("0" + UPC_A, CodeKind.PRODUCT),
        (gtin("978598765432"), CodeKind.PRODUCT),  # a book (ISBN-13)
        (WEIGHED, CodeKind.RESTRICTED),
        (gtin("200000000012"), CodeKind.RESTRICTED),
        (gtin("290000000012"), CodeKind.RESTRICTED),
        (gtin("21234500000"), CodeKind.RESTRICTED),  # UPC-A number system 2, random weight
        (IN_STORE_8, CodeKind.RESTRICTED),
        (REFUND, CodeKind.REFUND_RECEIPT),
        (COUPON, CodeKind.COUPON),
        (CURRENCY_COUPON, CodeKind.COUPON),
        (UPC_COUPON, CodeKind.COUPON),
    ],
)
def test_every_kind_of_the_built_in_table(code: str, kind: CodeKind) -> None:
    assert DEFAULT_NOMENCLATURE.classify(code).kind is kind


@pytest.mark.parametrize(
    "code",
    [
        "",
        "   ",
        "hello",
        "B001",  # one digit short of a badge
        "B00011",
        "b0001",
        "12345",
        "4810268",  # seven digits: no GS1 code
        "48102680000109",  # fourteen digits (ITF-14 is not read at a kiosk)
        "481026800001X",
        "https://example.by/?q=4810268000010",  # a QR code's URL
        "\x1d01048102680000101",  # GS1 DataMatrix with FNC1
        "9" * 500,
        "２９９００００００００１９",  # full-width digits
    ],
)
def test_junk_and_other_symbologies_are_not_recognised(code: str) -> None:
    assert DEFAULT_NOMENCLATURE.classify(code).kind is CodeKind.UNRECOGNISED


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize("table", [FULLWIDTH, ARABIC_INDIC])
@pytest.mark.parametrize("code", ["B0001", "2990000000019", "12345"])
def test_digits_other_than_0_to_9_are_a_misread_whatever_the_patterns(
    table: dict[int, str], code: str
) -> None:
    # A central's patterns may say \d or ".", which take any digit.
    central = Nomenclature(
        [
            Rule(CodeKind.STAFF_BADGE, r"B\d{4}", Encoding.ANY, 1),
            Rule(CodeKind.OWN_CARD, r"2990\d{9}", Encoding.ANY, 2),
            Rule(CodeKind.STAFF_BADGE, r".{5}", Encoding.ANY, 3),
        ]
    )
    assert central.classify(code).kind is not CodeKind.UNRECOGNISED
    assert central.classify(code.translate(table)).kind is CodeKind.UNRECOGNISED
    assert central.classify(code[:-1] + code[-1:].translate(table)).kind is CodeKind.UNRECOGNISED


@pytest.mark.parametrize(
    "code",
    ["2990000000019", "2991000000146", MILK, CHOCOLATE_8, UPC_A, WEIGHED, REFUND, COUPON],
)
def test_a_wrong_check_digit_is_never_a_gs1_code(code: str) -> None:
    assert has_valid_check_digit(code)
    assert DEFAULT_NOMENCLATURE.classify(flip_check_digit(code)).kind is CodeKind.UNRECOGNISED


def test_check_digit_agrees_with_the_card_rules_and_known_codes() -> None:
    assert gs1_check_digit("299000000001") == ean13_check_digit("299000000001") == "9"
    assert gtin("400638133393") == "4006381333931"  # GS1's own EAN-13 example
    assert gtin("9638507") == "96385074"  # GS1's EAN-8 example
    assert gtin("03600029145") == "036000291452"  # the classic UPC-A example
    with pytest.raises(ValueError, match="digits"):
        gs1_check_digit("12a")


def test_upc_a_and_its_ean_13_form_are_one_product() -> None:
    as_upc = DEFAULT_NOMENCLATURE.classify(UPC_A)
    as_ean = DEFAULT_NOMENCLATURE.classify("0" + UPC_A)
    assert as_upc.code == UPC_A and as_ean.code == "0" + UPC_A
    assert as_upc.normalised == as_ean.normalised == "0" + UPC_A


def test_gs1_codes_are_normalised_to_gtin_13() -> None:
    assert DEFAULT_NOMENCLATURE.classify(MILK).normalised == MILK
    assert DEFAULT_NOMENCLATURE.classify(CHOCOLATE_8).normalised == "00000" + CHOCOLATE_8
    assert DEFAULT_NOMENCLATURE.classify(f"  {MILK}\n").code == MILK
    assert DEFAULT_NOMENCLATURE.classify("B0001").normalised == "B0001"


def test_first_matching_rule_by_priority_wins() -> None:
    # The own-card range lies inside the restricted-circulation prefixes 20-29: priority decides.
    assert DEFAULT_NOMENCLATURE.classify("2990000000019").kind is CodeKind.OWN_CARD
    card_rule_last = Nomenclature(
        [
            Rule(CodeKind.OWN_CARD, r"2990[0-9]{9}", Encoding.EAN13, 50),
            Rule(CodeKind.RESTRICTED, r"2[0-9]{12}", Encoding.EAN13, 40),
        ]
    )
    assert card_rule_last.classify("2990000000019").kind is CodeKind.RESTRICTED


def test_equal_priorities_keep_the_given_order() -> None:
    table = Nomenclature(
        [
            Rule(CodeKind.COUPON, r"4[0-9]{12}", Encoding.EAN13, 1),
            Rule(CodeKind.PRODUCT, r"[0-9]{13}", Encoding.EAN13, 1),
        ]
    )
    assert table.classify(MILK).kind is CodeKind.COUPON


def test_upca_rules_see_the_twelve_digit_form() -> None:
    table = Nomenclature([Rule(CodeKind.COUPON, r"5[0-9]{11}", Encoding.UPCA, 1)])
    assert table.classify(UPC_COUPON).kind is CodeKind.COUPON
    assert table.classify("0" + UPC_COUPON).kind is CodeKind.COUPON
    assert table.classify("0" + UPC_COUPON).normalised == "0" + UPC_COUPON
    assert table.classify(MILK).kind is CodeKind.UNRECOGNISED


def test_from_rules_round_trip_and_refusals() -> None:
    records = DEFAULT_NOMENCLATURE.to_records()
    again = Nomenclature.from_rules(records, version="v2")
    assert again.version == "v2"
    assert again.to_records() == records
    with pytest.raises(InvalidNomenclature):
        Nomenclature.from_rules([{"kind": "product", "pattern": "[0-9", "encoding": "ean13"}])
    with pytest.raises(InvalidNomenclature):
        Nomenclature.from_rules([{"kind": "pizza", "pattern": "1"}])
    with pytest.raises(InvalidNomenclature):
        Nomenclature.from_rules([{"kind": "product", "pattern": "1", "encoding": "qr"}])
    with pytest.raises(InvalidNomenclature):
        Nomenclature.from_rules([{"kind": "unrecognised", "pattern": "1"}])
    with pytest.raises(InvalidNomenclature):
        Nomenclature.from_rules([{"pattern": "1"}])


def test_shortest_code_length() -> None:
    assert DEFAULT_NOMENCLATURE.shortest_code_length == 5  # the staff badges
    gs1_only = Nomenclature(r for r in DEFAULT_NOMENCLATURE.rules if r.encoding is not Encoding.ANY)
    assert gs1_only.shortest_code_length == 8
    badges = Nomenclature([Rule(CodeKind.STAFF_BADGE, r"ST-[0-9]{3,6}")])
    assert badges.shortest_code_length == 6
