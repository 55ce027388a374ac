"""Reference central over HTTP: the barcode nomenclature (and, below, the product catalogue)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from kiosk.central.demo_data import NOMENCLATURE, PRODUCTS, in_store_barcode, product_barcode
from kiosk.central.server import EmbeddedCentral
from kiosk.central.storage.store import MIGRATIONS, ProductRow, PromotionRow, Store
from kiosk.contract import BarcodeNomenclature, Product
from kiosk.core.client import CentralClient
from kiosk.core.client.errors import NotFound
from kiosk.core.codes.nomenclature import DEFAULT_NOMENCLATURE, CodeKind, Nomenclature
from tests.support.central_api import Api, problem

# --- nomenclature ----------------------------------------------------------------------------


def test_the_demo_central_serves_its_nomenclature(central_api: Api) -> None:
    response = central_api.get("/nomenclature")

    assert response.status_code == 200
    table = BarcodeNomenclature.model_validate(response.json())
    assert table.version == NOMENCLATURE.version == "demo-2026.1"
    priorities = [rule.priority for rule in table.rules]
    assert priorities == sorted(priorities)
    assert {rule.kind for rule in table.rules} == {kind.value for kind in CodeKind} - {
        "unrecognised"
    }
    used = Nomenclature.from_rules([r.model_dump() for r in table.rules], version=table.version)
    assert used.classify("2990000000019").kind is CodeKind.OWN_CARD
    assert used.classify("B0001").kind is CodeKind.STAFF_BADGE


def test_the_nomenclature_needs_the_terminal_token(central_api: Api) -> None:
    anonymous = central_api.http.get(
        f"{central_api.base}/api/v1/nomenclature", headers={"Authorization": "Bearer nope"}
    )
    problem(anonymous, 401, "unauthorized")


def test_the_client_reads_the_nomenclature(client: CentralClient) -> None:
    table = client.barcode_nomenclature()
    assert table.version == "demo-2026.1"
    assert table.rules[0].kind == "staff_badge"


def test_a_central_without_a_table_serves_the_built_in_one() -> None:
    from kiosk.central.http.catalogue import stored_nomenclature

    store = Store(":memory:")
    try:
        table = stored_nomenclature(store)
        assert table.version == DEFAULT_NOMENCLATURE.version
        assert [r.model_dump() for r in table.rules] == DEFAULT_NOMENCLATURE.to_records()
    finally:
        store.close()


# --- products --------------------------------------------------------------------------------

MILK = 0  # index in PRODUCTS: EAN-13, 2.39 / 1.99
LAVASH = 10  # EAN-8, no card price
COFFEE = 20  # UPC-A


def product(central_api: Api, code: str) -> Product:
    response = central_api.get(f"/products/{code}")
    assert response.status_code == 200, response.text
    return Product.model_validate(response.json())


def test_a_product_has_three_names_both_prices_and_todays_discount(central_api: Api) -> None:
    milk = product(central_api, product_barcode(MILK))

    assert milk.barcode == product_barcode(MILK) and milk.barcode.startswith("481")
    assert (milk.name.ru, milk.name.be, milk.name.en) == (
        "Молоко 3,2% 1 л",
        "Малако 3,2% 1 л",
        "Milk 3.2% 1 l",
    )
    assert (milk.regular_price, milk.card_price, milk.currency) == ("2.39", "1.99", "BYN")
    # The demo data makes today a 10% discount day: 2.151 and 1.791 rounded half up.
    assert milk.discount is not None
    assert milk.discount.promotion.discount_percent == 10
    assert milk.discount.promotion.date == central_api.central.clock.today()
    assert (milk.discount.regular_price, milk.discount.card_price) == ("2.15", "1.79")


def test_no_discount_on_a_day_without_one(central_api: Api) -> None:
    central_api.central.clock.advance(dt.timedelta(days=1))
    assert product(central_api, product_barcode(MILK)).discount is None


def test_the_larger_discount_of_a_day_applies(central: EmbeddedCentral, central_api: Api) -> None:
    today = central.clock.today()
    with central.store.transaction():
        central.store.add_promotion(PromotionRow("extra", today, 25, ("Х", "Х", "X")))
    milk = product(central_api, product_barcode(MILK))
    assert milk.discount is not None and milk.discount.promotion.id == "extra"
    assert (milk.discount.regular_price, milk.discount.card_price) == ("1.79", "1.49")


def test_a_product_without_a_card_price(central_api: Api) -> None:
    lavash = product(central_api, product_barcode(LAVASH))
    assert len(product_barcode(LAVASH)) == 8
    assert lavash.barcode == "00000" + product_barcode(LAVASH)
    assert lavash.card_price is None
    assert lavash.discount is not None and lavash.discount.card_price is None


def test_upc_a_and_its_ean_13_and_gtin_14_forms_are_one_product(central_api: Api) -> None:
    upc = product_barcode(COFFEE)
    assert len(upc) == 12
    answers = [product(central_api, code) for code in (upc, "0" + upc, "00" + upc)]
    assert answers[0] == answers[1] == answers[2]
    assert answers[0].barcode == "0" + upc


def test_an_in_store_code_the_central_knows(central_api: Api) -> None:
    cake = product(central_api, in_store_barcode(0))
    assert cake.name.en == "In-store Napoleon cake 500 g"
    assert DEFAULT_NOMENCLATURE.classify(in_store_barcode(0)).kind is CodeKind.RESTRICTED


def test_unknown_and_malformed_codes_are_not_found(central_api: Api) -> None:
    wrong_check_digit = product_barcode(MILK)[:-1] + str((int(product_barcode(MILK)[-1]) + 1) % 10)
    for code in (
        "4810000009998",  # valid, unknown
        "2100123012343",  # a weighed item's code the central does not know
        wrong_check_digit,
        "10" + product_barcode(MILK)[:-1] + "0",  # a GTIN-14 of a case
        "hello",
        "9" * 500,
    ):
        problem(central_api.get(f"/products/{code}"), 404, "not-found")


def test_the_demo_catalogue(central_api: Api) -> None:
    assert 45 <= len(PRODUCTS) <= 60
    codes = [product_barcode(index) for index in range(len(PRODUCTS))]
    assert len({DEFAULT_NOMENCLATURE.classify(code).normalised for code in codes}) == len(codes)
    lengths = [len(code) for code in codes]
    assert lengths.count(8) >= 3 and lengths.count(12) >= 3
    assert sum(code.startswith("481") for code in codes) >= 40
    without_card_price = 0
    for code in codes:
        assert DEFAULT_NOMENCLATURE.classify(code).kind is CodeKind.PRODUCT, code
        answer = product(central_api, code)
        if answer.card_price is None:
            without_card_price += 1
        else:
            assert Decimal(answer.card_price) < Decimal(answer.regular_price)
    assert 3 <= without_card_price <= 10


def test_the_client_looks_products_up(client: CentralClient) -> None:
    coffee = client.lookup_product(product_barcode(COFFEE))
    assert coffee.name.ru and coffee.name.be and coffee.name.en
    assert coffee.card_price is not None
    assert Decimal(coffee.card_price) < Decimal(coffee.regular_price)
    with pytest.raises(NotFound):
        client.lookup_product("4810000009998")


def test_a_database_of_schema_1_keeps_its_products(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    database = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        database.execute(statement)
    database.execute(
        "INSERT INTO products VALUES ('4810268001017', 'Молоко', 'Малако', 'Milk', 239, 199)"
    )
    database.execute("PRAGMA user_version = 1")
    database.commit()
    database.close()

    store = Store(path)
    try:
        assert store.product("4810268001017") == ProductRow(
            "4810268001017", ("Молоко", "Малако", "Milk"), 239, 199
        )
        with store.transaction():
            store.add_product(ProductRow("4810268002045", ("К", "К", "K"), 215, None))
        assert store.product("4810268002045") is not None
        assert store.product("4810268002045").card_price_cents is None  # type: ignore[union-attr]
    finally:
        store.close()
