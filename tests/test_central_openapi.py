"""The committed OpenAPI document (docs/openapi.json) is the one the service serves."""

from __future__ import annotations

import json
from pathlib import Path

import requests

from kiosk.central.openapi import render
from kiosk.central.server import EmbeddedCentral

DOCUMENT = Path(__file__).resolve().parent.parent / "docs" / "openapi.json"
REGENERATE = "regenerate it with: .venv/bin/python -m kiosk.central.openapi > docs/openapi.json"


def test_served_openapi_equals_the_committed_document(central: EmbeddedCentral) -> None:
    served = requests.get(central.url + "/openapi.json", timeout=10)
    assert served.status_code == 200

    committed = json.loads(DOCUMENT.read_text(encoding="utf-8"))

    assert served.json() == committed, f"docs/openapi.json is out of date; {REGENERATE}"


def test_committed_document_is_exactly_what_the_generator_writes() -> None:
    assert DOCUMENT.read_text(encoding="utf-8") == render(), (
        f"docs/openapi.json differs from the generator output; {REGENERATE}"
    )


def test_document_publishes_the_contract() -> None:
    document = json.loads(DOCUMENT.read_text(encoding="utf-8"))

    schemas = document["components"]["schemas"]
    for model in ("ProgramInfo", "CardInfo", "RegistrationRequest", "Problem", "DemoSms"):
        assert model in schemas
    assert document["components"]["securitySchemes"]["TerminalToken"]["scheme"] == "bearer"
    register = document["paths"]["/api/v1/registrations"]["post"]
    assert "Idempotency-Key" in [p["name"] for p in register["parameters"]]
    refusal = register["responses"]["409"]["content"]
    assert refusal == {
        "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
    }
