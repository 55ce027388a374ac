"""The `kiosk` command before any window: bad config, no display, version, lean start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import kiosk
from kiosk.core.runtime.config import verify_service_pin
from kiosk.main import EXIT_CONFIG, EXIT_NO_DISPLAY, display_problem, main

GOOD_CONFIG = """\
[central]
url = "https://loyalty.example.by"
terminal_id = "STORE12-K1"
token = "t0ken"
"""


def one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_missing_config_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere" / "kiosk.toml"
    assert main(["--config", str(missing)]) == EXIT_CONFIG
    line = one_line(capsys.readouterr().err)
    assert str(missing) in line and "not found" in line


def test_broken_config_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[central]\nurl = "https://loyalty.example.by"\nterminal_id = \n')
    assert main(["--config", str(config)]) == EXIT_CONFIG
    assert "TOML" in one_line(capsys.readouterr().err)


def test_config_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "env.toml"
    config.write_text("[central]\n")
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    assert main([]) == EXIT_CONFIG
    line = one_line(capsys.readouterr().err)
    assert str(config) in line and "url" in line


def test_bad_config_from_a_real_process(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[central]\nurl = "ftp://nope"\nterminal_id = "K1"\ntoken = "t"\n')
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.main", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == EXIT_CONFIG
    assert "url" in one_line(done.stderr)
    assert done.stdout == ""


def test_no_display_says_how_to_get_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main(["--demo"]) == EXIT_NO_DISPLAY
    line = one_line(capsys.readouterr().err)
    assert "no display" in line and "xvfb-run -a kiosk --demo" in line


def test_no_display_with_a_production_config_points_to_the_service(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    config = tmp_path / "kiosk.toml"
    config.write_text(GOOD_CONFIG)
    assert main(["--config", str(config)]) == EXIT_NO_DISPLAY
    line = one_line(capsys.readouterr().err)
    assert "no display" in line and "deploy/linux/install.md" in line
    assert "make demo" not in line and "--demo" not in line


def test_demo_with_a_config_is_a_usage_error_that_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(GOOD_CONFIG)
    for extra in ([], ["--self-check"]):
        assert main(["--demo", "--config", str(config), *extra]) == EXIT_CONFIG
        line = one_line(capsys.readouterr().err)
        assert "--demo and --config" in line and "drop --demo" in line


def test_config_that_is_a_named_pipe_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "kiosk.toml"
    os.mkfifo(pipe)
    assert main(["--config", str(pipe)]) == EXIT_CONFIG
    assert "not a regular file" in one_line(capsys.readouterr().err)


def _hash_pin(stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.main", "--hash-pin"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_hash_pin_reads_the_pin_from_a_pipe() -> None:
    done = _hash_pin("1234\n")
    assert done.returncode == 0, done.stderr
    line = one_line(done.stdout)
    assert line.startswith('service_pin_hash = "scrypt$') and "1234" not in line
    stored = line.split('"')[1]
    assert verify_service_pin("1234", stored)
    assert done.stderr == ""


@pytest.mark.parametrize("stdin", ["", "12\n", "١٢٣٤\n"])
def test_hash_pin_from_a_pipe_refuses_a_bad_pin_in_one_line(stdin: str) -> None:
    done = _hash_pin(stdin)
    assert done.returncode == 2
    assert "4 to 12 digits" in one_line(done.stderr)
    assert done.stdout == ""


@pytest.mark.parametrize(
    ("environ", "platform", "ok"),
    [
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({}, "win32", True),
        ({}, "darwin", True),
    ],
)
def test_display_problem(environ: dict[str, str], platform: str, ok: bool) -> None:
    assert (display_problem(environ, platform) is None) is ok


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"kiosk {kiosk.__version__}"


def test_unknown_language_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--demo", "--lang", "de"])
    assert exit_.value.code == 2
    assert "--lang" in capsys.readouterr().err


def test_start_screen_needs_neither_requests_nor_pydantic_nor_the_demo_service() -> None:
    # What the kiosk imports before its first screen is up; the HTTP client and its models
    # load later in a worker thread, FastAPI and uvicorn only in demo mode, the other screens
    # and the wizards after the start screen, the rest when needed.
    later = (
        "requests pydantic fastapi uvicorn barcode kiosk.central kiosk.qt.features.wizards.install "
        "kiosk.qt.screens.card kiosk.qt.screens.demo_panel kiosk.qt.input.keyboard "
        "importlib.metadata hashlib platformdirs"
    )
    probe = (
        "import sys\n"
        "import kiosk.main, kiosk.qt.app, kiosk.core.flow, kiosk.qt.controller\n"
        f"later = {later.split()!r}\n"
        "print(sorted(m for m in sys.modules if m in later or m.startswith('kiosk.central')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"


def test_the_demo_kiosk_dates_the_day_by_its_central(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo's central dates the day's discount and birthday offers in Minsk time; the kiosk
    picks today's by the same date, not by the laptop's own time zone."""
    import datetime as dt

    import kiosk.qt.app
    from kiosk.central.domain.clock import SystemClock

    service_day = dt.date(2031, 1, 2)  # not the machine's date, whatever its time zone
    monkeypatch.setattr(SystemClock, "today", lambda self: service_day)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    seen: list[dt.date] = []

    def run_kiosk(config: object, **options: Any) -> int:
        seen.append(options["today"]())
        return 0

    monkeypatch.setattr(kiosk.qt.app, "run_kiosk", run_kiosk)
    assert main(["--demo", "--db", str(tmp_path / "demo.sqlite3")]) == 0
    assert seen == [service_day]
