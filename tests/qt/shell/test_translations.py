"""The kiosk's translator: one installed at a time, and the one it replaces is gone.

A shopper taps a language and the next one's session goes back to the default: a kiosk switches
language thousands of times between restarts, so a translator (with its loaded translation) left
behind by each switch adds up.
"""

from __future__ import annotations

import gc

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.qt.shell.translations import Translations, translation_file


def live_translators(app: QApplication) -> int:
    """QTranslators alive now: the application's children and those only Python holds."""
    held = [
        obj for obj in gc.get_objects() if isinstance(obj, QTranslator) and shiboken6.isValid(obj)
    ]
    pointers = {shiboken6.getCppPointer(t)[0] for t in (*app.findChildren(QTranslator), *held)}
    return len(pointers)


def text() -> str:
    return QCoreApplication.translate("AttractScreen", "Scan your card")


def test_a_hundred_switches_leave_one_translator(qapp: QApplication) -> None:
    if not translation_file("ru").exists():
        pytest.skip("translations not compiled (make translations)")
    translations = Translations(qapp)
    before = live_translators(qapp)
    try:
        assert translations.apply("ru")
        one_installed = live_translators(qapp)
        assert one_installed == before + 1
        for n in range(100):
            assert translations.apply(("be", "en", "ru")[n % 3])
        assert live_translators(qapp) == one_installed, "a switch left a translator behind"
        assert translations.apply("be")
        assert text() == "Адскануйце картку"
    finally:
        translations.remove()
    # None of the 101 is installed any more: the source text again, and nothing left alive.
    assert text() == "Scan your card"
    assert live_translators(qapp) == before


def test_a_missing_translation_leaves_nothing_behind(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    translations = Translations(qapp)
    before = live_translators(qapp)
    monkeypatch.setattr(
        "kiosk.qt.shell.translations.translation_file",
        lambda language: translation_file(language).with_name("missing.qm"),
    )
    for _ in range(10):
        assert not translations.apply("ru")
    assert live_translators(qapp) == before
