"""A guide, one step at a time, with the trail taken; links open beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from handbook_app.core.route import Route
from handbook_app.core.slip import Header, guide_slip
from handbook_app.errors import BundleError
from handbook_app.gui.page import Page, button, label
from handbook_app.gui.panel import Panel

if TYPE_CHECKING:
    from collections.abc import Callable

    from handbook_app.content.model import Document, Step
    from handbook_app.gui.cases import CaseSession


class Beside(QWidget):
    """A linked page shown next to the guide, so the officer keeps the place in the guide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("", "subtle", "Page beside the guide: title")
        self.page = Page("Page beside the guide")
        self.full = button("Open in full", "Open this page in full")
        self.shut = button("Close", "Close the page beside the guide")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.full)
        top.addWidget(self.shut)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.page)
        self.shut.clicked.connect(self.hide)
        self.place = ("", "")

    def show_document(self, doc: Document, anchor: str) -> None:
        self.place = (doc.id, anchor)
        self.title.setText(f"Beside the guide: <b>{doc.title}</b>")
        self.page.show_html(doc.id, doc.html)
        if anchor:
            self.page.scrollToAnchor(anchor)
        self.show()


class GuidePanel(Panel):
    """Emits ``openRequested`` to open a page in full and ``printRequested`` for the slip."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.route: Route | None = None
        self.lookup: Callable[[str], Document] | None = None
        self.trail = label("", "trail", "Route so far")
        self.heading = label("", "heading", "Step")
        self.body = Page("Step text", centred=False)
        self.body.document().documentLayout().documentSizeChanged.connect(
            lambda size: self._fit_body(size.height())
        )
        self.contacts = label("", "", "Contacts for this step")
        self.contacts.setTextFormat(Qt.TextFormat.RichText)
        self.contacts.hide()
        self.contacts_for: Callable[[Document, Step], str] | None = None
        """HTML of the contacts to show under a step ("" for none); set by the window."""
        self.question = label("", "question", "Question")
        self.answers = QHBoxLayout()
        self.back = button("← Back", "Back one step")
        self.restart = button("Restart", "Restart the guide")
        self.next = button("Next →", "Next step")
        self.print = button("Print route…", "Print the route as a referral slip")
        nav = QHBoxLayout()
        for widget in (self.back, self.restart):
            nav.addWidget(widget)
        nav.addStretch(1)
        nav.addWidget(self.print)
        nav.addWidget(self.next)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(16, 8, 16, 12)
        column.addWidget(self.trail)
        column.addWidget(self.heading)
        column.addWidget(self.body)
        column.addWidget(self.contacts)
        column.addWidget(self.question)
        column.addLayout(self.answers)
        column.addStretch(1)
        column.addLayout(nav)
        self.beside = Beside()
        self.beside.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.beside)
        splitter.setSizes([600, 420])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.back.clicked.connect(lambda: self._move(lambda r: r.back()))
        self.restart.clicked.connect(lambda: self._move(lambda r: r.restart()))
        self.next.clicked.connect(lambda: self._move(lambda r: r.advance()))
        self.print.clicked.connect(self.printRequested)
        self.body.openRequested.connect(self.open_beside)
        self.beside.page.openRequested.connect(self.open_beside)
        self.beside.full.clicked.connect(lambda: self.openRequested.emit(*self.beside.place))
        session.changed.connect(lambda _ref: self._restore())

    def show_document(self, doc: Document, anchor: str = "") -> None:
        if self.doc is None or doc.id != self.doc.id:
            self.doc = doc
            self.beside.hide()
            self._restore()

    def _restore(self) -> None:
        if self.doc is None or self.doc.guide is None:
            return
        self.route = Route.restore(self.doc.guide, self.session.route(self.doc.id))
        self._show()

    def _move(self, action: Callable[[Route], Step]) -> None:
        if self.route is None or self.doc is None:
            return
        before = list(self.route.trail)
        action(self.route)
        if not self.session.save_route(self.doc.id, [(c.step, c.answer) for c in self.route.trail]):
            self.route.trail[:] = before  # not saved: stay where the saved route is
        self._show()

    def _fit_body(self, height: float) -> None:
        """The step text takes the room it needs (up to a limit), so answers sit right below it."""
        self.body.setFixedHeight(min(int(height) + 8, 460))

    def answer(self, label: str) -> None:
        self._move(lambda r: r.advance(label))

    def _show(self) -> None:
        assert self.route is not None
        assert self.doc is not None
        step = self.route.current
        steps = self.route.steps()
        crumbs = [s.title for s in steps[:-1]]
        self.trail.setText(
            " › ".join([*crumbs, f"<b>{step.title}</b>"]) if crumbs else f"{self.doc.title}: start"
        )
        self.heading.setText(step.title)
        end = "<p class='end'><b>End of this guide.</b> Print the route for the referral slip.</p>"
        self.body.show_html(self.doc.id, step.html + (end if step.is_end else ""))
        contacts = self.contacts_for(self.doc, step) if self.contacts_for else ""
        self.contacts.setText(contacts)
        self.contacts.setVisible(bool(contacts))
        self.question.setText(step.question)
        self.question.setVisible(bool(step.answers))
        while self.answers.count():
            item = self.answers.takeAt(0)
            if item is not None and (old := item.widget()):
                old.hide()
                old.deleteLater()
        for option in step.answers:
            choice = button(option.label, f"Answer: {option.label}")
            choice.setObjectName("answer")
            choice.clicked.connect(lambda _c=False, label=option.label: self.answer(label))
            self.answers.addWidget(choice)
        self.answers.addStretch(1)
        self.next.setVisible(bool(step.next))
        self.back.setEnabled(bool(self.route.trail))
        self.restart.setEnabled(bool(self.route.trail))

    def refresh(self) -> None:
        """Show the step again (the mission profile changed)."""
        if self.route is not None and self.doc is not None:
            self._show()

    def findable(self) -> Page:
        return self.body

    def slip(self, head: Header) -> str:
        if self.doc is None or self.route is None:
            return ""
        return guide_slip(self.doc, self.route, head)

    def answer_labels(self) -> list[str]:
        return [
            w.text()
            for i in range(self.answers.count())
            if (item := self.answers.itemAt(i)) and isinstance(w := item.widget(), QPushButton)
        ]

    def open_beside(self, doc_id: str, anchor: str) -> None:
        if self.lookup is None:
            return
        try:
            self.beside.show_document(self.lookup(doc_id), anchor)
        except BundleError as error:
            self.beside.title.setText(str(error))
