"""The assessment beside a checklist's indicators: headline, reasons, disclaimer, buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from handbook_app.core.assessment import DISCLAIMER
from handbook_app.gui import theme
from handbook_app.gui.indicator import repolish
from handbook_app.gui.page import button, label

if TYPE_CHECKING:
    from handbook_app.content.model import Checklist
    from handbook_app.core.assessment import Assessment


class Assessor(QFrame):
    """The result panel: headline, reasons per dimension, the disclaimer, what to do next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessment")
        self.headline = label("Nothing ticked yet", "heading", "Assessment result")
        self.summary = label("", name="Assessment summary")
        self.reasons = label("", name="Dimensions")
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.disclaimer = label(DISCLAIMER, "disclaimer", "Disclaimer")
        self.guide = button("", "Open the referral guide")
        self.print = button("Print referral slip…", "Print referral slip")
        self.reset = button("Reset", "Clear all ticks (Ctrl+Z undoes it)")
        self.undo = button("Undo reset (Ctrl+Z)", "Undo the last reset")
        self.undo.hide()
        layout = QVBoxLayout(self)
        caption = label("ASSESSMENT", "subtle")
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

    def show_assessment(self, checklist: Checklist, result: Assessment) -> None:
        self.headline.setText(result.headline)
        self.summary.setText(result.summary)
        self.summary.setVisible(result.summary.rstrip(".") != self.headline.text())
        stage_of = {a: s for s, anchors in checklist.stages.items() for a in anchors}
        lines = []
        for dim in result.dimensions:
            colours = theme.colours()
            mark = (
                f"<span style='color:{colours.ok_text}'>✔ positive</span>"
                if dim.positive
                else f"<span style='color:{colours.muted}'>○</span>"
            )
            stage = f" <i>({stage_of[dim.anchor]})</i>" if dim.anchor in stage_of else ""
            lines.append(
                f"<p style='margin:2px 0'>{mark} <b>{dim.title}</b>{stage}"
                f"<br>&nbsp;&nbsp;{dim.reason}</p>"
            )
        self.reasons.setText("".join(lines))
        self.disclaimer.setText(result.disclaimer)
        self.setProperty("outcome", result.outcome.value)
        repolish(self)
