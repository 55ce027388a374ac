"""A date by touch: day, month and year columns with big up and down keys."""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.qt.input.keypad import MIN_KEY_SIZE
from kiosk.qt.widgets.styled import set_style_role, touch_button, wrapped_label

_LOCALE_NAMES = {"ru": "ru_RU", "be": "be_BY", "en": "en_GB"}


class _SpinColumn(QWidget):
    """One column of the date picker: big up/down keys around the value; the year column
    also has a row of ten-year steps under them."""

    stepped = Signal(int)

    def __init__(self, name: str, *, with_decades: bool = False) -> None:
        super().__init__()
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.buttons: dict[int, QPushButton] = {}
        layout.addWidget(self._button(1, "▲"))
        self.value = QLabel("—")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setObjectName(f"{name}Value")
        self.value.setMinimumHeight(MIN_KEY_SIZE)
        set_style_role(self.value, "pickerValue")
        layout.addWidget(self.value)
        layout.addWidget(self._button(-1, "▼"))
        if with_decades:
            decades = QHBoxLayout()
            decades.setSpacing(6)
            decades.addWidget(self._button(-10, "−10"))
            decades.addWidget(self._button(10, "+10"))
            layout.addLayout(decades)
        layout.addStretch(1)

    def _button(self, step: int, text: str) -> QPushButton:
        button = touch_button(text, role="pickerStep")
        button.setObjectName(f"{self.objectName()}{'Up' if step > 0 else 'Down'}{abs(step)}")
        button.setAutoRepeat(True)
        button.setAutoRepeatDelay(400)
        button.setAutoRepeatInterval(90)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _=False, s=step: self.stepped.emit(s))
        self.buttons[step] = button
        return button


class DatePicker(QWidget):
    """A date by touch: day, month and year, each with big up and down keys.

    It starts empty ("—"); the first tap on a column picks a sensible starting value for it.
    ``date()`` is None until all three are chosen.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day: int | None = None
        self._month: int | None = None
        self._year: int | None = None
        self._min_year = 1900
        self._max_year = dt.date.today().year
        self._start_year = self._max_year - 30
        self._locale = QLocale(_LOCALE_NAMES["ru"])
        self.day_column = _SpinColumn("day")
        self.month_column = _SpinColumn("month")
        self.year_column = _SpinColumn("year", with_decades=True)
        self.day_column.stepped.connect(self._step_day)
        self.month_column.stepped.connect(self._step_month)
        self.year_column.stepped.connect(self._step_year)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(16)
        self.captions = [wrapped_label(role="fieldCaption") for _ in range(3)]
        for index, (caption, column) in enumerate(
            zip(self.captions, (self.day_column, self.month_column, self.year_column), strict=True)
        ):
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(caption, 0, index)
            layout.addWidget(column, 1, index, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(0, 2)
        layout.setColumnStretch(1, 3)
        layout.setColumnStretch(2, 3)
        layout.setColumnStretch(3, 2)  # keeps the columns from spanning a wide screen
        self._retranslate()
        self._show()

    def set_language(self, language: str) -> None:
        self._locale = QLocale(_LOCALE_NAMES.get(language, "ru_RU"))
        self._show()

    def set_year_range(self, oldest: int, newest: int, *, start: int | None = None) -> None:
        self._min_year, self._max_year = oldest, newest
        self._start_year = start if start is not None else max(oldest, newest - 14)
        if self._year is not None:
            self._year = min(max(self._year, oldest), newest)
        self._show()

    def date(self) -> dt.date | None:
        if self._day is None or self._month is None or self._year is None:
            return None
        return dt.date(self._year, self._month, self._day)

    def set_date(self, value: dt.date | None) -> None:
        if value is None:
            self.clear()
            return
        self._day, self._month, self._year = value.day, value.month, value.year
        self._show()

    def clear(self) -> None:
        self._day = self._month = self._year = None
        self._show()

    def _days_in_month(self) -> int:
        year = self._year if self._year is not None else 2000  # a leap year: 29 February fits
        month = self._month if self._month is not None else 1
        return calendar.monthrange(year, month)[1]

    def _step_day(self, step: int) -> None:
        days = self._days_in_month()
        self._day = 1 if self._day is None else (self._day - 1 + step) % days + 1
        self._changed()

    def _step_month(self, step: int) -> None:
        self._month = 1 if self._month is None else (self._month - 1 + step) % 12 + 1
        self._clamp_day()
        self._changed()

    def _step_year(self, step: int) -> None:
        if self._year is None:
            self._year = self._start_year
        else:
            self._year = min(max(self._year + step, self._min_year), self._max_year)
        self._clamp_day()
        self._changed()

    def _clamp_day(self) -> None:
        if self._day is not None:
            self._day = min(self._day, self._days_in_month())

    def _changed(self) -> None:
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.day_column.value.setText(str(self._day) if self._day is not None else "—")
        self.month_column.value.setText(
            self._locale.standaloneMonthName(self._month, QLocale.FormatType.LongFormat)
            if self._month is not None
            else "—"
        )
        self.year_column.value.setText(str(self._year) if self._year is not None else "—")

    def _retranslate(self) -> None:
        for caption, text in zip(
            self.captions, (self.tr("Day"), self.tr("Month"), self.tr("Year")), strict=True
        ):
            caption.setText(text)
        self.year_column.buttons[10].setAccessibleName(self.tr("Ten years later"))
        self.year_column.buttons[-10].setAccessibleName(self.tr("Ten years earlier"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
