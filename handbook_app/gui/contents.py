"""The contents tree: chapters with their sections, checklists, guides, countries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from handbook_app.content.model import Kind
from handbook_app.core.mission import order_countries
from handbook_app.gui.language import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
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


class Contents(QTreeWidget):
    """Emits ``openRequested(doc, anchor)`` when an item is activated or chosen."""

    openRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Contents"))
        self.setUniformRowHeights(True)
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self._selecting = False
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

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
        item.setToolTip(0, tip or title)
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
