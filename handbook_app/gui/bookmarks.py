"""The Bookmarks menu: add or remove the page shown, and open any bookmark."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from handbook_app.gui import keys

if TYPE_CHECKING:
    from collections.abc import Callable

    from handbook_app.core.cases import CaseStore

Spot = tuple[str, str, str]
"""(document id, anchor, title)."""


class BookmarksMenu(QMenu):
    openRequested = Signal(str, str)

    def __init__(
        self, store: CaseStore, current: Callable[[], Spot | None], parent: QWidget | None = None
    ) -> None:
        super().__init__("&Bookmarks", parent)
        self.store = store
        self.current = current
        self.add_action = self.addAction(keys.key("bookmark").text)
        self.add_action.setShortcuts(keys.sequences("bookmark"))
        self.add_action.triggered.connect(self.add_current)
        self.remove_action = self.addAction("Remove bookmark of this page")
        self.remove_action.triggered.connect(self.remove_current)
        self.aboutToShow.connect(self.refresh)

    def is_marked(self) -> bool:
        place = self.current()
        return place is not None and any(
            (b.doc, b.anchor) == place[:2] for b in self.store.bookmarks()
        )

    def add_current(self) -> None:
        place = self.current()
        if place is not None:
            self.store.add_bookmark(*place)

    def remove_current(self) -> None:
        place = self.current()
        if place is not None:
            self.store.remove_bookmark(place[0], place[1])

    def refresh(self) -> None:
        for action in self.actions()[2:]:
            self.removeAction(action)
            action.deleteLater()
        self.remove_action.setEnabled(self.is_marked())
        marks = self.store.bookmarks()
        self.addSeparator()
        if not marks:
            self.addAction("No bookmarks yet").setEnabled(False)
        for mark in marks:
            action = self.addAction(mark.title)
            action.triggered.connect(
                lambda _c=False, d=mark.doc, a=mark.anchor: self.openRequested.emit(d, a)
            )
