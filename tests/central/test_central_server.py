"""The embeddable server, the store (schema versions, WAL, demo data) and the kiosk-central CLI."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from kiosk.central.demo_data import SERGEY_CARD
from kiosk.central.domain.clock import ManualClock
from kiosk.central.server import EmbeddedCentral
from kiosk.central.storage.store import MIGRATIONS, SCHEMA_VERSION, Store
from tests.support.central_api import ANNA_CARD, ISSUED_CARDS, Api, problem, registration_form

# --- embedded server -----------------------------------------------------------------------


def test_embedded_central_listens_on_loopback_and_stops_cleanly(tmp_path: Path) -> None:
    threads_before = set(threading.enumerate())
    central = EmbeddedCentral(tmp_path / "c.sqlite3", clock=ManualClock())
    with central:
        assert central.url.startswith("http://127.0.0.1:")
        assert central.running
        port = int(central.url.rsplit(":", 1)[1])
        assert port > 0
        assert requests.get(central.url + "/healthz", timeout=5).status_code == 200
        # A keep-alive connection left open does not hold the shutdown.
        lingering = requests.Session()
        lingering.get(central.url + "/healthz", timeout=5)

    assert not central.running
    assert set(threading.enumerate()) <= threads_before
    with pytest.raises(requests.ConnectionError):
        requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
    with pytest.raises(RuntimeError):
        _ = central.url
    central.stop()  # stopping twice is harmless
    lingering.close()


def test_two_embedded_centrals_run_side_by_side(manual_clock: ManualClock) -> None:
    with (
        EmbeddedCentral(clock=manual_clock) as first,
        EmbeddedCentral(clock=manual_clock) as second,
    ):
        assert first.url != second.url
        for central in (first, second):
            api = Api(central)
            assert api.get(f"/cards/{ANNA_CARD}").json()["status"] == "active"
            api.close()


def test_in_memory_database_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with EmbeddedCentral(clock=ManualClock()) as central:
        api = Api(central)
        api.register(ISSUED_CARDS[0])
        api.close()
        assert central.store.path == ":memory:"

    assert list(tmp_path.iterdir()) == []


def test_without_demo_data_there_is_no_demo_route_and_no_data(tmp_path: Path) -> None:
    with EmbeddedCentral(tmp_path / "c.sqlite3", demo=False, token="prod-token") as central:
        api = Api(central)
        try:
            problem(api.get("/demo/sms"), 404, "not-found")
            problem(api.get(f"/cards/{ANNA_CARD}"), 404, "card-not-found")
            assert api.get("/program").json()["promotions"] == []
        finally:
            api.close()
        with pytest.raises(RuntimeError):
            _ = central.demo_sms


def test_the_served_openapi_differs_without_demo_only_by_the_demo_route(tmp_path: Path) -> None:
    with EmbeddedCentral(demo=False) as plain, EmbeddedCentral(demo=True) as demo:
        plain_paths = set(requests.get(plain.url + "/openapi.json", timeout=5).json()["paths"])
        demo_paths = set(requests.get(demo.url + "/openapi.json", timeout=5).json()["paths"])

    assert demo_paths - plain_paths == {"/demo/sms"}


def test_data_survives_a_restart(tmp_path: Path, manual_clock: ManualClock) -> None:
    database = tmp_path / "c.sqlite3"
    with EmbeddedCentral(database, clock=manual_clock) as central:
        api = Api(central)
        api.register(ISSUED_CARDS[0])
        api.close()

    with EmbeddedCentral(database, clock=manual_clock) as central:
        api = Api(central)
        card = api.get(f"/cards/{ISSUED_CARDS[0]}").json()
        api.close()

    assert card["account"]["first_name"] == "Алеся"


def test_reset_serves_a_fresh_app_over_another_database(tmp_path: Path) -> None:
    import datetime as dt

    later = ManualClock(dt.datetime(2028, 2, 29, 10, 0, tzinfo=dt.UTC))
    with EmbeddedCentral(tmp_path / "first.sqlite3", clock=ManualClock()) as central:
        url, first_store = central.url, central.store
        api = Api(central)
        api.register(ISSUED_CARDS[0])
        assert central.demo_sms.messages()

        central.reset(tmp_path / "second.sqlite3", clock=later)

        assert central.url == url and central.clock is later
        assert central.store.path == str(tmp_path / "second.sqlite3")
        assert central.demo_sms.messages() == []  # a new app: nothing kept in memory
        assert api.get(f"/cards/{ISSUED_CARDS[0]}").json()["status"] == "issued"
        promotions = api.get("/program").json()["promotions"]
        assert promotions[0]["date"] == "2028-02-29"  # seeded with the new clock
        api.close()
    with pytest.raises(sqlite3.ProgrammingError):  # the first database was closed
        first_store.card(ISSUED_CARDS[0])
    with EmbeddedCentral(tmp_path / "first.sqlite3", clock=ManualClock()) as central:
        api = Api(central)
        assert api.get(f"/cards/{ISSUED_CARDS[0]}").json()["status"] == "active"
        api.close()


# --- store ---------------------------------------------------------------------------------


def test_schema_is_versioned_and_in_wal_mode(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    store.close()

    database = sqlite3.connect(tmp_path / "s.sqlite3")
    try:
        assert database.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert database.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        database.close()
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 1


def test_store_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    database = sqlite3.connect(path)
    database.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    database.close()

    with pytest.raises(RuntimeError, match="newer"):
        Store(path)


def test_server_secret_persists(tmp_path: Path) -> None:
    first = Store(tmp_path / "s.sqlite3")
    secret = first.server_secret
    first.close()
    second = Store(tmp_path / "s.sqlite3")

    assert second.server_secret == secret and len(secret) == 64
    second.close()


def test_one_commit_keeps_all_of_its_transactions_or_none(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    steps: list[str] = []
    try:
        with store.one_commit():
            with store.transaction():
                store.set_nomenclature("kept")
                store.before_commit(lambda: steps.append("sms"))
            with pytest.raises(ZeroDivisionError), store.transaction():
                store.set_nomenclature("undone")  # a refusal undoes its own transaction only
                raise ZeroDivisionError
            assert steps == []  # not before the commit
        assert (store.nomenclature(), steps) == ("kept", ["sms"])

        with pytest.raises(RuntimeError), store.one_commit():
            with store.transaction():
                store.set_nomenclature("lost")
                store.before_commit(lambda: steps.append("never"))
            raise RuntimeError("the central stops")
        assert (store.nomenclature(), steps) == ("kept", ["sms"])

        def provider_down() -> None:
            raise ConnectionError("SMS provider unreachable")

        with pytest.raises(ConnectionError), store.transaction():
            store.set_nomenclature("not sent")
            store.before_commit(provider_down)
        assert store.nomenclature() == "kept"
    finally:
        store.close()


def test_demo_dates_follow_the_service_clock(manual_clock: ManualClock) -> None:
    import datetime as dt

    manual_clock.set(dt.datetime(2028, 2, 29, 10, 0, tzinfo=dt.UTC))
    with EmbeddedCentral(clock=manual_clock) as central:
        api = Api(central)
        account = api.get(f"/cards/{SERGEY_CARD}").json()["account"]
        promotions = api.get("/program").json()["promotions"]
        api.close()

    assert account["offers"][0]["kind"] == "birthday"
    assert account["offers"][0]["valid_from"] == "2028-02-26"
    assert promotions[0]["date"] == "2028-02-29"


# --- command line --------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_up(url: str, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"kiosk-central exited with {process.returncode}")
        try:
            if requests.get(url + "/healthz", timeout=1).ok:
                return
        except requests.ConnectionError:
            time.sleep(0.05)
    raise AssertionError("kiosk-central did not come up")


@pytest.mark.slow
def test_cli_serves_demo_data_and_resets_it_on_restart(tmp_path: Path) -> None:
    port = _free_port()
    database = tmp_path / "cli.sqlite3"
    command = [
        sys.executable,
        "-m",
        "kiosk.central.cli",
        "--port",
        str(port),
        "--db",
        str(database),
        "--demo-data",
        "--token",
        "cli-token",
    ]
    url = f"http://127.0.0.1:{port}"
    headers = {"Authorization": "Bearer cli-token"}
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    for round_number in range(2):
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
        )
        try:
            _wait_until_up(url, process)
            card = requests.get(f"{url}/api/v1/cards/{ISSUED_CARDS[0]}", headers=headers, timeout=5)
            # The first round registers the card; the restart brings the demo data back.
            assert card.json()["status"] == "issued", round_number
            registration = requests.post(
                f"{url}/api/v1/registrations",
                json={
                    "card_number": ISSUED_CARDS[0],
                    "last_name": "Ковальчук",
                    "first_name": "Алеся",
                    "gender": "female",
                    "birth_date": "1990-05-17",
                    "phone": "+375447654321",
                    "password": "Zorka2024",
                    "consent_rules_version": "2025-03",
                },
                headers=headers,
                timeout=10,
            )
            assert registration.status_code == 201
            sms = requests.get(f"{url}/demo/sms", headers=headers, timeout=5).json()
            code = sms[0]["code"]
            confirmed = requests.post(
                f"{url}/api/v1/registrations/{registration.json()['registration_id']}/confirm",
                json={"code": code},
                headers=headers,
                timeout=10,
            )
            assert confirmed.status_code == 200
            requests.get(f"{url}/api/v1/cards/{ANNA_CARD}", headers=headers, timeout=5)
        finally:
            process.terminate()
            output, _ = process.communicate(timeout=20)
        # uvicorn shuts down gracefully, then re-raises the signal to report how it ended.
        assert process.returncode in (0, -signal.SIGTERM), output
        assert "Finished server process" in output
        # The log shows the demo code (demo only) but never a full card number or phone.
        assert f"code {code}" in output
        assert ANNA_CARD not in output and ISSUED_CARDS[0] not in output
        assert "+375447654321" not in output
        assert "•••• 0019" in output  # the access log line, masked


# --- a fault inside the service ------------------------------------------------------------


class _BrokenSmsGateway:
    def send(self, phone: str, code: str, when: object) -> None:
        raise ConnectionError("SMS provider unreachable")


def test_an_internal_fault_is_a_500_problem_and_is_not_replayed(
    central: EmbeddedCentral, central_api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    service = central.app.state.service
    working_gateway = service.sms
    service.sms = _BrokenSmsGateway()
    form = registration_form()

    failed = central_api.post("/registrations", form, headers={"Idempotency-Key": "k1"})

    problem(failed, 500, "internal")
    assert "SMS provider" not in failed.text  # no internals leak to the terminal
    assert any("unhandled error" in r.getMessage() for r in caplog.records)

    service.sms = working_gateway
    retried = central_api.post("/registrations", form, headers={"Idempotency-Key": "k1"})
    assert retried.status_code == 201
    assert "Idempotent-Replayed" not in retried.headers
