"""The contents tree: chapters with their sections, checklists, guides, countries.

Long titles wrap onto more lines, never cut off: the sidebar gives way to the page on
small screens, so a title can be wider than the sidebar, and a word wider than its row
(a long word at a large zoom, a German compound) breaks onto the next line rather than
being cut short with "…".

A large bundle has tens of thousands of rows: the first :data:`FIRST` are made at once,
the rest after the first paint, :data:`CHUNK` at a time (and all at once when a row
not made yet is asked for, or a key is pressed in the tree), so that start-up does not
grow with the bundle. Row heights are computed only for the rows shown.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from handbook_app.content.model import Kind
from handbook_app.core.mission import order_countries
from handbook_app.gui import firstpaint, plain
from handbook_app.gui.language import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtGui import QFont, QKeyEvent, QPainter, QResizeEvent

    from handbook_app.bundle.reader import CatalogEntry
    from handbook_app.core.mission import Mission

GROUPS = (
    (Kind.CHAPTER, QT_TRANSLATE_NOOP("Contents", "Chapters")),
    (Kind.CHECKLIST, QT_TRANSLATE_NOOP("Contents", "Checklists")),
    (Kind.GUIDE, QT_TRANSLATE_NOOP("Contents", "Guides")),
    (Kind.COUNTRY, QT_TRANSLATE_NOOP("Contents", "Countries")),
    (Kind.PHRASEBOOK, QT_TRANSLATE_NOOP("Contents", "Talk with the person")),
)
"""The groups of the contents and of search results, in English (see :func:`group`)."""


def group(label: str) -> str:
    """A name of :data:`GROUPS` in the interface language."""
    return translate("Contents", label)


PLACE = Qt.ItemDataRole.UserRole
PADDING = 3
"""The items' padding in ``app.qss`` (``QTreeWidget::item``), each side."""
INDENT = 14
"""Indentation per level: narrow, so that sections keep room for their longest word."""
FIRST = 1000
"""Rows made before the first paint: far more than a sidebar shows, and every row of
the handbook as shipped (about 450)."""
CHUNK = 1000
"""Rows made at a time after the first paint (a few milliseconds each)."""

Row = tuple[int, str, str, str, str]
"""A row of the contents: depth (0 for a group), title, document, anchor, tooltip."""


class Wrapping(QStyledItemDelegate):
    """Titles wrapped to the width their row has in ``tree``, each word whole where it fits
    and broken where it does not: never cut short.

    A tree view asks its delegate for a row's size without a width, so word-wrapped
    text would get one line's height and be cut; this gives it the width. The text is
    laid out and drawn here (the style draws the row's background, selection and focus),
    so that the size asked for and the lines drawn are the same layout."""

    def __init__(self, tree: Contents) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self.tree.text_width(index)
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect = QRect(0, 0, width, 1)
        hint = super().sizeHint(wrapped, index)
        # Lines in a fallback font (Chinese, Persian) may be taller than the style counts.
        lines = _layout(str(index.data()), option.font, width - 2 * self._margin())
        height = int(lines.boundingRect().height() + 0.999)
        return QSize(hint.width(), max(hint.height(), height + 2 * PADDING))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        style = self.tree.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, self.tree)
        margin = self._margin()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, self.tree)
        room = room.adjusted(margin, 0, -margin, 0)
        lines = _layout(text, item.font, room.width())
        top = room.top() + max(0.0, (room.height() - lines.boundingRect().height()) / 2)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(item.palette.color(role))
        painter.setClipRect(item.rect)
        lines.draw(painter, QPointF(room.left(), top))
        painter.restore()

    def _margin(self) -> int:
        """What Qt's styles leave free on either side of an item's text."""
        return self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1


def _layout(text: str, font: QFont, width: int) -> QTextLayout:
    """``text`` in lines of at most ``width`` pixels: at word boundaries, or anywhere in a
    word wider than a line."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(width, 1))
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


class Contents(QTreeWidget):
    """Emits ``openRequested(doc, anchor)`` when an item is activated or chosen."""

    openRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Contents"))
        self.setWordWrap(True)
        self.setIndentation(INDENT)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setItemDelegate(Wrapping(self))
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self._rows: Iterator[Row] = iter(())
        self._last: list[QTreeWidgetItem] = []
        """The last row made at each depth: the parents of the next rows."""
        self._later = False
        """The rows left are made after the next paint."""
        self._selecting = False
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width the title at ``index`` has to wrap in (its row less its indentation)."""
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = self.indentation() * (depth + int(self.rootIsDecorated()))
        return max(self.viewport().width() - indent - 2 * PADDING, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # the titles wrap again at the new width

    def load(self, entries: tuple[CatalogEntry, ...], mission: Mission | None = None) -> None:
        """Show ``entries``; the countries in the order of the ``mission`` (host, home, rest)."""
        self.clear()
        self._items.clear()
        self._rows, self._last = _rows(entries, mission), []
        if self._fill(FIRST) and not self._later:
            self._later = True
            firstpaint.after_paint(self, self._more, self.isVisible())

    def _fill(self, count: int | None) -> bool:
        """Make the next ``count`` rows (all when None); True when some may be left."""
        made = 0
        for depth, title, doc, anchor, tip in islice(self._rows, count):
            made += 1
            if depth == 0:
                item = QTreeWidgetItem(self, [title])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setExpanded(True)
            else:
                item = QTreeWidgetItem(self._last[depth - 1], [title])
                item.setData(0, PLACE, (doc, anchor))
                item.setToolTip(0, plain.tip(tip or title))
                self._items[(doc, anchor)] = item
            self._last[depth:] = [item]
        return made == count

    def _more(self) -> None:
        """After the first paint: the next rows, and again soon while some are left."""
        if self._fill(CHUNK):
            QTimer.singleShot(0, self._more)
        else:
            self._later = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._fill(None)  # End, Page Down and typing a title reach every row
        super().keyPressEvent(event)

    def _chosen(self, item: QTreeWidgetItem) -> None:
        place = item.data(0, PLACE)
        if place and not self._selecting:
            self.openRequested.emit(*place)

    def select(self, doc: str, anchor: str = "") -> None:
        """Mark the page being shown, without opening it again."""
        if (doc, anchor) not in self._items:
            self._fill(None)  # not made yet: all the rows now
        item = self._items.get((doc, anchor)) or self._items.get((doc, ""))
        if item is None:
            return
        self._selecting = True
        try:
            self.setCurrentItem(item)
            self.scrollToItem(item)
        finally:
            self._selecting = False

    def current_place(self) -> tuple[str, str] | None:
        item = self.currentItem()
        place = item.data(0, PLACE) if item else None
        return tuple(place) if place else None


def _rows(entries: tuple[CatalogEntry, ...], mission: Mission | None) -> Iterator[Row]:
    """The rows of the contents in order (each row after its parent): the groups, their
    documents sorted, a chapter's sections below it."""
    for kind, label in GROUPS:
        members = sorted((e for e in entries if e.kind is kind), key=lambda e: (e.order, e.title))
        if kind is Kind.COUNTRY and mission is not None:
            by_id = {e.id: e for e in members}
            members = [by_id[i] for i in order_countries(list(by_id), mission)]
        if not members:
            continue
        yield 0, translate("Contents", label), "", "", ""
        for entry in members:
            yield 1, entry.title, entry.id, "", entry.summary
            if kind is Kind.CHAPTER:
                for anchor, title, level in entry.sections:
                    if level == 2:
                        yield 2, title, entry.id, anchor, ""
