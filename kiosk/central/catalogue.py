"""The price checker's side of the reference central: the barcode nomenclature and products.

Self-contained: :func:`install_routes` adds ``GET /api/v1/nomenclature`` to the application and
the rest of the service knows nothing of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from fastapi import FastAPI

from kiosk.central.store import Store
from kiosk.contract import API_PREFIX, BarcodeNomenclature
from kiosk.core.nomenclature import DEFAULT_NOMENCLATURE, Nomenclature


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


def install_routes(
    app: FastAPI,
    *,
    store: Store,
    dependencies: Sequence[Any],
    problem_responses: Callable[[], dict[int | str, dict[str, Any]]],
) -> None:
    """Add the nomenclature route to ``app`` (terminal token required, like every API route)."""

    @app.get(
        f"{API_PREFIX}/nomenclature",
        dependencies=list(dependencies),
        responses=problem_responses(),
    )
    def barcode_nomenclature() -> BarcodeNomenclature:
        """The barcode nomenclature: the ordered rules that tell what a scanned code is (staff
        badge, own or partner card, product, in-store code, coupon, refund receipt). The kiosk
        fetches it after start-up and uses a built-in table until then."""
        return stored_nomenclature(store)
