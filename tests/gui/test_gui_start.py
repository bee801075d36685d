"""The start page: the counter first, recent cases and pages, what is new; themes and zoom."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QLabel

from handbook_app.gui import theme

if TYPE_CHECKING:
    from pathlib import Path

    from helpers.gui_kit import Factory

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui


def texts(window: MainWindow) -> list[str]:
    return [w.text() for w in window.start.findChildren(QLabel)] + [
        b.text() for b in window.start.buttons
    ]


def test_the_window_opens_on_the_start_page(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.start
    shown = texts(window)
    assert "At the counter now" in shown
    assert "▸ Quick screen (checklist)" in shown
    assert "▸ Referral of an adult (guide, step by step)" in shown
    assert any("mission's country is not set yet" in t for t in shown)  # calm, not an error
    assert "Edition 7 of 2026-11-01" in shown
    assert window.navigator.current_place() is None  # nothing to bookmark


def test_the_host_countrys_numbers_when_the_mission_is_set(
    make_window: Factory, tmp_path: Path
) -> None:
    window = make_window(mission=("", "finland"))  # the mission dialog stores page ids
    shown = texts(window)
    assert "Numbers in Finland" in shown
    assert any("+358 2954 63177" in t and "National Assistance System" in t for t in shown)
    assert any("+358 295 419 800" in t and "⚠" in t for t in shown)  # the stale one, quietly
    assert not any("not set yet" in t for t in shown)


def test_recent_pages_and_cases_reopen_from_the_start_page(window: MainWindow) -> None:
    window.navigator.open("finland")
    window.navigator.open("adult-labour")
    window.session.open("2026-014")
    window.session.close()
    window.navigator.go_home()
    shown = texts(window)
    assert shown.index("▸ Adults – labour exploitation") < shown.index("▸ Finland")
    case = next(b for b in window.start.buttons if b.text().startswith("▸ 2026-014"))
    case.click()
    assert window.session.ref == "2026-014"
    page = next(b for b in window.start.buttons if b.text() == "▸ Finland")
    page.click()
    assert window.stack.currentWidget() is window.country


def test_what_is_new_comes_from_the_bundles_summary(
    make_window: Factory, bundle_copy: Path
) -> None:
    changes = {"summary": "Two new guides.", "changes": [{"title": "<b>Finland</b> numbers"}]}
    (bundle_copy / "changes.json").write_text(json.dumps(changes), encoding="utf-8")
    window = make_window(bundle=bundle_copy)
    shown = texts(window)
    assert "• Two new guides." in shown
    assert "• <b>Finland</b> numbers" in shown  # plain text, never markup


def test_a_damaged_summary_shows_the_edition_only(make_window: Factory, bundle_copy: Path) -> None:
    (bundle_copy / "changes.json").write_text("{not json", encoding="utf-8")
    window = make_window(bundle=bundle_copy)
    assert "Edition 7 of 2026-11-01" in texts(window)
    assert not [t for t in texts(window) if t.startswith("• ")]


def test_the_theme_is_chosen_applied_and_remembered(
    window: MainWindow, make_window: Factory
) -> None:
    window.navigator.open("first-contact")
    window.set_theme("dark")
    assert theme.colours() is theme.DARK
    assert theme.DARK.surface in window.styleSheet()
    assert theme.DARK.text in window.reader.page.document().defaultStyleSheet()
    window.close()
    again = make_window()
    assert theme.colours() is theme.DARK
    again.set_theme("contrast")
    assert again.palette().color(again.palette().ColorRole.Window).name() == "#000000"
    again.set_theme("system")


def test_zoom_applies_to_the_contents_and_results_too(window: MainWindow) -> None:
    before = window.contents.font().pointSize()
    window.zoom.change(2)
    assert window.contents.font().pointSize() == before + 2
    assert window.search.results.font().pointSize() == before + 2
    assert window.cases.field.font().pointSize() == before + 2
    window.zoom.change(0)


def test_the_first_window_takes_a_share_of_the_screen(make_window: Factory) -> None:
    from PySide6.QtCore import QRect

    from handbook_app.gui import screen

    rect, maximise = screen.first_rect(QRect(0, 0, 1920, 1040))
    assert (maximise, rect.width() >= 1500, rect.height() >= 850) == (False, True, True)
    assert rect.center().x() == pytest.approx(960, abs=2)
    assert screen.first_rect(QRect(0, 0, 1366, 728))[1] is True  # a small laptop: maximised
    assert screen.first_rect(QRect(0, 0, 1600, 860))[1] is False
    assert screen.first_rect(QRect(0, 0, 1024, 570))[1] is True


def test_opening_a_checklist_never_grows_the_window(window: MainWindow) -> None:
    window.resize(1024, 600)
    window.navigator.open("adult-labour")
    window.navigator.open("children")
    assert (window.width(), window.height()) == (1024, 600)
    assert window.checklist.area.width() >= 420
    window.zoom.change(4)
    window.resize(1920, 1080)
    window.resize(1024, 600)  # even at zoom +4 the window fits a small screen
    window.navigator.open("adult-labour")
    assert (window.width(), window.height()) == (1024, 600)
    window.zoom.change(0)


def test_the_count_says_when_it_is_not_all(window: MainWindow) -> None:
    from handbook_app.gui.search import counted

    assert counted(1, 1, 30) == "1 result"
    assert counted(12, 12, 30) == "12 results"
    assert counted(30, 57, 30) == "Best 30 of 57 results"
    assert counted(30, 90, 30) == "Best 30 of 90+ results"
