"""The assessment beside a checklist's indicators: headline, reasons, disclaimer, buttons."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from handbook_app.core.assessment import DISCLAIMER
from handbook_app.gui import theme
from handbook_app.gui.indicator import repolish
from handbook_app.gui.language import QT_TRANSLATE_NOOP, Retranslates, translate
from handbook_app.gui.page import Button, label
from handbook_app.gui.say import say

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from handbook_app.content.model import Checklist
    from handbook_app.core.assessment import Assessment


# The assessment's fixed words (core/assessment.py), translated on screen; the sentences it
# composes with counts and stages are in gui/say.py.
WORDS = (
    QT_TRANSLATE_NOOP("Assessment", "Nothing ticked yet"),
    QT_TRANSLATE_NOOP("Assessment", "Nothing ticked yet."),
    QT_TRANSLATE_NOOP("Assessment", "nothing ticked"),
    QT_TRANSLATE_NOOP("Assessment", "Likely a victim of trafficking"),
    QT_TRANSLATE_NOOP("Assessment", "Not enough for the rule yet"),
    QT_TRANSLATE_NOOP("Assessment", "Signs in a child: call child protection"),
    QT_TRANSLATE_NOOP("Assessment", "One indicator: consider referral"),
    QT_TRANSLATE_NOOP("Assessment", "Several indicators: consider referral"),
    QT_TRANSLATE_NOOP("Assessment", "2 strong indicators"),
    QT_TRANSLATE_NOOP("Assessment", "1 strong indicator with a medium or weak one"),
    QT_TRANSLATE_NOOP("Assessment", "3 medium indicators"),
    QT_TRANSLATE_NOOP("Assessment", "2 medium indicators with a weak one"),
    QT_TRANSLATE_NOOP(
        "Assessment",
        "Likely a victim of trafficking: positive in a recruitment dimension, "
        "exploitative conditions and a destination dimension. Refer the person.",
    ),
    QT_TRANSLATE_NOOP(
        "Assessment",
        "Refer now: exploitation is positive, and for a child the means are not needed "
        "(an act and the purpose of exploitation are enough). Call child protection now.",
    ),
    QT_TRANSLATE_NOOP(
        "Assessment",
        "Signs of possible exploitation of a child. Force, threats or deception are never "
        "needed for a child. One clear sign is reason enough to call the child protection "
        "authority now; do not wait for more ticks.",
    ),
    QT_TRANSLATE_NOOP("Assessment", "Guidance for referral, not a legal determination."),
)


def words(text: str) -> str:
    """The assessment's ``text`` in the interface language where it is one of :data:`WORDS`."""
    return translate("Assessment", text)


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
        self.headline = label(words("Nothing ticked yet"), "heading")
        self.summary = label("")
        self.reasons = label("")
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.disclaimer = label(words(DISCLAIMER), "disclaimer")
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
        self.headline.setText(words(result.headline))
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
                f" <i>({escape(words(stage_of[dim.anchor]))})</i>" if dim.anchor in stage_of else ""
            )
            lines.append(
                f"<p style='margin:2px 0'>{mark} <b>{escape(dim.title)}</b>{stage}"
                f"<br>&nbsp;&nbsp;{escape(say(dim.why))}</p>"
            )
        self.reasons.setText("".join(lines))
        self.disclaimer.setText(words(result.disclaimer))
        self.setProperty("outcome", result.outcome.value)
        repolish(self)
