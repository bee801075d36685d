"""Words that fit their room: a one-line label that ends in "…" after a whole word, and a
button that has its full words where there is room and its short ones where there is not.
The whole text stays in the tooltip and the accessible name."""

from __future__ import annotations

import heapq
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
)

from handbook_app.gui import plain
from handbook_app.gui.page import Button

if TYPE_CHECKING:
    from collections.abc import Iterable

    from PySide6.QtGui import QFontMetrics, QResizeEvent
    from PySide6.QtWidgets import QWidget

MORE = "…"
MEASURED = 12
"""How many of the longest names (by characters) :func:`widest` measures."""


def words(text: str, metrics: QFontMetrics, room: int) -> str:
    """``text`` if it fits ``room`` pixels; else as many whole words as fit, then "…"
    (cut inside the first word only when not even that fits)."""
    if metrics.horizontalAdvance(text) <= room:
        return text
    cut = text.split()
    while len(cut) > 1:
        cut.pop()
        shown = " ".join(cut).rstrip(",:;—–-") + MORE
        if metrics.horizontalAdvance(shown) <= room:
            return shown
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)


def widest(box: QComboBox, names: Iterable[str]) -> None:
    """Make ``box`` as wide as the widest of ``names`` (its items) without Qt measuring
    every item, which took longer than the rest of the first frame with a thousand
    countries: the few longest by characters are measured, and the box is given that
    width in widths of "X" (Qt's unit for it), so that it grows with the zoom."""
    metrics = box.fontMetrics()
    longest = heapq.nlargest(MEASURED, names, key=len)
    width = max((metrics.horizontalAdvance(name) for name in longest), default=0)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(math.ceil(width / max(metrics.horizontalAdvance("X"), 1)))


class Line(QLabel):
    """A plain one-line label that shrinks to any width; ``text()`` and the tooltip keep
    all of it."""

    def __init__(self, role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setMinimumWidth(1)
        if role:
            self.setObjectName(role)

    def setText(self, text: str) -> None:
        self.full = text
        self.setToolTip(plain.tip(text))
        self._fit()

    def text(self) -> str:
        return self.full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.full) + 4, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        QLabel.setText(self, words(self.full, self.fontMetrics(), self.contentsRect().width()))


class Fitting(Button):
    """A button in a row (its parent's layout) with ``full`` words when the row has room
    for them and ``short`` ones, and a short button, otherwise; the full words are always
    its tooltip and accessible name."""

    def __init__(self) -> None:
        super().__init__("")
        self.full = self.short = ""
        self.roomy = True
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and (row := self.parentWidget()):
            row.installEventFilter(self)
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self._fit()
        return False

    def set_words(self, full: str, short: str, tip: str = "") -> None:
        self.full, self.short = full, short
        self.setToolTip(tip or full)
        self.setAccessibleName(full)
        self.updateGeometry()
        self._fit()

    def _size(self, text: str) -> QSize:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = text
        inner = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, inner, self)

    def sizeHint(self) -> QSize:
        return self._size(self.full if self.roomy else self.short)

    def minimumSizeHint(self) -> QSize:
        return self._size(self.short)  # the row may always shrink it to its short words

    def _fit(self) -> None:
        """Full words when the row, with them, fits its width (the same sum in both states:
        no back and forth)."""
        row = self.parentWidget()
        layout = row.layout() if row else None
        if row is not None and layout is not None:
            need = (
                layout.sizeHint().width() - self.sizeHint().width() + self._size(self.full).width()
            )
            roomy = row.width() >= need
            if roomy != self.roomy:
                self.roomy = roomy
                self.updateGeometry()
        QPushButton.setText(self, self.full if self.roomy else self.short)
