"""The central client under faults the reference service cannot produce on demand.

pytest-httpserver plays a misbehaving central (hangs, malformed bodies, every error status); a tiny
raw socket server plays one that drops connections. Sleeps between retries are recorded through
the injected ``sleep`` instead of slept, and the jitter is the whole ceiling unless a test says
otherwise.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import kiosk
from kiosk.contract import Heartbeat, RegistrationRequest
from kiosk.core.client import MAX_HONOURED_RETRY_AFTER, CentralClient
from kiosk.core.client.errors import (
    BadResponse,
    CentralError,
    CentralOffline,
    CentralTimeout,
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
from tests.support.dripping_central import CARD, CARD_BODY, card_answer

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
def sleeps() -> list[float]:
    return []


@pytest.fixture
def make_client(
    httpserver: HTTPServer, sleeps: list[float]
) -> Iterator[Callable[..., CentralClient]]:
    clients: list[CentralClient] = []

    def make(base_url: str | None = None, **options: object) -> CentralClient:
        options.setdefault("sleep", sleeps.append)
        options.setdefault("jitter", lambda: 1.0)
        client = CentralClient(
            base_url or httpserver.url_for(""),
            "demo-token",
            terminal_id="DEMO-01",
            **options,  # type: ignore[arg-type]
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


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


# --- timeouts and connection failures ------------------------------------------------------------


@pytest.fixture
def hanging_handler() -> Iterator[tuple[Callable[[Request], Response], list[str]]]:
    """A handler that blocks until the test is over (far longer than the client waits)."""
    release = threading.Event()
    finished = threading.Event()
    calls: list[str] = []

    def handler(request: Request) -> Response:
        calls.append(request.method)
        try:
            release.wait(timeout=10)
            return Response(json.dumps(CARD_BODY), content_type="application/json")
        finally:
            finished.set()

    yield handler, calls
    release.set()
    if calls:
        assert finished.wait(timeout=5), "the hanging handler did not finish"


def test_hanging_central_is_a_timeout_and_not_retried(
    httpserver: HTTPServer,
    make_client: Callable[..., CentralClient],
    hanging_handler: tuple[Callable[[Request], Response], list[str]],
    sleeps: list[float],
) -> None:
    handler, calls = hanging_handler
    httpserver.expect_request(CARD_PATH).respond_with_handler(handler)
    client = make_client(read_timeout=0.2)

    with pytest.raises(CentralTimeout) as caught:
        client.lookup_card(CARD)

    # The request may still be running on the central: waiting for it twice helps nobody.
    assert calls == ["GET"]
    assert sleeps == []
    assert CARD not in str(caught.value)


def test_hanging_post_is_a_timeout_and_not_retried(
    httpserver: HTTPServer,
    make_client: Callable[..., CentralClient],
    hanging_handler: tuple[Callable[[Request], Response], list[str]],
) -> None:
    handler, calls = hanging_handler
    httpserver.expect_request("/api/v1/sessions/staff", method="POST").respond_with_handler(handler)
    client = make_client(read_timeout=0.2)

    with pytest.raises(CentralTimeout):
        client.staff_login("B0001", "4321")

    assert calls == ["POST"]


def unused_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_refused_connection_is_offline_after_two_retries_with_backoff(
    make_client: Callable[..., CentralClient], sleeps: list[float]
) -> None:
    client = make_client(f"http://127.0.0.1:{unused_port()}")

    with pytest.raises(CentralOffline) as caught:
        client.lookup_card(CARD)

    assert sleeps == [0.2, 0.4]
    assert "connection refused" in str(caught.value)
    assert CARD not in str(caught.value) and CARD not in repr(caught.value)
    # No requests/urllib3 exception (whose text carries the URL) rides along in a traceback.
    assert shown_chain(caught.value) is None


def test_backoff_and_retries_are_configurable(
    make_client: Callable[..., CentralClient], sleeps: list[float]
) -> None:
    client = make_client(f"http://127.0.0.1:{unused_port()}", retries=1, backoff=0.05)
    with pytest.raises(CentralOffline):
        client.program_info()
    assert sleeps == [0.05]

    sleeps.clear()
    no_retries = make_client(f"http://127.0.0.1:{unused_port()}", retries=0)
    with pytest.raises(CentralOffline):
        no_retries.program_info()
    assert sleeps == []


def test_pauses_between_retries_double_up_to_the_cap(
    make_client: Callable[..., CentralClient], sleeps: list[float]
) -> None:
    client = make_client(
        f"http://127.0.0.1:{unused_port()}", retries=6, backoff=1.0, call_deadline=60.0
    )
    with pytest.raises(CentralOffline):
        client.program_info()
    cap = MAX_HONOURED_RETRY_AFTER
    assert 4.0 < cap < 8.0
    assert sleeps == [1.0, 2.0, 4.0, cap, cap, cap]


def test_pauses_between_retries_are_spread_by_the_jitter(
    make_client: Callable[..., CentralClient], sleeps: list[float]
) -> None:
    client = make_client(f"http://127.0.0.1:{unused_port()}", jitter=lambda: 0.5)
    with pytest.raises(CentralOffline):
        client.program_info()
    assert sleeps == [0.1, 0.2]


def test_unknown_host_is_offline(make_client: Callable[..., CentralClient]) -> None:
    client = make_client("http://central.invalid", retries=0)

    with pytest.raises(CentralOffline):
        client.program_info()


@dataclass
class RawServer:
    """A TCP server that reads each request and then misbehaves instead of answering."""

    port: int
    requests: list[bytes] = field(default_factory=list)

    def idempotency_keys(self) -> list[str]:
        keys = []
        for raw in self.requests:
            for line in raw.decode("latin-1").split("\r\n"):
                name, _, value = line.partition(":")
                if name.lower() == "idempotency-key":
                    keys.append(value.strip())
        return keys


def serve_raw(reply: Callable[[socket.socket], None]) -> Iterator[RawServer]:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.05)
    server = RawServer(port=listener.getsockname()[1])
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(2)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                server.requests.append(data)
                reply(conn)

    thread = threading.Thread(target=run, name="raw-central", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


def reset_connection(conn: socket.socket) -> None:
    # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")


def truncate_body(conn: socket.socket) -> None:
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n"
        + json.dumps(CARD_BODY).encode()[:40]
    )


def reset_mid_body(conn: socket.socket) -> None:
    body = json.dumps(CARD_BODY).encode()
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body[: len(body) // 2]
    )
    # Time for the client to read the headers, so the reset cuts the body, not the headers.
    time.sleep(0.2)
    reset_connection(conn)


@pytest.fixture
def resetting_server() -> Iterator[RawServer]:
    yield from serve_raw(reset_connection)


@pytest.fixture
def truncating_server() -> Iterator[RawServer]:
    yield from serve_raw(truncate_body)


def test_reset_connection_is_offline_after_two_retries(
    make_client: Callable[..., CentralClient], resetting_server: RawServer, sleeps: list[float]
) -> None:
    client = make_client(f"http://127.0.0.1:{resetting_server.port}")

    with pytest.raises(CentralOffline):
        client.lookup_card(CARD)

    assert len(resetting_server.requests) == 3
    assert sleeps == [0.2, 0.4]


def test_reset_post_is_retried_with_the_same_idempotency_key(
    make_client: Callable[..., CentralClient], resetting_server: RawServer
) -> None:
    client = make_client(f"http://127.0.0.1:{resetting_server.port}")

    with pytest.raises(CentralOffline):
        client.deliver_activation(
            "2990000000118",
            staff_id="S1",
            scanned_at=datetime.now(UTC),
            idempotency_key="act-1",
        )

    assert resetting_server.idempotency_keys() == ["act-1", "act-1", "act-1"]


@pytest.fixture
def body_resetting_server() -> Iterator[RawServer]:
    yield from serve_raw(reset_mid_body)


@pytest.fixture
def body_resetting_once_server() -> Iterator[RawServer]:
    resets = [reset_mid_body]

    def reply(conn: socket.socket) -> None:
        if resets:
            resets.pop()(conn)
        else:
            conn.sendall(card_answer())

    yield from serve_raw(reply)


def test_get_reset_in_the_middle_of_the_body_is_retried(
    make_client: Callable[..., CentralClient],
    body_resetting_once_server: RawServer,
    sleeps: list[float],
) -> None:
    client = make_client(f"http://127.0.0.1:{body_resetting_once_server.port}")

    assert client.lookup_card(CARD).number == CARD

    assert len(body_resetting_once_server.requests) == 2
    assert sleeps == [0.2]


def test_get_reset_in_the_middle_of_every_body_is_offline_after_two_retries(
    make_client: Callable[..., CentralClient], body_resetting_server: RawServer, sleeps: list[float]
) -> None:
    client = make_client(f"http://127.0.0.1:{body_resetting_server.port}")

    with pytest.raises(CentralOffline, match="connection reset during the answer"):
        client.lookup_card(CARD)

    assert len(body_resetting_server.requests) == 3
    assert sleeps == [0.2, 0.4]


def test_truncated_body_is_a_bad_response(
    make_client: Callable[..., CentralClient], truncating_server: RawServer
) -> None:
    client = make_client(f"http://127.0.0.1:{truncating_server.port}")

    with pytest.raises(BadResponse):
        client.lookup_card(CARD)

    assert len(truncating_server.requests) == 1


def test_unanswered_connect_is_a_timeout_after_retries(
    make_client: Callable[..., CentralClient], sleeps: list[float]
) -> None:
    # A listener whose accept queue is full and never drained: the kernel drops new SYNs, so
    # connecting hangs like a central behind a dead link.
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        fillers = []
        for _ in range(4):
            filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            fillers.append(filler)
        try:
            client = make_client(f"http://127.0.0.1:{port}", connect_timeout=0.2)
            with pytest.raises(CentralTimeout):
                client.program_info()
        finally:
            for filler in fillers:
                filler.close()

    # Nothing reached the central, so the attempt was as safe to repeat as a refused connection.
    assert sleeps == [0.2, 0.4]


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


# --- retries on gateway errors -------------------------------------------------------------------


@pytest.mark.parametrize("status", [502, 503, 504])
def test_gateway_errors_on_get_are_retried_twice_with_backoff(
    httpserver: HTTPServer, client: CentralClient, sleeps: list[float], status: int
) -> None:
    httpserver.expect_request(CARD_PATH).respond_with_data(
        "bad gateway", status=status, content_type="text/plain"
    )

    with pytest.raises(ServerError) as caught:
        client.lookup_card(CARD)

    assert caught.value.status == status
    assert len(requests_to(httpserver, CARD_PATH)) == 3
    assert sleeps == [0.2, 0.4]


@pytest.mark.parametrize("status", [502, 503, 504])
def test_gateway_errors_on_post_are_retried_with_the_same_idempotency_key(
    httpserver: HTTPServer, client: CentralClient, sleeps: list[float], status: int
) -> None:
    path = "/api/v1/sessions/shopper/sms"
    respond_problem(httpserver, path, status, problem(status, "unavailable"), method="POST")

    with pytest.raises(ServerError):
        client.start_sms_login(PHONE)
    with pytest.raises(ServerError):
        client.start_sms_login(PHONE)

    keys = [request.headers["Idempotency-Key"] for request in requests_to(httpserver, path)]
    assert len(keys) == 6
    first_call, second_call = keys[:3], keys[3:]
    assert len(set(first_call)) == 1 and len(set(second_call)) == 1
    assert first_call[0] != second_call[0]
    assert sleeps == [0.2, 0.4, 0.2, 0.4]


def test_logout_is_retried_without_an_idempotency_key(
    httpserver: HTTPServer, client: CentralClient
) -> None:
    # The API defines Idempotency-Key for POSTs only; ending a session twice ends it once.
    path = "/api/v1/sessions/current"
    httpserver.expect_ordered_request(path, method="DELETE").respond_with_data("", status=502)
    httpserver.expect_ordered_request(path, method="DELETE").respond_with_data("", status=204)

    client.logout("shopper-token")

    sent = requests_to(httpserver, path)
    assert len(sent) == 2
    assert all("Idempotency-Key" not in request.headers for request in sent)
    assert sent[1].headers["X-Session-Token"] == "shopper-token"


def test_only_a_post_takes_an_idempotency_key(client: CentralClient) -> None:
    with pytest.raises(ValueError, match="DELETE carries no idempotency key"):
        client._call(
            "DELETE", "/api/v1/sessions/current", lambda reply, call: None, idempotency_key="k"
        )


def test_logout_of_a_session_the_central_no_longer_knows_is_done(
    httpserver: HTTPServer, client: CentralClient
) -> None:
    path = "/api/v1/sessions/current"
    respond_problem(httpserver, path, 401, problem(401, "session-expired"), method="DELETE")

    client.logout("expired-token")

    assert len(requests_to(httpserver, path)) == 1


def test_logout_with_a_wrong_terminal_token_fails(
    httpserver: HTTPServer, client: CentralClient
) -> None:
    path = "/api/v1/sessions/current"
    respond_problem(httpserver, path, 401, problem(401, "unauthorized"), method="DELETE")

    with pytest.raises(Unauthorized):
        client.logout("shopper-token")


def test_a_retry_that_succeeds_returns_the_answer(
    httpserver: HTTPServer, client: CentralClient, sleeps: list[float]
) -> None:
    httpserver.expect_ordered_request(CARD_PATH).respond_with_data("", status=503)
    httpserver.expect_ordered_request(CARD_PATH).respond_with_json(CARD_BODY)

    assert client.lookup_card(CARD).number == CARD
    assert sleeps == [0.2]


def test_short_retry_after_on_503_is_honoured(
    httpserver: HTTPServer, client: CentralClient, sleeps: list[float]
) -> None:
    httpserver.expect_request(CARD_PATH).respond_with_data(
        "", status=503, headers={"Retry-After": "2"}
    )

    with pytest.raises(ServerError):
        client.lookup_card(CARD)

    assert sleeps == [2.0, 2.0]


def test_a_short_retry_after_is_waited_whole_whatever_the_jitter(
    httpserver: HTTPServer, make_client: Callable[..., CentralClient], sleeps: list[float]
) -> None:
    httpserver.expect_request(CARD_PATH).respond_with_data(
        "", status=503, headers={"Retry-After": "1"}
    )
    client = make_client(jitter=lambda: 0.0)

    with pytest.raises(ServerError):
        client.lookup_card(CARD)

    assert sleeps == [1.0, 1.0]


def test_long_retry_after_on_503_is_passed_to_the_caller_not_waited(
    httpserver: HTTPServer, client: CentralClient, sleeps: list[float]
) -> None:
    httpserver.expect_request(CARD_PATH).respond_with_data(
        "", status=503, headers={"Retry-After": "120"}
    )

    with pytest.raises(ServerError) as caught:
        client.lookup_card(CARD)

    assert caught.value.retry_after == 120
    assert sleeps == []
    assert len(requests_to(httpserver, CARD_PATH)) == 1


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
