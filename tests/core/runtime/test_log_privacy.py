"""The whole-run log privacy check (plugin ``tests/support/log_privacy.py``) and its leak
detector."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk.core.runtime.masking import mask_text
from tests.support.log_privacy import find_unmasked

SUPPORT_DIR = Path(__file__).resolve().parents[2] / "support"


@pytest.mark.parametrize(
    "line",
    [
        "scanned 2990000000019",
        "GET /api/v1/cards/2991000000016 failed",
        "sms to +375291234567",
        "sms to +375 29 123-45-67",
        "login +7 (916) 123-45-67 failed",
        "login +79161234567 failed",
    ],
)
def test_detector_flags_full_card_numbers_and_phones(line: str) -> None:
    leaks = find_unmasked(["ok", line])

    assert len(leaks) == 1
    assert leaks[0].startswith("line 2: unmasked")
    # The report names the last four digits only, never the secret itself.
    digits = "".join(ch for ch in line if ch.isdigit())
    assert leaks[0].endswith(f"ending in {digits[-4:]}")
    assert digits[:-4] not in leaks[0]


@pytest.mark.parametrize(
    "line",
    [
        mask_text("scanned 2990000000019 for +375291234567 and +79161234567"),
        "2024-05-01T12:00:00.123+03:00 INFO card kiosk.qt.app: shown in 0.123 s",
        "heartbeat uptime 86400 outbox 0 id 5f0c1a2e-9b1d-4c3a-8d2e-0f1e2d3c4b5a",
        "support phone 8 800-555-36-09",
        "+7 is the country code",
    ],
)
def test_detector_passes_masked_and_ordinary_lines(line: str) -> None:
    assert find_unmasked([line]) == []


def test_every_record_of_the_run_is_captured_masked_without_altering_it(
    captured_log_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    logging.getLogger("kiosk.test.privacy").debug(
        "card %s phone %s", "2990000000019", "+375291234567"
    )

    captured = captured_log_file.read_text(encoding="utf-8")
    assert "kiosk.test.privacy: card •••• 0019 phone" in captured
    assert "2990000000019" not in captured and "+375291234567" not in captured
    # The capture works on a copy: other handlers still get the record as it was logged.
    assert caplog.records[-1].getMessage() == "card 2990000000019 phone +375291234567"


def _run_inner_session(
    tmp_path: Path, test_body: str, *options: str
) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_inner.py").write_text(textwrap.dedent(test_body), encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SUPPORT_DIR), *sys.path]),
        # Only the plugins named here: the installed ones (Hypothesis, Schemathesis, pytest-qt,
        # ...) take some 2 s to load in each process and play no part in the inner run.
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    }
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "log_privacy",
            "-p",
            "no:cacheprovider",
            "-q",
            *options,
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "options",
    [(), ("-p", "xdist.plugin", "-n", "2")],
    ids=["one process", "two workers (a worker's leak fails the run too)"],
)
def test_a_run_that_logs_an_unmasked_card_number_fails(
    tmp_path: Path, options: tuple[str, ...]
) -> None:
    result = _run_inner_session(
        tmp_path,
        """
        import logging
        import kiosk.core.runtime.masking

        def test_passes_but_leaks(monkeypatch):
            monkeypatch.setattr(kiosk.core.runtime.masking, "mask_text", lambda text: text)
            logging.getLogger("kiosk.inner").info("scanned %s", "2990000000019")
        """,
        *options,
    )

    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 passed" in result.stdout
    assert "unmasked shopper data in the logs" in result.stdout
    assert "unmasked card number ending in 0019" in result.stdout
    assert "2990000000019" not in result.stdout


@pytest.mark.slow
def test_a_run_whose_logs_are_masked_passes(tmp_path: Path) -> None:
    result = _run_inner_session(
        tmp_path,
        """
        import logging

        def test_logs_shopper_data():
            card, phone = "2990000000019", "+375291234567"
            logging.getLogger("kiosk.inner").info("scanned %s for %s", card, phone)
        """,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "unmasked shopper data" not in result.stdout


def test_the_central_log_masks_tracebacks_too(capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.central import cli

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        cli._configure_logging("info")
        try:
            raise ValueError("no card 2990000000019 for +375291234567")
        except ValueError:
            logging.getLogger("kiosk.central.test").exception("lookup of %s", "2991000000016")
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    logged = capsys.readouterr().err
    assert "Traceback" in logged and "ValueError" in logged
    assert find_unmasked(logged.splitlines()) == []
    assert "0019" in logged and "4567" in logged and "0016" in logged
