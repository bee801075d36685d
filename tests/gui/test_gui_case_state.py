"""Cases never mix: each case shows and holds exactly its own ticks and routes.

The blockers of issue 12: ticks leaking into the next case opened, names accepted
as references, a guide reset when a case is opened, and Reset wiping at once.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from handbook_app.errors import CaseStoreError

if TYPE_CHECKING:
    from pathlib import Path

    from helpers.gui_kit import Dialogs, Factory
    from pytestqt.qtbot import QtBot

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui


def open_case(window: MainWindow, qtbot: QtBot, ref: str) -> None:
    window.cases.field.clear()
    qtbot.keyClicks(window.cases.field, ref)
    qtbot.keyClick(window.cases.field, Qt.Key.Key_Return)


def tick(window: MainWindow, qtbot: QtBot, *ids: str) -> None:
    for indicator in ids:
        qtbot.mouseClick(window.checklist.boxes[indicator], Qt.MouseButton.LeftButton)


def database(window: MainWindow) -> dict[str, object]:
    """What the case file on disk holds, read with a connection of its own."""
    with sqlite3.connect(window.paths.cases) as con:
        cases = sorted(r[0] for r in con.execute("SELECT ref FROM cases"))
        ticks = sorted(con.execute("SELECT ref, checklist, indicator FROM ticks").fetchall())
        routes = sorted(con.execute("SELECT ref, guide, position, step, answer FROM routes"))
    con.close()
    return {"cases": cases, "ticks": ticks, "routes": routes}


def test_ticks_never_leak_into_the_next_case(window: MainWindow, qtbot: QtBot) -> None:
    open_case(window, qtbot, "2026-014")
    window.navigator.open("adult-labour")
    tick(window, qtbot, "job", "documents")
    open_case(window, qtbot, "2026-015")
    assert window.checklist.ticked_ids() == set()
    open_case(window, qtbot, "2026-016")
    assert window.checklist.ticked_ids() == set()
    assert database(window)["ticks"] == [
        ("2026-014", "adult-labour", "documents"),
        ("2026-014", "adult-labour", "job"),
    ]


def test_a_name_with_a_date_of_birth_is_refused_and_never_listed(
    window: MainWindow, qtbot: QtBot
) -> None:
    for name in ("Maria1990", "Petrova.M.14-03-1990"):
        open_case(window, qtbot, name)
        assert window.session.ref == ""
        assert "is not a case reference" in window.cases.error.text()
        assert "such as 2026-014" in window.cases.error.text()
    menu = QMenu()
    window.cases.fill_menu(menu)
    assert not any("Maria" in a.text() or "Petrova" in a.text() for a in menu.actions())
    assert database(window)["cases"] == []


def test_a_name_stored_by_an_older_version_is_offered_for_deletion_not_reopening(
    make_window: Factory, tmp_path: Path
) -> None:
    first = make_window()
    first.session.open("2026-060")
    first.close()
    with sqlite3.connect(first.paths.cases) as con:
        con.execute("INSERT INTO cases VALUES ('Maria1990', '2026-01-01', '2026-01-01')")
    con.close()
    window = make_window()
    menu = QMenu()
    window.cases.fill_menu(menu)
    texts = [a.text() for a in menu.actions()]
    assert not any(t.startswith("Maria1990") for t in texts)  # never offered to reopen
    delete = next(a for a in menu.actions() if a.text().startswith("Delete 'Maria1990'"))
    delete.trigger()
    assert database(window)["cases"] == ["2026-060"]


def test_guide_progress_is_kept_when_a_case_is_opened_after_asking_once(
    window: MainWindow, qtbot: QtBot, dialogs: Dialogs
) -> None:
    window.navigator.open("refer-adult")
    window.guide.answer("No danger")
    window.guide.next.click()
    assert window.guide.heading.text() == "Refer the person"
    window.navigator.open("quick-screen")
    tick(window, qtbot, "afraid")
    open_case(window, qtbot, "2026-020")
    asked = [q for q in dialogs.questions if "Keep this work" in q]
    assert len(asked) == 1
    assert "2026-020" in asked[0]
    assert window.checklist.ticked_ids() == {"afraid"}
    window.navigator.open("refer-adult")
    assert window.guide.heading.text() == "Refer the person"
    assert window.store.route("2026-020", "refer-adult") == [
        ("safety", "No danger"),
        ("consent", ""),
    ]
    open_case(window, qtbot, "2026-021")  # from one case to another: never asked, never copied
    assert len([q for q in dialogs.questions if "Keep this work" in q]) == 1
    assert window.guide.heading.text() == "Is anyone in danger now?"
    assert database(window)["routes"] == [
        ("2026-020", "refer-adult", 0, "safety", "No danger"),
        ("2026-020", "refer-adult", 1, "consent", ""),
    ]


def test_work_not_kept_when_the_officer_says_no(
    window: MainWindow, qtbot: QtBot, dialogs: Dialogs
) -> None:
    window.navigator.open("quick-screen")
    tick(window, qtbot, "afraid")
    dialogs.answer = QMessageBox.StandardButton.No
    open_case(window, qtbot, "2026-022")
    assert window.session.ref == "2026-022"
    assert window.checklist.ticked_ids() == set()
    assert database(window)["ticks"] == []


def test_reset_can_be_undone_with_ctrl_z(active: MainWindow, qtbot: QtBot) -> None:
    window = active
    open_case(window, qtbot, "2026-030")
    window.navigator.open("adult-labour")
    tick(window, qtbot, "job", "employer")
    qtbot.mouseClick(window.checklist.assessor.reset, Qt.MouseButton.LeftButton)
    assert window.checklist.ticked_ids() == set()
    assert window.store.ticks("2026-030", "adult-labour") == set()
    assert window.checklist.assessor.undo.isVisible()
    window.checklist.boxes["hours"].setFocus()
    qtbot.keyClick(
        window.checklist.boxes["hours"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    assert window.checklist.ticked_ids() == {"job", "employer"}
    assert window.store.ticks("2026-030", "adult-labour") == {"job", "employer"}
    assert not window.checklist.assessor.undo.isVisible()


def test_undo_never_brings_ticks_into_another_case(window: MainWindow, qtbot: QtBot) -> None:
    open_case(window, qtbot, "2026-031")
    window.navigator.open("adult-labour")
    tick(window, qtbot, "job")
    window.checklist.reset()
    open_case(window, qtbot, "2026-032")
    window.checklist.undo()
    assert window.store.ticks("2026-032", "adult-labour") == set()
    assert window.checklist.ticked_ids() == set()


def test_reset_comes_after_every_indicator_in_the_tab_order(window: MainWindow) -> None:
    window.navigator.open("adult-labour")
    boxes = list(window.checklist.boxes.values())
    reset = window.checklist.assessor.reset
    seen: list[QWidget] = []
    widget: QWidget | None = window.cases.field
    for _ in range(400):
        assert widget is not None
        widget = widget.nextInFocusChain()
        if widget is reset or widget in boxes:
            seen.append(widget)
        if widget is window.cases.field:
            break
    assert reset in seen
    assert seen.index(reset) == len(boxes), "Reset is reached before an indicator"


def test_a_tick_that_cannot_be_saved_is_taken_back_and_said(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_case(window, qtbot, "2026-040")
    window.navigator.open("adult-labour")

    def full(*_args: object) -> None:
        raise CaseStoreError("could not save case data: database or disk is full")

    monkeypatch.setattr(window.store, "set_tick", full)
    tick(window, qtbot, "job")
    assert not window.checklist.boxes["job"].isChecked()
    assert "disk is full" in window.cases.error.text()
    assert "NOT saved" in window.cases.state.text()


def test_a_locked_store_refuses_a_tick_at_once(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    open_case(window, qtbot, "2026-041")
    window.navigator.open("adult-labour")
    other = sqlite3.connect(window.paths.cases, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        tick(window, qtbot, "job")
        assert not window.checklist.boxes["job"].isChecked()
        assert "locked" in window.cases.error.text()
    finally:
        other.execute("ROLLBACK")
        other.close()
    tick(window, qtbot, "job")
    assert window.store.ticks("2026-041", "adult-labour") == {"job"}


def test_a_route_step_that_cannot_be_saved_stays_on_the_saved_step(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_case(window, qtbot, "2026-042")
    window.navigator.open("refer-adult")

    def full(*_args: object) -> None:
        raise CaseStoreError("could not save case data: database or disk is full")

    monkeypatch.setattr(window.store, "save_route", full)
    window.guide.answer("No danger")
    assert window.guide.heading.text() == "Is anyone in danger now?"
    assert "disk is full" in window.cases.error.text()


def test_scripted_run_each_case_holds_exactly_its_own_state(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Open case A, tick, walk a guide, open case B, back to A: the database, each time."""
    open_case(window, qtbot, "2026-101")
    window.navigator.open("adult-labour")
    tick(window, qtbot, "job", "hours")
    window.navigator.open("refer-adult")
    window.guide.answer("No danger")
    ticks_a = [("2026-101", "adult-labour", "hours"), ("2026-101", "adult-labour", "job")]
    routes_a = [("2026-101", "refer-adult", 0, "safety", "No danger")]
    assert database(window) == {"cases": ["2026-101"], "ticks": ticks_a, "routes": routes_a}
    open_case(window, qtbot, "2026-102")
    assert window.guide.heading.text() == "Is anyone in danger now?"
    window.navigator.open("adult-labour")
    assert window.checklist.ticked_ids() == set()
    tick(window, qtbot, "pay")
    assert database(window) == {
        "cases": ["2026-101", "2026-102"],
        "ticks": [*ticks_a, ("2026-102", "adult-labour", "pay")],
        "routes": routes_a,
    }
    open_case(window, qtbot, "2026-101")
    assert window.checklist.ticked_ids() == {"job", "hours"}
    window.navigator.open("refer-adult")
    assert window.guide.heading.text() == "Ask for consent"
    assert database(window)["ticks"] == [*ticks_a, ("2026-102", "adult-labour", "pay")]
    assert database(window)["routes"] == routes_a
