"""A guide, one step at a time, with the trail taken; links open beside it."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from handbook_app.core.route import Route
from handbook_app.core.slip import Header, guide_slip
from handbook_app.errors import BundleError
from handbook_app.gui import keys
from handbook_app.gui.language import Retranslates
from handbook_app.gui.page import LINE_WIDTH, Page, button, label
from handbook_app.gui.panel import Panel

if TYPE_CHECKING:
    from collections.abc import Callable

    from handbook_app.content.model import Document, Step
    from handbook_app.gui.cases import CaseSession


class Beside(Retranslates, QWidget):
    """A linked page shown next to the guide, so the officer keeps the place in the guide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("", "subtle", rich=True)  # escaped: "Beside the guide: <b>…</b>"
        self.page = Page("")
        self.full = button("", "")
        self.shut = button("", "")
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
        self.heading = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setAccessibleName(self.tr("Page beside the guide: title"))
        self.page.setAccessibleName(self.tr("Page beside the guide"))
        self.full.setText(self.tr("Open in full"))
        self.full.setAccessibleName(self.tr("Open this page in full"))
        self.shut.setText(self.tr("Close"))
        self.shut.setAccessibleName(self.tr("Close the page beside the guide"))
        if self.heading:
            self.title.setText(
                self.tr("Beside the guide: <b>{title}</b>").format(title=self.heading)
            )

    def show_document(self, doc: Document, anchor: str) -> None:
        self.place = (doc.id, anchor)
        self.heading = escape(doc.title)
        self.retranslate()
        self.page.show_html(doc.id, doc.html)
        if anchor:
            self.page.scrollToAnchor(anchor)
        self.show()


class GuidePanel(Retranslates, Panel):
    """Emits ``openRequested`` to open a page in full and ``printRequested`` for the slip."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.route: Route | None = None
        self.lookup: Callable[[str], Document] | None = None
        self.trail = label("", "trail", rich=True)  # every step title escaped
        self.heading = label("", "heading")
        self.body = Page("", centred=False)
        self.body.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.document().documentLayout().documentSizeChanged.connect(
            lambda size: self._fit_body(size.height())
        )
        self.contacts = label("", "")
        self.contacts.setTextFormat(Qt.TextFormat.RichText)
        self.contacts.hide()
        self.contacts_for: Callable[[Document, Step], str] | None = None
        """HTML of the contacts to show under a step ("" for none); set by the window."""
        self.question = label("", "question")
        self.answers = QVBoxLayout()
        self.answers.setSpacing(6)
        self.choices: list[QPushButton] = []
        self.back = button("", "")
        self.restart = button("", "")
        self.next = button("", "")
        self.print = button("", "")
        self.hint = label("", "keys")
        nav = QHBoxLayout()
        for widget in (self.back, self.restart):
            nav.addWidget(widget)
        nav.addStretch(1)
        nav.addWidget(self.print)
        nav.addWidget(self.next)
        left = QWidget()
        left.setMaximumWidth(LINE_WIDTH + 40)
        column = QVBoxLayout(left)
        column.setContentsMargins(16, 4, 16, 12)
        column.setSpacing(4)  # at zoom +4 on 1024x600 the heading and first answer fit together
        column.addWidget(self.trail)
        column.addWidget(self.heading)
        column.addWidget(self.body)
        column.addWidget(self.contacts)
        column.addWidget(self.question)
        column.addLayout(self.answers)
        column.addSpacing(8)
        column.addLayout(nav)
        column.addWidget(self.hint)
        column.addStretch(1)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(left, 1)
        row.addStretch(0)
        self.area = QScrollArea(widgetResizable=True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(holder)
        self.beside = Beside()
        self.beside.hide()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.area)
        splitter.addWidget(self.beside)
        splitter.setSizes([600, 420])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        for number, sequence in enumerate(keys.sequences("guide_answer")):
            digit = QShortcut(sequence, self)
            digit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            digit.activated.connect(lambda n=number: self.choose(n))
        keys.shortcut("guide_back", self, self.step_back)
        self.back.clicked.connect(lambda: self._move(lambda r: r.back()))
        self.restart.clicked.connect(lambda: self._move(lambda r: r.restart()))
        self.next.clicked.connect(lambda: self._move(lambda r: r.advance()))
        self.print.clicked.connect(self.printRequested)
        self.body.openRequested.connect(self.open_beside)
        self.beside.page.openRequested.connect(self.open_beside)
        self.beside.full.clicked.connect(lambda: self.openRequested.emit(*self.beside.place))
        session.changed.connect(lambda _ref: self._restore())
        self.retranslate()

    def retranslate(self) -> None:
        for widget, name in (
            (self.trail, self.tr("Route so far")),
            (self.heading, self.tr("Step")),
            (self.body, self.tr("Step text")),
            (self.contacts, self.tr("Contacts for this step")),
            (self.question, self.tr("Question")),
            (self.hint, self.tr("Keys in this guide")),
            (self.area, self.tr("Guide step")),
        ):
            widget.setAccessibleName(name)
        for push, text, name in (
            (self.back, self.tr("← Back"), self.tr("Back one step")),
            (self.restart, self.tr("Restart"), self.tr("Restart the guide")),
            (self.next, self.tr("Next →"), self.tr("Next step")),
            (self.print, self.tr("Print route…"), self.tr("Print the route as a referral slip")),
        ):
            push.setText(text)
            push.setAccessibleName(name)
        self.refresh()

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
        self.enter()

    def _fit_body(self, height: float) -> None:
        """The step text takes the room it needs, so answers sit right below it; the whole
        step scrolls when the window is short of room."""
        self.body.setFixedHeight(int(height) + 8)

    def answer(self, label: str) -> None:
        self._move(lambda r: r.advance(label))

    def choose(self, number: int) -> None:
        """Answer ``number`` (0 for the first) of the step shown, if it has one."""
        if 0 <= number < len(self.choices):
            self.choices[number].click()

    def step_back(self) -> bool:
        if self.route is None or not self.route.trail:
            return False
        self._move(lambda r: r.back())
        return True

    def enter(self, anchor: str = "") -> None:
        """Focus the first answer; else Next; at the end, printing the route."""
        target = next((w for w in (*self.choices[:1], self.next) if not w.isHidden()), self.print)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.keep_in_view(target)

    def keep_in_view(self, target: QWidget) -> None:
        """The step from its top (trail and heading), scrolled down only as far as ``target``
        needs to be seen, with a slim margin: at zoom +4 on a 1024x600 screen the first step's
        heading stays in sight above its first answer (the trail may give way)."""
        self.body.document().size()  # the step text laid out now: its height places the rest
        for _round in range(3):  # the column, then its holder, then the scroll area's range
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.area.verticalScrollBar().setValue(0)
        bottom = target.mapTo(self.area.viewport(), QPoint(0, target.height())).y()
        if bottom > self.area.viewport().height():
            self.area.ensureWidgetVisible(target, 0, 4)

    def _show(self) -> None:
        assert self.route is not None
        assert self.doc is not None
        step = self.route.current
        steps = self.route.steps()
        crumbs = [escape(s.title) for s in steps[:-1]]
        self.trail.setText(
            " › ".join([*crumbs, f"<b>{escape(step.title)}</b>"])
            if crumbs
            else escape(self.tr("{guide}: start").format(guide=self.doc.title))
        )
        self.heading.setText(step.title)
        end = self.tr(
            "<p class='end'><b>End of this guide.</b> Print the route for the referral slip.</p>"
        )
        self.body.show_html(self.doc.id, step.html + (end if step.is_end else ""))
        contacts = self.contacts_for(self.doc, step) if self.contacts_for else ""
        self.contacts.setText(contacts)
        self.contacts.setVisible(bool(contacts))
        self.question.setText(step.question)
        self.question.setVisible(bool(step.answers))
        old = self.choices
        self.choices = []
        keyed_answers = len(keys.key("guide_answer").keys)  # 1 to 9: a key picks each
        for number, option in enumerate(step.answers, 1):
            keyed = number <= keyed_answers
            shown = self.tr("{number}   {answer}").format(number=number, answer=option.label)
            name = self.tr("Answer {number}: {answer}").format(number=number, answer=option.label)
            choice = button(shown if keyed else option.label, name)
            choice.setProperty("label", option.label)
            choice.setObjectName("answer")
            if keyed:
                choice.setToolTip(self.tr("Key {key}").format(key=number))
            choice.clicked.connect(lambda _c=False, label=option.label: self.answer(label))
            self.answers.addWidget(choice)
            choice.show()
            self.choices.append(choice)
        if self.choices and any(w.hasFocus() for w in old):
            self.choices[0].setFocus()  # before the old answers go, so focus stays here
        for widget in old:
            self.answers.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        count = len(self.choices)
        back, other = keys.first("guide_back"), keys.first("back")
        if count > 1:
            hint = self.tr("Keys: 1–{last} answer · {back} or {other} one step back")
        elif count:
            hint = self.tr("Keys: 1 answer · {back} or {other} one step back")
        else:
            hint = self.tr("Keys: {back} or {other} one step back")
        self.hint.setText(hint.format(last=count, back=back, other=other))
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
        """The answers of the step shown, without the numbers of their keys."""
        return [str(w.property("label")) for w in self.choices]

    def open_beside(self, doc_id: str, anchor: str) -> None:
        if self.lookup is None:
            return
        try:
            self.beside.show_document(self.lookup(doc_id), anchor)
        except BundleError as error:
            self.beside.title.setText(escape(str(error)))
