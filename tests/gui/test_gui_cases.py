"""Case data: open, reopen after a restart, delete one, delete all."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from handbook_app.errors import CaseStoreError
from handbook_app.gui.cases import PLACEHOLDER

if TYPE_CHECKING:
    from helpers.gui_kit import Dialogs, Factory
    from pytestqt.qtbot import QtBot

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui


def open_case(window: MainWindow, qtbot: QtBot, ref: str) -> None:
    window.cases.field.clear()
    qtbot.keyClicks(window.cases.field, ref)
    qtbot.keyClick(window.cases.field, Qt.Key.Key_Return)


def test_field_says_never_a_name(window: MainWindow) -> None:
    assert window.cases.field.placeholderText() == PLACEHOLDER
    assert "never a name" in PLACEHOLDER


def test_a_name_is_refused_inline(window: MainWindow, qtbot: QtBot, dialogs: Dialogs) -> None:
    open_case(window, qtbot, "Maria Petrova")
    assert window.session.ref == ""
    assert "is not a case reference" in window.cases.error.text()
    assert dialogs.messages == []


def test_ticks_and_route_come_back_after_restarting(make_window: Factory, qtbot: QtBot) -> None:
    first = make_window()
    open_case(first, qtbot, "2026-014")
    first.navigator.open("adult-labour")
    first.checklist.boxes["job"].click()
    first.checklist.boxes["documents"].click()
    first.navigator.open("refer-adult")
    first.guide.answer("No danger")
    first.close()
    again = make_window()
    assert again.session.ref == ""
    again.navigator.open("adult-labour")
    assert again.checklist.ticked_ids() == set()
    open_case(again, qtbot, "2026-014")
    assert again.checklist.ticked_ids() == {"job", "documents"}
    again.navigator.open("refer-adult")
    assert again.guide.heading.text() == "Ask for consent"


def test_ticks_made_before_opening_a_new_case_are_kept_in_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.navigator.open("quick-screen")
    window.checklist.boxes["afraid"].click()
    open_case(window, qtbot, "2026-015")
    assert window.store.ticks("2026-015", "quick-screen") == {"afraid"}


def test_cases_menu_lists_recent_cases_with_dates_and_reopens(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_case(window, qtbot, "2026-001")
    open_case(window, qtbot, "2026-002")
    menu = QMenu()
    window.cases.fill_menu(menu)
    entry = next(a for a in menu.actions() if a.text().startswith("2026-001"))
    assert "last used 20" in entry.text()
    entry.trigger()
    assert window.session.ref == "2026-001"
    assert window.cases.field.text() == "2026-001"


def test_delete_one_case(window: MainWindow, qtbot: QtBot) -> None:
    open_case(window, qtbot, "2026-003")
    window.cases.delete_current()
    assert window.session.ref == ""
    assert [c.ref for c in window.store.cases()] == []


def test_delete_all_case_data_after_confirmation(
    window: MainWindow, qtbot: QtBot, dialogs: Dialogs
) -> None:
    open_case(window, qtbot, "2026-004")
    window.navigator.open("quick-screen")
    window.checklist.boxes["afraid"].click()
    window.bookmarks.add_current()
    assert window.cases.delete_all()
    assert "Delete all case data?" in dialogs.questions[-1]
    assert window.store.cases() == []
    assert window.store.ticks("2026-004", "quick-screen") == set()
    assert window.checklist.ticked_ids() == set()
    assert window.store.bookmarks()  # bookmarks are not case data
    assert window.cases.state.text() == "All case data deleted."


def test_delete_all_declined_keeps_everything(
    window: MainWindow, qtbot: QtBot, dialogs: Dialogs
) -> None:
    open_case(window, qtbot, "2026-005")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not window.cases.delete_all()
    assert [c.ref for c in window.store.cases()] == ["2026-005"]


def test_a_failed_delete_is_shown_beside_the_field_and_keeps_the_case(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_case(window, qtbot, "2026-006")

    def fail(_ref: str) -> None:
        raise CaseStoreError("could not save case data: disk I/O error")

    monkeypatch.setattr(window.store, "delete_case", fail)
    window.cases.delete_current()  # must not raise
    assert window.cases.error.text() == "could not save case data: disk I/O error"
    assert window.session.ref == "2026-006"


def test_a_long_case_error_stays_on_one_line(window: MainWindow, qtbot: QtBot) -> None:
    before = window.cases.height()
    window.cases.field.setText("Maria Garcia from the north")
    window.cases.open_typed()
    assert window.cases.error.text()
    assert window.cases.error.toolTip() == window.cases.error.text()
    assert not window.cases.error.wordWrap()
    assert window.cases.sizeHint().height() <= before + 2
