"""An empty PySide6 window: the floor under any Qt kiosk's start, for ``make bench`` to pair with
the kiosk's own.

    python -m benchmarks.empty_window

A QApplication, one QWidget shown full screen as the kiosk's window is, and its first paint; at
that paint it prints ``READY_LINE`` and exits on the event loop's next turn. Nothing else is
imported.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

READY_LINE = "empty window painted"


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            print(READY_LINE, flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    first_paint = _FirstPaint(app)
    window.installEventFilter(first_paint)
    window.showFullScreen()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
