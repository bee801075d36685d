"""A rendered handbook page: safe link handling, calm style, highlights, readable width."""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QKeyEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QTextEdit, QWidget

from handbook_app.errors import BundleError
from handbook_app.gui import plain, theme
from handbook_app.gui.language import translate

if TYPE_CHECKING:
    from collections.abc import Callable

LINE_WIDTH = 760
"""Widest text column in pixels: about 75 characters at 11–12 pt."""

_COMMON = """a an and are as at be but by can could did do does for from had has have he her
    hers him his how i if in into is it its me my no not of on or our she so than that the their
    them then there they this to too us was we were what when where which who why will with would
    yet you your here herself himself been being some any all say says said tell tells told ask
    asks asked also may must"""
COMMON = frozenset(_COMMON.split())
"""Words never marked in a page: marking "her" or "says" everywhere hides the real match."""


def ask_external(parent: QWidget, url: QUrl) -> bool:
    """Open ``url`` outside the app only after the officer agrees that it needs a network."""
    text = translate(
        "Page",
        "This link leaves the offline handbook and needs a network connection:\n\n"
        "{link}\n\nOpen it in your browser or mail program?",
    )
    answer = plain.ask(
        parent,
        translate("Page", "Open an outside link?"),
        text.format(link=url.toString()),
        plain.Button.Yes | plain.Button.No,
        plain.Button.No,
    )
    if answer != plain.Button.Yes:
        return False
    QDesktopServices.openUrl(url)
    return True


def label(text: str, role: str = "", name: str = "", *, rich: bool = False) -> QLabel:
    """A wrapping label; ``role`` is its style (object name), ``name`` its accessible name.

    Plain text unless ``rich`` (then every outside part of ``text`` must be escaped)."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    if role:
        widget.setObjectName(role)
    if name:
        widget.setAccessibleName(name)
    return widget


class Button(QPushButton):
    """A push button that Enter presses too, as Space does: the keyboard at the counter."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.click()
        else:
            super().keyPressEvent(event)


def button(text: str, name: str) -> QPushButton:
    widget = Button(text)
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
    label = QLabel(f"<style>{theme.css()}</style>{text}")
    label.setProperty("rich", text)  # to draw it again in another theme: restyle_label
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


def restyle_label(label: QLabel) -> None:
    """Draw a :func:`rich_label` again with the page CSS of the theme in use."""
    text = label.property("rich")
    if isinstance(text, str):
        label.setText(f"<style>{theme.css()}</style>{text}")


class Page(QTextBrowser):
    """Shows document HTML. ``doc:ID#anchor`` links ask the window to open a document."""

    openRequested = Signal(str, str)

    def __init__(self, name: str, parent: QWidget | None = None, *, centred: bool = True) -> None:
        super().__init__(parent)
        self.centred = centred
        self.setAccessibleName(name)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(theme.css())
        self.doc_id = ""
        self.html = ""
        self.pictures: Callable[[str], bytes] | None = None
        """The pictures of the open bundle (:meth:`Bundle.resource`); none until set."""
        self._highlights: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self.anchorClicked.connect(self.follow)

    def show_html(self, doc_id: str, html: str) -> None:
        self.document().setDefaultStyleSheet(theme.css())  # the theme may have changed
        self.doc_id, self.html = doc_id, html
        self._highlights.clear()
        self.setExtraSelections([])
        self.setHtml(html)
        self._fit()

    def loadResource(self, kind: int, url: QUrl | str, /) -> object:
        """Only pictures of the open bundle, through :attr:`pictures`, which reads only
        files its manifest lists and at most its size limit. Anything else (a file, a
        device, a network path, a style sheet, any URL with a scheme) is refused before
        a byte is read; a picture that does not decode shows nothing."""
        if kind != QTextDocument.ResourceType.ImageResource.value or self.pictures is None:
            return None
        try:
            data = self.pictures(url.toString() if isinstance(url, QUrl) else url)
        except BundleError:
            return None
        image = QImage.fromData(data)  # Qt's allocation limit holds for huge dimensions
        return None if image.isNull() else image

    def restyle(self) -> None:
        """Draw the page again in the theme in use, at the same place."""
        if not self.html:
            return
        place = self.verticalScrollBar().value()
        self.show_html(self.doc_id, self.html)
        self.verticalScrollBar().setValue(place)

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
        fmt.setForeground(QColor(theme.colours().mark_text))
        for selection in selections:
            selection.format = fmt
        self._highlights[layer] = selections
        self.setExtraSelections([s for layer in self._highlights.values() for s in layer])

    def highlights(self, layer: str) -> list[QTextEdit.ExtraSelection]:
        return self._highlights.get(layer, [])

    def highlight_terms(self, words: list[str]) -> int:
        """Mark every whole word (or word beginning) searched for, never common words;
        the number marked."""
        found: list[QTextEdit.ExtraSelection] = []
        pattern = term_pattern(words)
        if pattern:
            expression = QRegularExpression(
                pattern, QRegularExpression.PatternOption.CaseInsensitiveOption
            )
            cursor = self.document().find(expression, 0)
            while not cursor.isNull() and cursor.hasSelection():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                found.append(selection)
                cursor = self.document().find(expression, cursor)
        self.set_highlights("terms", found, theme.colours().mark)
        return len(found)

    # Find in page (see :class:`~handbook_app.gui.panel.Findable`).
    def find_text(self, text: str) -> int:
        self.set_highlights("find", self.find_all(text), theme.colours().find)
        return len(self.highlights("find"))

    def show_match(self, index: int) -> None:
        self.setTextCursor(QTextCursor(self.highlights("find")[index].cursor))
        self.ensureCursorVisible()

    def end_find(self) -> None:
        self.set_highlights("find", [], theme.colours().find)

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


def use_pictures(root: QWidget, pictures: Callable[[str], bytes] | None) -> None:
    """Every page inside ``root`` shows its pictures from ``pictures`` (a bundle's
    :meth:`~handbook_app.bundle.reader.Bundle.resource`), and no others."""
    for page in root.findChildren(Page):
        page.pictures = pictures
        page.document().clear()  # forget pictures cached from another bundle
        page.restyle()


def query_words(text: str, terms: tuple[str, ...] = ()) -> list[str]:
    """The words to mark in a page for a search: the search's terms, else the typed words;
    never a common word ("her", "says") nor one of two letters."""
    words = list(terms) or re.findall(r"\w{2,}", text)
    kept = {w.lower() for w in words if w.upper() not in ("AND", "OR", "NOT")}
    return sorted({w for w in kept if len(w) > 2 and w not in COMMON}, key=len)


def term_pattern(words: list[str]) -> str:
    """A regular expression for the words to mark: whole words; words of four letters or more
    also as the start of a longer word ("passport" marks "passports"). "" when none."""
    kept = query_words("", tuple(words))
    if not kept:
        return ""
    parts = [re.escape(w) + (r"\w*" if len(w) >= 4 else r"\b") for w in kept]
    return r"\b(?:" + "|".join(sorted(parts, key=len, reverse=True)) + ")"


def mark_words(text: str, words: list[str]) -> tuple[str, int]:
    """``text`` as escaped rich text with the words to mark in bold; how many were marked."""
    pattern = term_pattern(words)
    if not pattern:
        return escape(text), 0
    out, end, count = [], 0, 0
    for match in re.finditer(pattern, text, re.IGNORECASE):
        out += [escape(text[end : match.start()]), f"<b><u>{escape(match[0])}</u></b>"]
        end, count = match.end(), count + 1
    out.append(escape(text[end:]))
    return "".join(out), count
