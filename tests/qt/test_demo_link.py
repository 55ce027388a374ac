"""The demo's cuttable link between the kiosk and its embedded central."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from kiosk.central.link import DemoLink
from kiosk.central.server import EmbeddedCentral
from kiosk.core.client import CentralClient
from kiosk.core.client.errors import CentralOffline


@pytest.fixture
def link(central: EmbeddedCentral) -> Iterator[DemoLink]:
    host, port = central.url.removeprefix("http://").split(":")
    demo_link = DemoLink((host, int(port))).start()
    yield demo_link
    demo_link.stop()


def test_cut_refuses_and_reconnect_lets_through_on_the_same_address(link: DemoLink) -> None:
    threads_before = set(threading.enumerate())
    with CentralClient(link.url, "demo-token", terminal_id="DEMO-01", retries=0) as client:
        assert client.program_info().support_phone
        url = link.url

        link.cut()

        assert link.is_cut
        with pytest.raises(CentralOffline):
            client.program_info()
        link.reconnect()
        assert link.url == url and not link.is_cut
        assert client.program_info().support_phone
    link.stop()
    leftover = {t for t in set(threading.enumerate()) - threads_before if t.name.startswith("demo")}
    assert not {t for t in leftover if t.is_alive()}
