"""Scans routed by what the barcode nomenclature says they are (no Qt)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kiosk.contract import CardInfo, Localized, Product, ProductDiscount, StorePromotion
from kiosk.core.codes.nomenclature import CodeKind, Encoding, Nomenclature, Rule
from kiosk.core.flow import (
    Failure,
    Flow,
    LookupCard,
    LookupProduct,
    Notice,
    ResetScreens,
    SetLanguage,
    Show,
    ShowNotice,
    StaffBadgeScanned,
    State,
    WipePersonalData,
    WizardScan,
)
from kiosk.core.flow.price import PriceOutcome, quote

ANNA = "2990000000019"
PARTNER = "2991000000146"
COUPON = "9900000000004"
REFUND = "9800000000014"


@pytest.fixture
def flow() -> Flow:
    return Flow()


def test_own_and_partner_cards_are_looked_up(flow: Flow) -> None:
    assert flow.scan(ANNA) == [Show(State.LOADING), LookupCard(ANNA, flow.generation)]
    flow.done()
    assert flow.scan(PARTNER)[-1] == LookupCard(PARTNER, flow.generation)


def test_a_staff_badge_is_handed_to_cashier_mode_and_changes_nothing_else(flow: Flow) -> None:
    assert flow.scan("B0001") == [StaffBadgeScanned("B0001")]
    assert flow.state is State.ATTRACT and flow.generation == 0
    assert "B0001" not in repr(StaffBadgeScanned("B0001"))


@pytest.mark.parametrize("code", [COUPON, REFUND])
def test_coupons_and_refund_receipts_are_not_products(flow: Flow, code: str) -> None:
    assert flow.scan(code) == [ShowNotice(Notice.NOT_A_PRODUCT)]
    assert flow.state is State.ATTRACT


@pytest.mark.parametrize("code", ["hello", "B001", "4810268000011", "https://mila.by"])
def test_junk_is_not_recognised(flow: Flow, code: str) -> None:
    assert flow.scan(code) == [ShowNotice(Notice.MISREAD)]
    assert flow.state is State.ATTRACT and flow.generation == 0


def test_the_central_table_decides_once_it_arrives(flow: Flow) -> None:
    central = Nomenclature(
        [
            Rule(CodeKind.STAFF_BADGE, r"ST[0-9]{6}", Encoding.ANY, 1),
            Rule(CodeKind.OWN_CARD, r"2990[0-9]{9}", Encoding.EAN13, 2),
        ],
        version="2026-2",
    )
    assert flow.nomenclature_fetched(central) == []
    assert flow.scan("B0001") == [ShowNotice(Notice.MISREAD)]
    assert flow.scan("ST123456") == [StaffBadgeScanned("ST123456")]
    assert flow.scan(ANNA)[-1] == LookupCard(ANNA, flow.generation)


def test_fullwidth_digits_from_a_misconfigured_scanner_are_a_misread(flow: Flow) -> None:
    # Whatever the central's table says: "\d" takes any digit.
    central = Nomenclature(
        [
            Rule(CodeKind.STAFF_BADGE, r"B\d{4}", Encoding.ANY, 1),
            Rule(CodeKind.OWN_CARD, r"2990\d{9}", Encoding.ANY, 2),
        ]
    )
    flow.nomenclature_fetched(central)
    fullwidth = str.maketrans("0123456789", "０１２３４５６７８９")
    for code in ("B0001", ANNA):
        assert flow.scan(code.translate(fullwidth)) == [ShowNotice(Notice.MISREAD)]
    assert flow.state is State.ATTRACT and flow.generation == 0


def test_a_wizard_still_gets_every_valid_ean_13(flow: Flow) -> None:
    flow.plugged_in = frozenset({State.REGISTRATION})
    flow.start_registration()
    assert flow.scan(ANNA) == [WizardScan(ANNA)]
    assert flow.scan(COUPON) == [WizardScan(COUPON)]  # the wizard says "not a card of ours"
    assert flow.scan("B0001") == [ShowNotice(Notice.STAFF_BADGE_IN_WIZARD)]  # said as a badge


# --- price checker ---------------------------------------------------------------------------

MILK = "4810268001017"
LAVASH_8 = "48100731"
COFFEE_UPC = "071234560011"
WEIGHED = "2100123012343"


def make_product(
    gtin: str = MILK,
    regular: str = "2.39",
    card: str | None = "1.99",
    discount: tuple[int, str, str | None] | None = None,
) -> Product:
    promotion = None
    if discount is not None:
        percent, regular_today, card_today = discount
        promotion = ProductDiscount(
            promotion=StorePromotion(
                id="day",
                date=dt.date(2025, 6, 16),
                discount_percent=percent,
                title=Localized(ru="День скидок", be="Дзень зніжак", en="Discount day"),
            ),
            regular_price=regular_today,
            card_price=card_today,
        )
    return Product(
        barcode=gtin,
        name=Localized(ru="Молоко", be="Малако", en="Milk"),
        regular_price=regular,
        card_price=card,
        discount=promotion,
    )


def card(number: str, status: str) -> CardInfo:
    return CardInfo(
        number=number,
        kind="own",
        status=status,  # type: ignore[arg-type]
        card_prices=status in ("issued", "active"),
        promotions_today=[],
    )


def product_lookup(flow: Flow, code: str) -> LookupProduct:
    commands = flow.scan(code)
    assert commands[0] == Show(State.LOADING)
    assert isinstance(commands[-1], LookupProduct)
    assert flow.state is State.LOADING
    return commands[-1]


@pytest.mark.parametrize(
    ("code", "gtin"),
    [
        (MILK, MILK),
        (LAVASH_8, "00000" + LAVASH_8),
        (COFFEE_UPC, "0" + COFFEE_UPC),
        ("0" + COFFEE_UPC, "0" + COFFEE_UPC),
        (WEIGHED, WEIGHED),
    ],
)
def test_every_symbology_is_looked_up_by_its_gtin_13(flow: Flow, code: str, gtin: str) -> None:
    assert product_lookup(flow, code) == LookupProduct(gtin, flow.generation)


def test_a_found_product_shows_its_prices(flow: Flow) -> None:
    request = product_lookup(flow, MILK)
    assert flow.product_found(request.generation, make_product()) == [Show(State.PRICE)]
    assert flow.state is State.PRICE
    assert flow.price is not None
    assert flow.price.outcome is PriceOutcome.FOUND and flow.price.code == MILK
    assert flow.price.quote is not None and flow.price.quote.card == Decimal("1.99")
    assert not flow.price.card_holder


@pytest.mark.parametrize(
    ("code", "failure", "outcome"),
    [
        (MILK, Failure.NOT_FOUND, PriceOutcome.NOT_FOUND),
        (MILK, Failure.INVALID_NUMBER, PriceOutcome.NOT_FOUND),
        (WEIGHED, Failure.NOT_FOUND, PriceOutcome.ASK_AT_COUNTER),
        (MILK, Failure.OFFLINE, PriceOutcome.OFFLINE),
        (MILK, Failure.TIMEOUT, PriceOutcome.OFFLINE),
        (WEIGHED, Failure.SERVER, PriceOutcome.OFFLINE),
    ],
)
def test_no_price_says_why(flow: Flow, code: str, failure: Failure, outcome: PriceOutcome) -> None:
    request = product_lookup(flow, code)
    assert flow.product_failed(request.generation, failure) == [Show(State.PRICE)]
    assert flow.price is not None
    assert flow.price.outcome is outcome and flow.price.quote is None


def test_an_offline_answer_never_shows_an_earlier_price(flow: Flow) -> None:
    first = product_lookup(flow, MILK)
    flow.product_found(first.generation, make_product())
    second = product_lookup(flow, MILK)
    assert flow.price is None  # nothing of the first answer is kept while the second runs
    flow.product_failed(second.generation, Failure.OFFLINE)
    assert flow.price is not None and flow.price.product is None and flow.price.quote is None


def test_stale_product_answers_are_dropped(flow: Flow) -> None:
    old = product_lookup(flow, MILK)
    flow.done()
    assert flow.product_found(old.generation, make_product()) == []
    assert flow.product_failed(old.generation, Failure.OFFLINE) == []
    newer = product_lookup(flow, MILK)
    product_lookup(flow, LAVASH_8)
    assert flow.product_found(newer.generation, make_product()) == []
    assert flow.state is State.LOADING


def test_a_card_right_after_a_product_then_your_price(flow: Flow) -> None:
    request = product_lookup(flow, MILK)
    flow.product_found(request.generation, make_product())
    # The card scanned on the price screen is looked up as usual.
    commands = flow.scan(ANNA)
    assert commands[-1] == LookupCard(ANNA, flow.generation)
    flow.lookup_succeeded(flow.generation, card(ANNA, "active"))
    assert flow.state is State.CARD
    # The next product in the same session: the card price is the shopper's price.
    request = product_lookup(flow, COFFEE_UPC)
    assert flow.card is not None  # the session's card stays
    flow.product_found(request.generation, make_product("0" + COFFEE_UPC))
    assert flow.price is not None and flow.price.card_holder
    # Another product after that, straight from the price screen: still the same session.
    request = product_lookup(flow, LAVASH_8)
    flow.product_found(request.generation, make_product("00000" + LAVASH_8, card=None))
    assert flow.price is not None and flow.price.card_holder


@pytest.mark.parametrize(("status", "holder"), [("issued", True), ("blocked", False)])
def test_only_a_card_with_card_prices_gives_your_price(
    flow: Flow, status: str, holder: bool
) -> None:
    flow.scan(ANNA)
    flow.lookup_succeeded(flow.generation, card(ANNA, status))
    request = product_lookup(flow, MILK)
    flow.product_found(request.generation, make_product())
    assert flow.price is not None and flow.price.card_holder is holder


def test_the_price_screen_times_out_to_the_start_and_ends_the_session(flow: Flow) -> None:
    flow.set_language("en")
    flow.scan(ANNA)
    flow.lookup_succeeded(flow.generation, card(ANNA, "active"))
    request = product_lookup(flow, MILK)
    flow.product_found(request.generation, make_product())
    commands = flow.price_timeout()
    assert commands == [WipePersonalData(), SetLanguage("ru"), ResetScreens(), Show(State.ATTRACT)]
    assert flow.state is State.ATTRACT and flow.price is None and flow.card is None
    assert flow.is_pristine
    assert flow.price_timeout() == []


def test_a_product_scan_supersedes_a_card_lookup_under_way(flow: Flow) -> None:
    flow.scan(ANNA)
    request = product_lookup(flow, MILK)
    assert flow.card_number is None
    assert flow.lookup_succeeded(request.generation - 1, card(ANNA, "active")) == []
    flow.product_found(request.generation, make_product())
    assert flow.price is not None and not flow.price.card_holder


def test_quote_without_a_discount() -> None:
    prices = quote(make_product())
    assert (prices.regular, prices.card) == (Decimal("2.39"), Decimal("1.99"))
    assert (prices.saving, prices.saving_percent) == (Decimal("0.40"), 17)
    assert prices.promotion is None and prices.currency == "BYN"


def test_quote_on_a_discount_day() -> None:
    prices = quote(make_product(discount=(10, "2.15", "1.79")))
    assert (prices.shelf_regular, prices.shelf_card) == (Decimal("2.39"), Decimal("1.99"))
    assert (prices.regular, prices.card) == (Decimal("2.15"), Decimal("1.79"))
    assert (prices.saving, prices.saving_percent) == (Decimal("0.36"), 17)
    assert prices.promotion is not None and prices.promotion.discount_percent == 10


def test_quote_without_a_card_price() -> None:
    prices = quote(make_product(card=None, discount=(10, "2.15", None)))
    assert prices.card is None and prices.saving is None and prices.saving_percent is None
    assert prices.regular == Decimal("2.15")


def test_saving_percent_rounds_half_up() -> None:
    assert quote(make_product(regular="2.00", card="1.99")).saving_percent == 1  # 0.5 %
    assert quote(make_product(regular="3.00", card="2.99")).saving_percent == 0  # 0.33 %
    assert quote(make_product(regular="1.99", card="1.99")).saving is None
