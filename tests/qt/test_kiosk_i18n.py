"""Translations: every user-visible string of the kiosk has a real Russian and Belarusian
translation that keeps its placeholders, and the language switch loads them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.qt.shell.translations import Translations

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_every_string_is_translated_and_keeps_its_placeholders(language: str) -> None:
    found = messages(TRANSLATIONS / f"kiosk_{language}.ts")
    assert len(found) > 100
    for context, source, message in found:
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") != "unfinished", f"{context}: {source!r}"
        for text in translations_of(message):
            assert text.strip(), f"{context}: {source!r} has an empty translation"
            assert sorted(set(PLACEHOLDER.findall(text))) == sorted(
                set(PLACEHOLDER.findall(source))
            ), f"{context}: {source!r} -> {text!r}"


@pytest.mark.parametrize("language", ["ru", "be"])
def test_translations_are_not_left_in_english(language: str) -> None:
    latin_only = re.compile(r"^[\sA-Za-z0-9.,:;!?%()'\"/+@_\-–—…]+$")
    allowed = {"OK", "Email", "SMS", "EN", "RU", "BE", "ABC"}
    for context, source, message in messages(TRANSLATIONS / f"kiosk_{language}.ts"):
        for text in translations_of(message):
            if (
                latin_only.match(text)
                and PLACEHOLDER.sub("", text).strip(" .,:-()%")
                and (text not in allowed)
            ):
                # Only numbers, codes and names may stay as they are.
                assert not re.search(r"[a-z]{3}", PLACEHOLDER.sub("", text)), (
                    f"{context}: {source!r} -> {text!r}"
                )


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
    reason="lupdate is not installed next to this Python",
)
def test_no_string_in_the_sources_is_missing_from_the_translations(tmp_path: Path) -> None:
    """lupdate over the kiosk's code and forms finds nothing that kiosk_ru.ts lacks."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(
        str(path)
        for path in (ROOT / "kiosk").rglob("*.py")
        if "forms" not in path.parts and "central" not in path.parts
    )
    forms = sorted(str(path) for path in (ROOT / "ui").glob("*.ui"))
    copy = tmp_path / "kiosk_ru.ts"
    shutil.copy(TRANSLATIONS / "kiosk_ru.ts", copy)
    subprocess.run(
        [str(lupdate), "-silent", *sources, *forms, "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    unfinished = [
        f"{context}: {source!r}"
        for context, source, message in messages(copy)
        if message.find("translation") is not None
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == [], "untranslated: " + "; ".join(unfinished)


def test_switching_languages(translations: Translations) -> None:
    def text() -> str:
        return QCoreApplication.translate("AttractScreen", "Scan your card")

    assert translations.apply("ru")
    assert text() == "Отсканируйте карту"
    assert translations.apply("be")
    assert text() == "Адскануйце картку"
    assert translations.apply("en")
    assert text() == "Scan your card"


def test_english_plural_forms_come_from_the_english_translation(
    translations: Translations,
) -> None:
    source = "Everything you typed will be cleared in %n seconds."
    translations.apply("en")
    assert QCoreApplication.translate("StillHereOverlay", source, None, 1).endswith("1 second.")
    assert QCoreApplication.translate("StillHereOverlay", source, None, 5).endswith("5 seconds.")
