"""A row of a wizard form: the field's caption, the field, and the place for its problem."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.qt.widgets.sizes import least_width
from kiosk.qt.widgets.styled import wrapped_label

#: Widest the caption column gets: captions sit left of their fields, which leaves the height
#: of the screen to the fields and the keyboard under them. On a narrow screen the column
#: takes a quarter of the row and its captions wrap.
CAPTION_WIDTH = 300
#: No limit (Qt's QWIDGETSIZE_MAX).
QWIDGETSIZE_MAX = (1 << 24) - 1
#: The captions' font size on the reference screen (kiosk.qss, role fieldCaption).
CAPTION_FONT_PX = 24


class FieldRow(QWidget):
    """Caption, editor, and the line that says what is wrong with it.

    The caption sits left of the editor; when the row is too narrow for both side by side
    (a wide editor, large text on a narrow screen) it goes above the editor instead, so the
    row never asks for more width than its widest part."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.caption = wrapped_label(role="fieldCaption")
        self.caption.installEventFilter(self)
        self.error = wrapped_label(role="error")
        self.error.hide()
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(0)  # the problem line has its own leading
        self.stacked: bool | None = None
        self._arrange(stacked=False)

    def _arrange(self, *, stacked: bool) -> None:
        if stacked == self.stacked:
            return
        self.stacked = stacked
        grid = self._grid
        for widget in (self.caption, self.editor, self.error):
            grid.removeWidget(widget)
        if stacked:
            # One column (QGridLayout gives a wrapped label spanning columns the height of
            # one line).
            grid.addWidget(self.caption, 0, 0)
            grid.addWidget(self.editor, 1, 0)
            grid.addWidget(self.error, 2, 0)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 0)
        else:
            grid.addWidget(self.caption, 0, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self.editor, 0, 1)
            grid.addWidget(self.error, 1, 1)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 3)
        self._limit_caption()

    def set_caption(self, text: str, *, optional: bool, optional_mark: str) -> None:
        self.caption.setText(f"{text} {optional_mark}" if optional else text)
        self.caption.setVisible(bool(text))
        self._arrange(stacked=self._stacks())

    def _stacks(self) -> bool:
        """Above the field when the row is too narrow, when there is no caption at all (the
        field takes the whole width then: a check box with its own words), or when the caption
        beside the field would wrap onto more lines than it and the field take one above the
        other (large text: "Номер карты (13 цифр под штрихкодом)" in four lines of a narrow
        column, where above the field it takes one)."""
        if self.caption.isHidden() or self._side_by_side_width() > self.width():
            return True
        return self._beside_height() > self._stacked_height()

    def _caption_column(self) -> int:
        """The caption's width beside the field: the grid gives it a quarter of the row (the
        column stretches are 1 and 3), within its maximum width."""
        spacing = self._grid.horizontalSpacing()
        share = max(0, self.width() - spacing) // 4
        return max(least_width(self.caption), min(share, self._caption_limit()))

    def _caption_limit(self) -> int:
        font_px = self.caption.font().pixelSize()
        scale = max(1.0, font_px / CAPTION_FONT_PX) if font_px > 0 else 1.0
        return round(CAPTION_WIDTH * scale)

    def _beside_height(self) -> int:
        caption = self.caption.heightForWidth(self._caption_column())
        return max(caption, self._editor_height())

    def _stacked_height(self) -> int:
        return self.caption.heightForWidth(self.width()) + self._editor_height()

    def _editor_height(self) -> int:
        # The stylesheet's min-height (a 9 mm target) is the editor's minimum, not its hint.
        return self.editor.sizeHint().expandedTo(self.editor.minimumSize()).height()

    def _side_by_side_width(self) -> int:
        caption = least_width(self.caption)
        return caption + self._grid.horizontalSpacing() + least_width(self.editor)

    def minimumSizeHint(self) -> QSize:
        # The row can always stack: it needs no more width than its widest part.
        width = max(least_width(self.caption), least_width(self.editor), least_width(self.error))
        return QSize(width, super().minimumSizeHint().height())

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._arrange(stacked=self._stacks())
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.caption and event.type() == QEvent.Type.FontChange:
            self._limit_caption()
        return False

    def _limit_caption(self) -> None:
        """Beside the field the caption column grows with the captions' font (large text),
        never under CAPTION_WIDTH; above the field the caption has the whole width."""
        if self.stacked:
            self.caption.setMaximumWidth(QWIDGETSIZE_MAX)
            return
        self.caption.setMaximumWidth(self._caption_limit())

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        style = self.editor.style()
        style.unpolish(self.editor)
        style.polish(self.editor)
