"""The price checker's side of the reference central: the barcode nomenclature and products.

Self-contained: :func:`add_routes` adds ``GET /api/v1/nomenclature`` and
``GET /api/v1/products/{barcode}`` through the route helper; the rest of the service knows
nothing of them.

Prices: the catalogue holds each product's shelf-tag prices, regular and card-holder (some
products have no card price). On a store-wide discount day the discount applies to both, and
the answer carries the prices in effect today beside the shelf-tag ones; with two discount
days on one date the larger discount applies. Kopecks are rounded half up.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Path

from kiosk.central.domain.clock import Clock
from kiosk.central.domain.problems import ProblemError
from kiosk.central.domain.service import LoyaltyService
from kiosk.central.domain.views import money, promotion
from kiosk.central.http.routing import Routes
from kiosk.central.storage.store import Store
from kiosk.contract import (
    BarcodeNomenclature,
    Localized,
    ProblemCode,
    Product,
    ProductDiscount,
)
from kiosk.core.codes.nomenclature import DEFAULT_NOMENCLATURE, Nomenclature, to_gtin13


def nomenclature_document(nomenclature: Nomenclature) -> BarcodeNomenclature:
    return BarcodeNomenclature.model_validate(
        {"version": nomenclature.version, "rules": nomenclature.to_records()}
    )


def stored_nomenclature(store: Store) -> BarcodeNomenclature:
    """The table in the database, or the built-in one when there is none."""
    document = store.nomenclature()
    if document is None:
        return nomenclature_document(DEFAULT_NOMENCLATURE)
    return BarcodeNomenclature.model_validate_json(document)


def discounted(cents: int, percent: int) -> int:
    """``cents`` less ``percent`` per cent, rounded half up to the kopeck."""
    return (cents * (100 - percent) + 50) // 100


def product(store: Store, clock: Clock, barcode: str) -> Product:
    """The product of a scanned GS1 code (EAN-13, EAN-8, UPC-A in either form, or a GTIN-14
    with a leading zero), with today's store-wide discount applied; 404 when unknown."""
    gtin = to_gtin13(barcode) if len(barcode) <= 64 else None
    row = store.product(gtin) if gtin is not None else None
    if row is None:
        raise ProblemError(ProblemCode.NOT_FOUND, variant="product")
    card = row.card_price_cents
    discount = None
    todays = store.promotions_between(clock.today(), clock.today())
    if todays:
        best = max(todays, key=lambda promotion: promotion.discount_percent)
        percent = best.discount_percent
        discount = ProductDiscount(
            promotion=promotion(best),
            regular_price=money(discounted(row.regular_price_cents, percent)),
            card_price=None if card is None else money(discounted(card, percent)),
        )
    return Product(
        barcode=row.barcode,
        name=Localized(ru=row.name[0], be=row.name[1], en=row.name[2]),
        regular_price=money(row.regular_price_cents),
        card_price=None if card is None else money(card),
        discount=discount,
    )


def add_routes(routes: Routes, service: LoyaltyService) -> None:
    """Add the nomenclature and product routes (terminal token required, like every API
    route)."""
    store, clock = service.store, service.clock

    @routes.get("/products/{barcode}", problems=(ProblemCode.NOT_FOUND,))
    def lookup_product(
        barcode: Annotated[
            str, Path(description="Product code as scanned: EAN-13, EAN-8, UPC-A or GTIN-14")
        ],
    ) -> Product:
        """A product's names in every language, its regular and card-holder price (none for
        some products), and today's store-wide discount applied where one is on."""
        return product(store, clock, barcode)

    @routes.get("/nomenclature")
    def barcode_nomenclature() -> BarcodeNomenclature:
        """The barcode nomenclature: the ordered rules that tell what a scanned code is (staff
        badge, own or partner card, product, in-store code, coupon, refund receipt). The kiosk
        fetches it after start-up and uses a built-in table until then."""
        return stored_nomenclature(store)
