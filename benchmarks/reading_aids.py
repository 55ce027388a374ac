"""Reading aids applied: from a tap on Larger text or High contrast to the start screen's first
paint in the new look.

The kiosk is a demo kiosk (demo strip and panel) as ``kiosk --demo`` runs it, offscreen at
1920x1080, in this process, against the reference central on loopback, with every screen built,
the two wizards too (as once a shopper opened them): restyling all of them took 1-3 s a tap.
Each toggle is a click on the start screen's button (press and release through the
application, its event filters included); the clock stops at the first QEvent.Paint the start
screen gets after the click was handled, which must show the new look (its title's font is
checked). Each aid is switched ``toggles`` times, on and off in turn.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from benchmarks import kiosk_loops
from benchmarks.scan_to_pixels import FirstPaint

SIZE = (1920, 1080)
#: What a tap must bring on screen within (the median of the toggles).
TARGET_MS = 150


@dataclass
class AidFigures:
    #: Seconds from each click to the start screen's paint, Larger text's and High contrast's.
    large_text_s: list[float]
    high_contrast_s: list[float]


def measure_reading_aids(url: str, toggles: int = 20) -> AidFigures:
    from kiosk.core.flow import State
    from kiosk.main import demo_cards
    from kiosk.qt.app import build_kiosk, show_kiosk

    app = QApplication.instance() or QApplication(["kiosk-bench"])
    assert isinstance(app, QApplication)
    kiosk = build_kiosk(
        kiosk_loops.kiosk_config(url), app=app, demo_cards=demo_cards(), window_size=SIZE
    )
    show_kiosk(kiosk, fullscreen=False)
    kiosk.window.resize(*SIZE)
    kiosk.start_background_work()
    kiosk.finish_startup()
    for wizard in (State.REGISTRATION, State.ADD_CARD):
        kiosk.controller.screens.get(wizard)
    attract = kiosk.controller.screens.attract
    title = attract.ui.titleLabel
    paint = FirstPaint()
    attract.installEventFilter(paint)
    try:
        # Past the taps ignored after the start screen came up (the tap guard), settled.
        kiosk_loops.wait_until(lambda: False, 1.0)
        normal_px = title.font().pixelSize()
        large_text, painted = _toggles(attract.ui.largeTextButton, title, paint, toggles)
        if any((size > normal_px) != on for size, on in painted):
            raise RuntimeError(
                f"the start screen was painted in the old look (title {normal_px} px without "
                f"large text; painted with it on or off: {painted})"
            )
        high_contrast, _ = _toggles(attract.ui.contrastButton, title, paint, toggles)
        return AidFigures(large_text, high_contrast)
    finally:
        attract.removeEventFilter(paint)
        kiosk.shutdown()


def _toggles(
    button: QPushButton, title: QLabel, paint: FirstPaint, toggles: int
) -> tuple[list[float], list[tuple[int, bool]]]:
    """Seconds from each click to the paint, and the title's size then, with the aid on or
    off."""
    seconds, sizes = [], []
    for n in range(toggles):
        kiosk_loops.wait_until(lambda: False, 0.05)  # the paint of the one before is done
        started = time.perf_counter()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        # The tap is handled (the restyle too); what is painted from now on is the new look.
        paint.arm()
        if not kiosk_loops.wait_until(lambda: paint.painted_at is not None, 30):
            raise RuntimeError(f"toggle {n}: the start screen was not painted within 30 s")
        assert paint.painted_at is not None
        seconds.append(paint.painted_at - started)
        sizes.append((title.font().pixelSize(), button.isChecked()))
    return seconds, sizes
