"""``kiosk --self-check``: the checks of the terminal itself, without a central: the scanner (a
serial pseudo-terminal, input devices in a folder), the free disk, the activation outbox, the
translations and the resources."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.core.cashier.outbox import OUTBOX_FILE_NAME, ActivationOutbox
from kiosk.core.runtime.config import ScannerSettings
from kiosk.qt.resources import resources_dir
from kiosk.selfcheck.checks import (
    LOW_DISK_BYTES,
    check_disk,
    check_outbox,
    check_resources,
    check_scanner,
    check_translations,
)

# --- scanner -------------------------------------------------------------------------------------


def test_serial_scanner_port_opens(tmp_path: Path) -> None:
    controller, device = os.openpty()
    try:
        settings = ScannerSettings(keyboard_wedge=False, serial_port=os.ttyname(device))
        results = check_scanner(settings, input_devices=tmp_path)
    finally:
        os.close(controller)
        os.close(device)

    assert [r.status for r in results] == ["OK"]
    assert "opens (9600 baud)" in results[0].detail


def test_missing_serial_scanner_fails(tmp_path: Path) -> None:
    settings = ScannerSettings(keyboard_wedge=False, serial_port=str(tmp_path / "ttyACM9"))

    results = check_scanner(settings, input_devices=tmp_path)

    assert [r.status for r in results] == ["FAIL"]
    assert "does not open" in results[0].detail and "dialout" in results[0].detail


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux input devices")
def test_keyboard_wedge_scanner_found_among_input_devices(tmp_path: Path) -> None:
    (tmp_path / "usb-Honeywell_Scanner-event-kbd").touch()
    (tmp_path / "usb-Touchscreen-event-mouse").touch()

    results = check_scanner(ScannerSettings(), input_devices=tmp_path)

    assert [r.status for r in results] == ["OK"]
    assert "usb-Honeywell_Scanner-event-kbd" in results[0].detail
    assert "Touchscreen" not in results[0].detail


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux input devices")
def test_keyboard_wedge_without_any_keyboard_device_warns(tmp_path: Path) -> None:
    results = check_scanner(ScannerSettings(), input_devices=tmp_path / "missing")

    assert [r.status for r in results] == ["WARN"]
    assert "plug in the scanner" in results[0].detail


# --- disk ----------------------------------------------------------------------------------------


def test_enough_free_disk(tmp_path: Path) -> None:
    result = check_disk(tmp_path / "logs")

    assert result.status == "OK"
    assert "MB free" in result.detail
    assert (tmp_path / "logs").is_dir()


def test_low_disk_warns(tmp_path: Path) -> None:
    def nearly_full(path: Path) -> SimpleNamespace:
        return SimpleNamespace(free=LOW_DISK_BYTES // 2)

    result = check_disk(tmp_path, disk_usage=nearly_full)

    assert result.status == "WARN"
    assert "only 100 MB free" in result.detail


def test_unwritable_log_folder_warns(tmp_path: Path) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the folder should be")

    result = check_disk(blocker / "kiosk")

    assert result.status == "WARN"
    assert "cannot be written" in result.detail


# --- the activation outbox ----------------------------------------------------------------------


def _outbox(folder: Path, cards: int) -> Path:
    path = folder / OUTBOX_FILE_NAME
    with ActivationOutbox(path, clock=lambda: 1750064400.0) as box:
        for n in range(cards):
            box.add(f"299000002{n:03d}0", "S-0001", "DEMO-01")
    return path


def test_an_outbox_with_queued_activations_passes(tmp_path: Path) -> None:
    path = _outbox(tmp_path, 2)

    result = check_outbox(path, now=lambda: 1750064400.0 + 600)

    assert (result.name, result.status) == ("outbox", "OK")
    assert result.detail == f"{path}: quick_check ok, 2 queued, 0 refused (the oldest 10 min ago)"
    # Nothing made beside it: a -shm file of the engineer's user would stop the kiosk writing.
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        OUTBOX_FILE_NAME,
        OUTBOX_FILE_NAME + ".rows",
    ]


def test_no_outbox_yet_passes_where_it_can_be_made(tmp_path: Path) -> None:
    result = check_outbox(tmp_path / "data" / OUTBOX_FILE_NAME)
    assert result.status == "OK" and "none yet" in result.detail
    assert not (tmp_path / "data").exists()  # the check changes nothing

    (tmp_path / "file").write_text("a file where the data folder should be")
    blocked = check_outbox(tmp_path / "file" / OUTBOX_FILE_NAME)
    assert blocked.status == "FAIL" and "no cashier scan can be recorded" in blocked.detail


def test_a_damaged_outbox_fails_and_is_left_as_it_is(tmp_path: Path) -> None:
    path = _outbox(tmp_path, 3)
    data = bytearray(path.read_bytes())
    data[:16] = b"not a database!!"
    path.write_bytes(bytes(data))

    result = check_outbox(path)

    assert result.status == "FAIL"
    assert "is damaged" in result.detail and "3 activations recorded in it" in result.detail
    assert path.read_bytes() == bytes(data)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        OUTBOX_FILE_NAME,
        OUTBOX_FILE_NAME + ".rows",
    ]


def test_an_outbox_that_lost_rows_fails(tmp_path: Path) -> None:
    path = _outbox(tmp_path, 3)
    path.write_bytes(b"")

    result = check_outbox(path)

    assert result.status == "FAIL"
    assert "holds 0 and 0 where 3 queued and 0 refused were recorded" in result.detail


def test_an_outbox_the_kiosk_has_open_is_read_with_its_wal(tmp_path: Path) -> None:
    path = tmp_path / OUTBOX_FILE_NAME
    with ActivationOutbox(path) as box:
        reader = sqlite3.connect(path)  # holds the WAL: the rows below stay in the -wal file
        reader.execute("BEGIN")
        reader.execute("SELECT COUNT(*) FROM outbox").fetchone()
        box.add("2990000020000", "S-0001", "DEMO-01")
        box.add("2990000020017", "S-0001", "DEMO-01")
        assert (tmp_path / (OUTBOX_FILE_NAME + "-wal")).stat().st_size > 0

        result = check_outbox(path)
        reader.close()

    assert result.status == "OK"
    assert "2 queued" in result.detail


# --- translations and resources ---------------------------------------------------------------


@pytest.fixture
def resources_copy(tmp_path: Path) -> Path:
    """A copy of the kiosk's resources folder to break."""
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    return copy


def test_all_three_translations_load() -> None:
    result = check_translations()

    assert result.status == "OK"
    assert result.detail == "ru, be, en load"


def test_missing_translation_fails(resources_copy: Path) -> None:
    (resources_copy / "translations" / "kiosk_be.qm").unlink()

    result = check_translations(resources_copy)

    assert result.status == "FAIL"
    assert result.detail.startswith("be: ") and "missing or unreadable" in result.detail


def test_translation_of_the_wrong_language_fails(resources_copy: Path) -> None:
    folder = resources_copy / "translations"
    shutil.copy(folder / "kiosk_ru.qm", folder / "kiosk_be.qm")

    result = check_translations(resources_copy)

    assert result.status == "FAIL"
    assert "is a ru_RU translation" in result.detail


def test_resources_load(qapp: QApplication) -> None:
    result = check_resources()

    assert result.status == "OK", result.detail
    assert "stylesheet parses" in result.detail


def test_broken_stylesheet_and_image_fail(qapp: QApplication, resources_copy: Path) -> None:
    (resources_copy / "styles" / "kiosk.qss").write_text("QWidget { color: red; ", "utf-8")
    (resources_copy / "images" / "broken.svg").write_text("<svg", "utf-8")

    result = check_resources(resources_copy)

    assert result.status == "FAIL"
    assert "Could not parse" in result.detail
    assert "image broken.svg does not load" in result.detail
    assert qapp.styleSheet() == ""  # the running application's style is left alone


def test_missing_stylesheet_fails(qapp: QApplication, resources_copy: Path) -> None:
    (resources_copy / "styles" / "kiosk.qss").unlink()

    result = check_resources(resources_copy)

    assert result.status == "FAIL"
    assert "kiosk.qss" in result.detail
