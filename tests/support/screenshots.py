"""``make screenshots``: every screen of the gallery (tests/support/screen_gallery.py) in every
language
at 1920×1080, 1080×1920 and 1024×768, into docs/screenshots/<size>/<language>/<screen>.png.

Offscreen (QT_QPA_PLATFORM=offscreen), against the demo central in memory. The pictures are
scaled to half size and stored as 8-bit palette PNGs to keep the set small.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.central.server import EmbeddedCentral
from kiosk.core.client import CentralClient
from tests.support.screen_gallery import LANGUAGES, SampleData, Stage, all_scenes, settle

SIZES = ((1920, 1080), (1080, 1920), (1024, 768))
OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def save(stage: Stage, path: Path) -> None:
    image = stage.window.grab().toImage()
    image = image.scaled(
        image.width() // 2,
        image.height() // 2,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    image = image.convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path), "PNG", 9)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", nargs="*", help="scene names (default: all)")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    scenes = [s for s in all_scenes() if not args.only or s.name in args.only]
    with EmbeddedCentral(":memory:", demo=True, token="demo-token") as central:
        with CentralClient(central.url, "demo-token", terminal_id="DEMO-01") as client:
            data = SampleData.fetch(client)
        for width, height in SIZES:
            stage = Stage.build(app, central.url, data, (width, height))
            try:
                for language in LANGUAGES:
                    stage.set_language(language)
                    for scene in scenes:
                        scene.put_up(stage)
                        settle()
                        save(stage, args.out / f"{width}x{height}" / language / f"{scene.name}.png")
            finally:
                stage.close()
    print(f"screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
