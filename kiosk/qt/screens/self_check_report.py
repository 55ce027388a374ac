"""The self-check's report on the service screen: one row per check in a grid (status, check,
what it found), in the screen's language.

The command line prints the same report in English, in columns of spaces that only a
fixed-width terminal lines up (:meth:`kiosk.selfcheck.report.SelfCheckReport.render`); here a
grid lines the columns up in the screen's proportional font, and the words of every check are
translated (context ``SelfCheck``), values such as paths and the system's errors as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kiosk.core.runtime.masking import mask_url_passwords
from kiosk.qt.screens.base import arg
from kiosk.qt.widgets.styled import wrapped_label

if TYPE_CHECKING:
    from kiosk.selfcheck.report import SelfCheckReport, Status

#: The translation context of the checks' words (kiosk.selfcheck.report.CONTEXT; not imported,
#: so that the service screen does not load the self-check before it runs).
CONTEXT = "SelfCheck"


class SelfCheckTable(QWidget):
    """The verdict, then a row per check. Passive: :meth:`set_report`, :meth:`retranslate`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfCheckTable")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 8, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(2, 1)
        self._report: SelfCheckReport | None = None
        self._rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self.setVisible(False)

    def set_report(self, report: SelfCheckReport | None) -> None:
        self._report = report
        results = report.results if report is not None else []
        while len(self._rows) < len(results):
            row = len(self._rows)
            cells = (
                wrapped_label(role="fieldCaption"),
                wrapped_label(role="body"),
                wrapped_label(role="body"),
            )
            for column, cell in enumerate(cells):
                cell.setObjectName(("selfCheckStatus", "selfCheckName", "selfCheckDetail")[column])
                # A row as tall as its longest text: the others read from its first line.
                cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.grid.addWidget(cell, row, column)
            self._rows.append(cells)
        for index, cells in enumerate(self._rows):
            for cell in cells:
                cell.setVisible(index < len(results))
        self.setVisible(bool(results))
        self.retranslate()

    def cells(self) -> list[tuple[QLabel, QLabel, QLabel]]:
        """The labels of the rows shown: (status, check, what it found) per check."""
        count = len(self._report.results) if self._report is not None else 0
        return self._rows[:count]

    def rows(self) -> list[tuple[str, str, str]]:
        """The texts shown: (status, check, what it found) per check."""
        return [(s.text(), n.text(), d.text()) for s, n, d in self.cells()]

    def verdict(self) -> str:
        report = self._report
        if report is None:
            return ""
        if report.failed:
            template = self.tr("Self-check failed. Failed: %1, warnings: %2.")
        else:
            template = self.tr("Self-check passed. Failed: %1, warnings: %2.")
        return arg(template, report.failures, report.warnings)

    def retranslate(self) -> None:
        report = self._report
        if report is None:
            return
        for result, (status, name, detail) in zip(report.results, self._rows, strict=False):
            status.setText(self._status_text(result.status))
            name.setText(_translate(result.name))
            # Shown to whoever stands at the kiosk: a password in the central's URL stays hidden.
            detail.setText(mask_url_passwords(result.said.fill(_translate)))

    def _status_text(self, status: Status) -> str:
        match status:
            case "OK":
                return self.tr("OK")
            case "WARN":
                return self.tr("Warning")
            case "FAIL":
                return self.tr("Failed")
        return self.tr("Skipped")


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
