"""What the price screen says about a scanned product (Qt-free, no pydantic at import).

:func:`quote` turns the central's answer into the numbers the screen shows: the prices in effect
today (after a store-wide discount, if today has one), the card-holder price, and what the card
saves in BYN and in per cent of the regular price. :class:`PriceCheck` is the whole answer to one
scan, also when there is no price to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from typing import TYPE_CHECKING

from kiosk.core.codes.nomenclature import Classified, CodeKind

if TYPE_CHECKING:
    from kiosk.contract import Product, StorePromotion


class PriceOutcome(Enum):
    FOUND = "found"
    #: A product code the central does not know: "please ask a cashier".
    NOT_FOUND = "not_found"
    #: A weighed or in-store code (GS1 20-29) the central does not know: "ask at the counter".
    ASK_AT_COUNTER = "ask_at_counter"
    #: The central could not be asked: never a price from memory.
    OFFLINE = "offline"


@dataclass(frozen=True)
class PriceQuote:
    currency: str
    #: The regular price in effect today (after today's store-wide discount, if any).
    regular: Decimal
    #: The card-holder price in effect today; None when the product has no card price.
    card: Decimal | None
    #: The shelf-tag prices, before today's discount.
    shelf_regular: Decimal
    shelf_card: Decimal | None
    #: Today's store-wide discount day, if there is one.
    promotion: StorePromotion | None
    #: What the card saves today, in money and in whole per cent of the regular price.
    saving: Decimal | None
    saving_percent: int | None


def quote(product: Product) -> PriceQuote:
    shelf_regular = Decimal(product.regular_price)
    shelf_card = None if product.card_price is None else Decimal(product.card_price)
    regular, card = shelf_regular, shelf_card
    promotion = None
    if product.discount is not None:
        promotion = product.discount.promotion
        regular = Decimal(product.discount.regular_price)
        card = None if product.discount.card_price is None else Decimal(product.discount.card_price)
    saving = saving_percent = None
    if card is not None and card < regular:
        saving = regular - card
        saving_percent = int((saving * 100 / regular).quantize(Decimal(1), ROUND_HALF_UP))
    return PriceQuote(
        currency=product.currency,
        regular=regular,
        card=card,
        shelf_regular=shelf_regular,
        shelf_card=shelf_card,
        promotion=promotion,
        saving=saving,
        saving_percent=saving_percent,
    )


@dataclass(frozen=True)
class PriceCheck:
    """The answer to one product scan."""

    outcome: PriceOutcome
    #: The code as scanned.
    code: str
    product: Product | None = None
    quote: PriceQuote | None = None
    #: A card scanned earlier in this session gives card-holder prices: the card price is
    #: "your price".
    card_holder: bool = False


def price_check(
    code: Classified, product: Product | None, *, unknown: bool, card_holder: bool
) -> PriceCheck:
    """The answer to a product scan: the ``product`` found, or why there is none: the central
    does not know the code (``unknown``; an in-store code is priced at the counter, weighed
    goods for one), or it could not be asked."""
    if product is not None:
        return PriceCheck(PriceOutcome.FOUND, code.code, product, quote(product), card_holder)
    if not unknown:
        outcome = PriceOutcome.OFFLINE
    elif code.kind is CodeKind.RESTRICTED:
        outcome = PriceOutcome.ASK_AT_COUNTER
    else:
        outcome = PriceOutcome.NOT_FOUND
    return PriceCheck(outcome, code.code, card_holder=card_holder)
