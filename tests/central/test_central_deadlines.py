"""A request must arrive in time: the service closes a connection whose headers, or whose body,
do not come within their deadlines, and keeps answering everyone else meanwhile."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest
import requests

from kiosk.central.domain.clock import ManualClock
from kiosk.central.http.deadlines import Deadlines
from kiosk.central.server import EmbeddedCentral

HEADERS_S = 0.5
BODY_S = 1.0
# How much later than its deadline a connection may be closed (a loaded test machine).
SLACK_S = 1.5


@pytest.fixture
def quick(manual_clock: ManualClock) -> Iterator[EmbeddedCentral]:
    deadlines = Deadlines(headers=HEADERS_S, body=BODY_S)
    with EmbeddedCentral(demo=False, clock=manual_clock, deadlines=deadlines) as central:
        yield central


def connect(central: EmbeddedCentral) -> socket.socket:
    host, port = central.url.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=5)


def closed_after(sock: socket.socket, since: float) -> tuple[float, bytes]:
    """Seconds from ``since`` until the server closed ``sock``, and what it sent before."""
    received = b""
    while chunk := sock.recv(4096):
        received += chunk
    return time.monotonic() - since, received


def read_answer(sock: socket.socket) -> bytes:
    """One whole answer (its head and its Content-Length of body)."""
    received = b""
    while b"\r\n\r\n" not in received:
        received += sock.recv(4096)
    head, _, body = received.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(body) < length:
        body += sock.recv(4096)
    return head + b"\r\n\r\n" + body


def healthy(central: EmbeddedCentral) -> bool:
    return requests.get(central.url + "/healthz", timeout=2).status_code == 200


def test_a_request_whose_headers_never_finish_is_closed(quick: EmbeddedCentral) -> None:
    started = time.monotonic()
    silent = connect(quick)  # connects and sends nothing
    halves = [connect(quick) for _ in range(20)]
    for sock in halves:
        sock.sendall(b"GET /api/v1/program HTTP/1.1\r\nHost: central\r\nAuthor")

    # Meanwhile the service answers others, also on a connection it keeps alive.
    with requests.Session() as session:
        for _ in range(3):
            assert session.get(quick.url + "/healthz", timeout=2).status_code == 200

    for sock in [silent, *halves]:
        with sock:
            elapsed, received = closed_after(sock, started)
        assert HEADERS_S * 0.8 <= elapsed <= HEADERS_S + SLACK_S, elapsed
        assert received == b""
    assert healthy(quick)


def test_a_request_whose_body_never_arrives_is_closed(quick: EmbeddedCentral) -> None:
    head = (
        b"POST /api/v1/sessions/shopper HTTP/1.1\r\nHost: central\r\n"
        b"Authorization: Bearer demo-token\r\nContent-Type: application/json\r\n"
        b"Content-Length: 200\r\n\r\n"
    )
    stalled = connect(quick)
    stalled.sendall(head + b'{"phone": "+3752')
    dripping = connect(quick)
    dripping.sendall(head)
    started = time.monotonic()

    # A byte every 0.2 s keeps arriving, but the whole body is not there by the deadline.
    for _ in range(int(BODY_S / 0.2) + 2):
        assert healthy(quick)
        try:
            dripping.sendall(b" ")
        except OSError:
            break
        time.sleep(0.2)

    for sock in (stalled, dripping):
        with sock:
            elapsed, received = closed_after(sock, started)
        assert elapsed <= BODY_S + SLACK_S, elapsed
        assert received == b""
    assert healthy(quick)


def test_a_request_that_arrives_in_time_is_answered_on_a_kept_connection(
    quick: EmbeddedCentral,
) -> None:
    with connect(quick) as sock:
        for _ in range(2):
            # Headers in pieces within their deadline, then the body within its own.
            sock.sendall(b"GET /healthz HTTP/1.1\r\n")
            time.sleep(HEADERS_S / 3)
            sock.sendall(b"Host: central\r\n\r\n")
            answer = read_answer(sock)
            assert answer.startswith(b"HTTP/1.1 200"), answer
            assert b'"status":"ok"' in answer
            time.sleep(HEADERS_S * 1.5)  # idle between requests: the keep-alive time rules


def test_the_service_has_deadlines_by_default() -> None:
    deadlines = Deadlines()
    assert 0 < deadlines.headers <= 10
    assert deadlines.headers < deadlines.body <= 60
