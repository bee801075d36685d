"""The reader: a chapter (or any page) with find-in-page, and the font zoom."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook_app.gui import settings as stored
from handbook_app.gui.language import Retranslates, number
from handbook_app.gui.page import Page
from handbook_app.gui.panel import Panel
from handbook_app.gui.theme import BASE_POINTS

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from handbook_app.content.model import Document
    from handbook_app.gui.panel import Findable


def chain(root: QWidget) -> list[QWidget]:
    """The widgets inside ``root`` in the window's Tab order."""
    found: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and root.isAncestorOf(widget):
        found.append(widget)
        widget = widget.nextInFocusChain()
    return found


class FindBar(Retranslates, QWidget):
    """Find in page (or checklist): every match marked, next and previous."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: Findable | None = None
        self.current = -1
        self.found = 0
        self.field = QLineEdit()
        self.count = QLabel("")
        self.previous_button = previous = QPushButton()
        self.next_button = following = QPushButton()
        self.close_button = done = QPushButton()
        self.caption = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for widget in (self.caption, self.field, previous, following, self.count):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(done)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self.next)
        following.clicked.connect(self.next)
        previous.clicked.connect(self.previous)
        done.clicked.connect(self.close_bar)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in this page"))
        self.field.setAccessibleName(self.tr("Find in page"))
        self.count.setAccessibleName(self.tr("Matches found"))
        self.caption.setText(self.tr("Find:"))
        for widget, text, name in (
            (self.previous_button, self.tr("Previous"), self.tr("Previous match")),
            (self.next_button, self.tr("Next"), self.tr("Next match")),
            (self.close_button, self.tr("Close"), self.tr("Close find bar")),
        ):
            widget.setText(text)
            widget.setAccessibleName(name)
        self._count()

    def follow(self, panel: QWidget) -> None:
        """Come after ``panel`` in the Tab order, as before the panels built after the bar."""
        inside = [w for w in chain(panel) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        if inside:
            bar = (self.field, self.previous_button, self.next_button, self.close_button)
            for first, second in itertools.pairwise((inside[-1], *bar)):
                QWidget.setTabOrder(first, second)

    def open_on(self, page: Findable) -> None:
        self.page = page
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.search(self.field.text())

    def search(self, text: str) -> None:
        if self.page is None:
            return
        self.current = -1
        self.found = self.page.find_text(text)
        self.next()

    def next(self) -> None:
        self._move(1)

    def previous(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        if self.found and self.page is not None:
            self.current = (self.current + step) % self.found
            self.page.show_match(self.current)
        self._count()

    def _count(self) -> None:
        if not self.found or self.page is None:
            self.count.setText(self.tr("No matches") if self.field.text() else "")
        else:
            shown = self.tr("{current} of {found}")
            self.count.setText(
                shown.format(current=number(self.current + 1), found=number(self.found))
            )

    def close_bar(self) -> None:
        if self.page is not None:
            self.page.end_find()
        self.found = 0
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)


class Reader(Retranslates, Panel):
    """A chapter as the officer reads it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = Page("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.page.openRequested.connect(self.openRequested)
        self.retranslate()

    def retranslate(self) -> None:
        self.page.setAccessibleName(self.tr("Handbook page"))

    def show_document(self, doc: Document, anchor: str = "") -> None:
        self.doc = doc
        self.page.show_html(doc.id, doc.html)
        if anchor:
            self.page.scrollToAnchor(anchor)

    def findable(self) -> Page:
        return self.page

    def enter(self, anchor: str = "") -> None:
        self.page.setFocus()


class Zoom(QObject):
    """The font size of the whole window, in points away from the base, kept in the settings.

    ``changed`` tells the window to apply it (with the theme, in one style sheet)."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.steps = stored.zoom(settings)

    @property
    def points(self) -> int:
        return BASE_POINTS + self.steps

    def change(self, delta: int) -> None:
        low, high = stored.ZOOM_RANGE
        self.steps = 0 if delta == 0 else max(low, min(high, self.steps + delta))
        self.settings.setValue(stored.ZOOM_KEY, self.steps)
        self.changed.emit()
