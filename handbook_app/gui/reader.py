"""The reader: a chapter (or any page) with find-in-page, and the font zoom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from handbook_app.gui.page import Page
from handbook_app.gui.panel import Panel

if TYPE_CHECKING:
    from handbook_app.content.model import Document

BASE_POINTS = 11
ZOOM_RANGE = (-4, 12)


class FindBar(QWidget):
    """Find in page: every match marked, the current one stronger, next and previous."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: Page | None = None
        self.current = -1
        self.field = QLineEdit(placeholderText="Find in this page")
        self.field.setAccessibleName("Find in page")
        self.count = QLabel("")
        self.count.setAccessibleName("Matches found")
        previous = QPushButton("Previous")
        previous.setAccessibleName("Previous match")
        following = QPushButton("Next")
        following.setAccessibleName("Next match")
        done = QPushButton("Close")
        done.setAccessibleName("Close find bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for widget in (QLabel("Find:"), self.field, previous, following, self.count):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(done)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self.next)
        following.clicked.connect(self.next)
        previous.clicked.connect(self.previous)
        done.clicked.connect(self.close_bar)
        self.hide()

    def open_on(self, page: Page) -> None:
        self.page = page
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.search(self.field.text())

    def search(self, text: str) -> None:
        if self.page is None:
            return
        self.current = -1
        self.page.set_highlights("find", self.page.find_all(text), "#d6e6f7")
        self.next()

    def matches(self) -> list[QTextEdit.ExtraSelection]:
        return self.page.highlights("find") if self.page else []

    def next(self) -> None:
        self._move(1)

    def previous(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        found = self.matches()
        if not found or self.page is None:
            self.count.setText("No matches" if self.field.text() else "")
            return
        self.current = (self.current + step) % len(found)
        cursor = QTextCursor(found[self.current].cursor)
        self.page.setTextCursor(cursor)
        self.page.ensureCursorVisible()
        self.count.setText(f"{self.current + 1} of {len(found)}")

    def close_bar(self) -> None:
        if self.page is not None:
            self.page.set_highlights("find", [], "#d6e6f7")
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)


class Reader(Panel):
    """A chapter as the officer reads it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = Page("Handbook page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.page.openRequested.connect(self.openRequested)

    def show_document(self, doc: Document, anchor: str = "") -> None:
        self.doc = doc
        self.page.show_html(doc.id, doc.html)
        if anchor:
            self.page.scrollToAnchor(anchor)

    def findable(self) -> Page:
        return self.page


class Zoom(QObject):
    """Font size of the pages, in points away from the base, kept in the settings."""

    def __init__(self, target: QWidget, settings: QSettings) -> None:
        super().__init__(target)
        self.target = target
        self.settings = settings
        self.steps: int = int(str(settings.value("view/zoom", 0) or 0))
        self.apply()

    def change(self, delta: int) -> None:
        low, high = ZOOM_RANGE
        self.steps = 0 if delta == 0 else max(low, min(high, self.steps + delta))
        self.settings.setValue("view/zoom", self.steps)
        self.apply()

    def apply(self) -> None:
        # Style sheets stop fonts propagating to children, so the size is set as a style sheet.
        points = BASE_POINTS + self.steps
        self.target.setStyleSheet(
            f"* {{ font-size: {points}pt; }} QLabel#heading {{ font-size: {points + 6}pt; }}"
        )
