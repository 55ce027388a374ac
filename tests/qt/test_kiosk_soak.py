"""The memory soak's short form: visitors' sessions through the real kiosk leave nothing behind.

The same sessions as ``make soak`` (benchmarks/soak.py, 10,000 of them), fewer: every journey
once, a short warm-up, then sessions drawn from a fixed seed, against the reference central in
a child process behind the faulty proxy (one request in ten hangs, drips, is reset, or gets a 503
or a 429). After them no QObject class has more live objects, and no thread name or descriptor
kind more, than after the warm-up. Resident memory is the long form's: caches fill over the
first hundreds of sessions, and this process holds other tests' leftovers besides.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from benchmarks import census, kiosk_hands, kiosk_loops, sessions

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WARM_UP = 10
SESSIONS = 60


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_sessions_leave_no_object_thread_or_descriptor_behind(
    qapp: QApplication, tmp_path: Path
) -> None:
    with (
        kiosk_hands.soak_central(tmp_path) as url,
        kiosk_hands.session_kiosk(kiosk_loops.kiosk_config(url, call_deadline=1.0)) as hands,
    ):
        result = sessions.soak(hands, SESSIONS, warm_up=WARM_UP, seed=7)
    assert result.problems(max_growth_mib=None) == []
    # The seed's sessions switch languages (the translator once leaked a QTranslator a switch).
    assert result.log.journeys["language"] >= 3, result.log.journeys


def test_the_census_names_the_class_that_grew(qapp: QApplication) -> None:
    before = census.census()
    left_behind = [QTimer(qapp) for _ in range(3)]
    try:
        after = census.census()
        assert census.grown(before.qobjects, after.qobjects) == {
            "QTimer": (before.qobjects["QTimer"], before.qobjects["QTimer"] + 3)
        }
    finally:
        for timer in left_behind:
            timer.setParent(None)  # Python's now: deleted with the list
