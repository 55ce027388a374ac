"""What every screen shares: language, retranslation and forgetting shopper data."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QScrollArea, QWidget

from kiosk.qt.shell.window import scroll_to_top
from kiosk.qt.widgets.page_stack import CurrentPageStack

#: The scroll area of a screen's middle part (ui/attract.ui, card.ui, message.ui): with large
#: text it scrolls by itself and the buttons under it stay in view.
CONTENT_SCROLL = "contentScroll"


class _Form(Protocol):
    """What a screen needs of its Designer form (a ``Ui_...`` class of kiosk/qt/forms)."""

    def setupUi(self, widget: QWidget, /) -> None: ...

    def retranslateUi(self, widget: QWidget, /) -> None: ...


_FormT = TypeVar("_FormT", bound=_Form)


class Screen(QWidget):
    """A full-window screen.

    Subclasses build their Designer form with :meth:`build_form` and hold it as ``self.ui``
    (composition, typed as its own ``Ui_...`` class), render their dynamic texts in
    :meth:`retranslate` (called again on every language change) and drop everything personal
    in :meth:`clear`.
    """

    #: The form :meth:`build_form` built; its texts follow every language change.
    _form: _Form | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The language server texts (Localized) are shown in; Qt's translator does the rest.
        self.language = "ru"
        self._stacking_rows: list[tuple[QBoxLayout, bool]] = []
        self._optional: list[QWidget] = []

    def build_form(self, form: _FormT) -> _FormT:
        """Build the Designer ``form``'s widgets on this screen and return it."""
        form.setupUi(self)
        self._form = form
        return form

    def stack_when_narrow(self, row: QBoxLayout, *, in_portrait: bool = True) -> None:
        """Lay ``row`` out top to bottom when its widgets side by side would need more width
        than the screen has (small screens, large text), and on a portrait screen if
        ``in_portrait``."""
        self._stacking_rows.append((row, in_portrait))
        self._arrange_rows()

    def optional_when_short(self, widget: QWidget) -> None:
        """Leave ``widget`` (a picture) out when the screen is too short for it and the rest."""
        self._optional.append(widget)
        self._arrange_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_rows()

    def event(self, event: QEvent) -> bool:
        # Words or fonts changed (a language, large text): rows may need stacking and a
        # picture leaving out now, though the screen kept its size.
        if event.type() == QEvent.Type.LayoutRequest:
            self._stack_rows()
            self._fit_optional(may_show=False)
        elif event.type() == QEvent.Type.Show:
            # Fonts or words changed while the screen was hidden (a session ended on another
            # screen): measured now, a left-out picture may come back; once the new fonts
            # have reached every widget (after this event), stacked rows may stand side by
            # side again, and the picture is measured again with them.
            self._fit_optional()
            QTimer.singleShot(0, self, self._arrange_rows_again)
        return super().event(event)

    def _arrange_rows_again(self) -> None:
        """The rows and pictures arranged on the sizes the widgets have now (see Show)."""
        self._stack_rows()
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the rows' new arrangement measured, not the one before
        self._fit_optional()

    def _arrange_rows(self) -> None:
        self._stack_rows()
        self._fit_optional()

    def _stack_rows(self) -> None:
        portrait = self.height() > self.width()
        layout = self.layout()
        for row, in_portrait in self._stacking_rows:
            items = [
                item
                for index in range(row.count())
                if (item := row.itemAt(index)) is not None
                and ((widget := item.widget()) is None or not widget.isHidden())
            ]
            margins = layout.contentsMargins() if layout is not None else None
            room = self.width() - (margins.left() + margins.right() if margins else 0)
            need = sum(item.minimumSize().width() for item in items)
            need += row.spacing() * max(0, len(items) - 1)
            stacked = (portrait and in_portrait) or need > room
            row.setDirection(
                QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
            )

    def _fit_optional(self, *, may_show: bool = True) -> None:
        """Leave the optional pictures out when the screen is too short for them and the
        rest, their texts wrapped at the screen's width. Counted as if they were shown, so
        the answer does not depend on it; ``may_show`` False only ever leaves them out (a
        change of words or fonts), so that showing and hiding cannot take turns."""
        if self.layout() is None or not self._optional:
            return
        need = self.height_with_optional()
        # The room the window gives (a screen in a scroll area may be taller than that).
        parent = self.parentWidget()
        room_height = parent.height() if parent is not None else self.height()
        show = need <= room_height
        for widget in self._optional:
            if widget.isHidden() == show and (may_show or not show):
                widget.setVisible(show)

    def height_with_optional(self) -> int:
        """The least height with the optional pictures shown, whether they are or not. A
        picture left out counts its height and one spacing: its row must hold nothing else
        with a height of its own (spacers of height 0 beside it)."""
        layout = self.layout()
        need = self._least_height()
        for widget in self._optional:
            if widget.isHidden() and layout is not None:
                least = max(widget.minimumHeight(), widget.minimumSizeHint().height())
                need += least + max(0, layout.spacing())
        return need

    def _least_height(self) -> int:
        """The height the screen needs with nothing scrolled, its texts wrapped at its width:
        the part that scrolls by itself when large text needs it (``contentScroll``) counts
        with all it holds."""
        layout = self.layout()
        if layout is None:
            return 0
        need = layout.totalMinimumHeightForWidth(self.width())
        if need < 0:  # nothing in it has a height for its width
            need = layout.totalMinimumSize().height()
        for area in self.findChildren(QScrollArea, CONTENT_SCROLL):
            content = area.widget()
            inner = content.layout() if content is not None else None
            if inner is not None:
                held = inner.totalMinimumHeightForWidth(area.viewport().width())
                need += held - area.minimumSizeHint().height()
        return need

    def set_language(self, language: str) -> None:
        """Remember the language before the translator changes; the LanguageChange event that
        follows re-renders the screen."""
        self.language = language

    def clear(self) -> None:
        """Forget every piece of shopper data this screen holds (default: it holds none)."""

    def reset_view(self) -> None:
        """A session ended: back to how the screen was built for the next person (default:
        every scroll area at its top, every page stack on its first page, no field focused)."""
        scroll_to_top(self)
        # Before the pages change: the focus would move on to a field of the first page, and
        # a form's keys follow the focus.
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        for stack in self.findChildren(CurrentPageStack):
            stack.setCurrentIndex(0)

    def retranslate(self) -> None:
        """Re-render texts that are not in the Designer form."""

    def handle_idle(self) -> bool:
        """The idle time ran out while this screen is up. True: the screen takes over (a form
        asks "are you still here?" and ends the session itself later); False (default): the
        kiosk resets to the start screen at once."""
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._form is not None:
            self._form.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.StyleChange):
            # Other texts or sizes: a row may fit side by side now, or no longer.
            self._arrange_rows()


_PLACEHOLDER = re.compile(r"%(\d)")


def arg(template: str, *values: object) -> str:
    """Fill Qt-style ``%1``, ``%2`` placeholders in one pass (values never get re-substituted,
    so a name containing "%2" stays as typed)."""

    def substitute(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(substitute, template)


def plain(label: QLabel) -> QLabel:
    """Make a label show text as typed: data from the central is never interpreted as markup."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
