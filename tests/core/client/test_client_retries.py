"""The central client's timeouts and retries: pytest-httpserver plays a central that hangs or
answers with a gateway error (and Retry-After), a tiny raw socket server one that drops
connections. Sleeps between retries are recorded through the injected ``sleep`` instead of slept
(conftest.py), and the jitter is the whole ceiling unless a test says otherwise.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from kiosk.core.client import MAX_HONOURED_RETRY_AFTER, CentralClient
from kiosk.core.client.errors import (
    BadResponse,
    CentralOffline,
    CentralTimeout,
    ServerError,
    Unauthorized,
)
from tests.core.client.test_client_faults import (
    CARD_PATH,
    PHONE,
    problem,
    requests_to,
    respond_problem,
    shown_chain,
    unused_port,
)
from tests.support.dripping_central import CARD, CARD_BODY, card_answer


@pytest.fixture
def client(make_client: Callable[..., CentralClient]) -> CentralClient:
    return make_client()


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
