"""The reader: pages, links, history, zoom, find in page, banners, about."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox

from handbook_app import __version__

if TYPE_CHECKING:
    from pathlib import Path

    from helpers.gui_kit import Dialogs, Factory
    from pytestqt.qtbot import QtBot

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui


def test_a_chapter_opens_selected_in_contents(window: MainWindow) -> None:
    window.navigator.open("first-contact")
    assert window.stack.currentWidget() is window.reader
    assert "Keep the first minutes calm" in window.reader.page.toPlainText()
    assert window.contents.current_place() == ("first-contact", "")
    assert window.windowTitle().startswith("First contact")


def test_contents_lists_every_kind(window: MainWindow) -> None:
    tops = [window.contents.topLevelItem(i) for i in range(window.contents.topLevelItemCount())]
    assert [t.text(0) for t in tops if t is not None] == [
        "Chapters", "Checklists", "Guides", "Countries",
    ]  # fmt: skip
    first = tops[0]
    chapter = first.child(0) if first is not None else None
    assert chapter is not None
    assert [chapter.child(i).text(0) for i in range(chapter.childCount())] == [  # type: ignore[union-attr]
        "Find a private room", "Passport kept by employer", "Safety first",
    ]  # fmt: skip


def test_choosing_a_section_in_contents_opens_it_there(window: MainWindow, qtbot: QtBot) -> None:
    section = window.contents.topLevelItem(0).child(0).child(2)  # type: ignore[union-attr]
    window.contents.itemActivated.emit(section, 0)
    qtbot.waitUntil(lambda: window.reader.page.verticalScrollBar().value() > 0)
    assert window.navigator.history.current == ("first-contact", "safety")


def test_internal_link_opens_the_checklist_in_place(window: MainWindow) -> None:
    window.reader.page.follow(QUrl("doc:adult-labour"))
    assert window.stack.currentWidget() is window.checklist
    assert window.contents.current_place() == ("adult-labour", "")


def test_same_page_link_scrolls(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.open("first-contact")
    window.reader.page.follow(QUrl("#safety"))
    qtbot.waitUntil(lambda: window.reader.page.verticalScrollBar().value() > 0)


def test_external_link_asks_first_and_stays_closed_when_declined(
    window: MainWindow, dialogs: Dialogs
) -> None:
    dialogs.answer = QMessageBox.StandardButton.No
    window.reader.page.follow(QUrl("https://www.ilo.org/forced-labour"))
    assert "network" in dialogs.questions[0]
    assert dialogs.opened == []


def test_external_link_opens_when_confirmed(window: MainWindow, dialogs: Dialogs) -> None:
    window.reader.page.follow(QUrl("mailto:help@example.org"))
    assert dialogs.opened == ["mailto:help@example.org"]


def test_back_and_forward_with_the_standard_keys(active: MainWindow, qtbot: QtBot) -> None:
    active.navigator.open("finland")
    active.navigator.open("refer-adult")
    qtbot.keyClick(active, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert active.stack.currentWidget() is active.country
    qtbot.keyClick(active, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert active.stack.currentWidget() is active.start
    assert not active.back_action.isEnabled()
    qtbot.keyClick(active, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert active.navigator.history.current == ("finland", "")
    assert active.stack.currentWidget() is active.country


def test_zoom_changes_the_font_and_is_remembered(
    active: MainWindow, qtbot: QtBot, make_window: Factory
) -> None:
    before = active.reader.page.font().pointSize()
    qtbot.keyClick(active, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(active, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert active.reader.page.font().pointSize() == before + 2
    active.close()
    again = make_window()
    assert again.reader.page.font().pointSize() == before + 2
    again.zoom.change(0)
    assert again.reader.page.font().pointSize() == before


def test_find_in_page_marks_all_and_steps_through(active: MainWindow, qtbot: QtBot) -> None:
    active.navigator.open("first-contact")
    qtbot.keyClick(active, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert active.finder.isVisible()
    assert active.finder.field.hasFocus()
    qtbot.keyClicks(active.finder.field, "safety")
    found = len(active.reader.page.highlights("find"))
    assert found >= 10
    assert active.finder.count.text() == f"1 of {found}"
    qtbot.keyClick(active.finder.field, Qt.Key.Key_Return)
    assert active.finder.count.text() == f"2 of {found}"
    assert active.reader.page.textCursor().selectedText().lower() == "safety"
    qtbot.keyClick(active.finder.field, Qt.Key.Key_Escape)
    assert not active.finder.isVisible()
    assert active.reader.page.highlights("find") == []


def test_unsigned_bundle_shows_the_yellow_bar(window: MainWindow) -> None:
    assert window.unsigned.isVisible()
    assert "Unsigned development content" in window.unsigned.text()


def test_damaged_bundle_is_explained_not_crashed(make_window: Factory, bundle_copy: Path) -> None:
    (bundle_copy / "catalog.json").unlink()
    window = make_window(bundle=bundle_copy)
    assert window.problem.isVisible()
    assert "cannot be opened" in window.problem.text()


def test_changed_file_is_reported(make_window: Factory, bundle_copy: Path) -> None:
    doc = bundle_copy / "docs" / "en" / "finland.json"
    data = json.loads(doc.read_text())
    data["title"] = "Tampered"
    doc.write_text(json.dumps(data))
    window = make_window(bundle=bundle_copy)
    assert window.problem.isVisible()
    assert "finland.json" in window.problem.text()


def test_about_names_version_edition_and_signature(window: MainWindow, dialogs: Dialogs) -> None:
    window.about()
    text = dialogs.messages[-1]
    assert __version__ in text
    assert "edition 7 of 2026-11-01" in text
    assert "GUI Test Team" in text
    assert "unsigned" in text


def test_bookmarks_add_list_open_and_remove(window: MainWindow) -> None:
    window.navigator.open("first-contact", "passport")
    window.bookmarks.add_current()
    window.navigator.open("finland")
    window.bookmarks.refresh()
    titles = [a.text() for a in window.bookmarks.actions()]
    assert "First contact › Passport kept by employer" in titles
    mark = next(a for a in window.bookmarks.actions() if a.text().startswith("First contact"))
    mark.trigger()
    assert window.navigator.history.current == ("first-contact", "passport")
    window.bookmarks.refresh()
    assert window.bookmarks.remove_action.isEnabled()
    window.bookmarks.remove_current()
    window.bookmarks.refresh()
    assert "No bookmarks yet" in [a.text() for a in window.bookmarks.actions()]
