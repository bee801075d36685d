"""The Bookmarks menu: add or remove the page shown, and open any bookmark."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from handbook_app.errors import CaseStoreError
from handbook_app.gui import keys
from handbook_app.gui.language import Retranslates

if TYPE_CHECKING:
    from collections.abc import Callable

    from handbook_app.core.cases import Bookmark, CaseStore

Spot = tuple[str, str, str]
"""(document id, anchor, title)."""


class BookmarksMenu(Retranslates, QMenu):
    """Signals: ``openRequested(doc, anchor)``; ``failed(text)`` when a bookmark was not saved."""

    openRequested = Signal(str, str)
    failed = Signal(str)

    def __init__(
        self,
        store: Callable[[], CaseStore | None],
        current: Callable[[], Spot | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        """The case store now (``None`` when it cannot be used: no bookmarks then)."""
        self.current = current
        self.add_action = self.addAction("")
        self.add_action.setShortcuts(keys.sequences("bookmark"))
        self.add_action.triggered.connect(self.add_current)
        self.remove_action = self.addAction("")
        self.remove_action.triggered.connect(self.remove_current)
        self.aboutToShow.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Bookmarks"))
        self.add_action.setText(keys.key("bookmark").text)
        self.remove_action.setText(self.tr("Remove bookmark of this page"))

    def is_marked(self) -> bool:
        place = self.current()
        return place is not None and any((b.doc, b.anchor) == place[:2] for b in self._marks())

    def _marks(self) -> list[Bookmark]:
        store = self.store()
        try:
            return store.bookmarks() if store else []
        except CaseStoreError:
            return []

    def _change(self, write: Callable[[CaseStore, Spot], None]) -> None:
        place, store = self.current(), self.store()
        if place is None or store is None:
            return
        try:
            write(store, place)
        except CaseStoreError as error:
            self.failed.emit(str(error))

    def add_current(self) -> None:
        self._change(lambda store, place: store.add_bookmark(*place))

    def remove_current(self) -> None:
        self._change(lambda store, place: store.remove_bookmark(place[0], place[1]))

    def refresh(self) -> None:
        for action in self.actions()[2:]:
            self.removeAction(action)
            action.deleteLater()
        self.remove_action.setEnabled(self.is_marked())
        marks = self._marks()
        self.addSeparator()
        if self.store() is None:
            self.addAction(
                self.tr("Bookmarks unavailable: the case store cannot be used")
            ).setEnabled(False)
        elif not marks:
            self.addAction(self.tr("No bookmarks yet")).setEnabled(False)
        for mark in marks:
            action = self.addAction(mark.title)
            action.triggered.connect(
                lambda _c=False, d=mark.doc, a=mark.anchor: self.openRequested.emit(d, a)
            )
