"""The assessment beside a checklist's indicators: headline, reasons, disclaimer, buttons."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from handbook_app.core.assessment import DISCLAIMER
from handbook_app.gui import theme
from handbook_app.gui.indicator import repolish
from handbook_app.gui.language import Retranslates
from handbook_app.gui.page import Button, label
from handbook_app.gui.say import say, word

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from handbook_app.content.model import Checklist
    from handbook_app.core.assessment import Assessment


class Elided(Button):
    """A button as wide as the panel, whose text ends in "…" when it is longer (a guide's
    title in a longer language); the tooltip and ``text()`` have all of it."""

    def __init__(self) -> None:
        super().__init__("")
        self.full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        self.full = text
        self.setToolTip(text)
        self._fit()

    def text(self) -> str:
        return self.full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = max(20, self.width() - 24)
        shown = self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, room)
        QPushButton.setText(self, shown)


class Assessor(Retranslates, QFrame):
    """The result panel: headline, reasons per dimension, the disclaimer, what to do next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessment")
        self.headline = label(word("Nothing ticked yet"), "heading")
        self.summary = label("")
        self.reasons = label("")
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.disclaimer = label(word(DISCLAIMER), "disclaimer")
        self.guide = Elided()
        self.print = Elided()
        self.reset = Elided()
        self.undo = Elided()
        self.undo.hide()
        layout = QVBoxLayout(self)
        self.caption = caption = label("", "subtle")
        for widget in (
            caption,
            self.headline,
            self.summary,
            self.reasons,
            self.disclaimer,
            self.guide,
            self.print,
            self.reset,
            self.undo,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("ASSESSMENT"))
        for widget, name in (
            (self.headline, self.tr("Assessment result")),
            (self.summary, self.tr("Assessment summary")),
            (self.reasons, self.tr("Dimensions")),
            (self.disclaimer, self.tr("Disclaimer")),
            (self.guide, self.tr("Open the referral guide")),
        ):
            widget.setAccessibleName(name)
        for push, text, name in (
            (self.print, self.tr("Print referral slip…"), self.tr("Print referral slip")),
            (self.reset, self.tr("Reset"), self.tr("Clear all ticks (Ctrl+Z undoes it)")),
            (self.undo, self.tr("Undo reset (Ctrl+Z)"), self.tr("Undo the last reset")),
        ):
            push.setText(text)
            push.setAccessibleName(name)

    def show_assessment(self, checklist: Checklist, result: Assessment) -> None:
        self.headline.setText(word(result.headline))
        self.summary.setText(say(result.message))
        self.summary.setVisible(result.summary.rstrip(".") != result.headline)
        stage_of = {a: s for s, anchors in checklist.stages.items() for a in anchors}
        lines = []
        positive = self.tr("✔ positive")
        for dim in result.dimensions:
            colours = theme.colours()
            mark = (
                f"<span style='color:{colours.ok_text}'>{positive}</span>"
                if dim.positive
                else f"<span style='color:{colours.muted}'>○</span>"
            )
            stage = (
                f" <i>({escape(word(stage_of[dim.anchor]))})</i>" if dim.anchor in stage_of else ""
            )
            lines.append(
                f"<p style='margin:2px 0'>{mark} <b>{escape(dim.title)}</b>{stage}"
                f"<br>&nbsp;&nbsp;{escape(say(dim.why))}</p>"
            )
        self.reasons.setText("".join(lines))
        self.disclaimer.setText(word(result.disclaimer))
        self.setProperty("outcome", result.outcome.value)
        repolish(self)
