"""Reference central over HTTP: the barcode nomenclature (and, below, the product catalogue)."""

from __future__ import annotations

from central_api import Api, problem

from kiosk.central.demo_data import NOMENCLATURE
from kiosk.central.store import Store
from kiosk.contract import BarcodeNomenclature
from kiosk.core.client import CentralClient
from kiosk.core.nomenclature import DEFAULT_NOMENCLATURE, CodeKind, Nomenclature

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
    from kiosk.central.catalogue import stored_nomenclature

    store = Store(":memory:")
    try:
        table = stored_nomenclature(store)
        assert table.version == DEFAULT_NOMENCLATURE.version
        assert [r.model_dump() for r in table.rules] == DEFAULT_NOMENCLATURE.to_records()
    finally:
        store.close()
