"""Cashier mode's screen (passive): the staff PIN page and the activation list.

The driver (kiosk.qt.features.cashier) decides everything; this view shows what it is told and
reports taps as signals. Card numbers are shown masked (last four digits).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QWidget,
)

from kiosk.core.cashier.session import HANDABLE, ActivationRow, RowResult, SignInProblem
from kiosk.core.runtime.masking import mask_card
from kiosk.qt.forms.ui_cashier import Ui_CashierScreen
from kiosk.qt.input.keypad import grow_in_portrait
from kiosk.qt.layout.keypad_page import KeypadPageFit
from kiosk.qt.layout.needs import FieldNeed, ViewNeeds, still_here_needs
from kiosk.qt.screens.base import Screen, arg, plain
from kiosk.qt.shell.still_here import StillHereOverlay
from kiosk.qt.shell.timers import TimerFactory, qt_timer
from kiosk.qt.widgets.error_line import reserve_line
from kiosk.qt.widgets.wrapping import wrapping_button

_NUMBER, _RESULT, _ACTION = range(3)
#: A sign-in problem with its attempts left and minutes (either may be unknown).
_PinProblem = tuple[SignInProblem, int | None, int | None]
#: Room above and below a row's "Register this card" button (half the gap between two).
ROW_BUTTON_GAP = 6
#: A button's words on two lines take about this share of its one-line width.
TWO_LINES_SHARE = 0.6
#: Results whose row offers "Register this card" (the card is sold and issued).
#: Rows a cashier must look at: shown in bold.
_BAD = frozenset(
    {
        RowResult.UNKNOWN_CARD,
        RowResult.BLOCKED,
        RowResult.NOT_OURS,
        RowResult.REFUSED,
        RowResult.NOT_RECORDED,
        RowResult.NOT_STORED,
    }
)


class CashierScreen(Screen):
    pin_entered = Signal(str)
    pin_cancelled = Signal()
    sign_out_requested = Signal()
    service_requested = Signal()
    #: "Register this card" on a row (the row's index).
    hand_over_requested = Signal(int)
    #: The still-here question: the cashier tapped (stayed) or let it run out (expired).
    still_here = Signal()
    staff_idle_expired = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        still_here_seconds: int = 10,
        timers: TimerFactory = qt_timer,
    ) -> None:
        super().__init__(parent)
        self.ui = self.build_form(Ui_CashierScreen())
        edit = self.ui.pinEdit
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), edit))
        self.ui.keypad.set_masked(True)
        self.ui.keypad.attach(edit)
        grow_in_portrait(self.ui.keypad, self)
        ui = self.ui
        KeypadPageFit(
            ui.pinPage,
            root=ui.pinLayout,
            entry_row=ui.entryLayout,
            entry_column=ui.entryColumn,
            actions_row=ui.pinActionsLayout,
            button=ui.pinCancelButton,
        )
        self.ui.keypad.accepted.connect(self._submit_pin)
        edit.returnPressed.connect(self._submit_pin)
        edit.textChanged.connect(lambda _text: self._set_pin_problem(None))
        # A wrong PIN must not move the keypad under the next tap: room for the longest
        # problem, whole, is kept from the start (two lines at least). The line spans the page
        # under the hint (ui/cashier.ui), not the keypad's column: in that narrow column a
        # lockout took five lines with large text, and the page no longer fit a 1024x768 screen.
        reserve_line(self.ui.pinErrorLabel, lines=2, exact=True, texts=self._pin_problem_texts)
        self.ui.pinCancelButton.clicked.connect(self.pin_cancelled)
        self.ui.signOutButton.clicked.connect(self.sign_out_requested)
        self.ui.serviceButton.clicked.connect(self.service_requested)
        for label in (self.ui.staffLabel, self.ui.counterLabel, self.ui.waitingLabel):
            plain(label)
        table = self.ui.rowsTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_RESULT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_ACTION, QHeaderView.ResizeMode.Fixed)
        # Room for a thumb-sized "Register this card" button in each row.
        table.verticalHeader().setDefaultSectionSize(92)
        self.overlay = StillHereOverlay(self, seconds=still_here_seconds, timers=timers)
        self.overlay.stayed.connect(self.still_here)
        self.overlay.expired.connect(self.staff_idle_expired)
        #: Asked when the kiosk's idle time runs out on this screen (set by the driver).
        self.idle_handler: Callable[[], bool] = lambda: False
        self._pin_problem: _PinProblem | None = None
        self._staff_name = ""
        self._rows: list[ActivationRow] = []
        self._counts = (0, 0)
        self._notice = False

    # -- the PIN page -----------------------------------------------------------------------

    def show_pin_page(self) -> None:
        self.ui.pinEdit.clear()
        self._set_pin_problem(None)
        self.ui.pages.setCurrentWidget(self.ui.pinPage)
        self.ui.pinEdit.setFocus()

    def show_pin_problem(
        self, problem: SignInProblem, *, attempts_left: int | None, minutes: int | None
    ) -> None:
        self.ui.pinEdit.clear()
        self._set_pin_problem((problem, attempts_left, minutes))

    def set_pin_busy(self, busy: bool) -> None:
        """While the central checks the PIN, the keypad takes no more keys."""
        self.ui.keypad.setEnabled(not busy)
        self.ui.pinEdit.setReadOnly(busy)

    def _set_pin_problem(
        self, problem: tuple[SignInProblem, int | None, int | None] | None
    ) -> None:
        self._pin_problem = problem
        self.ui.pinErrorLabel.setText(self._pin_problem_text())

    def _pin_problem_text(self) -> str:
        if self._pin_problem is None:
            return ""
        return self._problem_text(*self._pin_problem)

    def _pin_problem_texts(self) -> list[str]:
        """Every problem the PIN page may say, with counts of each plural form and of two
        digits: the line keeps room for the longest."""
        counts = (None, 1, 2, 5, 21, 22, 25, 99)
        return [
            self._problem_text(problem, count, count)
            for problem in SignInProblem
            for count in counts
        ]

    def _problem_text(
        self, problem: SignInProblem, attempts_left: int | None, minutes: int | None
    ) -> str:
        if problem is SignInProblem.WRONG_PIN:
            # Also for a badge no member has: the central answers both alike.
            if attempts_left is not None:
                return self.tr(
                    "The PIN does not match this badge. Tries left before the badge is locked: %n",
                    "",
                    attempts_left,
                )
            return self.tr("The PIN does not match this badge. Try again.")
        if problem is SignInProblem.LOCKED:
            return self.tr(
                "Too many wrong PINs: this badge is locked. Try again in %n minute(s).",
                "",
                minutes or 1,
            )
        if problem is SignInProblem.TERMINAL_PAUSED:
            return self.tr(
                "Too many wrong PINs at this kiosk. Try again in %n minute(s).", "", minutes or 1
            )
        if problem is SignInProblem.TERMINAL_REFUSED:
            return self.tr(
                "The loyalty service does not accept this kiosk. Call the service engineer."
            )
        if problem is SignInProblem.UNREACHABLE:
            return self.tr(
                "The loyalty service cannot be reached, so the PIN cannot be checked. "
                "Try again in a minute."
            )
        return self.tr("The PIN could not be checked. Try again.")

    def _submit_pin(self) -> None:
        pin = self.ui.pinEdit.text()
        # The PIN leaves the field at once: it must not stay on screen or in memory longer.
        self.ui.pinEdit.clear()
        if pin:
            self.pin_entered.emit(pin)

    # -- the activation list ------------------------------------------------------------------

    def show_list(self, staff_name: str, *, may_service: bool) -> None:
        self._staff_name = staff_name
        self.ui.serviceButton.setVisible(may_service)
        self._notice = False
        self.set_rows([])
        self.retranslate()
        self.ui.pages.setCurrentWidget(self.ui.listPage)

    def set_rows(self, rows: Sequence[ActivationRow]) -> None:
        self._rows = list(rows)
        table = self.ui.rowsTable
        table.setRowCount(len(self._rows))
        for row in self._rows:
            self._render_row(row)
        if self._rows:
            table.scrollToBottom()

    def update_row(self, row: ActivationRow) -> None:
        if row.index < len(self._rows):
            self._rows[row.index] = row
        else:
            self._rows.append(row)
            self.ui.rowsTable.setRowCount(len(self._rows))
        self._notice = False
        self.ui.noticeLabel.clear()
        self._render_row(row)
        self.ui.rowsTable.scrollToBottom()

    def set_counts(self, activated: int, waiting: int) -> None:
        self._counts = (activated, waiting)
        self._render_counts()

    def show_not_recognised(self) -> None:
        self._notice = True
        self.ui.noticeLabel.setText(self._notice_text())

    def row_count(self) -> int:
        return len(self._rows)

    def row_texts(self, index: int) -> tuple[str, str]:
        """The number and result shown in a row (tests, screenshots)."""
        table = self.ui.rowsTable
        number = table.item(index, _NUMBER)
        result = table.item(index, _RESULT)
        return (number.text() if number else "", result.text() if result else "")

    def hand_over_button(self, index: int) -> QPushButton | None:
        holder = self.ui.rowsTable.cellWidget(index, _ACTION)
        button = holder.findChild(QPushButton) if holder is not None else None
        return button if isinstance(button, QPushButton) and button.isVisibleTo(self) else None

    def _render_row(self, row: ActivationRow) -> None:
        table = self.ui.rowsTable
        number = QTableWidgetItem(mask_card(row.card_number))
        result = QTableWidgetItem(self._result_text(row.result))
        result.setData(Qt.ItemDataRole.UserRole, row.result.value)
        if row.result in _BAD:
            font = result.font()
            font.setBold(True)
            result.setFont(font)
        table.setItem(row.index, _NUMBER, number)
        table.setItem(row.index, _RESULT, result)
        handable = row.result in HANDABLE
        # A row with no button gives its result the button's column too: "Queued: …" reads
        # whole rather than cut after two lines on a narrow list.
        if table.columnSpan(row.index, _RESULT) != (1 if handable else 2):
            table.setSpan(row.index, _RESULT, 1, 1 if handable else 2)
        if handable:
            button = wrapping_button(self.tr("Register this card"), role="small")
            index = row.index
            button.clicked.connect(lambda: self.hand_over_requested.emit(index))
            # A gap above and below: the buttons of two rows must not touch.
            holder = QWidget()
            holder_layout = QHBoxLayout(holder)
            holder_layout.setContentsMargins(0, ROW_BUTTON_GAP, 0, ROW_BUTTON_GAP)
            holder_layout.addWidget(button)
            table.setCellWidget(row.index, _ACTION, holder)
            # Column sizing ignores cell widgets: make room for the button, on one line where
            # the list is wide, else on two (the result beside it needs room too).
            button.ensurePolished()
            one_line = button.sizeHint().width()
            two_lines = button.frame_width() + round(button.text_width() * TWO_LINES_SHARE)
            narrow = max(button.minimumSizeHint().width(), two_lines)
            width = one_line if one_line * 3 <= table.viewport().width() else narrow
            header = table.horizontalHeader()
            # The cell's widget sits inside the item's padding, on the right as on the left.
            wanted = width + self._item_padding()
            if header.sectionSize(_ACTION) != wanted:
                header.resizeSection(_ACTION, wanted)
        else:
            table.removeCellWidget(row.index, _ACTION)

    def _item_padding(self) -> int:
        """The width the stylesheet's item padding (both sides) takes from a cell of the list."""
        table = self.ui.rowsTable
        option = QStyleOptionViewItem()
        option.rect = QRect(0, 0, 1000, table.verticalHeader().defaultSectionSize())
        option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
        inner = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
        return option.rect.width() - inner.width()

    def _result_text(self, result: RowResult) -> str:
        texts = {
            RowResult.SENDING: self.tr("Sending…"),
            RowResult.QUEUED: self.tr("Queued: the loyalty service is unreachable, will be sent"),
            RowResult.ACTIVATED: self.tr("Activated"),
            RowResult.ALREADY_ACTIVATED: self.tr("Already activated"),
            RowResult.ALREADY_REGISTERED: self.tr("Already activated and registered"),
            RowResult.UNKNOWN_CARD: self.tr("Unknown card"),
            RowResult.BLOCKED: self.tr("Card blocked"),
            RowResult.NOT_OURS: self.tr("Not a card of ours"),
            RowResult.REFUSED: self.tr("Refused by the loyalty service"),
            RowResult.NOT_RECORDED: self.tr("Not recorded: the terminal's disk is full"),
            RowResult.NOT_STORED: self.tr(
                "Not recorded: the terminal cannot save it now; call the service engineer"
            ),
        }
        return texts[result]

    def _render_counts(self) -> None:
        activated, waiting = self._counts
        self.ui.counterLabel.setText(self.tr("Activated in this session: %n", "", activated))
        self.ui.waitingLabel.setText(
            self.tr("Waiting to be sent: %n", "", waiting) if waiting else ""
        )
        self._arrange_counters()

    def _arrange_counters(self) -> None:
        """The counters side by side, each on one line, where the screen has the room; one
        above the other, wrapping, where it has not."""
        ui = self.ui
        row = ui.countersLayout
        labels = [label for label in (ui.counterLabel, ui.waitingLabel) if label.text()]
        margins = ui.listLayout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        one_line = [label.fontMetrics().horizontalAdvance(label.text()) for label in labels]
        need = sum(one_line) + row.spacing() * max(0, len(labels) - 1)
        fits = need < room
        for label in (ui.counterLabel, ui.waitingLabel):
            label.setWordWrap(not fits)
        direction = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if row.direction() != direction:
            row.setDirection(direction)

    def _notice_text(self) -> str:
        return (
            self.tr("This code is not a card. Scan the barcode on the card.")
            if self._notice
            else ""
        )

    # -- still here ---------------------------------------------------------------------------

    def ask_still_here(self) -> None:
        self.overlay.start()

    def cancel_still_here(self) -> None:
        self.overlay.cancel()

    def handle_idle(self) -> bool:
        return self.idle_handler()

    def view_needs(self) -> ViewNeeds:
        """The still-here question while it is up; else the PIN page (the PIN with its
        problem, the keypad and Cancel always) or the list (signing out and the service screen
        always, who is signed in and the counts on arrival, the rows scroll)."""
        ui = self.ui
        if self.overlay.isVisible():
            return still_here_needs(self.overlay)
        if ui.pages.currentWidget() is ui.pinPage:
            return ViewNeeds(
                always=(ui.pinCancelButton,),
                keys=ui.keypad,
                field=FieldNeed(ui.pinEdit, caption=ui.pinHintLabel, problem=ui.pinErrorLabel),
                on_arrival=(ui.pinTitleLabel,),
            )
        return ViewNeeds(
            always=(ui.signOutButton, ui.serviceButton),
            on_arrival=(
                ui.listTitleLabel,
                ui.staffLabel,
                ui.listHintLabel,
                ui.counterLabel,
                ui.waitingLabel,
                ui.noticeLabel,
            ),
            scroll=ui.rowsTable,
        )

    # -- screen -------------------------------------------------------------------------------

    def clear(self) -> None:
        self.ui.pinEdit.clear()
        self._set_pin_problem(None)
        self.set_pin_busy(False)
        self._staff_name = ""
        self._notice = False
        self.ui.noticeLabel.clear()
        self.set_rows([])
        self.overlay.cancel()

    def retranslate(self) -> None:
        self.ui.pinErrorLabel.setText(self._pin_problem_text())
        self.ui.staffLabel.setText(arg(self.tr("Signed in: %1"), self._staff_name))
        self._render_counts()
        self.ui.noticeLabel.setText(self._notice_text())
        for row in self._rows:
            self._render_row(row)

    def showEvent(self, event: QShowEvent) -> None:
        if self.ui.pages.currentWidget() is self.ui.pinPage:
            self.ui.pinEdit.setFocus()
        self._arrange_counters()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_counters()
