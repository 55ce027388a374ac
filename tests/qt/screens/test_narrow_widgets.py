"""The pieces that keep a screen within its width on a narrow terminal or with large text:
buttons and check boxes whose words wrap, a flow layout for rows of choices, a row of buttons
that folds onto two rows, a field row whose caption goes above its field, and a keypad page
whose button moves beside the keypad on a short screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.core.display.metrics import ScreenMetrics
from kiosk.qt.input.keypad import PORTRAIT_KEYPAD_SHARE
from kiosk.qt.layout.fit import Fit, fold_when_narrow, side_by_side_width
from kiosk.qt.layout.keypad_page import SHORT_MARGIN, KeypadPageFit
from kiosk.qt.screens.attract import AttractScreen
from kiosk.qt.screens.manual_entry import ManualEntryScreen
from kiosk.qt.screens.wizards.frame import PORTRAIT_KEYS_SHARE, WizardFrame
from kiosk.qt.widgets.code_entry import BESIDE_THE_CODE, CodeEntry
from kiosk.qt.widgets.field_row import FieldRow
from kiosk.qt.widgets.flow_layout import FlowLayout
from kiosk.qt.widgets.scroll_content import ScrollContent
from kiosk.qt.widgets.sizes import least_width
from kiosk.qt.widgets.text_field import text_field
from kiosk.qt.widgets.wrapping import WrappingButton, WrappingCheckBox, WrappingLabel

SENTENCE = "Forgot the password? Get an SMS code instead"


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_a_wrapping_button_needs_only_its_longest_word_and_grows_taller_when_narrow(
    qtbot: QtBot,
) -> None:
    button = WrappingButton(SENTENCE)
    qtbot.addWidget(button)
    longest = max(button.fontMetrics().horizontalAdvance(word) for word in SENTENCE.split())
    whole = button.fontMetrics().horizontalAdvance(SENTENCE)
    assert button.minimumSizeHint().width() < whole
    assert button.minimumSizeHint().width() >= longest
    assert button.sizeHint().width() >= whole
    assert button.hasHeightForWidth()
    assert button.heightForWidth(button.minimumSizeHint().width()) > button.heightForWidth(2000)
    assert button.text() == SENTENCE  # the whole sentence, for anyone who asks


def test_a_wrapping_button_in_a_narrow_column_is_as_narrow_as_the_column_and_tall_enough(
    qtbot: QtBot,
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    button = WrappingButton(SENTENCE)
    layout.addWidget(button)
    narrow = button.minimumSizeHint().width() + 20
    holder.resize(narrow, 400)
    holder.show()
    settle()
    assert button.width() <= narrow
    assert button.height() >= button.heightForWidth(button.width())
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks == [True]


def test_a_wrapping_check_box_toggles_on_a_tap_on_its_words(qtbot: QtBot) -> None:
    check = WrappingCheckBox("I accept the program rules (version 2025-03)")
    qtbot.addWidget(check)
    check.resize(
        check.minimumSizeHint().width(), check.heightForWidth(check.minimumSizeHint().width())
    )
    check.show()
    settle()
    assert check.minimumSizeHint().width() < check.sizeHint().width()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(check.width() - 5, 5))
    assert check.isChecked()


def test_a_flow_layout_puts_its_buttons_on_more_lines_rather_than_widen(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder, spacing=10)
    buttons = [QPushButton(text) for text in ("Русский", "Беларуская", "English")]
    for button in buttons:
        flow.addWidget(button)
    widest = max(least_width(button) for button in buttons)
    assert flow.minimumSize().width() == widest
    one_line = flow.sizeHint().width()
    assert flow.heightForWidth(one_line) == max(b.sizeHint().height() for b in buttons)
    assert flow.heightForWidth(widest) >= 3 * buttons[0].sizeHint().height()

    holder.resize(widest, flow.heightForWidth(widest))
    holder.show()
    settle()
    tops = [button.y() for button in buttons]
    assert tops == sorted(tops) and len(set(tops)) == 3  # one per line
    assert all(button.geometry().right() < holder.width() for button in buttons)


#: The window (kept alive by the test), the row's owner, its fit and its buttons.
Actions = tuple[QWidget, QWidget, Fit, list[QPushButton]]


@pytest.fixture
def actions(qtbot: QtBot) -> Actions:
    window = QWidget()  # a window would refuse to get narrower than its layout's minimum
    qtbot.addWidget(window)
    window.resize(2000, 400)
    owner = QWidget(window)
    root = QVBoxLayout(owner)
    root.setContentsMargins(20, 0, 20, 0)
    row, fold = QHBoxLayout(), QHBoxLayout()
    root.addLayout(row)
    root.addLayout(fold)
    back, cancel, send = QPushButton("Back"), QPushButton("Cancel"), QPushButton("Get the SMS code")
    for button in (back, cancel, send):
        row.addWidget(button)
    fit = fold_when_narrow(owner, row, fold, movable=[send], measured=[back, cancel, send])
    window.show()
    return window, owner, fit, [back, cancel, send]


def _folded(fit: Fit) -> bool:
    return fit.current is not None and fit.current.name == "folded"


def _one_row(owner: QWidget, buttons: list[QPushButton]) -> int:
    """The width the buttons need side by side, at the row's spacing."""
    root = owner.layout()
    row = root.itemAt(0).layout() if root is not None else None
    return side_by_side_width(buttons, row.spacing() if row is not None else 0)


def test_a_folding_row_moves_the_last_button_down_only_when_the_row_is_too_narrow(
    actions: Actions,
) -> None:
    _window, owner, fit, buttons = actions
    back, _cancel, send = buttons
    needed = _one_row(owner, buttons)
    owner.resize(needed + 40 + 10, 300)  # the margins and some room to spare
    settle()
    assert not _folded(fit)
    assert send.y() == back.y()

    owner.resize(needed + 40 - 10, 300)
    settle()
    assert _folded(fit)
    assert send.y() > back.y()
    assert send.geometry().right() < owner.width()

    owner.resize(needed + 40 + 10, 300)
    settle()
    assert not _folded(fit)
    assert send.y() == back.y() and send.x() > back.x()


def test_a_folding_row_follows_its_words(
    actions: Actions,
) -> None:
    _window, owner, fit, buttons = actions
    owner.resize(_one_row(owner, buttons) + 40 + 10, 300)
    settle()
    assert not _folded(fit)
    buttons[2].setText("Get the SMS code now, please")  # a longer translation
    settle()
    assert _folded(fit)


def test_a_field_row_puts_its_caption_above_the_field_when_both_do_not_fit_side_by_side(
    qtbot: QtBot,
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1000, 300)
    field = QLineEdit()
    field.setMinimumWidth(400)
    row = FieldRow(field, window)
    row.set_caption("Date of birth", optional=False, optional_mark="")
    row.resize(900, 200)
    window.show()
    settle()
    assert row.stacked is False
    assert row.caption.x() < field.x()
    # The row never asks for more than its widest part: the page does not widen for it.
    assert row.minimumSizeHint().width() == max(least_width(row.caption), least_width(field))

    row.resize(420, 200)
    settle()
    assert row.stacked is True
    assert row.caption.geometry().bottom() < field.y()
    assert field.width() <= 420


@pytest.mark.parametrize("size", [(768, 1024), (1024, 768), (1920, 1080)])
def test_large_text_grows_the_letters_on_keys_less_than_other_text(size: tuple[int, int]) -> None:
    normal = ScreenMetrics(*size)
    large = ScreenMetrics(*size, large_text=True)
    assert large.key_font_px(36) > normal.key_font_px(36)
    assert large.key_font_px(36) < large.font_px(36)
    # Still larger than large body text (26 px on the reference screen).
    assert large.key_font_px(36) > large.font_px(26)
    rendered = large.render_stylesheet('QPushButton[keyboardKey="true"] { font-size: 36px; }')
    assert f"font-size: {large.key_font_px(36)}px;" in rendered


def test_on_a_portrait_screen_the_keys_take_the_room_a_short_form_leaves(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    frame = WizardFrame(window)
    name = text_field()
    frame.show_page(frame.add_page("names", frame.add_row("name", name)), [name])
    frame.resize(1080, 1920)
    window.resize(1080, 1920)
    window.show()
    settle()
    assert frame.dock.isVisible()
    assert frame.dock.height() == round(1920 * PORTRAIT_KEYS_SHARE)
    keys_in_portrait = frame.dock.keyboard.height()

    frame.resize(1920, 1080)
    settle()
    assert frame.dock.height() == frame.dock.minimumSizeHint().height()
    assert frame.dock.keyboard.height() < keys_in_portrait


def test_a_keypad_page_gives_its_keypad_a_share_of_a_portrait_screen(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    screen = ManualEntryScreen(window)
    landscape_keypad = screen.ui.keypad.minimumSize()
    screen.resize(1080, 1920)
    window.show()
    settle()
    share_w, share_h = PORTRAIT_KEYPAD_SHARE
    assert screen.ui.keypad.width() >= round(1080 * share_w)
    assert screen.ui.keypad.height() >= round(1920 * share_h)

    screen.resize(1920, 1080)
    settle()
    assert screen.ui.keypad.minimumSize() == landscape_keypad


def test_with_large_text_on_a_short_screen_the_wizards_title_scrolls_and_the_step_stays(
    qtbot: QtBot,
) -> None:
    """The wizard's fit: the title on top while the screen holds it, the page and the keys;
    scrolling with the page (large text on a short screen) only when it does not, and the step
    indicator never in the page's scroll area."""
    window = QWidget()  # a window of its own would grow to the frame's least height
    qtbot.addWidget(window)
    frame = WizardFrame(window)
    field = QLineEdit()
    frame.show_page(frame.add_page("one", frame.add_row("name", field)), [field])
    frame.title.setText("A title long enough to take several lines of large text " * 3)
    frame.resize(1024, 1400)
    window.show()
    frame.set_large_text(True)
    settle()
    header = frame.ui.headerBox
    assert not frame.header_scrolls and header.parentWidget() is frame  # room enough
    frame.resize(1024, 200)  # too short for the title on top, the page and the keys
    settle()
    assert frame.header_scrolls
    assert frame.ui.pageScrollLayout.indexOf(header) == 0  # above the page
    assert not frame.page_scroll.isAncestorOf(frame.step_label)
    frame.set_large_text(False)
    settle()
    assert not frame.header_scrolls and header.parentWidget() is frame


def test_the_sms_code_pages_buttons_sit_beside_the_code_on_a_wide_page_and_never_move(
    qtbot: QtBot,
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    entry = CodeEntry(parent=window)
    entry.set_resend("New code in 0:59", enabled=False)
    least = entry.code.minimumSizeHint().width()
    entry.resize(round(least * BESIDE_THE_CODE) + 10, 400)
    window.resize(2000, 400)
    window.show()
    settle()
    assert entry.buttons_beside
    code_top, resend_at = entry.code.y(), entry.resend.pos()
    assert abs(entry.resend.y() - code_top) < entry.code.height()  # on the code's row
    entry.set_resend("Start again with a new code", enabled=True)  # longer words, same place
    settle()
    assert entry.buttons_beside and entry.resend.pos() == resend_at

    entry.resize(round(least * BESIDE_THE_CODE) - 10, 400)
    settle()
    assert not entry.buttons_beside
    assert entry.resend.y() > entry.code.y() + entry.code.height()  # a row of their own


def test_a_scrolled_middle_asks_for_its_least_height_at_its_width(qtbot: QtBot) -> None:
    content = ScrollContent()
    qtbot.addWidget(content)
    layout = QVBoxLayout(content)
    words = QLabel("Поднесите штрихкод карты к сканеру — и увидите свои бонусные баллы " * 3)
    words.setWordWrap(True)
    layout.addWidget(words)
    layout.addStretch(1)
    # Its least at any width would count the words at their narrowest: many lines.
    assert content.minimumSizeHint().height() == 0
    wide, narrow = content.heightForWidth(1200), content.heightForWidth(300)
    assert 0 < wide < narrow
    assert wide == layout.totalMinimumHeightForWidth(1200)


def test_a_keypad_page_moves_its_button_beside_the_keypad_only_while_the_screen_is_too_short(
    qtbot: QtBot,
) -> None:
    frame = QScrollArea()  # as a screen's frame holds it
    frame.setWidgetResizable(True)
    qtbot.addWidget(frame)
    screen = ManualEntryScreen()
    frame.setWidget(screen)
    fit = screen.findChild(KeypadPageFit)
    assert fit is not None
    ui = screen.ui
    frame.resize(1024, 1000)
    frame.show()
    settle()
    needed = fit.needed_height()
    assert not fit.beside
    assert ui.backButton.y() > ui.keypad.geometry().bottom()  # in its own row under the keypad

    frame.resize(1024, needed - 40)  # the page would scroll by 40 px
    settle()
    assert fit.beside
    assert frame.verticalScrollBar().maximum() == 0, "the whole page fits"
    keypad = ui.keypad.geometry().translated(ui.keypad.parentWidget().mapTo(screen, QPoint(0, 0)))
    back = ui.backButton.geometry()
    assert back.right() < keypad.left(), "at the keypad's left"
    assert back.bottom() == keypad.bottom(), "level with the keys' bottom row"
    assert ui.rootLayout.contentsMargins().top() == SHORT_MARGIN
    # The keypad stays in the middle, under the title.
    assert abs(keypad.center().x() - screen.width() // 2) <= ui.backButton.width() // 2
    assert fit.needed_height() == needed, "still measured with the button in its row"

    frame.resize(1024, needed - 1)  # it would still not fit in its row: it does not flip
    settle()
    assert fit.beside

    frame.resize(1024, needed + 10)
    settle()
    assert not fit.beside
    assert ui.backButton.y() > ui.keypad.geometry().bottom()
    assert ui.rootLayout.contentsMargins().top() != SHORT_MARGIN
    assert frame.verticalScrollBar().maximum() == 0


def test_the_start_screen_counts_its_left_out_picture_as_it_would_stand(qtbot: QtBot) -> None:
    """Whether the scanner picture fits is decided with the picture left out too: its height
    must then be counted exactly as it takes when shown, or a picture left out once (large
    text) does not come back where it fits by a few pixels (1920×1080 with today's discount)."""
    frame = QScrollArea()
    frame.setWidgetResizable(True)
    qtbot.addWidget(frame)
    screen = AttractScreen()
    frame.setWidget(screen)
    frame.resize(1920, 2000)  # room for everything: the picture shows
    frame.show()
    settle()
    picture = screen.ui.scanIllustration
    assert picture.isVisible()
    shown = screen.height_with_optional()
    picture.hide()
    settle()
    assert screen.height_with_optional() == shown


def test_a_wrapping_label_between_spacers_keeps_one_line_where_it_fits(qtbot: QtBot) -> None:
    """Today's discount pill, centred between spacers: one line where the row has the width,
    wrapped (never cut) where not."""
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyleSheet("QLabel { font-size: 32px; font-weight: bold; padding: 18px 34px; }")
    row = QHBoxLayout(holder)
    label = WrappingLabel()
    label.setText("Сегодня скидка 15% на всё — День скидок")
    row.addStretch()
    row.addWidget(label)
    row.addStretch()
    holder.show()
    settle()
    one_line = label.heightForWidth(10_000)
    wide = label.sizeHint().width() + 200
    holder.resize(wide, row.heightForWidth(wide))
    settle()
    assert label.height() == one_line
    narrow = label.sizeHint().width() // 2
    holder.resize(narrow, row.heightForWidth(narrow))
    settle()
    assert label.width() <= narrow and label.height() > one_line
