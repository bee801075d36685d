"""The contents tree: chapters with their sections, checklists, guides, countries.

Long titles wrap onto more lines, never cut off: the sidebar gives way to the page on
small screens, so a title can be wider than the sidebar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
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
from handbook_app.gui import plain
from handbook_app.gui.language import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

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


class Wrapping(QStyledItemDelegate):
    """Row heights for titles wrapped to the width their row has in ``tree``.

    A tree view asks its delegate for a row's size without a width, so word-wrapped
    text would get one line's height and be cut; this gives it the width."""

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
        margin = self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        lines = option.fontMetrics.boundingRect(
            QRect(0, 0, width - 2 * margin, 1 << 20),
            Qt.TextFlag.TextWordWrap,
            str(index.data()),
        )
        return QSize(hint.width(), max(hint.height(), lines.height() + 2 * PADDING))


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
        for kind, label in GROUPS:
            members = sorted(
                (e for e in entries if e.kind is kind), key=lambda e: (e.order, e.title)
            )
            if kind is Kind.COUNTRY and mission is not None:
                by_id = {e.id: e for e in members}
                members = [by_id[i] for i in order_countries(list(by_id), mission)]
            if not members:
                continue
            group = QTreeWidgetItem(self, [translate("Contents", label)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setExpanded(True)
            for entry in members:
                item = self._add(group, entry.title, entry.id, "", entry.summary)
                if kind is Kind.CHAPTER:
                    for anchor, title, level in entry.sections:
                        if level == 2:
                            self._add(item, title, entry.id, anchor, "")

    def _add(
        self, parent: QTreeWidgetItem, title: str, doc: str, anchor: str, tip: str
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [title])
        item.setData(0, PLACE, (doc, anchor))
        item.setToolTip(0, plain.tip(tip or title))
        self._items[(doc, anchor)] = item
        return item

    def _chosen(self, item: QTreeWidgetItem) -> None:
        place = item.data(0, PLACE)
        if place and not self._selecting:
            self.openRequested.emit(*place)

    def select(self, doc: str, anchor: str = "") -> None:
        """Mark the page being shown, without opening it again."""
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
