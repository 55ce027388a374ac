"""A whole-call deadline: a central that drips its answer one byte at a time is cut off.

A per-read socket timeout never trips while bytes keep coming; the deadline bounds connect,
headers and body together, and retries never run past it. The assertions are about outcomes
(a timeout, the connection given up), never about how long something took.
"""

from __future__ import annotations

import gc
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.client import ACCEPT, CentralClient
from kiosk.core.client.deadline import CallDeadline, armed
from kiosk.core.client.errors import CentralOffline, CentralTimeout
from tests.support.dripping_central import CARD, DrippingCentral, card_answer


def make_client(url: str, **options: object) -> CentralClient:
    sleeps: list[float] = []
    defaults: dict[str, object] = {
        "terminal_id": "DEMO-01",
        "read_timeout": 5.0,
        "call_deadline": 0.5,
        "sleep": sleeps.append,
    }
    defaults.update(options)
    return CentralClient(url, "demo-token", **defaults)  # type: ignore[arg-type]


@pytest.fixture(params=["headers", "body"])
def dripping(request: pytest.FixtureRequest) -> Iterator[DrippingCentral]:
    with DrippingCentral(interval=0.05, where=request.param) as central:
        yield central


def test_default_deadline_is_connect_plus_read_timeout() -> None:
    client = CentralClient("http://127.0.0.1:9", "t", terminal_id="T", read_timeout=7.0)
    assert client.call_deadline == client.connect_timeout + 7.0
    with pytest.raises(ValueError, match="call_deadline"):
        CentralClient("http://127.0.0.1:9", "t", terminal_id="T", call_deadline=0)


def test_dripping_answer_is_a_timeout_and_the_connection_is_given_up(
    dripping: DrippingCentral,
) -> None:
    # The read timeout (5 s) is never reached: a byte arrives every 50 ms.
    client = make_client(dripping.url)
    with pytest.raises(CentralTimeout, match=r"within 0\.5 s"):
        client.lookup_card(CARD)
    # Not retried (the request reached the central) and not left running: the server notices
    # the client went away while it still had most of the answer to send.
    assert len(dripping.requests) == 1
    deadline = time.monotonic() + 5
    while dripping.abandoned < 1 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert dripping.abandoned == 1 and dripping.dripping == 0
    client.close()


def test_the_next_call_after_a_cut_off_one_gets_a_fresh_connection(
    dripping: DrippingCentral,
) -> None:
    client = make_client(dripping.url)
    with pytest.raises(CentralTimeout):
        client.lookup_card(CARD)
    dripping.healthy.set()
    # The pooled connection was shut down; the client notices and connects anew.
    assert client.lookup_card(CARD).number == CARD
    client.close()


def _client_sockets_to(port: int) -> int:
    """Sockets this process holds open to ``port`` on loopback (Linux: /proc)."""
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue  # the listing's own descriptor, or one closed meanwhile
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    count = 0
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        remote_port = int(fields[2].rpartition(":")[2], 16)
        count += remote_port == port and fields[9] in inodes
    return count


@pytest.fixture
def no_garbage_collection() -> Iterator[None]:
    # The collector may run at any moment and close what it frees; with it off, only what the
    # client closes itself is closed.
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="counts sockets through /proc")
@pytest.mark.parametrize("phase", ["connect", "headers", "body"])
@pytest.mark.usefixtures("no_garbage_collection")
def test_no_connection_outlives_a_cut_off_call_or_close(phase: str) -> None:
    # A terminal runs for months: every connection the client opens is closed, by the call that
    # gives it up or by close(), never left for the garbage collector. "connect": the server's TLS
    # handshake answer drips, so the deadline cuts the call off before a request is sent.
    tls = phase == "connect"
    server_hello = b"\x16\x03\x03\x01\x00" + b"\x02" + b"\x00" * 400
    with DrippingCentral(
        interval=0.05,
        where="headers" if tls else phase,
        answer=lambda request: server_hello if tls else card_answer(),
        wait_for_request=not tls,
    ) as central:
        client = make_client(f"https://127.0.0.1:{central.port}" if tls else central.url)
        with pytest.raises(CentralTimeout):
            client.lookup_card(CARD)
        assert _client_sockets_to(central.port) == 0, "the cut-off connection is closed"
        if not tls:
            central.healthy.set()
            assert client.lookup_card(CARD).number == CARD
            assert _client_sockets_to(central.port) == 1, "kept for the next call"
        client.close()
        assert _client_sockets_to(central.port) == 0


def test_a_dripping_post_is_a_timeout_too() -> None:
    with DrippingCentral(interval=0.05) as central:
        client = make_client(central.url)
        with pytest.raises(CentralTimeout):
            client.resend_sms_login("challenge-1")
        assert len(central.requests) == 1
        client.close()


def test_retries_never_run_past_the_deadline() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:  # really sleeps: the deadline runs on the real clock
        sleeps.append(seconds)
        time.sleep(seconds)

    # A refused port is retried with backoff; a pause longer than the time left is not taken.
    client = make_client(
        f"http://127.0.0.1:{port}",
        retries=5,
        backoff=0.4,
        jitter=lambda: 1.0,
        call_deadline=1.0,
        sleep=sleep,
    )
    with pytest.raises(CentralOffline):
        client.program_info()
    assert sum(sleeps) < 1.0
    assert sleeps == [0.4]  # the next pause (0.8 s) would not fit in what is left


class Connection:
    """A connected pair of sockets on loopback; ``sock`` is the client's end."""

    def __init__(self) -> None:
        self._server = socket.socket()
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(1)
        self.sock = socket.create_connection(self._server.getsockname())
        self.peer, _ = self._server.accept()

    def close(self) -> None:
        for sock in (self.sock, self.peer, self._server):
            sock.close()


def test_deadline_watchdog_wakes_a_blocked_reader() -> None:
    # The mechanism on its own: a socket read with no timeout is woken when the deadline passes.
    connection = Connection()

    deadline = CallDeadline(0.2)
    got: list[bytes] = []
    with armed(deadline):
        deadline.watch(connection)
        thread = threading.Thread(target=lambda: got.append(connection.sock.recv(10)))
        thread.start()
        thread.join(timeout=10)
    assert not thread.is_alive()
    assert got == [b""] and deadline.expired
    # The call is over: the connection it cut off is closed, never handed to another call.
    assert connection.sock.fileno() == -1
    connection.close()


def test_a_deadline_ended_in_time_leaves_its_connection_alone() -> None:
    connection = Connection()
    deadline = CallDeadline(0.05)
    with armed(deadline):
        deadline.watch(connection)
    deadline.expire()  # a late watchdog must not cut a connection back in the pool
    connection.peer.sendall(b"x")
    assert connection.sock.recv(1) == b"x"
    connection.close()


def test_accept_admits_problem_details_and_resends_carry_no_body() -> None:
    assert "application/problem+json" in ACCEPT.split(", ")
    with DrippingCentral() as central:
        central.healthy.set()
        client = make_client(central.url, call_deadline=5.0)
        with pytest.raises(Exception):  # noqa: B017 - the answer does not matter here
            client.resend_registration_code("reg-1")
        with pytest.raises(Exception):  # noqa: B017
            client.resend_sms_login("challenge-1")
        client.close()
    for raw in central.requests:
        head, _, body = raw.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").lower().split("\r\n")
        assert lines[0].startswith("post ") and "/resend" in lines[0]
        assert body == b""
        assert not any(line.startswith("content-type:") for line in lines)
        assert "accept: application/json, application/problem+json" in lines
