"""Buttons, check boxes and labels whose words wrap onto more lines when the screen is narrow.

QPushButton and QCheckBox never wrap their text: a long label ("Forgot the password? Get an
SMS code instead", "I accept the program rules (version 2025-03)") makes them as wide as the
whole sentence, and on a narrow screen or with large text the page gets wider than the screen
and is cut off at the side. These draw their own text, word-wrapped in the room the style
leaves for it (the stylesheet's padding, border and indicator still apply), and tell the
layout the height they need for a width.

Their ``text()`` is the whole sentence, as for any button; the dynamic property
``wordWrap`` says the words may wrap (the layout test measures them so).

A word-wrapped QLabel has the opposite trouble: it asks for a guessed width, so between spacers
(a pill centred in its row) it wraps even where its line fits. :class:`WrappingLabel` asks for
its line's width, and wraps only where the row is narrower.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSizePolicy, QWidget

# QStyle, its option and its painter are imported where a button or check box first measures or
# paints itself: the start screen has neither (only a WrappingLabel), and PySide6 builds QStyle's
# dozens of enums on its first import, ~10 ms of the start.
if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QStyleOptionButton

WORD_WRAP = "wordWrap"

#: How far a WrappingLabel widens past its text's advance to find its one-line width.
ONE_LINE_STEP = 2
ONE_LINE_STEPS = 32
#: Wider than any screen: the width at which a label's text surely takes one line.
WIDER_THAN_ANY_SCREEN = 100_000


def _longest_word(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


def wrap_words(metrics: QFontMetrics, text: str, width: int) -> list[str]:
    """``text`` broken into lines no wider than ``width`` at spaces (a word longer than the
    width gets a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _text_size(metrics: QFontMetrics, text: str, width: int) -> QSize:
    lines = wrap_words(metrics, text, width)
    widest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
    return QSize(widest, len(lines) * metrics.lineSpacing())


class _WrapsWords:
    """What both share: the wordWrap mark, a height for each width, and the style option
    (``lines_for``: with the text broken into lines for a width; the style draws them, in
    its colours for the button's state)."""

    def _init_wrapping(self: Any) -> None:
        self.setProperty(WORD_WRAP, True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self: Any, lines_for: int | None = None) -> QStyleOptionButton:
        from PySide6.QtWidgets import QStyleOptionButton

        option = QStyleOptionButton()
        self.initStyleOption(option)
        text = self.text()
        option.text = (
            "" if lines_for is None else "\n".join(wrap_words(self.fontMetrics(), text, lines_for))
        )
        return option

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self: Any, width: int) -> int:
        return int(self._height_for(width))


class WrappingButton(_WrapsWords, QPushButton):
    """A push button whose text wraps to the button's width; centred, as a button's is."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._init_wrapping()

    def frame_width(self) -> int:
        """What the style puts left and right of the words: padding and border."""
        return self._frame().width()

    def text_width(self) -> int:
        """The words on one line."""
        return self.fontMetrics().horizontalAdvance(self.text())

    def _frame(self) -> QSize:
        """What the style puts around the text: padding and border, both sides."""
        from PySide6.QtWidgets import QStyle

        option = self._option()
        option.rect = QRect(0, 0, 1000, 1000)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return QSize(1000 - inner.width(), 1000 - inner.height())

    def _height_for(self, width: int) -> int:
        frame = self._frame()
        text = _text_size(self.fontMetrics(), self.text(), width - frame.width())
        return max(
            self.minimumHeight(), text.height() + frame.height(), super().sizeHint().height()
        )

    def sizeHint(self) -> QSize:
        frame = self._frame()
        width = self.fontMetrics().horizontalAdvance(self.text()) + frame.width()
        width = max(width, self.minimumWidth())
        return QSize(width, self._height_for(width))

    def minimumSizeHint(self) -> QSize:
        frame = self._frame()
        width = max(_longest_word(self.fontMetrics(), self.text()) + frame.width(), 1)
        width = max(width, self.minimumWidth())
        return QSize(width, self._height_for(width))

    def paintEvent(self, _event: QPaintEvent) -> None:
        from PySide6.QtWidgets import QStyle, QStylePainter

        painter = QStylePainter(self)
        option = self._option(lines_for=self.width() - self._frame().width())
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)


class WrappingCheckBox(_WrapsWords, QCheckBox):
    """A check box whose text wraps beside the box; a tap anywhere on it toggles it."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._init_wrapping()

    def _text_left(self) -> int:
        """Where the text starts: after the box and the stylesheet's spacing."""
        from PySide6.QtWidgets import QStyle

        option = self._option()
        box = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self)
        return box.right() + 1 + spacing

    def _height_for(self, width: int) -> int:
        text = _text_size(self.fontMetrics(), self.text(), width - self._text_left())
        # A one-line box's height less its line: the stylesheet's padding.
        one_line = super().sizeHint().height()
        padding = max(0, one_line - self.fontMetrics().lineSpacing())
        return max(self.minimumHeight(), text.height() + padding, one_line)

    def sizeHint(self) -> QSize:
        width = self._text_left() + self.fontMetrics().horizontalAdvance(self.text())
        return QSize(width, self._height_for(width))

    def minimumSizeHint(self) -> QSize:
        width = self._text_left() + _longest_word(self.fontMetrics(), self.text())
        return QSize(width, self._height_for(width))

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, _event: QPaintEvent) -> None:
        from PySide6.QtWidgets import QStyle, QStylePainter

        painter = QStylePainter(self)
        option = self._option(lines_for=self.width() - self._text_left())
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)


class WrappingLabel(QLabel):
    """A plain-text label on one line where its row has the width, its words wrapped where
    not (large text on a portrait screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        line = math.ceil(QFontMetricsF(self.font()).horizontalAdvance(self.text()))
        width = max(hint.width(), line + margins.left() + margins.right() + 2 * self.margin())
        # QLabel keeps a few pixels of its own (cursor, indent): widen to where it lays the
        # text out on one line.
        one_line = self.heightForWidth(WIDER_THAN_ANY_SCREEN)
        for _ in range(ONE_LINE_STEPS):
            if self.heightForWidth(width) <= one_line:
                break
            width += ONE_LINE_STEP
        return QSize(width, self.heightForWidth(width))


def wrapping_button(text: str = "", role: str = "") -> WrappingButton:
    """A touch button (no keyboard focus of its own) styled by its ``role``."""
    button = WrappingButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if role:
        button.setProperty("role", role)
    return button
