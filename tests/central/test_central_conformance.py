"""The committed OpenAPI document says what the reference central does.

schemathesis builds requests for every documented operation from docs/openapi.json alone
(valid and invalid ones: bodies, path parameters, headers, methods the path does not have), sends
them to the service in process (ASGI) and checks each answer against the document: a documented
status, the documented media type and body schema, the documented response headers, no server
error, invalid input refused, and no access without the credentials the document requires.

The run is bounded and derandomized so it is repeatable and fits in ``make test``.
"""

from __future__ import annotations

import json
import re
import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis import Case
from schemathesis.auths import AuthContext

from kiosk.central.demo_data import seed
from kiosk.central.domain import program
from kiosk.central.domain.clock import ManualClock
from kiosk.central.domain.security import hash_token
from kiosk.central.domain.terminals import register_terminal
from kiosk.central.http.app import create_app
from kiosk.central.storage.store import Store
from kiosk.contract import (
    IDEMPOTENCY_KEY_HEADER,
    IDEMPOTENCY_KEY_PATTERN,
    IDEMPOTENT_REPLAYED_HEADER,
)
from tests.support.central_api import ANNA_PHONE, ISSUED_CARDS, NOT_ISSUED_CARDS, Api, problem

DOCUMENT = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
TOKEN = "conformance-token"
EXAMPLES_PER_OPERATION = 10

schema = schemathesis.openapi.from_dict(json.loads(DOCUMENT.read_text(encoding="utf-8")))
schema.config.update(base_url="http://testserver")
# A request of the documented shape may still break a business rule (a check digit, a required
# name left blank): the document answers it with 422 validation. Anything else — 400, 405, 413,
# 415 or a server error — for a well-formed request is a disagreement.
schema.config.checks.positive_data_acceptance.expected_statuses = [
    "2XX",
    "401",
    "403",
    "404",
    "409",
    "410",
    "422",
    "429",
]


class _Central:
    """The service under test, in process over an in-memory database with the demo data."""

    def __init__(self) -> None:
        self.clock = ManualClock()
        self.store = Store(":memory:")
        seed(self.store, self.clock)
        register_terminal(self.store, "DEMO-01", self.clock.now(), TOKEN)
        self.app = create_app(self.store, demo=True, clock=self.clock)

    def session(self, kind: str) -> str:
        """A fresh session of ``kind`` (staff B0001, service B0003, else shopper Anna), straight
        in the store."""
        token = secrets.token_urlsafe(32)
        if kind in ("staff", "service"):
            member = self.store.staff_by_badge("B0003" if kind == "service" else "B0001")
            assert member is not None
            account_id, staff_id, lifetime = None, member.id, program.STAFF_SESSION_SECONDS
        else:
            account = self.store.account_by_phone(ANNA_PHONE)
            assert account is not None
            account_id, staff_id, lifetime = account.id, None, program.SHOPPER_SESSION_SECONDS
        with self.store.transaction():
            self.store.add_session(
                hash_token(token),
                kind="shopper" if account_id is not None else "staff",
                account_id=account_id,
                staff_id=staff_id,
                when=self.clock.now(),
                lifetime_seconds=lifetime,
            )
        return token


_central: _Central | None = None


def _the_central() -> _Central:
    global _central
    if _central is None:
        _central = _Central()
    return _central


class _CentralApp:
    """The service's ASGI app, built on the first request (not while pytest collects)."""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await _the_central().app(scope, receive, send)


schema.app = _CentralApp()


@schema.auth(refresh_interval=None)
class _Credentials:
    """What the document's security requirement asks for: the terminal token and, where the
    operation requires it too, a session of the kind the operation needs — a fresh one per case
    (a case may end its session), the same one when a case is sent again."""

    def __init__(self) -> None:
        self._issued: dict[int, tuple[Case, dict[str, str]]] = {}

    def get(self, case: Case, context: AuthContext) -> dict[str, str]:
        issued = self._issued.get(id(case))
        if issued is not None and issued[0] is case:
            return issued[1]
        headers = {"Authorization": f"Bearer {TOKEN}"}
        requirement = case.operation.definition.raw.get("security") or [{}]
        if "SessionToken" in requirement[0]:
            kind = case.operation.definition.raw["x-session"]
            headers["X-Session-Token"] = _the_central().session(kind)
        self._issued[id(case)] = (case, headers)
        return headers

    def set(self, case: Case, data: dict[str, str], context: AuthContext) -> None:
        case.headers = {**(case.headers or {}), **data}


# Framing headers are not part of an operation's contract.
_FRAMING = {"content-type", "content-length"}


def only_documented_headers(ctx: Any, response: Any, case: Case) -> None:
    """Every header the service sends is declared for that operation and status."""
    responses = case.operation.definition.raw["responses"]
    declared = {
        name.lower() for name in responses.get(str(response.status_code), {}).get("headers", {})
    }
    undeclared = {name.lower() for name in response.headers} - _FRAMING - declared
    assert not undeclared, (
        f"{case.operation.label} answered {response.status_code} with undeclared headers "
        f"{sorted(undeclared)}"
    )


@pytest.fixture(scope="module")
def in_process() -> Iterator[_Central]:
    global _central
    yield _the_central()
    if _central is not None:
        _central.store.close()
        _central = None


@pytest.mark.slow
@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_answers_as_documented(case: Case, in_process: _Central) -> None:
    key = (case.headers or {}).get(IDEMPOTENCY_KEY_HEADER)
    if isinstance(key, str) and re.fullmatch(IDEMPOTENCY_KEY_PATTERN, key):
        # Generated keys repeat across cases (derandomized, shrunk to "0"); a repeat with another
        # body is rightly refused, so each case gets a key of its own of the documented form.
        case.headers[IDEMPOTENCY_KEY_HEADER] = uuid.uuid4().hex
        first = case.call_and_validate(additional_checks=[only_documented_headers])
        # The same request again after a success is a replay: the first answer, with the
        # documented header. (A request the gateway refused, e.g. without the terminal token,
        # never reached the idempotency store.)
        again = case.call_and_validate(additional_checks=[only_documented_headers])
        if 200 <= first.status_code < 300:
            assert again.status_code == first.status_code
            assert again.content == first.content
            assert again.headers.get(IDEMPOTENT_REPLAYED_HEADER.lower()) == ["true"]
    else:
        case.call_and_validate(additional_checks=[only_documented_headers])


_SESSION_OPERATIONS = [
    (method.upper(), path, operation["x-session"])
    for path, item in schema.raw_schema["paths"].items()
    for method, operation in item.items()
    if operation["security"] == [{"TerminalToken": [], "SessionToken": []}]
]
_SAMPLE_BODIES: dict[str, dict[str, str]] = {
    "/api/v1/account/cards": {"card_number": ISSUED_CARDS[0]},
    "/api/v1/cards/{number}/activation": {"terminal_id": "DEMO-01"},
}


@pytest.mark.parametrize(("method", "path", "kind"), _SESSION_OPERATIONS)
def test_a_session_operation_needs_both_tokens_as_documented(
    central_api: Api, method: str, path: str, kind: str
) -> None:
    if kind == "service":
        session = central_api.staff_login("B0003", "2580")  # the demo service engineer
    elif kind == "staff":
        session = central_api.staff_login()
    else:
        session = central_api.login()
    url = central_api.base + path.replace("{number}", NOT_ISSUED_CARDS[0])
    body = _SAMPLE_BODIES.get(path)

    only_session = requests.request(
        method, url, headers={"X-Session-Token": session}, json=body, timeout=10
    )
    only_terminal = central_api.http.request(method, url, json=body, timeout=10)
    both = central_api.http.request(
        method, url, headers={"X-Session-Token": session}, json=body, timeout=10
    )

    problem(only_session, 401, "unauthorized")
    problem(only_terminal, 401, "unauthorized")
    assert 200 <= both.status_code < 300, both.text
