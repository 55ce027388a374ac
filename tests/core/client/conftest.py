"""Fixtures of the central client's tests against pytest-httpserver: ``make_client`` makes a
client of it whose sleeps between retries are recorded in ``sleeps`` instead of slept, and whose
jitter is the whole ceiling unless a test says otherwise."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytest_httpserver import HTTPServer

from kiosk.core.client import CentralClient


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
