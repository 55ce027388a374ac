"""The self-check's report on the service screen: every line in the screen's language (the
command line's stays English), in a grid whose columns line up whatever the font."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.core.runtime.config import ConfigError, ScannerSettings, demo_config
from kiosk.qt.screens.service import ServiceScreen
from kiosk.qt.shell.translations import Translations
from kiosk.selfcheck.checks import (
    check_disk,
    check_outbox,
    check_scanner,
    check_tls,
    check_translations,
)
from kiosk.selfcheck.report import SelfCheckReport
from kiosk.selfcheck.run import report_for_bad_config

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def a_report(tmp_path: Path) -> SelfCheckReport:
    """Real checks' results of every status: a config error (verbatim), the SKIPs it causes,
    and OK and WARN results of checks that need no central."""
    report = report_for_bad_config(ConfigError("/etc/kiosk/kiosk.toml: no such file"))
    report.results += [
        check_tls(demo_config("http://127.0.0.1:8765")),
        check_tls(demo_config("http://central.example")),
        *check_scanner(ScannerSettings(), input_devices=tmp_path / "no-devices"),
        check_disk(tmp_path / "logs"),
        check_outbox(tmp_path / "activation-outbox.sqlite3"),
        check_translations(),
    ]
    return report


@pytest.fixture
def screen(qtbot: QtBot) -> ServiceScreen:
    screen = ServiceScreen()
    qtbot.addWidget(screen)
    screen.resize(1280, 1024)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


@pytest.mark.parametrize("language", ["ru", "be"])
def test_every_line_speaks_the_screens_language(
    screen: ServiceScreen, translations: Translations, tmp_path: Path, language: str
) -> None:
    assert translations.apply(language)
    report = a_report(tmp_path)
    assert {r.status for r in report.results} == {"OK", "WARN", "FAIL", "SKIP"}

    screen.set_self_check(False, report)

    rows = screen.self_check_table.rows()
    assert len(rows) == len(report.results)
    for (status, name, detail), result in zip(rows, report.results, strict=True):
        assert name != result.name, f"{result.name!r} left in English"
        if result.said.template != "%1":  # a message of the system's own, as it came
            assert detail != result.detail, f"{result.detail!r} left in English"
        if result.status != "OK":
            assert status != result.status
    assert (
        screen.ui.selfCheckValue.text()
        == {
            "ru": "Самопроверка не пройдена. Ошибок: 1, предупреждений: 2.",
            "be": "Самаправерка не пройдзена. Памылак: 1, папярэджанняў: 2.",
        }[language]
    )
    # The command line's report stays English.
    assert "FAIL  config" in report.render()


def test_the_report_follows_a_change_of_language(
    qtbot: QtBot, screen: ServiceScreen, translations: Translations, tmp_path: Path
) -> None:
    assert translations.apply("ru")
    screen.set_self_check(False, a_report(tmp_path))
    assert screen.self_check_table.rows()[0][1] == "Конфигурация"

    assert translations.apply("en")

    qtbot.waitUntil(lambda: screen.self_check_table.rows()[0][:2] == ("Failed", "Configuration"))
    assert screen.ui.selfCheckValue.text() == "Self-check failed. Failed: 1, warnings: 2."


def test_the_columns_line_up_and_no_line_is_cut(
    qtbot: QtBot, screen: ServiceScreen, translations: Translations, tmp_path: Path
) -> None:
    assert translations.apply("ru")
    screen.set_self_check(False, a_report(tmp_path))
    table = screen.self_check_table

    def columns() -> list[set[int]]:
        lefts: list[set[int]] = [set(), set(), set()]
        for row in table.cells():
            for column, label in enumerate(row):
                lefts[column].add(label.mapTo(table, label.rect().topLeft()).x())
        return lefts

    def whole(label: QLabel) -> bool:
        return label.height() >= label.heightForWidth(label.width())

    # Once laid out (the screen was just shown): every text whole, each column at one x.
    qtbot.waitUntil(lambda: all(whole(label) for row in table.cells() for label in row))
    assert all(len(lefts) == 1 for lefts in columns())
    status_x, name_x, detail_x = (lefts.pop() for lefts in columns())
    assert status_x < name_x < detail_x
    for status, name, detail in table.cells():
        assert status.geometry().right() < name.geometry().left()
        assert name.geometry().right() < detail.geometry().left()
