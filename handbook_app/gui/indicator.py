"""One indicator of a checklist: its tick box, its words and its strength."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QWidget

from handbook_app.gui.language import QT_TRANSLATE_NOOP, translate
from handbook_app.gui.page import mark_words

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent, QMouseEvent

    from handbook_app.content.model import Indicator

TEXT_MIN = 260
"""The words of an indicator never get narrower than this."""


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a property it selects on changed."""
    for w in (widget, *widget.findChildren(QLabel)):
        w.style().unpolish(w)
        w.style().polish(w)


class ClickLabel(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class Box(QCheckBox):
    """The tick box of an indicator; tells its row when it has the keyboard focus."""

    focused = Signal(bool)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focused.emit(False)


STRENGTHS = {
    "strong": QT_TRANSLATE_NOOP("Indicator", "strong"),
    "medium": QT_TRANSLATE_NOOP("Indicator", "medium"),
    "weak": QT_TRANSLATE_NOOP("Indicator", "weak"),
}


def strength_name(strength: str) -> str:
    """An indicator's strength (``strong``, ``medium``, ``weak``) in the interface language."""
    return translate("Indicator", STRENGTHS.get(strength, strength))


class Row(QFrame):
    """One indicator: its box, its words (a click ticks), its strength; marked when it has
    the focus, matches a search, or is asked to show an uncertain weight."""

    def __init__(self, indicator: Indicator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicator")
        self.indicator = indicator
        self.box = Box()
        strength = indicator.strength.value
        shown = strength_name(strength)
        weight = (
            self.tr("{strength}, uncertain weight").format(strength=shown)
            if indicator.uncertain
            else shown
        )
        self.box.setAccessibleName(f"{indicator.text} ({weight})")
        self.text = ClickLabel(indicator.text)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(TEXT_MIN)
        self.text.clicked.connect(self.box.toggle)
        badge = QLabel(shown)
        badge.setObjectName(strength)
        badge.setToolTip(self.tr("Strength of this indicator: {weight}").format(weight=weight))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.box)
        layout.addWidget(self.text, 1)
        layout.addWidget(badge)
        if indicator.uncertain:
            unsure = QLabel("?")
            unsure.setObjectName("unsure")
            unsure.setAccessibleName(self.tr("uncertain weight"))
            unsure.setToolTip(
                self.tr("Uncertain weight: the sources do not settle how much this sign weighs.")
            )
            layout.addWidget(unsure)
        self.matched = self.found = False

    def mark(self, words: list[str]) -> int:
        """Show the searched words in bold; how many there were."""
        html, count = mark_words(self.indicator.text, words)
        self.text.setTextFormat(Qt.TextFormat.RichText if count else Qt.TextFormat.PlainText)
        self.text.setText(html if count else self.indicator.text)
        self.matched = bool(count)
        self.flag("match", self.matched or self.found)
        return count

    def flag(self, name: str, on: bool) -> None:
        if bool(self.property(name)) != on:
            self.setProperty(name, on)
            repolish(self)
