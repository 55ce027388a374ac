"""``kiosk --self-check``: the config, the checks that ask the central (the real reference central
on loopback, a TLS server, a dripping central), whole runs and the report a field engineer reads.
The checks of the terminal itself are in test_selfcheck_terminal.py."""

from __future__ import annotations

import datetime as dt
import io
import re
import socket
import ssl
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import trustme
from PySide6.QtWidgets import QApplication
from pytest_httpserver import HTTPServer

from kiosk import __version__
from kiosk.central.server import EmbeddedCentral
from kiosk.core.client import CentralClient
from kiosk.core.runtime.config import KioskConfig, demo_config
from kiosk.selfcheck.checks import (
    check_central,
    check_clock,
    check_config,
    check_demo_scan,
    check_tls,
)
from kiosk.selfcheck.report import SelfCheckReport, verbatim
from kiosk.selfcheck.run import run_self_check, self_check_main
from tests.support.dripping_central import DrippingCentral

GOOD_CONFIG = """
[central]
url = "{url}"
terminal_id = "STORE12-K1"
token = "{token}"
connect_timeout = 1.0
read_timeout = 5.0

[logging]
dir = "{log_dir}"
"""


@pytest.fixture(scope="module")
def central() -> Iterator[EmbeddedCentral]:
    with EmbeddedCentral(demo=True) as running:
        yield running


@pytest.fixture
def config(central: EmbeddedCentral, tmp_path: Path) -> KioskConfig:
    return replace(
        demo_config(central.url, central.token),
        log_dir=str(tmp_path / "logs"),
        data_dir=str(tmp_path / "data"),
    )


def _client(config: KioskConfig) -> CentralClient:
    return CentralClient(
        config.central_url, config.token, terminal_id=config.terminal_id, retries=0
    )


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- config --------------------------------------------------------------------------------------


def test_valid_config_passes(central: EmbeddedCentral, tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(GOOD_CONFIG.format(url=central.url, token=central.token, log_dir=tmp_path))

    result, config = check_config(path)

    assert result.status == "OK"
    assert config is not None and config.terminal_id == "STORE12-K1"


def test_broken_config_fails_the_run_and_skips_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[central]\nurl = "ftp://nowhere"\n')
    out = io.StringIO()

    status = self_check_main(str(path), demo=False, out=out)

    text = out.getvalue()
    assert status == 1
    assert f"kiosk {__version__} self-check" in text
    assert "FAIL  config" in text and "url" in text
    assert re.search(r"^SKIP  central +needs a valid config$", text, re.MULTILINE)
    assert text.rstrip().endswith("self-check FAILED: 1 failed, 0 warnings")


def test_a_password_in_the_central_url_is_never_printed(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[central]\nurl = "https://kiosk:s3cret@central.example/"\n'
        'terminal_id = "STORE12-K1"\ntoken = "t"\n'
    )
    out = io.StringIO()

    assert self_check_main(str(path), demo=False, out=out) == 1

    assert "https://kiosk:••••@central.example/" in out.getvalue()
    assert "s3cret" not in out.getvalue()
    # Nor by a report on a config made in code, which no file check has seen.
    report = SelfCheckReport("1.0", "production", central_url="https://kiosk:s3cret@central/")
    report.add("central", "FAIL", verbatim("unreachable (https://kiosk:s3cret@central/)"))
    assert "s3cret" not in report.render()


def test_missing_config_names_the_file(tmp_path: Path) -> None:
    out = io.StringIO()

    status = self_check_main(None, demo=False, out=out, environ={"KIOSK_CONFIG": "/nope.toml"})

    assert status == 1
    assert "FAIL  config" in out.getvalue() and "/nope.toml" in out.getvalue()


# --- central -------------------------------------------------------------------------------------


def test_reachable_central_accepting_the_token(config: KioskConfig) -> None:
    client = _client(config)
    result = check_central(client)
    client.close()

    assert result.status == "OK"
    assert "terminal token accepted" in result.detail


def test_rejected_token(config: KioskConfig) -> None:
    client = _client(replace(config, token="not-this-terminal"))
    result = check_central(client)
    client.close()

    assert result.status == "FAIL"
    assert "token was rejected" in result.detail


def test_unreachable_central(config: KioskConfig) -> None:
    client = _client(replace(config, central_url=f"http://127.0.0.1:{_closed_port()}"))
    result = check_central(client)
    client.close()

    assert result.status == "FAIL"
    assert "unreachable" in result.detail and "connection refused" in result.detail


# --- TLS -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate_authority() -> trustme.CA:
    return trustme.CA()


def _tls_server(ca: trustme.CA, **cert_options: dt.datetime) -> HTTPServer:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("localhost", **cert_options).configure_cert(context)
    server = HTTPServer(host="localhost", port=0, ssl_context=context)
    server.start()
    return server


@pytest.fixture
def tls_server(certificate_authority: trustme.CA) -> Iterator[HTTPServer]:
    server = _tls_server(certificate_authority)
    yield server
    server.stop()


@pytest.fixture
def ca_file(certificate_authority: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "central-ca.pem"
    certificate_authority.cert_pem.write_to_path(str(path))
    return str(path)


def test_tls_verified_with_the_configured_ca(
    config: KioskConfig, tls_server: HTTPServer, ca_file: str
) -> None:
    https = replace(config, central_url=f"https://localhost:{tls_server.port}", ca_bundle=ca_file)

    result = check_tls(https)

    assert result.status == "OK"
    assert "certificate of localhost verified (TLSv1." in result.detail


def test_tls_untrusted_certificate_fails(config: KioskConfig, tls_server: HTTPServer) -> None:
    https = replace(config, central_url=f"https://localhost:{tls_server.port}")

    result = check_tls(https)

    assert result.status == "FAIL"
    assert "not accepted" in result.detail and "certificate" in result.detail


def test_tls_certificate_about_to_expire_warns(
    config: KioskConfig, certificate_authority: trustme.CA, ca_file: str
) -> None:
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(days=5)
    server = _tls_server(certificate_authority, not_after=soon)
    try:
        https = replace(config, central_url=f"https://localhost:{server.port}", ca_bundle=ca_file)
        result = check_tls(https)
    finally:
        server.stop()

    assert result.status == "WARN"
    assert "renew it" in result.detail


def test_plain_http_to_a_store_central_is_a_warning(config: KioskConfig) -> None:
    result = check_tls(replace(config, central_url="http://loyalty.example.by"))

    assert result.status == "WARN"
    assert "not encrypted" in result.detail


def test_plain_http_on_loopback_is_fine(config: KioskConfig) -> None:
    assert check_tls(config).status == "OK"


# --- clock ---------------------------------------------------------------------------------------


def _skew_seconds(detail: str) -> int:
    found = re.search(r"terminal clock (\d+) s", detail)
    assert found, detail
    return int(found.group(1))


def test_clock_in_sync(config: KioskConfig) -> None:
    result = check_clock(config)

    assert result.status == "OK"
    assert _skew_seconds(result.detail) <= 3


def test_clock_an_hour_behind_warns(config: KioskConfig) -> None:
    result = check_clock(config, now=lambda: time.time() - 3600)

    assert result.status == "WARN"
    assert "behind the central's" in result.detail and "NTP" in result.detail
    assert abs(_skew_seconds(result.detail) - 3600) <= 3


def test_clock_skipped_when_the_central_is_unreachable(config: KioskConfig) -> None:
    result = check_clock(replace(config, central_url=f"http://127.0.0.1:{_closed_port()}"))

    assert result.status == "SKIP"


# --- demo scan and whole runs --------------------------------------------------------------------


def test_demo_card_scanned_through_the_client(config: KioskConfig) -> None:
    client = _client(config)
    result = check_demo_scan(client)
    client.close()

    assert result.status == "OK"
    assert result.detail.startswith("•••• 0019: active own card, ")
    assert "2990000000019" not in result.detail


def test_demo_scan_fails_on_a_central_without_the_demo_card(tmp_path: Path) -> None:
    with EmbeddedCentral(demo=False) as empty:
        client = _client(demo_config(empty.url, empty.token))
        result = check_demo_scan(client)
        client.close()

    assert result.status == "FAIL"


def test_whole_run_against_a_healthy_central(
    config: KioskConfig, tmp_path: Path, qapp: QApplication
) -> None:
    keyboards = tmp_path / "by-id"
    keyboards.mkdir()
    (keyboards / "usb-Scanner-event-kbd").touch()

    report = run_self_check(config, demo=True, input_devices=keyboards)

    assert [(r.name, r.status) for r in report.results] == [
        ("config", "OK"),
        ("central", "OK"),
        ("tls", "OK"),
        ("scanner", "OK"),
        ("disk", "OK"),
        ("outbox", "OK"),
        ("clock", "OK"),
        ("translations", "OK"),
        ("resources", "OK"),
        ("demo scan", "OK"),
    ]
    assert report.exit_code == 0
    assert report.render().splitlines()[0].startswith(f"kiosk {__version__} self-check (demo;")


def test_production_run_against_an_unreachable_central(tmp_path: Path, qapp: QApplication) -> None:
    path = tmp_path / "kiosk.toml"
    url = f"http://127.0.0.1:{_closed_port()}"
    path.write_text(GOOD_CONFIG.format(url=url, token="t0ken", log_dir=tmp_path / "logs"))
    out = io.StringIO()

    status = self_check_main(str(path), demo=False, out=out)

    lines = out.getvalue().splitlines()
    assert status == 1
    assert any(line.startswith("FAIL  central") for line in lines)
    assert any(line.startswith("OK    config") for line in lines)
    assert not any("demo scan" in line for line in lines)


def test_demo_self_check_starts_its_own_central(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    out = io.StringIO()

    status = self_check_main(None, demo=True, out=out)

    text = out.getvalue()
    assert status == 0, text
    assert "OK    demo scan" in text
    assert "self-check passed" in text


# --- a central that drips its answers -----------------------------------------------------------


def test_production_run_against_a_dripping_central_ends_with_a_timeout(
    tmp_path: Path, qapp: QApplication
) -> None:
    # One byte every 50 ms never trips the read timeout; the whole-call deadline does. The clock
    # check does not wait a second time for a central that just failed to answer.
    with DrippingCentral(interval=0.05) as dripping:
        path = tmp_path / "kiosk.toml"
        text = GOOD_CONFIG.format(url=dripping.url, token="t0ken", log_dir=tmp_path / "logs")
        path.write_text(
            text.replace("read_timeout = 5.0", "read_timeout = 5.0\ncall_deadline = 0.5")
        )
        out = io.StringIO()

        status = self_check_main(str(path), demo=False, out=out)

    lines = out.getvalue().splitlines()
    assert status == 1
    central_line = next(line for line in lines if line.startswith("FAIL  central"))
    assert "no answer in time" in central_line and "within 0.5 s" in central_line
    assert any(re.match(r"SKIP  clock +the central did not answer", line) for line in lines)
    assert len(dripping.requests) == 1


def test_tls_handshake_dripped_by_the_server_is_cut_off(config: KioskConfig) -> None:
    # The server's handshake answer arrives a byte at a time: the handshake is bounded as a whole.
    server_hello = b"\x16\x03\x03\x01\x00" + b"\x02" + b"\x00" * 400
    with DrippingCentral(
        interval=0.05, answer=lambda request: server_hello, wait_for_request=False
    ) as dripping:
        https = replace(config, central_url=f"https://127.0.0.1:{dripping.port}", call_deadline=0.5)
        result = check_tls(https)

    assert result.status == "FAIL"
    assert "not done within 0.5 s" in result.detail
