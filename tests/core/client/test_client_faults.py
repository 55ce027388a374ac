"""The central client under faults the reference service cannot produce on demand:
pytest-httpserver plays a misbehaving central (malformed bodies, every error status). Sleeps
between retries are recorded through the injected ``sleep`` instead of slept (conftest.py), and
the jitter is the whole ceiling unless a test says otherwise. Timeouts, dropped connections and
retries are in test_client_retries.py.
"""

from __future__ import annotations

import json
import logging
import socket
import uuid
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import kiosk
from kiosk.contract import Heartbeat, RegistrationRequest
from kiosk.core.client import CentralClient
from kiosk.core.client.errors import (
    BadResponse,
    CentralError,
    CentralOffline,
    Conflict,
    Forbidden,
    Gone,
    NotFound,
    RateLimited,
    RequestRejected,
    ServerError,
    Unauthorized,
    ValidationFailed,
)
from tests.support.accounts import account
from tests.support.dripping_central import CARD, CARD_BODY

CARD_PATH = f"/api/v1/cards/{CARD}"
ACCOUNT_BODY = {
    "first_name": "Анна",
    "points": 123456,
    "points_value": {"amount": "1234.56", "currency": "BYN"},
    "cards": [{"masked": "•••• 0019", "kind": "own", "status": "active"}],
    "offers": [],
}
PHONE = "+375291234567"
PASSWORD = "Secret-Pa55"
CODE = "482913"


def problem(status: int, code: str, **extensions: object) -> dict[str, object]:
    return {
        "type": f"urn:loyalty-kiosk:problem:{code}",
        "title": code.replace("-", " "),
        "status": status,
        "detail": f"detail of {code}",
        "code": code,
        **extensions,
    }


def respond_problem(
    server: HTTPServer, path: str, status: int, body: object, method: str = "GET", **headers: str
) -> None:
    server.expect_request(path, method=method).respond_with_data(
        json.dumps(body),
        status=status,
        content_type="application/problem+json",
        headers=headers,
    )


@pytest.fixture
def client(make_client: Callable[..., CentralClient]) -> CentralClient:
    return make_client()


def shown_chain(error: BaseException) -> BaseException | None:
    """The chained exception a printed traceback would show below this one."""
    if error.__cause__ is not None:
        return error.__cause__
    return None if error.__suppress_context__ else error.__context__


def requests_to(server: HTTPServer, path: str) -> list[Request]:
    return [request for request, _ in server.log if request.path == path]


def unused_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


# --- what every request carries ------------------------------------------------------------------


def test_requests_carry_token_agent_language_and_session(
    httpserver: HTTPServer, client: CentralClient
) -> None:
    httpserver.expect_request("/api/v1/account", method="GET").respond_with_json(ACCOUNT_BODY)

    account(client, "shopper-token")
    client.language = "be"
    summary = account(client, "shopper-token")

    assert summary.first_name == "Анна"
    first, second = requests_to(httpserver, "/api/v1/account")
    assert first.headers["Authorization"] == "Bearer demo-token"
    assert first.headers["User-Agent"] == f"loyalty-kiosk/{kiosk.__version__} (terminal DEMO-01)"
    assert first.headers["X-Session-Token"] == "shopper-token"
    assert first.headers["Accept-Language"] == "ru"
    assert second.headers["Accept-Language"] == "be"
    assert "Idempotency-Key" not in first.headers


def test_repr_shows_neither_the_token_nor_a_password_in_the_url() -> None:
    client = CentralClient("https://kiosk:s3cret@central.example", "t0ken", terminal_id="T1")

    assert repr(client) == "CentralClient('https://kiosk:••••@central.example', terminal_id='T1')"


def test_user_agent_can_be_configured(
    httpserver: HTTPServer, make_client: Callable[..., CentralClient]
) -> None:
    httpserver.expect_request(CARD_PATH).respond_with_json(CARD_BODY)

    make_client(user_agent="store-42-kiosk/7").lookup_card(CARD)

    assert requests_to(httpserver, CARD_PATH)[0].headers["User-Agent"] == "store-42-kiosk/7"


def test_path_segments_are_escaped(httpserver: HTTPServer, client: CentralClient) -> None:
    # A typed "number" must not walk to another route of the API.
    httpserver.expect_request("/api/v1/cards/../program").respond_with_json(CARD_BODY)

    client.lookup_card("../program")

    (request,) = [request for request, _ in httpserver.log]
    assert request.environ["REQUEST_URI"] == "/api/v1/cards/..%2Fprogram"


def test_every_post_gets_a_fresh_idempotency_key_unless_given(
    httpserver: HTTPServer, client: CentralClient
) -> None:
    httpserver.expect_request("/api/v1/account/cards", method="POST").respond_with_json(
        ACCOUNT_BODY, status=201
    )

    client.link_card("shopper-token", CARD)
    client.link_card("shopper-token", CARD)
    client.link_card("shopper-token", CARD, idempotency_key="outbox-17")

    keys = [r.headers["Idempotency-Key"] for r in requests_to(httpserver, "/api/v1/account/cards")]
    assert keys[0] != keys[1]
    assert uuid.UUID(keys[0]).version == 4
    assert keys[2] == "outbox-17"
    assert json.loads(requests_to(httpserver, "/api/v1/account/cards")[0].data) == {
        "card_number": CARD
    }


# --- malformed answers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "content_type", "status", "explains"),
    [
        (b'{"number": "2990000000019", "kind": ', "application/json", 200, "not valid JSON"),
        (b"<html><body>Welcome to nginx</body></html>", "text/html", 200, "content type"),
        (json.dumps(CARD_BODY).encode(), "", 200, "content type"),
        (b"", "application/json", 200, "empty body"),
        (b"\xff\xfe\x00{", "application/json", 200, "not valid JSON"),
        (b"[]", "application/json", 200, "does not match"),
        (
            json.dumps({**CARD_BODY, "status": "stolen", "card_prices": "maybe"}).encode(),
            "application/json",
            200,
            "does not match",
        ),
        (json.dumps({"number": CARD}).encode(), "application/json", 200, "does not match"),
        (b"", "", 204, "content type"),
        (b"", "text/html", 302, "unexpected status"),
    ],
    ids=[
        "broken-json",
        "html",
        "no-content-type",
        "empty",
        "not-utf8",
        "array",
        "wrong-values",
        "missing-fields",
        "no-content",
        "redirect",
    ],
)
def test_malformed_answers_are_bad_responses(
    httpserver: HTTPServer,
    client: CentralClient,
    body: bytes,
    content_type: str,
    status: int,
    explains: str,
) -> None:
    headers = {"Location": "http://example.invalid/"} if status == 302 else {}
    response = Response(body, status=status, headers=headers)
    if content_type:
        response.headers["Content-Type"] = content_type
    else:
        response.headers.pop("Content-Type", None)
    httpserver.expect_request(CARD_PATH).respond_with_response(response)

    with pytest.raises(BadResponse) as caught:
        client.lookup_card(CARD)

    assert explains in str(caught.value)
    assert shown_chain(caught.value) is None
    # Neither the number in the URL nor the values in the body leak into the message.
    assert CARD not in str(caught.value) and CARD not in repr(caught.value)
    assert "stolen" not in str(caught.value)
    # A malformed answer is not a transient failure: asking again would get the same.
    assert len(requests_to(httpserver, CARD_PATH)) == 1


def test_mismatch_names_the_fields_that_do_not_match(
    httpserver: HTTPServer, client: CentralClient
) -> None:
    httpserver.expect_request(CARD_PATH).respond_with_json({**CARD_BODY, "status": "stolen"})

    with pytest.raises(BadResponse) as caught:
        client.lookup_card(CARD)

    assert "status: literal_error" in str(caught.value)


def test_oversized_answer_is_a_bad_response(httpserver: HTTPServer, client: CentralClient) -> None:
    huge = {**CARD_BODY, "padding": "x" * (5 * 1024 * 1024)}
    httpserver.expect_request(CARD_PATH).respond_with_json(huge)

    with pytest.raises(BadResponse, match="larger than"):
        client.lookup_card(CARD)


def test_unknown_members_are_ignored(httpserver: HTTPServer, client: CentralClient) -> None:
    # A newer central may add members; an older kiosk must keep working.
    httpserver.expect_request(CARD_PATH).respond_with_json({**CARD_BODY, "tier": "gold"})

    assert client.lookup_card(CARD).status == "issued"


# --- error statuses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "error_type"),
    [
        (400, "bad-request", RequestRejected),
        (401, "unauthorized", Unauthorized),
        (403, "forbidden", Forbidden),
        (404, "card-not-found", NotFound),
        (409, "card-blocked", Conflict),
        (410, "code-expired", Gone),
        (422, "invalid-card-number", ValidationFailed),
        (429, "rate-limited", RateLimited),
        (500, "internal", ServerError),
    ],
)
def test_error_statuses_map_to_typed_errors_with_the_problem(
    httpserver: HTTPServer,
    client: CentralClient,
    sleeps: list[float],
    status: int,
    code: str,
    error_type: type[CentralError],
) -> None:
    respond_problem(httpserver, CARD_PATH, status, problem(status, code))

    with pytest.raises(error_type) as caught:
        client.lookup_card(CARD)

    error = caught.value
    assert error.status == status
    assert error.code == code
    assert error.problem is not None
    assert error.problem.detail == f"detail of {code}"
    assert error.problem.title == code.replace("-", " ")
    assert str(error) == f"GET /api/v1/cards/•••• 0019: {status} {code}"
    # Only 502/503/504 are worth another try; a 500 is a bug that would fail again.
    assert len(requests_to(httpserver, CARD_PATH)) == 1
    assert sleeps == []


def test_error_status_without_a_problem_body_still_maps(
    httpserver: HTTPServer, client: CentralClient
) -> None:
    httpserver.expect_request(CARD_PATH).respond_with_data(
        "<h1>Not Found</h1>", status=404, content_type="text/html"
    )

    with pytest.raises(NotFound) as caught:
        client.lookup_card(CARD)

    assert caught.value.problem is None
    assert caught.value.status == 404


def test_garbled_problem_body_still_maps_by_status(
    httpserver: HTTPServer, client: CentralClient
) -> None:
    httpserver.expect_request(CARD_PATH).respond_with_data(
        '{"code": "card-blo', status=409, content_type="application/problem+json"
    )

    with pytest.raises(Conflict) as caught:
        client.lookup_card(CARD)

    assert caught.value.problem is None


def test_validation_problem_carries_field_messages(
    httpserver: HTTPServer, client: CentralClient
) -> None:
    body = problem(
        422,
        "validation",
        errors=[
            {"field": "phone", "code": "phone-not-mobile", "message": "Укажите мобильный номер"},
            {"field": "birth_date", "code": "too-young", "message": "Участие с 16 лет"},
            {"field": "phone", "code": "second", "message": "a later message for the same field"},
            {"field": 7, "message": "no field name: ignored"},
        ],
    )
    respond_problem(httpserver, "/api/v1/registrations", 422, body, method="POST")
    request = RegistrationRequest(
        card_number="2990000000088",
        last_name="Иванова",
        first_name="Мария",
        phone="+375441234567",
        password=PASSWORD,
        consent_rules_version="2024-1",
    )

    with pytest.raises(ValidationFailed) as caught:
        client.start_registration(request)

    assert caught.value.field_errors == {
        "phone": "Укажите мобильный номер",
        "birth_date": "Участие с 16 лет",
    }
    assert caught.value.code == "validation"


def test_wrong_code_carries_attempts_left_and_hides_the_code(
    httpserver: HTTPServer, client: CentralClient
) -> None:
    path = "/api/v1/registrations/reg-1/confirm"
    body = problem(422, "wrong-code", attempts_left=3, detail=f"code {CODE} is wrong")
    respond_problem(httpserver, path, 422, body, method="POST")

    with pytest.raises(ValidationFailed) as caught:
        client.confirm_registration("reg-1", CODE)

    assert caught.value.problem is not None
    assert caught.value.problem.attempts_left == 3
    assert CODE not in str(caught.value) and CODE not in repr(caught.value)


def test_wrong_password_message_hides_phone_and_password(
    httpserver: HTTPServer, client: CentralClient
) -> None:
    body = problem(401, "unauthorized", detail=f"no account {PHONE} with password {PASSWORD}")
    respond_problem(httpserver, "/api/v1/sessions/shopper", 401, body, method="POST")

    with pytest.raises(Unauthorized) as caught:
        client.login_password(PHONE, PASSWORD)

    text = str(caught.value) + repr(caught.value) + repr(caught.value.problem)
    assert PHONE not in text and PHONE[1:] not in text
    assert PASSWORD not in str(caught.value) + repr(caught.value)


def test_card_limit_problem_lists_the_masked_cards(
    httpserver: HTTPServer, client: CentralClient
) -> None:
    cards = [{"masked": f"•••• 00{n}", "kind": "own", "status": "active"} for n in (33, 40, 57)]
    cards.append({"masked": "•••• 0064", "kind": "partner", "status": "active"})
    cards.append({"masked": "broken"})  # not a LinkedCard: dropped, the rest still shown
    respond_problem(
        httpserver, "/api/v1/account/cards", 409, problem(409, "card-limit", cards=cards), "POST"
    )

    with pytest.raises(Conflict) as caught:
        client.link_card("shopper-token", "2990000000088")

    assert caught.value.problem is not None
    assert [card.masked for card in caught.value.problem.cards] == [
        "•••• 0033",
        "•••• 0040",
        "•••• 0057",
        "•••• 0064",
    ]
    assert caught.value.problem.cards[3].kind == "partner"


def test_resend_cooldown_problem_carries_sends_left_and_retry_after(
    httpserver: HTTPServer, client: CentralClient
) -> None:
    body = problem(429, "resend-cooldown", retry_after=42, sends_left=3)
    respond_problem(httpserver, "/api/v1/registrations/reg-1/resend", 429, body, method="POST")

    with pytest.raises(RateLimited) as caught:
        client.resend_registration_code("reg-1")

    assert caught.value.retry_after == 42
    assert caught.value.problem is not None
    assert caught.value.problem.sends_left == 3


def test_rate_limit_takes_retry_after_from_the_header_and_is_not_retried(
    httpserver: HTTPServer, client: CentralClient, sleeps: list[float]
) -> None:
    respond_problem(
        httpserver,
        "/api/v1/sessions/staff",
        429,
        problem(429, "staff-locked", retry_after=300),
        method="POST",
        **{"Retry-After": "287"},
    )

    with pytest.raises(RateLimited) as caught:
        client.staff_login("B0001", "4321")

    assert caught.value.retry_after == 287
    assert caught.value.code == "staff-locked"
    assert len(requests_to(httpserver, "/api/v1/sessions/staff")) == 1
    assert sleeps == []


def test_rate_limit_understands_an_http_date_retry_after(
    httpserver: HTTPServer, client: CentralClient
) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    httpserver.expect_request(CARD_PATH).respond_with_data(
        "slow down", status=429, headers={"Retry-After": when}, content_type="text/plain"
    )

    with pytest.raises(RateLimited) as caught:
        client.lookup_card(CARD)

    assert caught.value.retry_after is not None
    assert 100 < caught.value.retry_after <= 120


# --- logging -------------------------------------------------------------------------------------


def test_one_masked_log_line_per_call_without_bodies(
    httpserver: HTTPServer, client: CentralClient, caplog: pytest.LogCaptureFixture
) -> None:
    httpserver.expect_ordered_request(CARD_PATH).respond_with_data("", status=503)
    httpserver.expect_ordered_request(CARD_PATH).respond_with_json(CARD_BODY)
    respond_problem(
        httpserver,
        "/api/v1/sessions/shopper",
        401,
        problem(401, "unauthorized", detail=f"bad {PHONE}"),
        method="POST",
    )

    with caplog.at_level(logging.DEBUG, logger="kiosk.client"):
        client.lookup_card(CARD)
        with pytest.raises(Unauthorized):
            client.login_password(PHONE, PASSWORD)

    lines = [r.getMessage() for r in caplog.records if r.name == "kiosk.client"]
    assert len(lines) == 2
    assert lines[0].startswith("GET /api/v1/cards/•••• 0019 -> 200 in ")
    assert lines[0].endswith("ms (attempts 2)")
    assert lines[1].startswith("POST /api/v1/sessions/shopper -> 401 Unauthorized in ")
    logged = "\n".join(lines)
    for secret in (CARD, PHONE, PASSWORD, "Анна", "promotions_today"):
        assert secret not in logged


@pytest.mark.parametrize("misread", ["29900000000190", "299000000001", "2990000000018"])
def test_misread_card_numbers_are_masked_too(
    httpserver: HTTPServer,
    client: CentralClient,
    caplog: pytest.LogCaptureFixture,
    misread: str,
) -> None:
    httpserver.expect_request(f"/api/v1/cards/{misread}").respond_with_json(
        problem(422, "invalid-card-number"), status=422
    )

    with (
        caplog.at_level(logging.INFO, logger="kiosk.client"),
        pytest.raises(ValidationFailed) as caught,
    ):
        client.lookup_card(misread)

    (record,) = [r for r in caplog.records if r.name == "kiosk.client"]
    for text in (record.getMessage(), str(caught.value), repr(caught.value)):
        assert misread[:-4] not in text
        assert f"•••• {misread[-4:]}" in text or f"••••{misread[-4:]}" in text


def test_failures_log_a_warning(
    make_client: Callable[..., CentralClient], caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client(f"http://127.0.0.1:{unused_port()}", retries=0)

    with caplog.at_level(logging.INFO, logger="kiosk.client"), pytest.raises(CentralOffline):
        client.lookup_card(CARD)

    (record,) = [r for r in caplog.records if r.name == "kiosk.client"]
    assert record.levelno == logging.WARNING
    assert "-> CentralOffline in" in record.getMessage()


# --- heartbeat -----------------------------------------------------------------------------------


def test_heartbeat_sends_the_terminal_state(httpserver: HTTPServer, client: CentralClient) -> None:
    server_time = datetime.now(UTC) + timedelta(minutes=5)
    path = "/api/v1/terminals/DEMO-01/heartbeat"
    httpserver.expect_request(path, method="POST").respond_with_json(
        {"server_time": server_time.isoformat()}
    )

    ack = client.heartbeat(
        Heartbeat(version="0.1.0", uptime_seconds=60, outbox_depth=2, last_scan_at=None)
    )

    assert ack.server_time == server_time
    assert json.loads(requests_to(httpserver, path)[0].data) == {
        "version": "0.1.0",
        "uptime_seconds": 60,
        "outbox_depth": 2,
        "oldest_outbox_age_seconds": None,
        "dead_letters": 0,
        "last_scan_at": None,
        "last_central_answer_at": None,
        "outbox_problem": None,
    }
