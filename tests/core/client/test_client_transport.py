"""Transport of the central client: one session per worker thread, TLS always verified."""

from __future__ import annotations

import gc
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import trustme
from pytest_httpserver import HTTPServer

from kiosk.core.client import CentralClient
from kiosk.core.client.errors import CentralOffline

PRODUCT_PATH = "/api/v1/products/4810000000012"
PRODUCT_BODY = {
    "barcode": "4810000000012",
    "name": {"ru": "Молоко", "be": "Малако", "en": "Milk"},
    "regular_price": "2.49",
    "card_price": "2.19",
    "currency": "BYN",
}


def make_client(base_url: str, sleeps: list[float], **options: object) -> CentralClient:
    return CentralClient(
        base_url,
        "demo-token",
        terminal_id="DEMO-01",
        sleep=sleeps.append,
        **options,  # type: ignore[arg-type]
    )


@pytest.fixture
def session_use(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Records (thread name, session id) of every request the client sends."""
    used: list[tuple[str, int]] = []
    original = requests.Session.request

    def recording(self: requests.Session, *args: object, **kwargs: object) -> requests.Response:
        used.append((threading.current_thread().name, id(self)))
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(requests.Session, "request", recording)
    return used


def test_each_worker_thread_uses_its_own_session(
    httpserver: HTTPServer, session_use: list[tuple[str, int]]
) -> None:
    httpserver.expect_request(PRODUCT_PATH).respond_with_json(PRODUCT_BODY)
    client = make_client(httpserver.url_for(""), [])
    results: dict[str, list[str]] = {}
    # Both workers stay alive until both are done, so a session cannot be reused by address.
    both_done = threading.Barrier(2, timeout=10)

    def worker() -> None:
        name = threading.current_thread().name
        results[name] = [client.lookup_product("4810000000012").card_price for _ in range(2)]
        both_done.wait()

    threads = [threading.Thread(target=worker, name=f"worker-{n}") for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    client.close()

    assert results == {"worker-1": ["2.19", "2.19"], "worker-2": ["2.19", "2.19"]}
    sessions_of = {
        name: {session for thread, session in session_use if thread == name}
        for name in ("worker-1", "worker-2")
    }
    assert len(sessions_of["worker-1"]) == 1, "a thread keeps its session between calls"
    assert len(sessions_of["worker-2"]) == 1
    assert sessions_of["worker-1"] != sessions_of["worker-2"]


def test_a_finished_worker_threads_session_is_closed(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Thread pools retire idle threads; a kiosk running for weeks must not keep their sockets.
    httpserver.expect_request(PRODUCT_PATH).respond_with_json(PRODUCT_BODY)
    closed: list[int] = []
    original_close = requests.Session.close

    def recording_close(self: requests.Session) -> None:
        closed.append(id(self))
        original_close(self)

    monkeypatch.setattr(requests.Session, "close", recording_close)
    client = make_client(httpserver.url_for(""), [])
    used: list[int] = []

    def worker() -> None:
        client.lookup_product("4810000000012")
        used.append(id(client._session()))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(timeout=10)
    gc.collect()

    assert used and used[0] in closed


# --- TLS -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate_authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(certificate_authority: trustme.CA) -> Iterator[HTTPServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    certificate_authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.start()
    server.expect_request(PRODUCT_PATH).respond_with_json(PRODUCT_BODY)
    yield server
    server.clear()
    if server.is_running():
        server.stop()


def test_untrusted_certificate_is_refused_and_not_retried(tls_server: HTTPServer) -> None:
    sleeps: list[float] = []
    client = make_client(tls_server.url_for(""), sleeps)

    with pytest.raises(CentralOffline, match="TLS"):
        client.lookup_product("4810000000012")

    assert sleeps == []
    assert tls_server.log == []
    client.close()


def test_ca_bundle_makes_a_private_central_trusted(
    tls_server: HTTPServer, certificate_authority: trustme.CA, tmp_path: Path
) -> None:
    bundle = tmp_path / "central-ca.pem"
    certificate_authority.cert_pem.write_to_path(str(bundle))
    client = make_client(tls_server.url_for(""), [], ca_bundle=str(bundle))

    assert client.lookup_product("4810000000012").name.en == "Milk"
    client.close()


def test_ca_bundle_does_not_trust_other_authorities(tls_server: HTTPServer, tmp_path: Path) -> None:
    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    client = make_client(tls_server.url_for(""), [], ca_bundle=str(other))

    with pytest.raises(CentralOffline, match="TLS"):
        client.lookup_product("4810000000012")
    client.close()
