"""The service screen (passive): what this terminal is, how it is doing, and the only way out of
kiosk mode (with a confirmation).

The service driver (kiosk.qt.features.service) fills it: the central's answers, the scanner (with
whether a serial one is connected) and its live test, the activation outbox and its refused
rows, the self-check, the log folder.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QListWidgetItem, QWidget

from kiosk.contract import ProblemCode
from kiosk.qt.forms.ui_service import Ui_ServiceScreen
from kiosk.qt.input.touch import enable_touch_scrolling
from kiosk.qt.layout.fit import fold_when_narrow
from kiosk.qt.layout.needs import ViewNeeds
from kiosk.qt.screens.base import Screen, arg, plain
from kiosk.qt.screens.self_check_report import SelfCheckTable
from kiosk.qt.shell.tap_guard import view_changed
from kiosk.qt.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from kiosk.selfcheck.report import SelfCheckReport


@dataclass(frozen=True, slots=True)
class DeadLetterRow:
    """A refused activation as the service screen lists it (the card number already masked)."""

    id: int
    masked_card: str
    reason: str
    scanned_at: float


@dataclass(frozen=True, slots=True)
class OutboxView:
    depth: int | None  # None: the outbox could not be read
    oldest_age_seconds: int | None
    dead_letters: int
    recovered_as: str | None  # file name a damaged database was kept under
    error: str | None  # the outbox could not be opened
    problem: str | None = None  # the fault that stops it writing now (an OutboxProblem value)
    damage: str | None = None  # damage found on opening: "corrupt" or "rows-missing"
    rows_lost: int = 0  # recorded activations not in the outbox now (in the file kept aside)


def when(seconds: float | None) -> str:
    """A moment as the engineer reads it: local date and time."""
    if seconds is None:
        return ""
    return time.strftime("%d.%m.%Y %H:%M:%S", time.localtime(seconds))


class ServiceScreen(Screen):
    leave_requested = Signal()
    back_requested = Signal()
    #: The screen came up: its driver refreshes what it shows.
    shown = Signal()
    self_check_requested = Signal()
    retry_requested = Signal(int)
    discard_requested = Signal(int)
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.build_form(Ui_ServiceScreen())
        ui = self.ui
        for label in (
            ui.versionValue,
            ui.terminalValue,
            ui.centralValue,
            ui.centralStateValue,
            ui.modeValue,
            ui.logFolderValue,
            ui.scannerValue,
            ui.serialScannerValue,
            ui.lastScanValue,
            ui.scannerTestValue,
            ui.outboxDepthValue,
            ui.outboxOldestValue,
            ui.deadLettersValue,
            ui.outboxNoteValue,
            ui.selfCheckValue,
        ):
            plain(label)
        ui.leaveButton.clicked.connect(self._ask_to_leave)
        ui.cancelLeaveButton.clicked.connect(self._keep_kiosk_mode)
        ui.confirmLeaveButton.clicked.connect(self.leave_requested)
        ui.backButton.clicked.connect(self.back_requested)
        ui.selfCheckButton.clicked.connect(self.self_check_requested)
        ui.retryButton.clicked.connect(lambda: self._on_selected(self.retry_requested))
        ui.discardButton.clicked.connect(lambda: self._on_selected(self.discard_requested))
        ui.deadLettersList.currentRowChanged.connect(lambda _row: self._update_buttons())
        for button, language in ((ui.ruButton, "ru"), (ui.beButton, "be"), (ui.enButton, "en")):
            button.clicked.connect(lambda _=False, lang=language: self.language_chosen.emit(lang))
        ui.confirmPanel.setVisible(False)
        # With large text on a narrow screen the buttons would not fit side by side: they
        # fold onto rows of their own rather than having their words cut.
        self.actions_row = fold_when_narrow(
            self,
            ui.actionsLayout,
            ui.foldedActionsLayout,
            movable=[ui.leaveButton],
            measured=[ui.backButton, ui.leaveButton],
        )
        self.confirm_row = fold_when_narrow(
            ui.confirmPanel,
            ui.confirmRow,
            ui.foldedConfirmRow,
            movable=[ui.cancelLeaveButton, ui.confirmLeaveButton],
            measured=[ui.confirmLabel, ui.cancelLeaveButton, ui.confirmLeaveButton],
        )
        for holder, buttons in (
            (ui.deadLetterActions, (ui.retryButton, ui.discardButton)),
            (ui.languageButtons, (ui.ruButton, ui.beButton, ui.enButton)),
        ):
            flow = FlowLayout(holder)
            for button in buttons:
                flow.addWidget(button)
        enable_touch_scrolling(ui.scroll)
        enable_touch_scrolling(ui.deadLettersList)
        self._demo = False
        self._answers: bool | None = None
        self._last_answer: float | None = None
        self._scanner = ("", "")
        #: Whether the serial scanner's port is open; None: no serial scanner (no line for it).
        self._serial_connected: bool | None = None
        self._last_scan: float | None = None
        self._scanner_test: str | None = None
        self._outbox: OutboxView | None = None
        self._dead: list[DeadLetterRow] = []
        #: The self-check: running, and its report or why it could not run.
        self._self_check: tuple[bool, str] = (False, "")
        self.self_check_table = SelfCheckTable()
        ui.selfCheckLayout.addWidget(self.self_check_table)
        self._update_buttons()
        self._render_serial_scanner()

    # -- what the driver tells ------------------------------------------------------------------

    def set_info(self, *, version: str, terminal_id: str, central_url: str, demo: bool) -> None:
        self.ui.versionValue.setText(version)
        self.ui.terminalValue.setText(terminal_id)
        self.ui.centralValue.setText(central_url)
        self._demo = demo
        self.retranslate()

    def set_log_folder(self, folder: str) -> None:
        self.ui.logFolderValue.setText(folder)

    def set_central_state(self, answers: bool | None, last_answer_at: float | None) -> None:
        """``answers``: None while it is being asked."""
        self._answers, self._last_answer = answers, last_answer_at
        self.retranslate()

    def set_scanner(self, kind: str, port: str = "") -> None:
        """``kind``: "wedge", "serial" or "both"."""
        self._scanner = (kind, port)
        self.retranslate()

    def set_serial_connected(self, connected: bool | None) -> None:
        """Whether the serial scanner's port is open (None: there is no serial scanner)."""
        self._serial_connected = connected
        self._render_serial_scanner()

    def set_last_scan(self, at: float | None, code_kind: str | None) -> None:
        """The last code read (its class only, never the code) and when."""
        self._last_scan, self._scanner_test = at, code_kind
        self.retranslate()

    def set_outbox(self, view: OutboxView) -> None:
        self._outbox = view
        self.retranslate()

    def set_dead_letters(self, rows: Sequence[DeadLetterRow]) -> None:
        self._dead = list(rows)
        self._render_dead_letters()

    def set_self_check(
        self, running: bool, report: SelfCheckReport | None = None, error: str = ""
    ) -> None:
        """Running, or done with its ``report``, or it could not run (``error``)."""
        self._self_check = (running, error)
        self.self_check_table.set_report(None if running else report)
        self.ui.selfCheckButton.setEnabled(not running)
        self.retranslate()

    # -- rendering ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        ui = self.ui
        ui.modeValue.setText(
            self.tr("Demo (embedded service, demo data)") if self._demo else self.tr("Production")
        )
        if self._answers is None:
            state = self.tr("Asking…")
        elif self._answers:
            state = self.tr("Yes")
        else:
            state = self.tr("No answer")
        if self._last_answer is not None:
            state = arg(self.tr("%1 (last good answer %2)"), state, when(self._last_answer))
        elif self._answers is not None:
            state = arg(self.tr("%1 (no good answer since the start)"), state)
        ui.centralStateValue.setText(state)
        kind, port = self._scanner
        kinds = {
            "wedge": self.tr("Keyboard-wedge (USB) scanner"),
            "serial": arg(self.tr("Serial scanner on %1"), port),
            "both": arg(self.tr("Keyboard-wedge scanner and serial scanner on %1"), port),
        }
        ui.scannerValue.setText(kinds.get(kind, ""))
        self._render_serial_scanner()
        ui.lastScanValue.setText(when(self._last_scan) or self.tr("No scan since the start"))
        ui.scannerTestValue.setText(self._scanner_test_text())
        self._render_outbox()
        running, error = self._self_check
        self.self_check_table.retranslate()
        if running:
            ui.selfCheckValue.setText(self.tr("Checking…"))
        elif error:
            ui.selfCheckValue.setText(arg(self.tr("The self-check could not run (%1)."), error))
        else:
            ui.selfCheckValue.setText(self.self_check_table.verdict())
        self._render_dead_letters()

    def _render_serial_scanner(self) -> None:
        connected = self._serial_connected
        for label in (self.ui.serialScannerCaption, self.ui.serialScannerValue):
            label.setVisible(connected is not None)
        self.ui.serialScannerValue.setText(
            self.tr("Connected") if connected else self.tr("Not connected")
        )

    def _scanner_test_text(self) -> str:
        if self._scanner_test is None:
            return self.tr("Scan any code: its kind shows here")
        kinds = {
            "staff_badge": self.tr("Staff badge"),
            "own_card": self.tr("Card of the chain"),
            "partner_card": self.tr("Partner card (Моцная картка)"),
            "product": self.tr("Product"),
            "restricted": self.tr("In-store or weighed-goods code"),
            "coupon": self.tr("Coupon"),
            "refund_receipt": self.tr("Refund receipt"),
            "unrecognised": self.tr("Not recognised"),
        }
        return kinds.get(self._scanner_test, self._scanner_test)

    def _render_outbox(self) -> None:
        ui = self.ui
        view = self._outbox
        if view is None:
            for label in (ui.outboxDepthValue, ui.outboxOldestValue, ui.deadLettersValue):
                label.setText("")
            ui.outboxNoteValue.setText(self.tr("Reading…"))
            return
        ui.outboxDepthValue.setText(str(view.depth) if view.depth is not None else "?")
        if view.oldest_age_seconds is None:
            ui.outboxOldestValue.setText(self.tr("none"))
        else:
            minutes = view.oldest_age_seconds // 60
            ui.outboxOldestValue.setText(self.tr("%n minute(s) ago", "", minutes))
        ui.deadLettersValue.setText(str(view.dead_letters))
        notes = []
        if view.error is not None:
            notes.append(arg(self.tr("Not available: %1"), view.error))
        if view.problem is not None:
            notes.append(f"{self._problem_text(view.problem)} {self._rows_kept_text()}")
        if view.damage is not None:
            notes.append(self._damage_text(view))
        ui.outboxNoteValue.setText("\n".join(notes) or self.tr("OK"))

    def _problem_text(self, problem: str) -> str:
        """What stops the outbox writing (an OutboxProblem value), in words."""
        texts = {
            "full": self.tr("Cannot record: the disk is full."),
            "read-only": self.tr(
                "Cannot record: the outbox file or its folder is read-only (check the owner of"
                " the files in the data folder)."
            ),
            "permission": self.tr("Cannot open the outbox file: check its owner and permissions."),
            "busy": self.tr("Another program holds the outbox file locked."),
            "io-error": self.tr("The disk fails to read or write the outbox file."),
            "corrupt": self.tr(
                "The outbox file is damaged and cannot be set aside (check the folder's"
                " permissions)."
            ),
        }
        return texts.get(problem, problem)

    def _rows_kept_text(self) -> str:
        return self.tr("Every queued activation is kept; this passes by itself once fixed.")

    def _damage_text(self, view: OutboxView) -> str:
        kept = view.recovered_as or ""
        if view.damage == "rows-missing":
            missing = self.tr(
                "%n recorded activation(s) missing from the outbox file (a damaged write or an"
                " emptied file).",
                "",
                view.rows_lost,
            )
            if not kept:
                return missing
            found = arg(self.tr("The file as found is kept as %1."), kept)
            return f"{missing} {found}"
        if view.rows_lost:
            return arg(
                self.tr(
                    "The outbox file was damaged: kept as %1 with %n recorded activation(s),"
                    " a new one was started.",
                    "",
                    view.rows_lost,
                ),
                kept,
            )
        return arg(
            self.tr("The outbox file was unreadable: kept as %1, a new one was started"), kept
        )

    def _reason_text(self, reason: str) -> str:
        """Why the central refused an activation, in words; another refusal by its code."""
        texts: dict[str, str] = {
            ProblemCode.CARD_NOT_FOUND: self.tr("unknown card"),
            ProblemCode.CARD_BLOCKED: self.tr("card blocked"),
            ProblemCode.INVALID_CARD_NUMBER: self.tr("not a card of ours"),
        }
        known = texts.get(reason)
        return known if known is not None else arg(self.tr("refused (%1)"), reason)

    def _render_dead_letters(self) -> None:
        listing = self.ui.deadLettersList
        current = listing.currentRow()
        listing.clear()
        for row in self._dead:
            reason = self._reason_text(row.reason)
            text = arg(
                self.tr("%1 — %2, scanned %3"), row.masked_card, reason, when(row.scanned_at)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            listing.addItem(item)
        if 0 <= current < listing.count():
            listing.setCurrentRow(current)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = 0 <= self.ui.deadLettersList.currentRow() < len(self._dead)
        self.ui.retryButton.setEnabled(selected)
        self.ui.discardButton.setEnabled(selected)

    def _on_selected(self, signal: SignalInstance) -> None:
        row = self.ui.deadLettersList.currentRow()
        if 0 <= row < len(self._dead):
            signal.emit(self._dead[row].id)

    def _ask_to_leave(self) -> None:
        self.ui.confirmPanel.setVisible(True)
        # Its "leave" must not take a second tap meant for "leave kiosk mode" as the answer.
        view_changed(self)

    def _keep_kiosk_mode(self) -> None:
        self.ui.confirmPanel.setVisible(False)
        view_changed(self)

    def view_needs(self) -> ViewNeeds:
        """Back and leaving kiosk mode (with its confirmation, when asked) always, the title on
        arrival; the terminal's state scrolls."""
        ui = self.ui
        return ViewNeeds(
            always=(
                ui.backButton,
                ui.leaveButton,
                ui.confirmLabel,
                ui.cancelLeaveButton,
                ui.confirmLeaveButton,
            ),
            on_arrival=(ui.titleLabel,),
            scroll=ui.scroll,
        )

    def clear(self) -> None:
        self.ui.confirmPanel.setVisible(False)
        self._scanner_test = None

    def showEvent(self, event: QShowEvent) -> None:
        self.ui.confirmPanel.setVisible(False)
        super().showEvent(event)
        self.shown.emit()
