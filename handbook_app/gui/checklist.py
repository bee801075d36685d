"""A checklist: indicators to tick by dimension, and the assessment as it stands.

Each indicator is a :class:`~handbook_app.gui.indicator.Row`; the assessment beside them
is an :class:`~handbook_app.gui.assessor.Assessor`.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from handbook_app.core.assessment import Assessment, assess
from handbook_app.core.slip import Header, checklist_slip
from handbook_app.gui import keys
from handbook_app.gui.assessor import Assessor
from handbook_app.gui.indicator import Row
from handbook_app.gui.language import Retranslates
from handbook_app.gui.page import button, label, rich_label
from handbook_app.gui.panel import Panel, intro_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from handbook_app.content.model import Checklist, Document, Indicator
    from handbook_app.gui.cases import CaseSession

SIDE_WIDTH = 310
"""Width of the assessment beside the indicators."""
INDICATORS_MIN = 420
"""The indicator column never gets narrower: the contents beside it gives way."""
READING_WIDTH = 940
"""Widest indicator column: the strength stays near the words on wide screens."""


class ChecklistPanel(Retranslates, Panel):
    """Emits ``openRequested`` for links and the guide; ``printRequested`` for the slip."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.boxes: dict[str, QCheckBox] = {}
        self.rows: dict[str, Row] = {}
        self.groups: dict[str, QGroupBox] = {}
        self.members: dict[str, list[Row]] = {}
        self.found: list[Row] = []
        self.current = -1
        self.area = QScrollArea(widgetResizable=True)
        self.area.setMinimumWidth(INDICATORS_MIN)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        self.side = QScrollArea(widgetResizable=True)
        self.side.setFixedWidth(SIDE_WIDTH)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side.setWidget(self.assessor)
        layout = QHBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.side)
        self.title_of: Callable[[str], str] = str
        session.changed.connect(self._case_changed)
        keys.shortcut("next_group", self, lambda: self.jump(1))
        keys.shortcut("previous_group", self, lambda: self.jump(-1))
        self.retranslate()

    def retranslate(self) -> None:
        self.area.setAccessibleName(self.tr("Indicators"))
        self.side.setAccessibleName(self.tr("Assessment"))

    def show_document(self, doc: Document, anchor: str = "") -> None:
        if self.doc is None or doc.id != self.doc.id:
            self._forget_undo()
            self.doc = doc
            self._build(doc)
            self._load_ticks()
        self.highlight_terms([])
        if anchor in self.groups:
            self.scroll_to(anchor)

    def _build(self, doc: Document) -> None:
        assert doc.checklist is not None
        self.boxes.clear()
        self.rows.clear()
        self.groups.clear()
        self.members.clear()
        self.found, self.current = [], -1
        body = QWidget()
        inner = QWidget()
        inner.setMaximumWidth(READING_WIDTH)
        width = QHBoxLayout(body)
        width.setContentsMargins(0, 0, 0, 0)
        width.addWidget(inner, 1)
        width.addStretch(0)
        column = QVBoxLayout(inner)
        column.setContentsMargins(16, 8, 16, 16)
        column.addWidget(label(doc.title, "heading"))
        links = [rich_label(intro_of(doc.html), self.openRequested.emit, self.tr("Introduction"))]
        column.addWidget(links[0])
        column.addWidget(self._uncertain_summary(doc.checklist))
        for dim in doc.checklist.dimensions:
            group = QGroupBox(dim.title)
            group.setAccessibleName(dim.title)
            rows = QVBoxLayout(group)
            rows.setSpacing(2)
            if dim.html:
                links.append(rich_label(dim.html, self.openRequested.emit))
                rows.addWidget(links[-1])
            self.members[dim.anchor] = []
            for indicator in dim.indicators:
                row = self._row(indicator)
                rows.addWidget(row)
                self.members[dim.anchor].append(row)
            self.groups[dim.anchor] = group
            column.addWidget(group)
        column.addStretch(1)
        self.area.setWidget(body)
        self._fit()
        guide = doc.checklist.guide
        self.assessor.guide.setVisible(bool(guide))
        following = self.tr("Next: {guide}").format(guide=self.title_of(guide)) if guide else ""
        self.assessor.guide.setText(following)
        # Tab goes through the indicators first, then the assessment, then the links.
        a = self.assessor
        chain = [
            *self.boxes.values(),
            a.guide,
            a.print,
            a.reset,
            a.undo,
            self.show_uncertain,
            *links,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _uncertain_summary(self, checklist: Checklist) -> QWidget:
        """Once per checklist: how many weights are uncertain, and a way to see which."""
        every = [i for d in checklist.dimensions for i in d.indicators]
        unsure = sum(i.uncertain for i in every)
        frame = QFrame()
        frame.setObjectName("summary")
        row = QHBoxLayout(frame)
        row.setContentsMargins(8, 4, 8, 4)
        self.uncertain = label(
            self.tr(
                "⚠ For {unsure} of %n sign(s) the sources do not settle how much they weigh "
                "(marked “?”). Treat them as hints.",
                "",
                len(every),
            ).format(unsure=unsure),
            name=self.tr("Uncertain weights"),
        )
        self.show_uncertain = button(
            self.tr("Show which"), self.tr("Show the indicators of uncertain weight")
        )
        self.show_uncertain.setCheckable(True)
        self.show_uncertain.toggled.connect(self._mark_uncertain)
        row.addWidget(self.uncertain, 1)
        row.addWidget(self.show_uncertain)
        if not unsure:
            frame.hide()  # never setVisible(True) here: without a parent it would be a window
        return frame

    def _mark_uncertain(self, on: bool) -> None:
        self.show_uncertain.setText(self.tr("Hide marks") if on else self.tr("Show which"))
        for row in self.rows.values():
            row.flag("unsure", on and row.indicator.uncertain)

    def _row(self, indicator: Indicator) -> Row:
        row = Row(indicator)
        row.box.toggled.connect(lambda on, i=indicator.id: self._ticked(i, on))
        row.box.focused.connect(lambda on, r=row: self._focused(r, on))
        self.boxes[indicator.id] = row.box
        self.rows[indicator.id] = row
        return row

    def _focused(self, row: Row, on: bool) -> None:
        row.flag("current", on)
        if on:
            self.area.ensureWidgetVisible(row, 8, 24)

    def scroll_to(self, anchor: str) -> None:
        """Scroll so that the heading of group ``anchor`` is at the top (now and once laid out)."""

        def scroll() -> None:
            group = self.groups.get(anchor)
            body = self.area.widget()
            if group is None or body is None:
                return
            if layout := body.layout():
                layout.activate()
            self.area.verticalScrollBar().setValue(group.y())

        scroll()
        QTimer.singleShot(0, scroll)

    def enter(self, anchor: str = "") -> None:
        """Focus the first searched-for indicator of ``anchor``'s group, else its first one."""
        rows = self.members.get(anchor) or [r for rs in self.members.values() for r in rs]
        target = next((r for r in rows if r.matched), rows[0] if rows else None)
        if target is not None:
            target.box.setFocus(Qt.FocusReason.OtherFocusReason)
        if anchor in self.groups:
            self.scroll_to(anchor)

    def jump(self, step: int) -> None:
        """Focus the first indicator of the next (``step`` 1) or previous (-1) group."""
        anchors = list(self.members)
        if not anchors:
            return
        focus = QApplication.focusWidget()
        here = next(
            (n for n, a in enumerate(anchors) for r in self.members[a] if r.box is focus), -1
        )
        if here < 0:
            target = 0 if step > 0 else len(anchors) - 1
        else:
            target = max(0, min(len(anchors) - 1, here + step))
        rows = self.members[anchors[target]]
        if rows:
            rows[0].box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scroll_to(anchors[target])

    def findable(self) -> ChecklistPanel:
        return self

    def highlight_terms(self, words: list[str]) -> int:
        return sum(row.mark(words) for row in self.rows.values())

    def find_text(self, text: str) -> int:
        wanted = text.strip().lower()
        self.found = [
            r for r in self.rows.values() if wanted and wanted in r.indicator.text.lower()
        ]
        self.current = -1
        for row in self.rows.values():
            row.found = row in self.found
            row.flag("match", row.matched or row.found)
        return len(self.found)

    def show_match(self, index: int) -> None:
        self.current = index
        self.area.ensureWidgetVisible(self.found[index], 8, 48)

    def end_find(self) -> None:
        """Close find: the keyboard goes to the indicator found, ready to tick."""
        if 0 <= self.current < len(self.found):
            self.found[self.current].box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.find_text("")

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

    def refresh(self) -> None:
        """Draw the assessment again (in another theme or size)."""
        self._fit()
        self._update()

    def _fit(self) -> None:
        """The indicator column is never narrower than its rows need (the contents beside it
        gives way): nothing scrolls sideways, so no word is cut off at the left."""
        body = self.area.widget()
        if body is None:
            return
        if layout := body.layout():
            layout.activate()
        frame = 2 * self.area.frameWidth()
        bar = self.area.verticalScrollBar().sizeHint().width()
        need = body.minimumSizeHint().width() + bar + frame
        self.area.setMinimumWidth(max(INDICATORS_MIN, need))

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
