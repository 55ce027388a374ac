"""The kiosk's log files: format, masking of shopper data, rotation, and an unwritable folder."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import __version__
from kiosk.core.runtime.logging_setup import (
    LOG_FILE_NAME,
    set_screen,
    setup_logging,
    teardown_logging,
)

LINE_RE = re.compile(
    r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d (DEBUG|INFO|WARNING|ERROR|CRITICAL) "
    r"\S+ [\w.]+: .*$"
)


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    set_screen("-")  # whatever screen an earlier test's kiosk showed last
    yield
    teardown_logging()
    root.setLevel(level)
    set_screen("-")


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_first_line_names_version_and_terminal(tmp_path: Path) -> None:
    log_file = setup_logging(tmp_path, terminal_id="minsk-07")

    assert log_file == tmp_path / LOG_FILE_NAME
    first = _lines(log_file)[0]
    assert first.endswith(f"INFO - kiosk: kiosk {__version__} starting (terminal minsk-07)")
    assert LINE_RE.match(first)


def test_each_event_is_one_line_with_screen_and_logger(tmp_path: Path) -> None:
    log_file = setup_logging(tmp_path)
    assert log_file is not None
    set_screen("card")
    logging.getLogger("kiosk.qt.app").info("shown\nwith a second line")
    try:
        raise RuntimeError("central said no")
    except RuntimeError:
        logging.getLogger("kiosk.core.flow").exception("lookup failed")

    lines = _lines(log_file)
    assert len(lines) == 3
    assert all(LINE_RE.match(line) for line in lines)
    assert lines[1].endswith("INFO card kiosk.qt.app: shown\\nwith a second line")
    assert " ERROR card kiosk.core.flow: lookup failed\\nTraceback" in lines[2]
    assert "RuntimeError: central said no" in lines[2]


@pytest.mark.parametrize(
    ("message", "args", "secret", "last4"),
    [
        ("scanned %s", ("2990000000019",), "2990000000019", "0019"),
        ("scanned 2991000000016 at the till", (), "2991000000016", "0016"),
        ("sms sent to %s", ("+375291234567",), "+375291234567", "4567"),
        ("login for %s failed", ("+79161234567",), "+79161234567", "4567"),
        ("phone %s", ("+375 (29) 123-45-67",), "123-45-67", "4567"),
        ("request %r", ({"card": "2990000000019", "phone": "+375447654321"},), "2990000000019", ""),
    ],
)
def test_card_numbers_and_phones_are_masked_to_last_four(
    tmp_path: Path, message: str, args: tuple[object, ...], secret: str, last4: str
) -> None:
    log_file = setup_logging(tmp_path)
    assert log_file is not None
    logging.getLogger("kiosk.test").warning(message, *args)

    text = log_file.read_text(encoding="utf-8")
    assert secret not in text
    assert "+375447654321" not in text
    assert last4 in text


def test_traceback_text_is_masked_too(tmp_path: Path) -> None:
    log_file = setup_logging(tmp_path)
    assert log_file is not None
    try:
        raise ValueError("card 2990000000019 rejected for +375291234567")
    except ValueError:
        logging.getLogger("kiosk.test").exception("failed")

    text = log_file.read_text(encoding="utf-8")
    assert "2990000000019" not in text
    assert "+375291234567" not in text
    assert "0019" in text and "4567" in text


def test_rotation_caps_the_size_of_the_logs(tmp_path: Path) -> None:
    log_file = setup_logging(tmp_path, max_bytes=2_000, backups=2)
    assert log_file is not None
    for n in range(500):
        logging.getLogger("kiosk.test").info("event number %d with some padding text", n)

    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == [LOG_FILE_NAME, f"{LOG_FILE_NAME}.1", f"{LOG_FILE_NAME}.2"]
    assert all((tmp_path / name).stat().st_size <= 2_000 for name in files)
    assert "event number 499 " in log_file.read_text(encoding="utf-8")


def test_unwritable_folder_falls_back_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "logs"
    not_a_folder.write_text("a file where the log folder should be")

    log_file = setup_logging(not_a_folder / "kiosk", terminal_id="t1")
    logging.getLogger("kiosk.test").info("still logging card %s", "2990000000019")

    assert log_file is None
    err = capsys.readouterr().err
    assert f"kiosk {__version__} starting (terminal t1)" in err
    assert "cannot write logs to" in err and "logging to stderr only" in err
    assert "still logging card •••• 0019" in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_full_disk_falls_back_to_stderr_without_crashing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / LOG_FILE_NAME).symlink_to("/dev/full")

    log_file = setup_logging(tmp_path, terminal_id="t2")
    logging.getLogger("kiosk.test").error("after the disk filled up")

    assert log_file is None
    err = capsys.readouterr().err
    assert "cannot write the log file" in err
    assert "logging to stderr only" in err
    assert "after the disk filled up" in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_disk_filling_up_later_costs_lines_not_the_kiosk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_file = setup_logging(tmp_path)
    assert log_file is not None
    log_file.unlink()
    log_file.symlink_to("/dev/full")
    handler = next(
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    )
    handler.close()  # the next record reopens the path, now a full disk

    for n in range(20):
        logging.getLogger("kiosk.test").info("line %d", n)

    err = capsys.readouterr().err
    assert err.count("cannot write the log file") == 1
    assert "Traceback" not in err


def test_setting_up_twice_does_not_double_lines(tmp_path: Path) -> None:
    setup_logging(tmp_path)
    log_file = setup_logging(tmp_path)
    assert log_file is not None
    logging.getLogger("kiosk.test").info("once")

    assert sum("once" in line for line in _lines(log_file)) == 1


def test_default_folder_is_the_platform_log_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    log_file = setup_logging(None)

    assert log_file is not None
    assert log_file.is_relative_to(tmp_path)
    assert "loyalty-kiosk" in log_file.parts


# --- third-party tracebacks, demo SMS codes, ids in URLs ----------------------------------------


def test_a_library_traceback_becomes_one_masked_line(tmp_path: Path) -> None:
    # A central whose header block is garbled: urllib3 logs a warning with the whole chained
    # traceback (two of them), naming the URL with the card number.
    from kiosk.core.client import CentralClient
    from kiosk.core.client.errors import CentralError
    from tests.support.dripping_central import DrippingCentral

    garbled = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 0\r\n"
        b"X-Bad header\r\n\r\n"
    )
    log_file = setup_logging(tmp_path, level=logging.DEBUG)
    assert log_file is not None
    with DrippingCentral(answer=lambda request: garbled) as central:
        central.healthy.set()
        client = CentralClient(central.url, "t", terminal_id="T", retries=0)
        with pytest.raises(CentralError):
            client.lookup_card("2990000000019")
        client.close()

    lines = _lines(log_file)
    assert all(LINE_RE.match(line) for line in lines), lines
    text = "\n".join(lines)
    assert "Traceback" not in text
    library = [line for line in lines if " urllib3.connection: " in line]
    assert len(library) == 1
    assert "Failed to parse headers" in library[0] and "(HeaderParsingError" in library[0]
    assert "/cards/•••• 0019" in library[0] and "2990000000019" not in text


def test_own_tracebacks_are_kept(tmp_path: Path) -> None:
    log_file = setup_logging(tmp_path)
    assert log_file is not None
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        logging.getLogger("kiosk.test").exception("failed")
        logging.getLogger("somelib").exception("failed too")
    own, library = _lines(log_file)[1:]
    assert "Traceback" in own
    assert "Traceback" not in library and library.endswith("failed too (RuntimeError: boom)")


def test_demo_sms_codes_and_ids_in_urls_never_reach_the_log_file(tmp_path: Path) -> None:
    # Demo mode runs the central inside the kiosk, so its log lines land in the kiosk's file.
    from kiosk.central.demo_data import ANNA_PHONE
    from kiosk.central.server import EmbeddedCentral
    from kiosk.core.client import CentralClient
    from kiosk.core.client.errors import CentralError

    log_file = setup_logging(tmp_path, level=logging.DEBUG)
    assert log_file is not None
    with EmbeddedCentral(demo=True) as central:
        client = CentralClient(central.url, central.token, terminal_id="DEMO-01", retries=0)
        challenge = client.start_sms_login(ANNA_PHONE)
        with pytest.raises(CentralError):
            client.confirm_sms_login(challenge.challenge_id, "000000")
        with pytest.raises(CentralError):  # too soon after the first: a cooldown
            client.resend_sms_login(challenge.challenge_id)
        codes = {sms.code for sms in client.demo_sms()}
        client.close()

    text = log_file.read_text(encoding="utf-8")
    assert codes and not any(code in text for code in codes)
    challenge_id = challenge.challenge_id
    assert challenge_id not in text
    masked = f"/sms/•••• {challenge_id[-4:]}"
    # Every line that names the challenge names it the same way: the client's call lines and
    # urllib3's request lines alike.
    naming = [line for line in _lines(log_file) if challenge_id[-4:] in line]
    assert len(naming) >= 4
    assert all(masked in line for line in naming), naming
