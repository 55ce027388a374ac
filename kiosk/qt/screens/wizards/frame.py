"""What the registration and add-a-card screens share: the wizard frame.

:class:`WizardFrame` is the frame: title and step indicator on top, the current page of
fields (each with room kept under it for its problem), the keyboard or keypad docked under the
form, and back / cancel / next / done along the bottom, with the problem of no single field
said beside them. Showing a problem never moves a key, a field or a button. The keys always
get their full height: on a screen too short for a page and the keys under it (a 1024×768
landscape terminal), the page scrolls above them, keeping the field typed into in view.

The fixed part is a Designer form (``ui/wizard_frame.ui``); the pages (they depend on the
program) and the dock are built in code. Passive: subclasses fill the pages, a driver
(:mod:`kiosk.qt.features.wizards`) reacts to the signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.wizards.registration.form import FieldIssue
from kiosk.qt.forms.ui_wizard_frame import Ui_WizardFrame
from kiosk.qt.input.touch import enable_touch_scrolling
from kiosk.qt.layout.fit import (
    Arrangement,
    Fit,
    height_through,
    layout_height,
    room_of,
    side_by_side_width,
)
from kiosk.qt.layout.needs import FieldNeed, ViewNeeds, still_here_needs
from kiosk.qt.screens.base import Screen
from kiosk.qt.screens.wizards import texts as wizard_texts
from kiosk.qt.shell.still_here import COUNTDOWN_SECONDS, StillHereOverlay
from kiosk.qt.shell.tap_guard import view_changed
from kiosk.qt.shell.timers import TimerFactory, qt_timer
from kiosk.qt.widgets.code_entry import CodeEntry
from kiosk.qt.widgets.error_line import reserve_line
from kiosk.qt.widgets.field_row import FieldRow
from kiosk.qt.widgets.input_dock import InputDock
from kiosk.qt.widgets.page_stack import CurrentPageStack, StackPage
from kiosk.qt.widgets.sizes import least_width
from kiosk.qt.widgets.text_field import wipe_inputs

if TYPE_CHECKING:
    from kiosk.contract import ProgramInfo

#: Between the parts of a page (a field row's problem line is its gap to the next).
PAGE_SPACING = 12
#: On a portrait screen the keys may take up to this share of the screen's height: taller
#: keys in the room a tall screen has under a short form, rather than empty space above them.
PORTRAIT_KEYS_SHARE = 0.3
#: A "please wait" only when something really takes time.
BUSY_DELAY_MS = 300
#: Between the keys and the column of buttons beside them, and between the buttons there.
ASIDE_SPACING = 16


@dataclass(frozen=True)
class _Places:
    """Where the frame's parts stand in one of its arrangements: the header (title, step and
    hint) on top or scrolling with the page (large text); the step beside the title, above
    it, in the column beside the keys, or alone on top; the buttons in a row under the keys,
    folded onto two rows (Next and Done on their own), or in the column beside the keys."""

    header: str  # "top" | "scrolls"
    step: str  # "beside" | "above" | "aside" | "alone"
    actions: str  # "row" | "folded" | "aside"


#: The arrangements in order of preference: the step beside the title and the buttons in one
#: row first; the header scrolling with the page last, and only with large text.
_ARRANGEMENTS = (
    _Places("top", "beside", "row"),
    _Places("top", "beside", "folded"),
    _Places("top", "above", "row"),
    _Places("top", "above", "folded"),
    _Places("top", "beside", "aside"),
    _Places("top", "above", "aside"),
    _Places("scrolls", "aside", "aside"),
    _Places("scrolls", "alone", "row"),
    _Places("scrolls", "alone", "folded"),
)


class WizardFrame(Screen):
    """The kiosk controller talks to a wizard through ``begin``, ``scanned``, ``clear``,
    ``handle_idle`` and the signals ``finished(object)``, ``cancelled()`` and
    ``idle_expired()``; the wizard's driver listens to the intent signals."""

    # To the kiosk controller.
    finished = Signal(object)
    cancelled = Signal()
    #: The "are you still here?" countdown ran out: the kiosk resets as on any idle timeout.
    idle_expired = Signal()
    # To the driver.
    begin_requested = Signal(object)
    scan_received = Signal(str)
    next_requested = Signal()
    back_requested = Signal()
    cancel_requested = Signal()
    done_requested = Signal()
    #: The shopper changed the field of this row name (typed into it, tapped a choice).
    input_changed = Signal(str)
    #: Emitted by :meth:`clear` (the kiosk's reset) once every widget is wiped: the driver
    #: forgets too.
    wiped = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        timers: TimerFactory = qt_timer,
        still_here_seconds: int = COUNTDOWN_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.program: ProgramInfo | None = None
        self._busy = False
        self._busy_timer = timers("wizard-busy", self, interval_ms=BUSY_DELAY_MS, single_shot=True)

        # The fixed part comes from ui/wizard_frame.ui; the pages and the dock are built here.
        self.ui = self.build_form(Ui_WizardFrame())
        self.title = self.ui.wizardTitle
        self.step_label = self.ui.stepIndicator
        self.hint = self.ui.wizardHint
        self.general_error = self.ui.generalError
        self.general_error.hide()
        # Problems are said in room kept for them, so showing one moves no key or button:
        # under each field (add_row), and beside the buttons for a problem of no single field.
        reserve_line(self.general_error)
        self.pages: CurrentPageStack = self.ui.pages
        # The page scrolls when the screen is too short for it and the keys under it.
        self.page_scroll = self.ui.pageScroll
        enable_touch_scrolling(self.page_scroll)
        self.rows: dict[str, FieldRow] = {}
        self.back_button = self.ui.backButton
        self.cancel_button = self.ui.cancelButton
        self.next_button = self.ui.nextButton
        self.done_button = self.ui.doneButton
        self.busy_label = self.ui.busyLabel
        self.busy_label.hide()
        self._busy_timer.timeout.connect(lambda: self.busy_label.setVisible(self._busy))
        self.back_button.clicked.connect(self.back_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.done_button.clicked.connect(self.done_requested)

        self.dock = InputDock(self.pages, self)
        # The keys keep their full height (their least, from the stylesheet's metrics); the
        # page above gives way instead, and scrolls when it must.
        self.dock.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.dock.accepted.connect(self._dock_accepted)
        # The keys, with a column beside them that takes the buttons (and the step) when the
        # screen is too short for a row of buttons under the keys.
        #: The step alone on top, while the header scrolls with the page and no column
        #: beside the keys takes it.
        self.step_row = QHBoxLayout()
        self.step_row.setContentsMargins(0, 0, 0, 0)
        self.ui.rootLayout.insertLayout(0, self.step_row)
        self.keys_row = QHBoxLayout()
        self.keys_row.setSpacing(ASIDE_SPACING)
        self.keys_row.addWidget(self.dock, 1)
        # As wide as its widest button: the keys take the rest.
        self.aside_box = QWidget(self)
        self.aside_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.aside_box.hide()
        self.aside = QVBoxLayout(self.aside_box)
        self.aside.setContentsMargins(0, 0, 0, 0)
        self.aside.setSpacing(ASIDE_SPACING)
        self.keys_row.addWidget(self.aside_box)
        self.ui.dockLayout.addLayout(self.keys_row)
        self._large_text = False
        self.fit = Fit(self, self._arrangements(), watched=[self.dock, self.ui.pageScrollContents])

        self.still_here = StillHereOverlay(self, seconds=still_here_seconds, timers=timers)
        self.still_here.expired.connect(self._still_here_expired)
        self._idle_expired = False
        self._ended = False

    # -- the kiosk controller's side ----------------------------------------------------------

    def begin(self, card_number: str | None) -> None:
        """Start afresh (``card_number``: the card the wizard is about, when known)."""
        self.begin_requested.emit(card_number)

    def scanned(self, number: str) -> None:
        """A valid card number scanned while this wizard is on screen."""
        self.scan_received.emit(number)

    def handle_idle(self) -> bool:
        """Idle on a form: ask "are you still here?" first; the second time (the countdown
        ran out) let the kiosk reset."""
        if self._idle_expired or not self.holds_input():
            return False
        self.still_here.start()
        return True

    def holds_input(self) -> bool:
        """Whether the page shows something typed worth a "still here?" (not an end page)."""
        return not self._ended

    def _still_here_expired(self) -> None:
        self._idle_expired = True
        self.idle_expired.emit()

    # -- building ---------------------------------------------------------------------------

    def add_row(self, name: str, editor: QWidget) -> FieldRow:
        row = FieldRow(editor)
        row.setObjectName(f"{name}Row")
        self.rows[name] = row
        reserve_line(row.error)
        self._watch(name, editor)
        return row

    def _watch(self, name: str, editor: QWidget) -> None:
        """Report the shopper's changes of ``editor`` as ``input_changed(name)``: typing
        (``textEdited``, never a programmatic change) and taps on its choices, checks and keys."""

        def changed(*_args: object) -> None:
            self.input_changed.emit(name)

        for line_edit in [editor, *editor.findChildren(QLineEdit)]:
            if isinstance(line_edit, QLineEdit):
                line_edit.textEdited.connect(changed)
        for button in [editor, *editor.findChildren(QAbstractButton)]:
            if isinstance(button, QAbstractButton):
                button.clicked.connect(changed)

    def add_page(
        self, name: str, *widgets: QWidget, stretch: bool = True, centre: bool = False
    ) -> QWidget:
        """A page of ``widgets`` one under the other, from the top (room left over below them
        when ``stretch``), or in the middle of the room (``centre``)."""
        page = StackPage()
        page.setObjectName(f"{name}Page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if centre:
            layout.addStretch(1)
        for index, widget in enumerate(widgets):
            # A field row ends in the line kept for its problem: that line is the gap.
            if index and not isinstance(widgets[index - 1], FieldRow):
                layout.addSpacing(PAGE_SPACING)
            layout.addWidget(widget)
        if stretch or centre:
            layout.addStretch(1)
        # Only the page on screen may claim height (see show_page).
        page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.pages.addWidget(page)
        return page

    # -- state ------------------------------------------------------------------------------

    def set_large_text(self, on: bool) -> None:
        """With large text the title and hint may scroll with the page when a small screen
        would leave the page under them too little room (see _ARRANGEMENTS)."""
        if on != self._large_text:
            self._large_text = on
            self.fit.refit()

    @property
    def header_scrolls(self) -> bool:
        """Whether the title and the hint scroll with the page (the fit's choice)."""
        return self.ui.pageScrollLayout.indexOf(self.ui.headerBox) >= 0

    def set_language(self, language: str) -> None:
        super().set_language(language)
        self.dock.set_default_language(language)
        self.retranslate()

    def show_page(self, page: QWidget, fields: Sequence[QLineEdit] = ()) -> None:
        """Show ``page`` with the first empty one of ``fields`` focused (else the first)."""
        # Hidden pages must not stretch the stack to the tallest page: only the shown one
        # counts, and only once the dock fits it, so the window never grows past the screen.
        for index in range(self.pages.count()):
            ignored = QSizePolicy.Policy.Ignored
            if (other := self.pages.widget(index)) is not None:
                other.setSizePolicy(ignored, ignored)
        self.pages.setCurrentWidget(page)
        self.page_scroll.verticalScrollBar().setValue(0)  # every page starts at its top
        shown = [f for f in fields if f.isVisibleTo(page)]
        focus = next((f for f in shown if not f.text()), shown[0] if shown else None)
        if focus is not None:
            focus.setFocus()
        self.dock.follow(focus)
        page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.pages.updateGeometry()
        # A step is a screen of its own to the shopper, also when it shares its page with
        # another (the SMS code, the success page): taps meant for the step before are ignored.
        view_changed(self)

    def show_issues(self, issues: dict[str, FieldIssue], general: str) -> None:
        """Each field's problem under it; a problem of no single field on its own line."""
        for name, row in self.rows.items():
            issue = issues.get(name)
            row.set_error(wizard_texts.issue_text(issue, self.program) if issue else "")
        self.general_error.setText(general)
        self.general_error.setVisible(bool(general))
        for name in issues:
            failing = self.rows.get(name)
            if (
                failing is not None
                and failing.isVisibleTo(self)
                and isinstance(failing.editor, QLineEdit)
            ):
                failing.editor.setFocus()
                self.dock.follow(failing.editor)
                # With its problem (the focus may not have moved), once the problem's line
                # has taken its words' height.
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                self.fit.keep_field_in_view()
                break

    def clear_issues(self, names: Sequence[str], *, general: bool) -> None:
        """The problems of ``names`` go (and the line of no single field when ``general``)."""
        for name in names:
            row = self.rows.get(name)
            if row is not None:
                row.set_error("")
        if general:
            self.general_error.setText("")
            self.general_error.hide()

    def is_busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """While the central is asked, nothing can be sent twice; cancel stays available."""
        self._busy = busy
        self.next_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_label.hide()

    def set_actions(
        self, *, ended: bool, next_visible: bool, next_text: str, done_in_page: bool = False
    ) -> None:
        """The buttons along the bottom: back, cancel and next on a form; on an end page
        (``ended``) Done, unless the page has its own (``done_in_page``)."""
        self._ended = ended
        self.next_button.setVisible(next_visible and not ended)
        self.next_button.setText(next_text)
        self.back_button.setVisible(not ended)
        self.cancel_button.setVisible(not ended)
        self.done_button.setVisible(ended and not done_in_page)

    def clear(self) -> None:
        """The kiosk's reset: wipe everything, and tell the driver (``wiped``)."""
        self.wipe()
        self.wiped.emit()

    def reset_view(self) -> None:
        """A session ended: the first page, and no keys docked (a field of the page the wipe
        went to may have taken the focus the last page's field had, and the keys with it)."""
        super().reset_view()
        self.dock.reset()

    def wipe(self) -> None:
        """Clear every widget of anything typed or shown about the shopper."""
        self.still_here.cancel()
        self._idle_expired = False
        wipe_inputs(self)
        self.show_issues({}, "")
        self.set_busy(False)
        self.dock.reset()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    # -- what a person needs of the page ----------------------------------------------------

    def view_needs(self) -> ViewNeeds:
        """The still-here question while it is up. Else the field typed into (with its caption
        and problem), the keys, the buttons along the bottom with the problem of no single
        field, the step indicator and the page's own actions always; the title and the hint
        (and what the page itself says first) on arrival; the page scrolls."""
        if self.still_here.isVisible():
            return still_here_needs(self.still_here)
        page = self.page_needs()
        return ViewNeeds(
            always=(
                self.back_button,
                self.cancel_button,
                self.next_button,
                self.done_button,
                self.general_error,
                self.step_label,
                *page.always,
            ),
            keys=self.dock,
            field=self._field_need(),
            on_arrival=(self.title, self.hint, *page.on_arrival),
            scroll=self.page_scroll,
            may_go=page.may_go,
        )

    def page_needs(self) -> ViewNeeds:
        """What the page on screen adds (its primary action, what it says first, pictures):
        the subclasses' pages; the frame's own parts are :meth:`view_needs`'."""
        return ViewNeeds()

    def _field_need(self) -> FieldNeed | None:
        """The field typed into (the page's first when the focus is elsewhere) with its
        caption and problem line: a form row's, or the SMS code's."""
        fields = self._fields_of_page()
        focused = self.focusWidget()
        field = focused if focused in fields else (fields[0] if fields else None)
        holder: QWidget | None = field
        while holder is not None and holder is not self.pages:
            if isinstance(holder, FieldRow):
                return FieldNeed(holder.editor, caption=holder.caption, problem=holder.error)
            if isinstance(holder, CodeEntry):
                return FieldNeed(holder.code, caption=holder.sent_to, problem=holder.message)
            holder = holder.parentWidget()
        return FieldNeed(field) if field is not None else None

    # -- arrangements -----------------------------------------------------------------------

    def _arrangements(self) -> list[Arrangement]:
        return [
            Arrangement(
                f"header {places.header}, step {places.step}, buttons {places.actions}",
                apply=partial(self._arrange, places),
                need=partial(self._need, places),
                offered=partial(self._offered, places),
            )
            for places in _ARRANGEMENTS
        ]

    def _offered(self, places: _Places) -> bool:
        if places.header == "scrolls" and not self._large_text:
            return False
        if "aside" in (places.step, places.actions):
            return self.dock.isVisibleTo(self)
        return True

    def _arrange(self, places: _Places) -> None:
        ui = self.ui
        if places.header == "top":
            _put(ui.headerBox, ui.rootLayout, 1)  # under the step's own row
        else:
            _put(ui.headerBox, ui.pageScrollLayout, 0)
        step_places = {
            "beside": (ui.headerLayout, 1),
            "above": (ui.foldedHeaderLayout, 0),
            "aside": (self.aside, 0),
            "alone": (self.step_row, 0),
        }
        layout, index = step_places[places.step]
        _put(self.step_label, layout, index)
        self.aside_box.setVisible(places.actions == "aside" or places.step == "aside")
        aside = 1 if places.step == "aside" else 0
        row = [self.back_button, self.cancel_button, self.general_error, self.busy_label]
        last = [self.next_button, self.done_button]
        if places.actions == "aside":
            for index, widget in enumerate([*row, *last]):
                _put(widget, self.aside, aside + index)
        else:
            for index, widget in enumerate(row):
                _put(widget, ui.actionsLayout, index)
            target = ui.foldedActionsLayout if places.actions == "folded" else ui.actionsLayout
            start = 0 if places.actions == "folded" else len(row)
            for index, widget in enumerate(last):
                _put(widget, target, start + index)

    def _need(self, places: _Places) -> QSize:
        """The size the frame needs in ``places``: its least height with the page's view
        holding what must be in view in it on arrival (the title and hint when they scroll
        with it, and the page down to its first field), and the width of its widest row."""
        room = room_of(self)
        margins = self.ui.rootLayout.contentsMargins()
        inner_width = room.width() - margins.left() - margins.right()
        height = layout_height(self.ui.rootLayout, room.width())
        height -= self.page_scroll.minimumSizeHint().height()
        in_view = 0
        if places.header == "scrolls":
            in_view = layout_height(self.ui.headerBoxLayout, inner_width)
            in_view += self.ui.pageScrollLayout.spacing()
        # Down to the page's first field, whichever is focused: a field tapped or a problem
        # said must not move the keys under the finger.
        page = self.pages.currentWidget()
        page_layout = page.layout() if page is not None else None
        fields = self._fields_of_page()
        if page_layout is not None and fields:
            in_view += height_through(page_layout, fields[0], inner_width)
        widths = [0]
        if places.step == "beside":
            widths.append(side_by_side_width([self.title, self.step_label], 12))
        spacing = self.ui.actionsLayout.spacing()
        first, last = [self.back_button, self.cancel_button], [self.next_button, self.done_button]
        if places.actions == "row":
            widths.append(side_by_side_width([*first, *last], spacing))
        if places.actions == "folded":
            widths.append(side_by_side_width(first, spacing))
            widths.append(side_by_side_width(last, self.ui.foldedActionsLayout.spacing()))
        if places.actions == "aside":
            buttons = [self.back_button, self.cancel_button, self.next_button, self.done_button]
            column = max(least_width(button) for button in buttons)
            # The keys keep half the width at least: at their least a keypad's keys would
            # cut the words on them.
            keys = max(least_width(self.dock), inner_width // 2)
            widths.append(keys + ASIDE_SPACING + column)
        width = max(widths) + margins.left() + margins.right()
        return QSize(width, height + max(0, in_view))

    # -- internals --------------------------------------------------------------------------

    def _fields_of_page(self) -> list[QLineEdit]:
        page = self.pages.currentWidget()
        if page is None:
            return []
        return [
            f for f in page.findChildren(QLineEdit) if f.isVisibleTo(page) and not f.isReadOnly()
        ]

    def _dock_accepted(self) -> None:
        """Enter on the keyboard / OK on the keypad: the next field, or the next step."""
        fields = self._fields_of_page()
        current = self.focusWidget()
        if isinstance(current, QLineEdit) and current in fields:
            index = fields.index(current)
            if index + 1 < len(fields):
                fields[index + 1].setFocus()
                self.dock.follow(fields[index + 1])
                return
        if self.next_button.isVisible() and self.next_button.isEnabled():
            self.next_requested.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        portrait = self.height() > self.width()
        self.dock.set_preferred_height(
            round(self.height() * PORTRAIT_KEYS_SHARE) if portrait else 0
        )
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _put(widget: QWidget, layout: QBoxLayout, index: int) -> None:
    """``widget`` at ``index`` of ``layout`` (nothing moves when it stands there already)."""
    if layout.indexOf(widget) == index:
        return
    holder = widget.parentWidget()
    shown = not widget.isHidden()
    for other in holder.findChildren(QBoxLayout) if holder is not None else []:
        if other.indexOf(widget) >= 0:
            other.removeWidget(widget)
    layout.insertWidget(min(index, layout.count()), widget)
    if widget.parentWidget() is not holder:
        # Taken into another widget, it is hidden until shown again: at once, so that it
        # counts when the arrangement is measured.
        widget.setVisible(shown)
