"""Searching the handbook from the box at the top."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from handbook_app.gui.search import HIT
from handbook_app.search.engine import ALL, Hit, Query, Results

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui


def search_for(window: MainWindow, qtbot: QtBot, text: str) -> None:
    window.search.box.clear()
    with qtbot.waitSignal(window.search.resultsShown, timeout=10000):
        qtbot.keyClicks(window.search.box, text)


def test_enter_opens_the_hit_at_its_section_with_the_words_marked(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.navigator.open("finland")
    qtbot.keyClicks(window.search.box, "passport")
    with qtbot.waitSignal(window.search.openRequested, timeout=10000):
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.reader
    assert window.navigator.history.current == ("first-contact", "passport")
    assert window.contents.current_place() == ("first-contact", "passport")
    marked = window.reader.page.highlights("terms")
    assert len(marked) >= 2
    assert {s.cursor.selectedText().lower() for s in marked} == {"passport"}
    qtbot.waitUntil(lambda: window.reader.page.verticalScrollBar().value() > 0)


def test_results_appear_as_you_type_grouped_with_snippets(window: MainWindow, qtbot: QtBot) -> None:
    search_for(window, qtbot, "referral")
    assert window.side.currentWidget() is window.search.panel
    headers = [
        window.search.results.item(i).text()
        for i in range(window.search.results.count())
        if not window.search.results.item(i).data(HIT)
    ]
    assert len(headers) >= 2
    assert any(
        "<b>" in window.search.results.item(i).text() for i in range(window.search.results.count())
    )


def test_fast_typing_shows_the_last_query_only(window: MainWindow, qtbot: QtBot) -> None:
    for text in ("fin", "finl", "child", "employer"):
        window.search.box.setText(text)
    qtbot.waitUntil(lambda: window.search.shown is not None, timeout=10000)
    assert window.search.shown is not None
    assert window.search.shown.query.text == "employer"
    assert window.search.number == 1  # the debounce ran one search for four edits


def test_a_stale_answer_is_dropped(window: MainWindow, qtbot: QtBot) -> None:
    search_for(window, qtbot, "passport")
    shown = window.search.shown
    stale = Results(Query("finland"), (), 0)
    window.search.deliver(window.search.number - 1, stale)
    assert window.search.shown is shown


@pytest.mark.parametrize(
    "case",
    [
        ("referral", "kind", "guide", "kind", "guide"),
        ("police", "country", "FI", "doc_id", "finland"),
    ],
)
def test_filters_keep_only_what_was_chosen(
    window: MainWindow, qtbot: QtBot, case: tuple[str, str, str, str, str]
) -> None:
    text, combo, value, field, expected = case
    search_for(window, qtbot, text)
    box = getattr(window.search, combo)
    with qtbot.waitSignal(window.search.resultsShown, timeout=10000):
        box.setCurrentIndex(box.findData(value))
    hits = window.search.hits()
    assert hits
    assert {getattr(h, field) for h in hits} == {expected}


def test_nothing_found_is_said_plainly(window: MainWindow, qtbot: QtBot) -> None:
    search_for(window, qtbot, "zzqqxx")
    assert window.search.hits() == []
    assert window.search.status.text() == "Nothing found for “zzqqxx”."
    assert not window.search.suggestion.isVisible()


def test_did_you_mean_for_a_misspelling(window: MainWindow, qtbot: QtBot) -> None:
    search_for(window, qtbot, "pssprt")
    assert window.search.suggestion.isVisible()
    assert "passport" in window.search.suggestion.text()
    with qtbot.waitSignal(window.search.resultsShown, timeout=10000):
        qtbot.mouseClick(window.search.suggestion, Qt.MouseButton.LeftButton)
    assert window.search.box.text() == "passport"
    assert window.search.hits()


def test_escape_clears_and_brings_back_contents(window: MainWindow, qtbot: QtBot) -> None:
    search_for(window, qtbot, "passport")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Escape)
    assert window.search.box.text() == ""
    assert window.side.currentWidget() is window.contents


def test_ctrl_k_focuses_the_search_box(active: MainWindow, qtbot: QtBot) -> None:
    active.reader.page.setFocus()
    qtbot.keyClick(active, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(active.search.box.hasFocus)


def test_keyboard_down_and_enter_open_a_result(window: MainWindow, qtbot: QtBot) -> None:
    search_for(window, qtbot, "Finland")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Down)
    assert window.search.results.hasFocus()
    chosen = window.search.results.currentItem().data(HIT)
    with qtbot.waitSignal(window.search.openRequested):
        qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    assert window.navigator.history.current == (chosen.doc_id, chosen.anchor)


def test_the_group_holding_the_best_hit_comes_first(window: MainWindow) -> None:
    def hit(kind: str, doc_id: str) -> Hit:
        return Hit(doc_id, "", kind, "", doc_id.title(), doc_id.title(), "", 1.0)

    ranked = (hit("checklist", "signs"), hit("chapter", "intro"), hit("checklist", "labour"))
    window.search.show_results(Results(Query("passport"), ranked, 3))
    shown = [window.search.results.item(i) for i in range(window.search.results.count())]
    headers = [item.text() for item in shown if not item.data(HIT)]
    assert ["CHECKLISTS" in headers[0], "CHAPTERS" in headers[1]] == [True, True]
    assert [item.data(HIT).doc_id for item in shown if item.data(HIT)] == [
        "signs",
        "labour",
        "intro",
    ]


def test_nothing_found_with_a_filter_offers_to_search_everywhere(
    window: MainWindow, qtbot: QtBot
) -> None:
    search_for(window, qtbot, "passport")
    with qtbot.waitSignal(window.search.resultsShown, timeout=10000):
        window.search.kind.setCurrentIndex(window.search.kind.findData("guide"))
    assert window.search.hits() == []
    assert window.search.widen.isVisible()
    assert "all kinds and countries" in window.search.hint.text()
    with qtbot.waitSignal(window.search.resultsShown, timeout=10000):
        window.search.widen.click()
    assert window.search.kind.currentIndex() == 0
    assert window.search.hits()
    assert not window.search.hint.isVisible()


def test_the_count_is_true_or_says_plus(window: MainWindow, qtbot: QtBot) -> None:
    search_for(window, qtbot, "passport")
    shown = window.search.shown
    assert shown is not None
    count = len(shown.hits)
    assert window.search.status.text().startswith(f"{count} result")
    assert "result(s)" not in window.search.status.text()


def test_the_language_box_searches_that_language_first_then_english(
    make_window: Callable[..., MainWindow], handbook_bundle: Path, qtbot: QtBot
) -> None:
    window = make_window(handbook_bundle)
    box = window.search.language
    names = [box.itemText(i) for i in range(box.count())]
    assert names == ["English", "Deutsch", "Polski", "Svenska", "All languages"]
    window.search.set_language("de")
    assert box.currentData() == "de"
    search_for(window, qtbot, "pass helpline")
    hits = window.search.hits()
    assert hits[0].lang == "de"
    assert {h.lang for h in hits} == {"de", "en"}
    english = [
        window.search.results.item(i).text()
        for i in range(window.search.results.count())
        if (hit := window.search.results.item(i).data(HIT)) and hit.lang == "en"
    ]
    assert english
    assert all("· English" in text for text in english)
    with qtbot.waitSignal(window.search.resultsShown, timeout=10000):
        box.setCurrentIndex(box.findData(ALL))
    assert window.search.shown is not None
    assert window.search.shown.query.lang == ALL


def test_a_language_the_bundle_lacks_searches_english(window: MainWindow) -> None:
    window.search.set_language("lv")
    assert window.search.query().lang in ("", "en")


def test_search_follows_the_interface_language_the_officer_chose(
    make_window: Callable[..., MainWindow], handbook_bundle: Path
) -> None:
    window = make_window(handbook_bundle)
    window.languages.choose("de")
    assert window.search.language.currentData() == "de"
    window.languages.choose("uk")  # no Ukrainian content: English hits
    assert window.search.language.currentData() == "en"
    window.languages.choose("en")
    assert window.search.language.currentData() == "en"


def test_result_rows_are_laid_out_again_at_a_new_zoom_and_width(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Each row's laid-out text is kept for the next paint; a larger zoom or a narrower
    sidebar must still give every row the height its text now needs."""
    search_for(window, qtbot, "passport")
    results = window.search.results
    row = next(i for i in range(results.count()) if results.item(i).data(HIT))

    def height() -> int:
        results.doItemsLayout()
        return results.visualItemRect(results.item(row)).height()

    before = height()
    window.zoom.change(4)
    qtbot.waitUntil(lambda: height() > before)
    zoomed = height()
    window.side.setFixedWidth(window.side.width() - 60)
    qtbot.waitUntil(lambda: height() > zoomed)
    window.side.setMinimumWidth(0)
    window.side.setMaximumWidth(16777215)
    window.zoom.change(0)
