"""Every terminal has a token of its own and acts only as itself; ``kiosk-central terminals``."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from kiosk.central import cli
from kiosk.central.demo_data import seed
from kiosk.central.domain.clock import ManualClock
from kiosk.central.domain.terminals import terminal_of
from kiosk.central.server import EmbeddedCentral
from kiosk.central.storage.store import Store
from kiosk.core.runtime.config import demo_config
from tests.support.central_api import NOT_ISSUED_CARDS, Api, problem

BEAT = {"version": "1.0", "uptime_seconds": 5, "outbox_depth": 0}


def test_a_terminal_sends_only_its_own_heartbeat(
    central: EmbeddedCentral, central_api: Api, second_terminal: Api
) -> None:
    body = problem(central_api.post("/terminals/DEMO-02/heartbeat", BEAT), 403, "terminal-mismatch")
    assert body["detail"]
    problem(second_terminal.post("/terminals/DEMO-01/heartbeat", BEAT), 403, "terminal-mismatch")
    assert central.store.heartbeats() == []

    assert second_terminal.post("/terminals/DEMO-02/heartbeat", BEAT).status_code == 200
    assert [terminal_id for terminal_id, _ in central.store.heartbeats()] == ["DEMO-02"]


def test_an_activation_names_only_the_terminal_that_sends_it(
    central: EmbeddedCentral, central_api: Api, second_terminal: Api
) -> None:
    card = NOT_ISSUED_CARDS[0]
    session = {"X-Session-Token": central_api.staff_login()}
    as_other = {"terminal_id": "DEMO-02"}
    queued_as_other = {"terminal_id": "DEMO-02", "staff_id": "S-0001"}

    problem(
        central_api.post(f"/cards/{card}/activation", as_other, headers=session),
        403,
        "terminal-mismatch",
    )
    problem(
        central_api.post(f"/cards/{card}/activation", queued_as_other), 403, "terminal-mismatch"
    )
    assert central_api.get(f"/cards/{card}").json()["status"] == "not_issued"
    assert central.store.activations() == []

    own = second_terminal.post(f"/cards/{card}/activation", queued_as_other)
    assert own.status_code == 201, own.text
    assert [a.terminal_id for a in central.store.activations()] == ["DEMO-02"]


def test_tokens_are_kept_only_as_their_hashes(
    central: EmbeddedCentral, second_terminal: Api
) -> None:
    database = sqlite3.connect(central.store.path)
    try:
        rows = database.execute("SELECT id, token_hash FROM terminals ORDER BY id").fetchall()
        dump = "\n".join(database.iterdump())
    finally:
        database.close()

    assert rows == [
        ("DEMO-01", hashlib.sha256(b"demo-token").hexdigest()),
        ("DEMO-02", hashlib.sha256(b"demo-token-2").hexdigest()),
    ]
    assert "demo-token-2" not in dump


def test_a_token_of_no_terminal_or_of_a_removed_one_is_refused(
    central: EmbeddedCentral, second_terminal: Api
) -> None:
    assert second_terminal.get("/program").status_code == 200
    with central.store.transaction():
        assert central.store.remove_terminal("DEMO-02")

    problem(second_terminal.get("/program"), 401, "unauthorized")
    stranger = Api(central, token="no-such-terminal")
    try:
        problem(stranger.get("/program"), 401, "unauthorized")
    finally:
        stranger.close()


def test_the_demo_data_registers_the_terminal_of_the_kiosks_demo_mode() -> None:
    config = demo_config("http://127.0.0.1:1")
    store = Store(":memory:")
    try:
        seed(store, ManualClock())
        assert terminal_of(store, config.token) == config.terminal_id == "DEMO-01"
    finally:
        store.close()


def test_keys_are_scoped_per_terminal(central_api: Api, second_terminal: Api) -> None:
    beat = {"Idempotency-Key": "same"}
    first = central_api.post("/terminals/DEMO-01/heartbeat", BEAT, headers=beat)
    second = second_terminal.post("/terminals/DEMO-02/heartbeat", BEAT, headers=beat)

    assert first.status_code == second.status_code == 200
    assert "Idempotent-Replayed" not in second.headers


# --- kiosk-central terminals ---------------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(list(args))
    return code, capsys.readouterr().out


def test_terminals_are_added_listed_and_removed_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = str(tmp_path / "central.sqlite3")

    code, out = run_cli(capsys, "terminals", "add", "TILL-7", "--db", database)
    assert code == 0
    token = out.strip().splitlines()[-1]
    assert len(token) >= 40, out

    with EmbeddedCentral(database, demo=False, clock=ManualClock()) as central:
        api = Api(central, token=token)
        try:
            assert api.post("/terminals/TILL-7/heartbeat", BEAT).status_code == 200
            problem(api.post("/terminals/DEMO-01/heartbeat", BEAT), 403, "terminal-mismatch")
        finally:
            api.close()

    code, out = run_cli(capsys, "terminals", "list", "--db", database)
    assert code == 0 and "TILL-7" in out and token not in out

    # Adding it again issues a new token; the old one stops working.
    code, out = run_cli(capsys, "terminals", "add", "TILL-7", "--db", database)
    renewed = out.strip().splitlines()[-1]
    store = Store(database)
    try:
        assert terminal_of(store, renewed) == "TILL-7"
        assert terminal_of(store, token) is None
    finally:
        store.close()

    code, _ = run_cli(capsys, "terminals", "remove", "TILL-7", "--db", database)
    assert code == 0
    code, out = run_cli(capsys, "terminals", "list", "--db", database)
    assert "TILL-7" not in out
    assert run_cli(capsys, "terminals", "remove", "TILL-7", "--db", database)[0] == 1


def test_a_malformed_terminal_id_is_refused_by_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = str(tmp_path / "central.sqlite3")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["terminals", "add", "till 7", "--db", database])

    assert exit_info.value.code == 2
    assert "till 7" in capsys.readouterr().err
