"""A checklist: indicators to tick by dimension, and the assessment as it stands."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from handbook_app.core.assessment import DISCLAIMER, Assessment, assess
from handbook_app.core.slip import Header, checklist_slip
from handbook_app.gui.page import button, label, rich_label
from handbook_app.gui.panel import Panel, intro_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QMouseEvent

    from handbook_app.content.model import Checklist, Document, Indicator
    from handbook_app.gui.cases import CaseSession

STRENGTH_COLOURS = {"strong": "#7a1d12", "medium": "#7a5800", "weak": "#4a5563"}


class ClickLabel(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class Assessor(QFrame):
    """The result panel: headline, reasons per dimension, the disclaimer, what to do next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessment")
        self.setMinimumWidth(300)
        self.setMaximumWidth(380)
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
            mark = (
                "<span style='color:#1d6b34'>✔ positive</span>"
                if dim.positive
                else "<span style='color:#6b7480'>○</span>"
            )
            stage = f" <i>({stage_of[dim.anchor]})</i>" if dim.anchor in stage_of else ""
            lines.append(
                f"<p style='margin:2px 0'>{mark} <b>{dim.title}</b>{stage}"
                f"<br>&nbsp;&nbsp;{dim.reason}</p>"
            )
        self.reasons.setText("".join(lines))
        self.disclaimer.setText(result.disclaimer)
        self.setProperty("outcome", result.outcome.value)
        self.style().unpolish(self)
        self.style().polish(self)


class ChecklistPanel(Panel):
    """Emits ``openRequested`` for links and the guide; ``printRequested`` for the slip."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.boxes: dict[str, QCheckBox] = {}
        self.groups: dict[str, QGroupBox] = {}
        self.area = QScrollArea(widgetResizable=True)
        self.area.setAccessibleName("Indicators")
        self.assessor = Assessor()
        self.assessor.reset.clicked.connect(self.reset)
        self.assessor.undo.clicked.connect(self.undo)
        self._undo: tuple[str, str, set[str]] | None = None
        """(case, checklist, ticks) before the last reset, while it can be undone."""
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)
        self.assessor.print.clicked.connect(self.printRequested)
        self.assessor.guide.clicked.connect(self._open_guide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.assessor)
        self.title_of: Callable[[str], str] = str
        session.changed.connect(self._case_changed)

    def show_document(self, doc: Document, anchor: str = "") -> None:
        if self.doc is None or doc.id != self.doc.id:
            self._forget_undo()
            self.doc = doc
            self._build(doc)
            self._load_ticks()
        if anchor in self.groups:
            self.area.ensureWidgetVisible(self.groups[anchor])

    def _build(self, doc: Document) -> None:
        assert doc.checklist is not None
        self.boxes.clear()
        self.groups.clear()
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 8, 16, 16)
        column.addWidget(label(doc.title, "heading"))
        column.addWidget(rich_label(intro_of(doc.html), self.openRequested.emit, "Introduction"))
        for dim in doc.checklist.dimensions:
            group = QGroupBox(dim.title)
            group.setAccessibleName(dim.title)
            rows = QVBoxLayout(group)
            if dim.html:
                rows.addWidget(rich_label(dim.html, self.openRequested.emit))
            for indicator in dim.indicators:
                rows.addLayout(self._row(indicator))
            self.groups[dim.anchor] = group
            column.addWidget(group)
        column.addStretch(1)
        self.area.setWidget(body)
        guide = doc.checklist.guide
        self.assessor.guide.setVisible(bool(guide))
        self.assessor.guide.setText(f"Next: {self.title_of(guide)}" if guide else "")
        # The assessor's buttons (Reset above all) come after the indicators when tabbing.
        a = self.assessor
        chain = [*self.boxes.values(), a.guide, a.print, a.reset, a.undo]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _row(self, indicator: Indicator) -> QHBoxLayout:
        box = QCheckBox()
        strength = indicator.strength.value
        weight = f"{strength}, uncertain weight" if indicator.uncertain else strength
        box.setAccessibleName(f"{indicator.text} ({weight})")
        box.toggled.connect(lambda on, i=indicator.id: self._ticked(i, on))
        text = ClickLabel(indicator.text)
        text.setWordWrap(True)
        text.clicked.connect(box.toggle)
        colour = STRENGTH_COLOURS.get(strength, "#4a5563")
        unsure = (
            " <span style='background:#fff4d6; color:#5c4300'>&nbsp;uncertain weight&nbsp;</span>"
        )
        badge = QLabel(
            f"<span style='color:{colour}; font-weight:600'>{strength}</span>"
            + (unsure if indicator.uncertain else "")
        )
        badge.setToolTip(
            f"Strength of this indicator: {weight}"
            + (". Verify before relying on it." if indicator.uncertain else "")
        )
        row = QHBoxLayout()
        row.addWidget(box)
        row.addWidget(text, 1)
        row.addWidget(badge)
        self.boxes[indicator.id] = box
        return row

    def ticked_ids(self) -> set[str]:
        return {i for i, box in self.boxes.items() if box.isChecked()}

    def slip(self, head: Header) -> str:
        result = self.assessment()
        if self.doc is None or result is None:
            return ""
        return checklist_slip(self.doc, result, self.ticked_ids(), head)

    def assessment(self) -> Assessment | None:
        if self.doc is None or self.doc.checklist is None:
            return None
        return assess(self.doc.checklist, self.ticked_ids())

    def _ticked(self, indicator: str, on: bool) -> None:
        """Save the tick; a tick that could not be saved is taken back (the case bar says why)."""
        self._forget_undo()
        if self.doc is not None and not self.session.set_tick(self.doc.id, indicator, on):
            box = self.boxes[indicator]
            box.blockSignals(True)
            box.setChecked(not on)
            box.blockSignals(False)
        self._update()

    def _case_changed(self, _ref: str) -> None:
        """Each case shows its own saved ticks (the session keeps unsaved work apart)."""
        self._forget_undo()
        self._load_ticks()

    def _load_ticks(self) -> None:
        if self.doc is not None:
            self._show_ticks(self.session.ticks(self.doc.id))

    def _show_ticks(self, ticked: set[str]) -> None:
        for indicator, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(indicator in ticked)
            box.blockSignals(False)
        self._update()

    def _update(self) -> None:
        result = self.assessment()
        if result is not None and self.doc is not None and self.doc.checklist is not None:
            self.assessor.show_assessment(self.doc.checklist, result)

    def reset(self) -> None:
        """Clear every tick of this checklist; Ctrl+Z (or Undo reset) brings them back."""
        before = self.ticked_ids()
        if self.doc is None or not before or not self.session.set_ticks(self.doc.id, ()):
            return
        self._undo = (self.session.ref, self.doc.id, before)
        self._show_ticks(set())
        self.assessor.undo.show()

    def undo(self) -> None:
        """Bring back the ticks of the last reset, if nothing was ticked or opened since."""
        if self._undo is None or self.doc is None:
            return
        ref, checklist, ticks = self._undo
        if (ref, checklist) == (self.session.ref, self.doc.id) and self.session.set_ticks(
            checklist, ticks
        ):
            self._show_ticks(ticks)
        self._forget_undo()

    def _forget_undo(self) -> None:
        self._undo = None
        self.assessor.undo.hide()

    def _open_guide(self) -> None:
        if self.doc is not None and self.doc.checklist is not None and self.doc.checklist.guide:
            self.openRequested.emit(self.doc.checklist.guide, "")
