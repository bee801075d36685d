"""Nothing cut off on small screens: the contents wraps its long titles, and the indicator
column never scrolls sideways (which cut words off at its left edge at 1024 wide)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidgetItemIterator,
    QWidget,
)

from handbook_app.bundle.reader import CatalogEntry
from handbook_app.content.model import Kind
from handbook_app.gui.contents import Contents

if TYPE_CHECKING:
    from pathlib import Path

    from helpers.gui_kit import Factory
    from PySide6.QtWidgets import QTreeWidget
    from pytestqt.qtbot import QtBot

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui

SIZES = ((1024, 600), (1366, 768))
ZOOMS = (-2, 0, 4)


def cut_titles(tree: QTreeWidget) -> list[str]:
    """The titles shown that do not fit in the room their row gives their text.

    That room is the style's text rectangle less the margin Qt's styles leave on either
    side (QCommonStyle's viewItemDrawText); a title's words wrap there at their
    boundaries, and a word wider than the room breaks (never "…")."""
    cut = []
    items = QTreeWidgetItemIterator(tree)
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    while (item := items.value()) is not None:
        items += 1
        index = tree.indexFromItem(item)
        rect = tree.visualRect(index)
        if rect.isEmpty():  # in a closed branch: not shown
            continue
        option = QStyleOptionViewItem()
        option.initFrom(tree)
        tree.itemDelegate().initStyleOption(option, index)  # type: ignore[attr-defined]
        option.rect = rect
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        room = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
        room = room.adjusted(margin, 0, -margin, 0)
        widest, height = lines(item.text(0), tree.font(), room.width())
        if widest > room.width() or height > room.height():
            cut.append(item.text(0))
    return cut


def lines(text: str, font: QFont, width: int) -> tuple[float, float]:
    """The widest line and the height of ``text`` wrapped to ``width`` by Qt's text layout."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    widest = height = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        widest, height = max(widest, line.naturalTextWidth()), height + line.height()
    layout.endLayout()
    return widest, height


@pytest.fixture
def handbook(make_window: Factory, handbook_bundle: Path) -> MainWindow:
    return make_window(handbook_bundle)


def test_no_title_in_the_contents_is_cut_off(handbook: MainWindow) -> None:
    tree = handbook.contents
    tree.expandAll()
    long = "Children – labour and sexual exploitation"
    assert tree.findItems(long, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    for steps in ZOOMS:
        handbook.zoom.change(0)
        handbook.zoom.change(steps)
        for size in SIZES:
            handbook.resize(*size)
            handbook.navigator.open("adult-labour")  # the sidebar gives way to the checklist
            tree.doItemsLayout()
            assert cut_titles(tree) == [], (steps, size)
            assert tree.horizontalScrollBar().maximum() == 0
    item = tree.findItems(long, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    lines = tree.visualRect(tree.indexFromItem(item)).height() // tree.fontMetrics().height()
    assert lines >= 2, "the long title wraps rather than running out of the sidebar"
    handbook.zoom.change(0)


def test_the_indicator_column_never_scrolls_sideways(handbook: MainWindow) -> None:
    area = handbook.checklist.area
    for steps in ZOOMS:
        handbook.zoom.change(0)
        handbook.zoom.change(steps)
        for size in SIZES:
            handbook.resize(*size)
            for doc in ("adult-labour", "children", "quick-screen"):
                handbook.navigator.open_and_enter(doc, "")  # the first box has the focus
                body = area.widget()
                assert body is not None
                assert body.width() <= area.viewport().width(), (steps, size, doc)
                assert area.horizontalScrollBar().value() == 0
                assert (handbook.width(), handbook.height()) == size  # never grows
    handbook.zoom.change(0)


def seen(area: QScrollArea, widget: QWidget) -> bool:
    """The whole of ``widget`` lies inside the scroll area's viewport now."""
    viewport = area.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= viewport.height()


def test_a_guide_step_shows_its_heading_at_zoom_4_on_a_small_screen(
    handbook: MainWindow, qtbot: QtBot
) -> None:
    """At 1024x600 and zoom +4 the step's question heading stayed scrolled away above."""
    guide = handbook.guide
    handbook.resize(1024, 600)
    handbook.zoom.change(4)
    handbook.navigator.open_and_enter("guide-first-contact", "")
    qtbot.waitUntil(lambda: guide.heading.isVisible())
    for _step in range(3):  # the first step and the two after it
        qtbot.wait(150)  # the step text is laid out, and the answers moved down, after a while
        assert seen(guide.area, guide.heading), guide.heading.text()
        focused = next(w for w in (*guide.choices[:1], guide.next) if not w.isHidden())
        assert focused.hasFocus()
        assert seen(guide.area, focused)
        if guide.area.verticalScrollBar().value() == 0:
            assert seen(guide.area, guide.trail)
        if not guide.choices:
            break
        guide.choose(len(guide.choices) - 1)
    handbook.zoom.change(0)


def test_the_top_bars_keep_their_controls_at_zoom_4_on_a_small_screen(
    handbook: MainWindow, qtbot: QtBot
) -> None:
    """At 1024x600 and zoom +4 the Talk button went into the toolbar's » menu, the case
    field lost "never a name" and the case status was cut in the middle of a word."""
    handbook.resize(1024, 600)
    handbook.zoom.change(4)
    handbook.navigator.open_and_enter("guide-first-contact", "")
    qtbot.wait(100)
    assert handbook.width() == 1024  # the bars never make the window wider
    talk = handbook.talk_button
    assert talk.isVisible()
    assert talk.mapTo(handbook, QPoint(talk.width(), 0)).x() <= handbook.width()
    assert talk.text() == "Talk"  # short of room: the short words, the full ones told
    assert talk.toolTip().startswith("Talk with the person in their language")
    assert talk.accessibleName() == "Talk with the person in their language"
    extension = handbook.top.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()  # nothing in the » overflow
    field = handbook.cases.field
    room = field.width() - 2 * 10  # the frame and the text margins
    assert field.fontMetrics().horizontalAdvance("Case number (never a name)") <= room
    state = handbook.cases.state
    shown, full = QLabel.text(state), state.text()
    assert full == "No case open: ticks and routes are not saved."
    assert shown != full
    assert shown.endswith("…")
    assert full.startswith(shown[:-1])
    assert full[len(shown) - 1] == " "  # "…" after a whole word
    assert state.fontMetrics().horizontalAdvance(shown) <= state.contentsRect().width()
    handbook.zoom.change(0)
    handbook.resize(1366, 768)
    qtbot.wait(100)
    assert talk.text() == "Talk with the person in their language"  # the room for all of it
    assert QLabel.text(state) == full


def test_a_word_wider_than_the_sidebar_is_broken_onto_the_next_line_not_cut(
    qtbot: QtBot,
) -> None:
    """A German compound at a large zoom can be wider than a narrow sidebar: its row is
    as tall as the word broken onto several lines (it was one line high, the word shown
    as "Menschenhandelsbekä…")."""
    word = "Menschenhandelsbekämpfungskoordinierungsstelle"
    tree = Contents()
    qtbot.addWidget(tree)
    entry = CatalogEntry("c", "de", Kind.CHAPTER, word, "", 1, "", False, ())
    tree.load((entry,))
    tree.resize(160, 400)
    tree.show()
    qtbot.waitExposed(tree)
    item = tree.findItems(word, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    row = tree.visualRect(tree.indexFromItem(item))
    assert tree.fontMetrics().horizontalAdvance(word) > row.width(), "the word is wider"
    assert row.height() >= 2 * tree.fontMetrics().height()
    assert cut_titles(tree) == []
