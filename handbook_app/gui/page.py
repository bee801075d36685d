"""A rendered handbook page: safe link handling, calm style, highlights, readable width."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QResizeEvent, QTextCharFormat
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTextBrowser, QTextEdit, QWidget

from handbook_app.gui.theme import style

if TYPE_CHECKING:
    from collections.abc import Callable

LINE_WIDTH = 760
"""Widest text column in pixels: about 75 characters at 11–12 pt."""


def ask_external(parent: QWidget, url: QUrl) -> bool:
    """Open ``url`` outside the app only after the officer agrees that it needs a network."""
    answer = QMessageBox.question(
        parent,
        "Open an outside link?",
        f"This link leaves the offline handbook and needs a network connection:\n\n"
        f"{url.toString()}\n\nOpen it in your browser or mail program?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    QDesktopServices.openUrl(url)
    return True


def label(text: str, role: str = "", name: str = "") -> QLabel:
    """A wrapping label; ``role`` is its style (object name), ``name`` its accessible name."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    if role:
        widget.setObjectName(role)
    if name:
        widget.setAccessibleName(name)
    return widget


def button(text: str, name: str) -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(name)
    return widget


def follow_link(parent: QWidget, url: QUrl, open_doc: Callable[[str, str], None]) -> None:
    """``doc:`` links open in the app; outside links only after a confirmation."""
    if url.scheme() == "doc":
        open_doc(url.path(), url.fragment())
    elif url.scheme() in ("http", "https", "mailto", "tel"):
        ask_external(parent, url)


def rich_label(text: str, open_doc: Callable[[str, str], None], name: str = "") -> QLabel:
    """A wrapping rich-text label whose links behave like the reader's."""
    label = QLabel(f"<style>{style('reader.css')}</style>{text}")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextBrowserInteraction
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.linkActivated.connect(lambda href: follow_link(label, QUrl(href), open_doc))
    if name:
        label.setAccessibleName(name)
    return label


class Page(QTextBrowser):
    """Shows document HTML. ``doc:ID#anchor`` links ask the window to open a document."""

    openRequested = Signal(str, str)

    def __init__(self, name: str, parent: QWidget | None = None, *, centred: bool = True) -> None:
        super().__init__(parent)
        self.centred = centred
        self.setAccessibleName(name)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(style("reader.css"))
        self.doc_id = ""
        self._highlights: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self.anchorClicked.connect(self.follow)

    def show_html(self, doc_id: str, html: str) -> None:
        self.doc_id = doc_id
        self._highlights.clear()
        self.setExtraSelections([])
        self.setHtml(html)
        self._fit()

    def follow(self, url: QUrl) -> None:
        if url.scheme() == "doc" and url.path() == self.doc_id and url.fragment():
            self.scrollToAnchor(url.fragment())
        elif not url.scheme() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
            return
        follow_link(self, url, self.openRequested.emit)

    def find_all(self, text: str) -> list[QTextEdit.ExtraSelection]:
        """A selection for every case-insensitive occurrence of ``text``."""
        found: list[QTextEdit.ExtraSelection] = []
        if not text:
            return found
        cursor = self.document().find(text, 0)
        while not cursor.isNull():
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            found.append(selection)
            cursor = self.document().find(text, cursor)
        return found

    def set_highlights(
        self, layer: str, selections: list[QTextEdit.ExtraSelection], color: str
    ) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(color))
        for selection in selections:
            selection.format = fmt
        self._highlights[layer] = selections
        self.setExtraSelections([s for layer in self._highlights.values() for s in layer])

    def highlights(self, layer: str) -> list[QTextEdit.ExtraSelection]:
        return self._highlights.get(layer, [])

    def highlight_terms(self, words: list[str]) -> int:
        """Mark every occurrence of the searched words; the number marked."""
        found = [s for w in words for s in self.find_all(w)]
        self.set_highlights("terms", found, "#ffe38a")
        return len(found)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Keep lines readable: wide windows get side margins inside the page."""
        side = max(12, (self.viewport().width() - LINE_WIDTH) // 2) if self.centred else 4
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if int(fmt.leftMargin()) != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)


def query_words(text: str, terms: tuple[str, ...] = ()) -> list[str]:
    """The words to mark in a page for a search: the search's terms, else the typed words."""
    words = list(terms) or re.findall(r"\w{2,}", text)
    return sorted({w.lower() for w in words if w.upper() not in ("AND", "OR", "NOT")}, key=len)
