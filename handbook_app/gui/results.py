"""The list of search results: each hit drawn as rich text (its snippet's matched words in
bold), Enter opening the hit chosen."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import QListWidget, QStyle, QStyledItemDelegate, QStyleOptionViewItem

KEPT = 256
"""How many laid-out results the delegate keeps: a few pages of results, so that a row is
parsed and laid out once, not each time the view asks for its size or paints it."""


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's text as rich text, so snippets show their matched words in bold."""

    def __init__(self, parent: QListWidget | None = None) -> None:
        super().__init__(parent)
        self._kept: OrderedDict[tuple[str, str, int], tuple[QTextDocument, QSize]] = OrderedDict()

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[QTextDocument, QSize]:
        """The row's text laid out at the row's width, and the size it needs."""
        html, width = str(index.data()), max(120, option.rect.width() - 8)
        key = (html, option.font.key(), width)
        found = self._kept.get(key)
        if found is not None:
            self._kept.move_to_end(key)
            return found
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(html)
        doc.setTextWidth(width)
        found = self._kept[key] = doc, QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)
        while len(self._kept) > KEPT:
            self._kept.popitem(last=False)
        return found

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        doc, _size = self._document(option, index)
        option.text = ""
        style = option.widget.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        rect = option.rect
        painter.translate(rect.left() + 4, rect.top() + 2)
        doc.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        return self._document(option, index)[1]


class ResultList(QListWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.itemActivated.emit(item)
        else:
            super().keyPressEvent(event)
