"""The committed OpenAPI document (docs/openapi.json) is the one the service serves."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import requests

from kiosk.central.openapi import render
from kiosk.central.server import EmbeddedCentral
from kiosk.contract import IDEMPOTENCY_KEY_PATTERN, ProblemCode

DOCUMENT = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
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


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
    ]


SESSION_OPERATIONS = {
    ("DELETE", "/api/v1/sessions/current"),
    ("GET", "/api/v1/account"),
    ("POST", "/api/v1/account/cards"),
    ("GET", "/api/v1/terminals"),
}
#: Both tokens, or the terminal token alone: an activation the kiosk queued while the central
#: was unreachable arrives after the cashier's session may have ended (the body names the staff).
OPTIONAL_SESSION_OPERATIONS = {("POST", "/api/v1/cards/{number}/activation")}


def test_a_session_operation_requires_the_terminal_token_and_the_session_together() -> None:
    document = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    for method, path, operation in _operations(document):
        if (method, path) in SESSION_OPERATIONS:
            # One requirement object naming both schemes means both; two objects would mean either.
            expected: list[dict[str, list[str]]] = [{"TerminalToken": [], "SessionToken": []}]
        elif (method, path) in OPTIONAL_SESSION_OPERATIONS:
            expected = [{"TerminalToken": [], "SessionToken": []}, {"TerminalToken": []}]
        elif path == "/healthz":
            expected = []
        else:
            expected = [{"TerminalToken": []}]
        assert operation["security"] == expected, (method, path)


def test_every_operation_declares_its_statuses_and_headers() -> None:
    document = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    headers = document["components"]["headers"]
    assert headers["Retry-After"]["schema"] == {"type": "integer", "minimum": 0}
    assert headers["Idempotent-Replayed"]["schema"] == {"type": "string", "enum": ["true"]}
    for method, path, operation in _operations(document):
        responses = operation["responses"]
        names = {p["name"] for p in operation["parameters"]}
        assert "Accept-Language" in names, (method, path)
        assert "Allow" in responses["405"]["headers"], (method, path)
        assert "413" in responses, (method, path)
        if path != "/healthz":
            assert "WWW-Authenticate" in responses["401"]["headers"], (method, path)
        if "429" in responses:
            assert "Retry-After" in responses["429"]["headers"], (method, path)
        if method == "POST":
            assert "415" in responses, (method, path)
            assert "Idempotency-Key" in names
            for status, answer in responses.items():
                replayable = status not in ("405", "413", "415")
                assert ("Idempotent-Replayed" in answer.get("headers", {})) == replayable, (
                    method,
                    path,
                    status,
                )


def test_the_idempotency_key_is_declared_with_the_pattern_the_service_enforces() -> None:
    document = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    register = document["paths"]["/api/v1/registrations"]["post"]
    (key,) = [p for p in register["parameters"] if p["name"] == "Idempotency-Key"]
    assert key["in"] == "header" and key["required"] is False
    assert key["schema"] == {"type": "string", "pattern": IDEMPOTENCY_KEY_PATTERN}
    pattern = re.compile(IDEMPOTENCY_KEY_PATTERN)
    assert pattern.fullmatch("!") and pattern.fullmatch("~" * 128)
    for refused in ("", "x" * 129, "a b", "ключ", "a\tb"):
        assert not pattern.fullmatch(refused)


def test_resend_operations_take_no_body() -> None:
    document = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    for path in (
        "/api/v1/registrations/{registration_id}/resend",
        "/api/v1/sessions/shopper/sms/{challenge_id}/resend",
    ):
        assert "requestBody" not in document["paths"][path]["post"]


def test_every_problem_answer_names_its_problem_codes() -> None:
    document = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    codes = {code.value for code in ProblemCode}
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for status, answer in operation.get("responses", {}).items():
                description = answer.get("description", "")
                if not description.startswith("Problem:"):
                    continue
                named = [name.strip() for name in description.removeprefix("Problem:").split(",")]
                assert named and set(named) <= codes, f"{method} {path} {status}: {description}"
