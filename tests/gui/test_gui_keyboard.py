"""Every task at the counter by keys alone: where the focus and the scroll are after each key."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from handbook_app.gui import keys

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def key(
    qtbot: QtBot, pressed: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus went nowhere"
    qtbot.keyClick(widget, pressed, modifier)


def focused_text() -> str:
    widget = QApplication.focusWidget()
    return widget.text() if widget is not None and hasattr(widget, "text") else ""


def test_a_guide_walked_to_its_end_and_back_by_keys(active: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(active, Qt.Key.Key_Home, ALT)  # the start page, focus on its first link
    assert active.stack.currentWidget() is active.start
    assert "Quick screen" in focused_text()
    key(qtbot, Qt.Key.Key_Tab)
    assert "Referral of an adult" in focused_text()
    key(qtbot, Qt.Key.Key_Return)
    guide = active.guide
    assert active.stack.currentWidget() is guide
    assert QApplication.focusWidget() is guide.choices[0]
    key(qtbot, Qt.Key.Key_2)  # "No danger"
    assert guide.heading.text() == "Ask for consent"
    assert QApplication.focusWidget() is guide.next  # not the search box
    key(qtbot, Qt.Key.Key_Space)
    assert guide.heading.text() == "Refer the person"
    assert QApplication.focusWidget() is guide.print  # the end: print the route
    key(qtbot, Qt.Key.Key_Backspace)
    assert guide.heading.text() == "Ask for consent"
    key(qtbot, Qt.Key.Key_Left, ALT)  # inside the guide first
    assert guide.heading.text() == "Is anyone in danger now?"
    assert QApplication.focusWidget() is guide.choices[0]
    key(qtbot, Qt.Key.Key_1)
    assert guide.heading.text() == "Call for help"
    assert "End of this guide" in guide.body.toPlainText()
    key(qtbot, Qt.Key.Key_Left, ALT)
    key(qtbot, Qt.Key.Key_Left, ALT)  # at the first step: leaves the guide
    assert active.stack.currentWidget() is active.start


def test_a_checklist_ticked_by_keys(active: MainWindow, qtbot: QtBot) -> None:
    active.navigator.open("adult-labour")
    active.contents.setFocus()
    qtbot.keyClick(active, Qt.Key.Key_F6)  # one key from the page to the first indicator
    checklist = active.checklist
    assert QApplication.focusWidget() is checklist.boxes["job"]
    assert checklist.rows["job"].property("current") is True  # the row shows the focus
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is checklist.boxes["employer"]
    key(qtbot, Qt.Key.Key_Space)
    assert checklist.rows["job"].property("current") is False
    key(qtbot, Qt.Key.Key_Down, CTRL)  # the next group
    assert QApplication.focusWidget() is checklist.boxes["hours"]
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Space)
        key(qtbot, Qt.Key.Key_Tab)
    assert checklist.ticked_ids() == {"job", "employer", "hours", "pay", "living"}
    key(qtbot, Qt.Key.Key_Down, CTRL)
    assert QApplication.focusWidget() is checklist.boxes["documents"]
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is checklist.boxes["reported"]
    key(qtbot, Qt.Key.Key_Space)
    assert checklist.assessor.headline.text() == "Likely a victim of trafficking"
    key(qtbot, Qt.Key.Key_Tab)  # after the last indicator: the assessment's buttons
    assert QApplication.focusWidget() is checklist.assessor.guide


def test_find_in_a_checklist_lands_on_the_indicator(active: MainWindow, qtbot: QtBot) -> None:
    active.navigator.open("adult-labour")
    qtbot.keyClick(active, Qt.Key.Key_F, CTRL)
    assert active.finder.field.hasFocus()
    qtbot.keyClicks(active.finder.field, "threats")
    assert active.finder.count.text() == "1 of 1"
    assert active.checklist.rows["threats"].property("match") is True
    key(qtbot, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is active.checklist.boxes["threats"]
    assert active.checklist.rows["threats"].property("match") is False
    key(qtbot, Qt.Key.Key_Space)
    assert "threats" in active.checklist.ticked_ids()


def test_search_lands_on_the_highlighted_indicator_with_its_heading_on_top(
    active: MainWindow, qtbot: QtBot
) -> None:
    active.resize(1024, 480)  # short of room: the checklist must scroll
    qtbot.keyClick(active, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(active.search.box, "her identity documents")
    with qtbot.waitSignal(active.search.openRequested, timeout=10000):
        key(qtbot, Qt.Key.Key_Return)
    checklist = active.checklist
    assert active.stack.currentWidget() is checklist
    assert active.navigator.history.current == ("adult-labour", "coercion-at-destination")
    assert QApplication.focusWidget() is checklist.boxes["documents"]
    row = checklist.rows["documents"]
    assert row.matched
    assert "<b><u>documents</u></b>" in row.text.text()
    assert "<u>" not in checklist.rows["reported"].text.text()  # "the" and "her": never marked
    group = checklist.groups["coercion-at-destination"]
    bar = checklist.area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    top = group.mapTo(checklist.area.viewport(), QPoint(0, 0)).y()
    assert top == 0 or bar.value() == bar.maximum()  # heading at the top, unless at the end
    assert top <= 0 or bar.value() == bar.maximum()
    assert top >= -2


def test_every_shortcut_is_listed_from_the_one_table(active: MainWindow) -> None:
    dialog = keys.KeysDialog(active)
    listed = {row[2]: row[1] for row in dialog.rows()}
    assert listed["Choose answer 1 to 9"] == "1 … 9"
    assert listed["Next group of indicators"] == "Ctrl+Down"
    menu_actions = [a for m in active.menus.values() for a in m.actions()]
    menu_actions += active.bookmarks.actions()
    for action in menu_actions:
        if action.shortcuts():
            assert action.text() in listed, action.text()
            shown = {s.toString(s.SequenceFormat.NativeText) for s in action.shortcuts()}
            assert ", ".join(sorted(shown)) == ", ".join(sorted(listed[action.text()].split(", ")))


def test_f1_opens_the_keyboard_shortcuts(
    active: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []

    def exec_(self: keys.KeysDialog) -> int:
        seen.append(len(self.rows()))
        return 0

    monkeypatch.setattr(keys.KeysDialog, "exec", exec_)
    qtbot.keyClick(active, Qt.Key.Key_F1)
    assert seen == [len([k for k in keys.TABLE if keys.sequences(k.name)])]
    assert seen[0] >= len(keys.TABLE) - 2
