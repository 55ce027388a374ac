"""The lazily built central client: the GUI thread never waits while a worker builds it."""

from __future__ import annotations

import threading
import time
from typing import cast

from kiosk.core.client import CentralClient
from kiosk.qt.tasks import LazyClient

#: How long a call on the GUI thread may take here: far below an import of requests.
GUI_BUDGET_S = 0.05


class SlowClient:
    """Stands in for the central client: only the attributes LazyClient touches."""

    def __init__(self) -> None:
        self.language = "?"
        self.closed = False

    def close(self) -> None:
        self.closed = True


class BlockingFactory:
    """Builds a client only when the test lets it (as the client's imports take their time)."""

    def __init__(self) -> None:
        self.building = threading.Event()
        self.release = threading.Event()
        self.built: list[SlowClient] = []

    def __call__(self) -> CentralClient:
        self.building.set()
        assert self.release.wait(5), "the test never let the build finish"
        client = SlowClient()
        self.built.append(client)
        return cast(CentralClient, client)


def _get_in_a_worker(lazy: LazyClient, got: list[object]) -> threading.Thread:
    worker = threading.Thread(target=lambda: got.append(lazy.get()))
    worker.start()
    return worker


def test_set_language_does_not_wait_for_a_client_being_built() -> None:
    factory = BlockingFactory()
    lazy = LazyClient(factory, "ru")
    got: list[object] = []
    worker = _get_in_a_worker(lazy, got)
    try:
        assert factory.building.wait(5)
        started = time.perf_counter()
        lazy.set_language("be")  # a language tap while the worker builds the client
        assert time.perf_counter() - started < GUI_BUDGET_S
    finally:
        factory.release.set()
        worker.join(5)
    assert not worker.is_alive()
    [client] = factory.built
    assert got == [client]
    assert client.language == "be", "the language chosen during the build is the client's"
    lazy.set_language("en")
    assert client.language == "en"


def test_close_during_the_build_does_not_wait_and_closes_the_client_once_built() -> None:
    factory = BlockingFactory()
    lazy = LazyClient(factory)
    got: list[object] = []
    worker = _get_in_a_worker(lazy, got)
    try:
        assert factory.building.wait(5)
        started = time.perf_counter()
        lazy.close()
        assert time.perf_counter() - started < GUI_BUDGET_S
    finally:
        factory.release.set()
        worker.join(5)
    [client] = factory.built
    assert client.closed


def test_two_workers_share_one_client() -> None:
    factory = BlockingFactory()
    lazy = LazyClient(factory)
    got: list[object] = []
    first = _get_in_a_worker(lazy, got)
    assert factory.building.wait(5)
    second = _get_in_a_worker(lazy, got)
    factory.release.set()
    first.join(5)
    second.join(5)
    assert len(factory.built) == 1
    assert got == [factory.built[0], factory.built[0]]
