"""The main window: builds the panels and controllers and wires their signals.

Bundles are opened by :class:`~handbook_app.gui.library.Library`, slips composed
by :mod:`handbook_app.core.slip` through each :class:`~handbook_app.gui.panel.Panel`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from handbook_app.content.model import Kind
from handbook_app.core import slip
from handbook_app.core.cases import CaseStore
from handbook_app.core.history import History
from handbook_app.errors import BundleError
from handbook_app.gui import about, printing
from handbook_app.gui.bookmarks import BookmarksMenu
from handbook_app.gui.cases import CaseBar, CaseSession
from handbook_app.gui.checklist import ChecklistPanel
from handbook_app.gui.contents import Contents
from handbook_app.gui.country import CountryPanel
from handbook_app.gui.guide import GuidePanel
from handbook_app.gui.library import Library
from handbook_app.gui.page import Page, query_words
from handbook_app.gui.panel import Panel
from handbook_app.gui.reader import FindBar, Reader, Zoom
from handbook_app.gui.search import Search
from handbook_app.gui.theme import style
from handbook_app.trust.verify import Verdict

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from handbook_app.bundle.reader import Bundle
    from handbook_app.gui.preview import Preview
    from handbook_app.paths import Paths


class MainWindow(QMainWindow):
    def __init__(self, paths: Paths, settings: QSettings) -> None:
        super().__init__()
        self.settings, self.paths = settings, paths
        self.library = Library(paths, self)
        self.history = History()
        self.setWindowTitle("Consular Handbook")
        self.setStyleSheet(style("app.qss"))
        self.store = CaseStore(paths.cases)
        self.session = CaseSession(self.store, self)
        self.contents = Contents()
        self.search = Search(self)
        self.reader = Reader()
        self.checklist = ChecklistPanel(self.session)
        self.guide = GuidePanel(self.session)
        self.country = CountryPanel()
        self.panels: dict[Kind, Panel] = {
            Kind.CHAPTER: self.reader,
            Kind.CHECKLIST: self.checklist,
            Kind.GUIDE: self.guide,
            Kind.COUNTRY: self.country,
        }
        self.stack = QStackedWidget()
        for panel in self.panels.values():
            self.stack.addWidget(panel)
            panel.openRequested.connect(self.open)
            panel.printRequested.connect(self.print_dialog)
        self.finder = FindBar()
        self.unsigned, self.problem = about.banner("unsigned"), about.banner("problem")
        self.cases = CaseBar(self.session)
        self._layout()
        self._menus()
        self.zoom = Zoom(self.stack, settings)
        self.contents.openRequested.connect(self.open)
        self.search.openRequested.connect(self.open)
        self.search.activeChanged.connect(lambda on: self.side.setCurrentIndex(1 if on else 0))
        self.library.opened.connect(self.show_bundle)
        self.library.problem.connect(self.show_problem)
        self.library.message.connect(self.say)
        geometry = settings.value("window/geometry", b"")
        if isinstance(geometry, bytes | bytearray):
            self.restoreGeometry(geometry)

    def _layout(self) -> None:
        top = QToolBar("Search", movable=False)
        top.addWidget(self.search.bar)
        self.addToolBar(top)
        self.addToolBarBreak()
        cases = QToolBar("Case", movable=False)
        cases.addWidget(self.cases)
        self.addToolBar(cases)
        self.side = QStackedWidget()
        self.side.setAccessibleName("Contents and search results")
        self.side.addWidget(self.contents)
        self.side.addWidget(self.search.panel)
        main = QWidget()
        self.column = column = QVBoxLayout(main)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        for widget in (self.problem, self.unsigned, self.stack, self.finder):
            column.addWidget(widget)
        column.setStretchFactor(self.stack, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.side)
        splitter.addWidget(main)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 950])
        self.setCentralWidget(splitter)

    def _act(
        self,
        menu: str,
        text: str,
        slot: Callable[[], object],
        *keys: QKeySequence.StandardKey | str,
    ) -> QAction:
        if menu not in self.menus:
            self.menus[menu] = self.menuBar().addMenu(menu)
        action = self.menus[menu].addAction(text)
        sequences: dict[str, QKeySequence] = {}
        for k in keys:
            expanded = (
                QKeySequence.keyBindings(k)
                if isinstance(k, QKeySequence.StandardKey)
                else [QKeySequence(k)]
            )
            sequences.update((s.toString(), s) for s in expanded)
        action.setShortcuts(list(sequences.values()))
        action.triggered.connect(slot)
        return action

    def _menus(self) -> None:
        self.menus: dict[str, QMenu] = {}
        key = QKeySequence.StandardKey
        self._act("&File", "Open bundle…", self.library.choose_bundle, key.Open)
        self._act("&File", "Import update…", self.library.choose_update)
        self._act("&File", "Roll back to previous edition", self.library.roll_back)
        self._act("&File", "Trust a publisher key…", self.library.choose_key)
        self._act("&File", "Print…", self.print_dialog, key.Print)
        self._act("&File", "Export PDF…", self.export_dialog, "Ctrl+Shift+E")
        self._act("&File", "Quit", self.close, key.Quit)
        self._act("&Edit", "Find in page", self.open_find, key.Find)
        self._act("&Edit", "Search the handbook", self.focus_search, "Ctrl+K")
        self._act("&View", "Zoom in", lambda: self.zoom.change(1), "Ctrl+=", "Ctrl++", key.ZoomIn)
        self._act("&View", "Zoom out", lambda: self.zoom.change(-1), "Ctrl+-", key.ZoomOut)
        self._act("&View", "Actual size", lambda: self.zoom.change(0), "Ctrl+0")
        self.back_action = self._act("&Go", "Back", self.go_back, key.Back, "Alt+Left")
        self.forward_action = self._act("&Go", "Forward", self.go_forward, key.Forward, "Alt+Right")
        self._act("&Go", "Home", self.go_home, "Alt+Home")
        self.bookmarks = BookmarksMenu(self.store, self.current_place, self)
        self.bookmarks.openRequested.connect(self.open)
        self.menuBar().addMenu(self.bookmarks)
        cases = self.menuBar().addMenu("&Cases")
        cases.aboutToShow.connect(lambda: self.cases.fill_menu(cases))
        self.cases.fill_menu(cases)
        self._act("&Help", "About", self.about)

    @property
    def bundle(self) -> Bundle | None:
        return self.library.bundle

    @property
    def verdict(self) -> Verdict:
        return self.library.verdict

    def load(self, path: Path, verdict: Verdict | None = None) -> bool:
        """Open the bundle at ``path``; see :meth:`Library.open`."""
        return self.library.open(path, verdict)

    def show_bundle(self, bundle: Bundle, verdict: Verdict) -> None:
        """Show a bundle the library opened: its contents, search, banners, first page."""
        self.unsigned.setText(about.UNSIGNED)
        self.unsigned.setVisible(not verdict.signed)
        self.contents.load(bundle.entries)
        self.search.use(bundle)
        self.guide.lookup = bundle.document
        self.checklist.title_of = lambda doc_id: bundle.entry(doc_id).title
        self.history = History()
        self.go_home()

    def watch(self, preview: Preview) -> None:
        """A live preview: its problems above the page, each good build where the reader was."""
        from handbook_app.gui.preview import ProblemsPanel  # noqa: PLC0415 (editors only)

        self.problems = ProblemsPanel(preview)
        self.column.insertWidget(0, self.problems)
        self.problems.message.connect(self.say)
        preview.built.connect(self.reload)
        preview.outcome.connect(self.problems.show_outcome)

    def reload(self, path: Path) -> None:
        """Open the rebuilt development bundle at ``path`` (unsigned, as the preview allows)
        on the same document, anchor and scroll position."""
        place, history, panel = self.history.current, self.history, self.panel()
        position = panel.position()
        panel.invalidate()
        if not self.library.open(path, Verdict(signed=False)) or place is None:
            return
        self.history = history
        if self.open(*place, record=False):
            self.panel().restore(position)

    def show_problem(self, text: str) -> None:
        """The problem banner above the page; "" hides it."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def say(self, text: str, milliseconds: int = 6000) -> None:
        """A passing message in the status bar (0 milliseconds: until the next one)."""
        self.statusBar().showMessage(text, milliseconds)

    def open(
        self, doc_id: str, anchor: str = "", words: list[str] | None = None, record: bool = True
    ) -> bool:
        if self.bundle is None:
            return False
        try:
            doc = self.bundle.document(doc_id)
        except BundleError as error:
            self.say(str(error))
            return False
        panel = self.panels[doc.kind]
        panel.show_document(doc, anchor)
        self.stack.setCurrentWidget(panel)
        page = self.page()
        if page is not None and words:
            page.highlight_terms(query_words("", tuple(words)))
        self.contents.select(doc_id, anchor)
        if record:
            self.history.visit((doc_id, anchor))
        self.back_action.setEnabled(bool(self.history.back_stack))
        self.forward_action.setEnabled(bool(self.history.forward_stack))
        self.setWindowTitle(f"{doc.title} — Consular Handbook")
        if self.finder.isVisible():
            self.open_find()
        return True

    def panel(self) -> Panel:
        """The panel shown now."""
        current = self.stack.currentWidget()
        assert isinstance(current, Panel)
        return current

    def page(self) -> Page | None:
        """The page that find and highlights work on, if the panel shown has one."""
        return self.panel().findable()

    def current_place(self) -> tuple[str, str, str] | None:
        if self.bundle is None or self.history.current is None:
            return None
        doc, anchor = self.history.current
        entry = self.bundle.entry(doc)
        section = next((t for a, t, _ in entry.sections if a == anchor), "")
        return doc, anchor, f"{entry.title} › {section}" if section else entry.title

    def go_back(self) -> None:
        place = self.history.back()
        if place:
            self.open(*place, record=False)

    def go_forward(self) -> None:
        place = self.history.forward()
        if place:
            self.open(*place, record=False)

    def go_home(self) -> None:
        if self.bundle and self.bundle.entries:
            first = min(
                self.bundle.of_kind(Kind.CHAPTER) or self.bundle.entries, key=lambda e: e.order
            )
            self.open(first.id)

    def focus_search(self) -> None:
        self.search.box.setFocus()
        self.search.box.selectAll()

    def open_find(self) -> None:
        page = self.page()
        if page is None:
            self.say("Find in page works on reading pages and guide steps.", 4000)
        else:
            self.finder.open_on(page)

    def slip_html(self) -> str:
        """The referral slip of the checklist or guide shown; the page itself otherwise."""
        doc = self.panel().doc
        if self.bundle is None or doc is None:
            return ""
        today = dt.datetime.now().astimezone().date()
        head = slip.header(doc, self.bundle.document, self.session.ref, today)
        return self.panel().slip(head) or doc.html

    def export_pdf(self, path: Path) -> None:
        printing.export_pdf(self.slip_html(), path)
        self.say(f"Saved {path}")

    def export_dialog(self) -> None:
        path = printing.ask_pdf_path(self)
        if path is not None and self.bundle:
            self.export_pdf(path)

    def print_dialog(self) -> None:
        if self.bundle:
            printing.print_dialog(self, self.slip_html())

    def import_bundle(self, path: Path) -> None:
        """Verify a transported bundle file, show what it holds, install it on Accept."""
        self.library.import_file(path)

    def about(self) -> None:
        about.show(self, self.bundle.manifest if self.bundle else None, self.verdict)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.search.shutdown()
        self.store.close()
        super().closeEvent(event)
