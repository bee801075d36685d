"""A contents of thousands of rows: the first made at once, the rest after the first paint
(start-up does not grow with the bundle), and every row reachable meanwhile."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItemIterator

from handbook_app.bundle.reader import CatalogEntry
from handbook_app.content.model import Kind
from handbook_app.gui.contents import CHUNK, FIRST, Contents

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui

SECTIONS = 4
CHAPTERS = (FIRST + 2 * CHUNK) // (SECTIONS + 1) + 1
"""Enough chapters for rows beyond the first and two more chunks."""


def chapters() -> tuple[CatalogEntry, ...]:
    return tuple(
        CatalogEntry(
            f"c{n}",
            "en",
            Kind.CHAPTER,
            f"Chapter {n}",
            "",
            n,
            "",
            False,
            tuple((f"s{k}", f"Section {n}.{k}", 2) for k in range(SECTIONS)),
        )
        for n in range(CHAPTERS)
    )


def rows(tree: Contents) -> list[str]:
    found, items = [], QTreeWidgetItemIterator(tree)
    while (item := items.value()) is not None:
        items += 1
        found.append(item.text(0))
    return found


def every_row() -> list[str]:
    names = ["Chapters"]
    for n in range(CHAPTERS):
        names += [f"Chapter {n}", *(f"Section {n}.{k}" for k in range(SECTIONS))]
    return names


@pytest.fixture
def tree(qtbot: QtBot) -> Contents:
    contents = Contents()
    qtbot.addWidget(contents)
    contents.resize(260, 500)
    return contents


def test_every_row_is_listed_in_order_after_the_first_paint(tree: Contents, qtbot: QtBot) -> None:
    tree.load(chapters())
    tree.show()
    qtbot.waitUntil(lambda: len(rows(tree)) == len(every_row()), timeout=10000)
    assert rows(tree) == every_row()
    last = tree.topLevelItem(0).child(CHAPTERS - 1)  # type: ignore[union-attr]
    assert last is not None
    assert last.childCount() == SECTIONS


def test_a_row_not_made_yet_can_be_shown_and_reached_by_keys(tree: Contents, qtbot: QtBot) -> None:
    tree.load(chapters())  # not shown yet: the rows past the first wait for its paint
    last = f"c{CHAPTERS - 1}"
    tree.select(last, "s3")
    assert tree.current_place() == (last, "s3")
    tree.load(chapters())
    tree.show()
    tree.setFocus()
    group = tree.topLevelItem(0)
    assert group is not None
    tree.setCurrentItem(group)
    qtbot.keyClick(tree, Qt.Key.Key_End)  # before the rows past the first were made
    assert tree.current_place() == (last, "")  # the last chapter (its sections are closed)
    assert rows(tree) == every_row()
