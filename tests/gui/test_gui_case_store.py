"""A case store that is damaged, of a wrong layout, locked or read-only never stops the
handbook: the content opens, and the case bar and Cases menu say what is wrong and offer
what can be done (issue 11, items 6 and 8)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from helpers.gui_kit import Factory

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui

GARBAGE = b"this is not a database\n" * 200


def actions(window: MainWindow) -> dict[str, object]:
    menu = QMenu()
    window.cases.fill_menu(menu)
    return {a.text(): a for a in menu.actions() if a.text()}


def damaged(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    (data / "cases.sqlite").write_bytes(GARBAGE)
    return data


def wrong_layout(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    with sqlite3.connect(data / "cases.sqlite") as con:
        con.execute("CREATE TABLE cases(x)")
    con.close()
    return data


@pytest.mark.parametrize("make", [damaged, wrong_layout])
def test_the_handbook_opens_and_says_what_is_wrong(
    make_window: Factory, tmp_path: Path, make: object
) -> None:
    assert callable(make)
    window = make_window(data=make(tmp_path))
    assert window.navigator.open("adult-labour")  # the reference content always opens
    window.checklist.boxes["job"].click()
    assert window.checklist.boxes["job"].isChecked()  # works, unsaved
    assert "Case data cannot be used" in window.cases.error.text()
    assert "Cases menu" in window.cases.state.text()
    assert not window.cases.field.isEnabled()
    offered = actions(window)
    assert "Open the case store read-only (see, not change)" in offered
    assert "Move the damaged file aside (kept) and start a new store" in offered


def test_moving_the_damaged_file_aside_keeps_it_and_starts_a_new_store(
    make_window: Factory, tmp_path: Path
) -> None:
    data = damaged(tmp_path)
    window = make_window(data=data)
    kept = window.cases.start_new()
    assert kept
    assert Path(kept).parent == data
    assert Path(kept).read_bytes() == GARBAGE
    assert "The old one is kept as" in window.cases.error.text()
    assert window.session.open("2026-014")
    window.navigator.open("adult-labour")
    window.checklist.boxes["job"].click()
    assert window.store.ticks("2026-014", "adult-labour") == {"job"}


def test_a_store_opened_read_only_shows_cases_and_refuses_ticks(
    make_window: Factory, tmp_path: Path
) -> None:
    first = make_window()
    first.session.open("2026-050")
    first.navigator.open("adult-labour")
    first.checklist.boxes["job"].click()
    first.close()
    window = make_window()
    assert window.session.reopen(read_only=True)
    assert "read-only" in window.cases.error.text()
    assert window.session.open("2026-050")
    window.navigator.open("adult-labour")
    assert window.checklist.ticked_ids() == {"job"}
    window.checklist.boxes["hours"].click()
    assert not window.checklist.boxes["hours"].isChecked()
    assert "read-only" in window.cases.error.text()
    assert "Try to open the case store again" in actions(window)
    assert window.store.ticks("2026-050", "adult-labour") == {"job"}


def test_a_store_locked_at_start_can_be_tried_again(make_window: Factory, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    holder = sqlite3.connect(data / "cases.sqlite", isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("CREATE TABLE held(x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        window = make_window(data=data)
        assert "locked" in window.cases.error.text()
        assert window.navigator.open("adult-labour")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert window.session.reopen()
    assert window.cases.field.isEnabled()
    assert window.session.open("2026-051")
