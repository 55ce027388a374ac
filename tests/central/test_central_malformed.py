"""Garbage at every endpoint of the reference central: always a 4xx problem, never a 5xx.

The list of operations below is checked against the committed OpenAPI document, so a new
endpoint cannot escape this test.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from kiosk.central.server import EmbeddedCentral
from kiosk.contract import PROBLEM_CONTENT_TYPE, Problem
from tests.support.central_api import (
    ANNA_PHONE,
    ISSUED_CARDS,
    NOT_ISSUED_CARDS,
    Api,
    registration_form,
)

OPENAPI = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"

# (method, path template, a valid body or None, which session the operation needs)
OPERATIONS: list[tuple[str, str, dict[str, Any] | None, str | None]] = [
    ("GET", "/api/v1/program", None, None),
    ("GET", "/api/v1/cards/{number}", None, None),
    ("POST", "/api/v1/registrations", registration_form(), None),
    ("POST", "/api/v1/registrations/{registration_id}/confirm", {"code": "123456"}, None),
    ("POST", "/api/v1/registrations/{registration_id}/resend", None, None),
    ("POST", "/api/v1/sessions/shopper", {"phone": ANNA_PHONE, "password": "Demo1234"}, None),
    ("POST", "/api/v1/sessions/shopper/sms", {"phone": ANNA_PHONE}, None),
    ("POST", "/api/v1/sessions/shopper/sms/{challenge_id}/confirm", {"code": "123456"}, None),
    ("POST", "/api/v1/sessions/shopper/sms/{challenge_id}/resend", None, None),
    ("DELETE", "/api/v1/sessions/current", None, "shopper"),
    ("GET", "/api/v1/account", None, "shopper"),
    ("POST", "/api/v1/account/cards", {"card_number": ISSUED_CARDS[0]}, "shopper"),
    ("POST", "/api/v1/sessions/staff", {"badge": "B0001", "pin": "4321"}, None),
    ("POST", "/api/v1/cards/{number}/activation", {"terminal_id": "DEMO-01"}, "staff"),
    ("GET", "/api/v1/products/{barcode}", None, None),
    ("GET", "/api/v1/nomenclature", None, None),
    (
        "POST",
        "/api/v1/terminals/{terminal_id}/heartbeat",
        {"version": "1.0", "uptime_seconds": 5, "outbox_depth": 0, "last_scan_at": None},
        None,
    ),
    ("GET", "/api/v1/terminals", None, "staff"),
    ("GET", "/healthz", None, None),
    ("GET", "/demo/sms", None, None),
]

PATH_PARAMS = {
    "number": NOT_ISSUED_CARDS[0],
    "registration_id": "0" * 32,
    "challenge_id": "0" * 32,
    "barcode": "4810000000018",
    "terminal_id": "DEMO-01",
}

BAD_PATH_VALUES = [
    "%00",
    "..%2F..%2Fetc%2Fpasswd",
    "x" * 4000,
    "%FF%FE",
    "%ED%A0%80",  # a UTF-16 surrogate in UTF-8 form
    "карта",
    "'%20OR%201=1--",
    "%3Cscript%3E",
    "a%09b",
    "%20",
]

BAD_JSON_BODIES = [b"{", b"[]", b'"text"', b"null", b"123", b"{'a': 1}", b"\xff\xfe", b"{}" * 3]

WRONG_VALUES: list[Any] = [
    123,
    -1,
    2**80,
    1.5,
    True,
    None,
    [],
    {},
    ["x"],
    {"nested": {"deeper": [1, 2, 3]}},
    "",
    " " * 10,
    "x" * 20_000,
    "\u0000",
    "\ud800",
    "2025-13-45",
    "🙂" * 100,
]


def expand(template: str, **overrides: str) -> str:
    values = {**PATH_PARAMS, **overrides}
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template


def assert_problem_4xx(response: requests.Response) -> None:
    assert 400 <= response.status_code < 500, (
        response.request.method,
        response.request.url[:200] if response.request.url else None,
        response.status_code,
        response.text[:500],
    )
    assert response.headers["Content-Type"].startswith(PROBLEM_CONTENT_TYPE)
    Problem.model_validate(response.json())


Sessions = Callable[[str | None], dict[str, str]]


@pytest.fixture
def sessions(central_api: Api) -> Sessions:
    """Headers carrying the session an operation needs (signed in only when asked)."""

    def headers(needs: str | None) -> dict[str, str]:
        if needs == "shopper":
            return {"X-Session-Token": central_api.login()}
        if needs == "staff":
            return {"X-Session-Token": central_api.staff_login()}
        return {}

    return headers


def operation_ids(operations: list[tuple[str, str, Any, Any]]) -> list[str]:
    return [f"{method} {path}" for method, path, _, _ in operations]


WITH_BODY = [op for op in OPERATIONS if op[2] is not None]
WITH_PATH_PARAMS = [op for op in OPERATIONS if "{" in op[1]]


@pytest.fixture(autouse=True)
def no_server_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """The service logs every unhandled error; none may happen."""
    caplog.set_level(logging.ERROR, logger="kiosk.central")
    yield
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], [r.getMessage() for r in errors]


def raw(
    central: EmbeddedCentral,
    method: str,
    path: str,
    *,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> requests.Response:
    all_headers = {"Authorization": f"Bearer {central.token}"}
    if data is not None:
        all_headers["Content-Type"] = "application/json"
    all_headers.update(headers or {})
    return requests.request(method, central.url + path, data=data, headers=all_headers, timeout=10)


def test_the_operation_list_covers_the_api() -> None:
    document = json.loads(OPENAPI.read_text(encoding="utf-8"))
    published = {
        (method.upper(), path) for path, ops in document["paths"].items() for method in ops
    }

    assert {(method, path) for method, path, _, _ in OPERATIONS} == published


@pytest.mark.parametrize(
    ("method", "template", "body", "needs"),
    WITH_BODY,
    ids=operation_ids(WITH_BODY),
)
def test_malformed_json_and_wrong_body_shapes(
    central: EmbeddedCentral,
    sessions: Sessions,
    method: str,
    template: str,
    body: dict[str, Any],
    needs: str | None,
) -> None:
    path = expand(template)
    headers = sessions(needs)
    for data in BAD_JSON_BODIES:
        assert_problem_4xx(raw(central, method, path, data=data, headers=headers))
    # No body at all, a body in another format, a body far too large.
    assert_problem_4xx(raw(central, method, path, headers={**headers, "Content-Length": "0"}))
    form = raw(
        central,
        method,
        path,
        data=b"phone=1",
        headers={**headers, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert_problem_4xx(form)
    huge = json.dumps({**body, "padding": "x" * 100_000}).encode()
    response = raw(central, method, path, data=huge, headers=headers)
    assert_problem_4xx(response)
    assert response.status_code == 413
    # Unknown fields are refused, not ignored.
    unknown = json.dumps({**body, "is_admin": True}).encode()
    response = raw(central, method, path, data=unknown, headers=headers)
    assert_problem_4xx(response)
    assert response.json()["errors"][-1]["field"] == "is_admin"


@pytest.mark.parametrize(
    ("method", "template", "body", "needs"),
    WITH_BODY,
    ids=operation_ids(WITH_BODY),
)
@pytest.mark.slow
def test_wrong_types_in_every_field(
    central: EmbeddedCentral,
    sessions: Sessions,
    method: str,
    template: str,
    body: dict[str, Any],
    needs: str | None,
) -> None:
    path = expand(template)
    headers = sessions(needs)
    for field in body:
        for value in WRONG_VALUES:
            data = json.dumps({**body, field: value}).encode()
            response = raw(central, method, path, data=data, headers=headers)
            # Some odd values are legitimately accepted (an empty optional field, a string
            # that is a valid-looking phone); none may break the service.
            assert response.status_code < 500, (field, value, response.text[:300])
            if response.status_code >= 400:
                assert_problem_4xx(response)
        missing = json.dumps({k: v for k, v in body.items() if k != field}).encode()
        assert raw(central, method, path, data=missing, headers=headers).status_code < 500


@pytest.mark.parametrize(
    ("method", "template", "body", "needs"),
    WITH_PATH_PARAMS,
    ids=operation_ids(WITH_PATH_PARAMS),
)
def test_bad_path_parameters(
    central: EmbeddedCentral,
    sessions: Sessions,
    method: str,
    template: str,
    body: dict[str, Any] | None,
    needs: str | None,
) -> None:
    data = None if body is None else json.dumps(body).encode()
    name = template.split("{")[1].split("}")[0]
    headers = sessions(needs)
    for value in BAD_PATH_VALUES:
        path = expand(template, **{name: value})
        response = raw(central, method, path, data=data, headers=headers)
        assert_problem_4xx(response)


@pytest.mark.parametrize(
    ("method", "template", "body", "needs"),
    OPERATIONS,
    ids=operation_ids(OPERATIONS),
)
def test_wrong_methods(
    central: EmbeddedCentral,
    method: str,
    template: str,
    body: dict[str, Any] | None,
    needs: str | None,
) -> None:
    path = expand(template)
    for other in {"GET", "POST", "PUT", "PATCH", "DELETE"} - {method}:
        response = raw(central, other, path, data=b"{}")
        assert_problem_4xx(response)
        assert response.status_code == 405, (other, path, response.status_code)
        assert response.headers["Allow"] == method  # RFC 9110: a 405 names the allowed methods


def test_garbage_headers(central: EmbeddedCentral) -> None:
    for headers in (
        {"X-Session-Token": "x" * 5000},
        {"X-Session-Token": "\u00ff\u00fe"},
        {"Accept-Language": "q=;;,,;q=abc, en;q=nan, *"},
        {"Authorization": "Bearer " + "x" * 5000},
        {"Authorization": "Bearer"},
        {"Content-Type": "application/json; charset=koi8-r"},
    ):
        for method, path in (("GET", "/api/v1/account"), ("POST", "/api/v1/account/cards")):
            response = raw(central, method, path, data=b"{}", headers=headers)
            assert_problem_4xx(response)


def test_unknown_routes(central: EmbeddedCentral) -> None:
    for path in ("/", "/api", "/api/v1", "/api/v2/program", "/api/v1/program/extra", "/demo"):
        response = raw(central, "GET", path)
        assert_problem_4xx(response)
        assert response.status_code in (401, 404)
    problem = raw(central, "GET", "/api/v1/nothing-here").json()
    assert problem["code"] == "not-found"


def test_the_service_keeps_serving_after_the_garbage(central_api: Api) -> None:
    assert central_api.get("/program").status_code == 200
    result = central_api.register(ISSUED_CARDS[0])
    assert result["card"]["status"] == "active"
