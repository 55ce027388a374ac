"""The deployment files agree with the kiosk: the example configs load, the unit runs the kiosk
under the watchdog with the paths the install notes give."""

from __future__ import annotations

import configparser
from pathlib import Path

from kiosk.core.runtime.config import load_config

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "deploy" / "linux"
WINDOWS = ROOT / "deploy" / "windows"


def _unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(path, encoding="utf-8")
    return parser


def test_windows_config_example_is_a_valid_config() -> None:
    config = load_config(WINDOWS / "kiosk.toml")

    assert config.central_url.startswith("https://")
    assert config.log_dir is not None and config.log_dir.endswith(r"loyalty-kiosk\logs")


def test_linux_unit_restarts_a_crashed_or_frozen_kiosk() -> None:
    service = _unit(LINUX / "kiosk.service")["Service"]

    assert service["Type"] == "notify"
    assert service["Restart"] == "always"
    assert int(service["WatchdogSec"]) > 0
    # cage is the main process and the kiosk its child: only "all" lets the kiosk's
    # READY=1 and WATCHDOG=1 through.
    assert service["NotifyAccess"] == "all"
    assert service["ExecStart"].startswith("/usr/bin/cage -- /opt/kiosk/kiosk --config ")
    assert service["LimitCORE"] == "0"
    assert service["User"] == "kiosk"


def test_linux_unit_stops_the_kiosk_before_cage() -> None:
    """systemd's own SIGTERM reaches cage and the kiosk at once, and cage closing the display
    ends the kiosk before it closed its outbox: ExecStop signals the kiosk alone and waits."""
    service = _unit(LINUX / "kiosk.service")["Service"]
    kiosk_binary = service["ExecStart"].split(" -- ")[1].split()[0]

    stop = service["ExecStop"]
    assert f"pkill -TERM -x -P ${{MAINPID}} {Path(kiosk_binary).name};" in stop
    assert "while kill -0 ${MAINPID}" in stop
    assert int(service["TimeoutStopSec"]) > 15  # the outbox's sender is given 15 s to stop


def test_install_notes_use_the_paths_of_the_unit() -> None:
    service = _unit(LINUX / "kiosk.service")["Service"]
    notes = (LINUX / "install.md").read_text(encoding="utf-8")
    config_path = service["ExecStart"].split("--config ")[1].split()[0]

    assert config_path in notes
    assert f"/etc/pam.d/{service['PAMName']}" in notes
    assert "/var/log/" + service["LogsDirectory"] in notes
    assert "--self-check" in notes
