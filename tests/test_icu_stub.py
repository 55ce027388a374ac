"""The bundle's empty ICU data library (deploy/bundle/icudata_stub.c) leaves the kiosk's text
handling as it is with Qt's full 32 MB ICU data: Cyrillic case mapping, dates and numbers in
Russian and Belarusian, time zones. Only collation (QCollator, unused by the kiosk) is lost."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import json
from PySide6.QtCore import QDate, QLocale, QTimeZone
ru, be = QLocale("ru_RU"), QLocale("be_BY")
print(json.dumps({
    "upper": ru.toUpper("привет, ёжик і ў"),
    "turkish": QLocale("tr_TR").toUpper("istanbul"),
    "date_ru": ru.toString(QDate(2024, 5, 17), QLocale.FormatType.LongFormat),
    "date_be": be.toString(QDate(2024, 5, 17), QLocale.FormatType.LongFormat),
    "number": ru.toString(1234567.891, "f", 2),
    "zone": QTimeZone(b"Europe/Minsk").isValid(),
    "icu": [l.split()[-1] for l in open("/proc/self/maps") if "libicudata" in l][:1],
}))
"""


def _icu_major() -> str:
    import PySide6

    qt_lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    names = [p.name for p in qt_lib.glob("libicudata.so.*")]
    if not names:
        pytest.skip("this PySide6 has no bundled ICU")
    found = re.fullmatch(r"libicudata\.so\.(\d+)", names[0])
    assert found, names
    return found.group(1)


def _probe(library_path: str | None) -> dict[str, object]:
    env = dict(os.environ)
    if library_path is not None:
        env["LD_LIBRARY_PATH"] = library_path
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    answer: dict[str, object] = json.loads(result.stdout)
    return answer


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the stub is for Linux bundles")
@pytest.mark.skipif(shutil.which("cc") is None, reason="needs a C compiler, like make bundle")
def test_empty_icu_data_keeps_the_kiosks_text_handling(tmp_path: Path) -> None:
    major = _icu_major()
    stub = tmp_path / f"libicudata.so.{major}"
    subprocess.run(
        ["cc", "-shared", "-fPIC", "-O2", f"-DICU_MAJOR={major}",
         f"-Wl,-soname,{stub.name}", "-o", str(stub),
         str(ROOT / "deploy" / "bundle" / "icudata_stub.c")],
        check=True,
    )  # fmt: skip
    assert stub.stat().st_size < 100_000

    with_full_data = _probe(None)
    with_stub = _probe(str(tmp_path))

    assert with_stub["icu"] == [str(stub)]  # the stub was really loaded
    assert with_full_data["icu"] != [str(stub)]
    for key in ("upper", "turkish", "date_ru", "date_be", "number", "zone"):
        assert with_stub[key] == with_full_data[key], key
    assert with_stub["upper"] == "ПРИВЕТ, ЁЖИК І Ў"
