"""The main window: builds the panels and wires their signals. Little logic of its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from handbook_app.bundle.reader import Bundle
from handbook_app.content.model import Kind
from handbook_app.core.cases import CaseStore
from handbook_app.errors import BundleError
from handbook_app.gui import about, slip, update
from handbook_app.gui.bookmarks import BookmarksMenu
from handbook_app.gui.cases import CaseBar, CaseSession
from handbook_app.gui.checklist import ChecklistPanel
from handbook_app.gui.contents import Contents
from handbook_app.gui.country import CountryPanel
from handbook_app.gui.guide import GuidePanel
from handbook_app.gui.history import History
from handbook_app.gui.page import Page, query_words
from handbook_app.gui.reader import FindBar, Reader, Zoom
from handbook_app.gui.search import Search
from handbook_app.gui.theme import style
from handbook_app.paths import Paths
from handbook_app.trust.verify import Verdict, verify_bundle


class MainWindow(QMainWindow):
    def __init__(self, paths: Paths, settings: QSettings) -> None:
        super().__init__()
        self.settings, self.paths = settings, paths
        self.bundle: Bundle | None = None
        self.verdict = Verdict(False)
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
        self.panels = {
            Kind.CHAPTER: self.reader,
            Kind.CHECKLIST: self.checklist,
            Kind.GUIDE: self.guide,
            Kind.COUNTRY: self.country,
        }
        self.stack = QStackedWidget()
        for panel in self.panels.values():
            self.stack.addWidget(panel)
            panel.openRequested.connect(self.open)  # type: ignore[attr-defined]
        self.finder = FindBar()
        self.unsigned, self.problem = about.banner("unsigned"), about.banner("problem")
        self.cases = CaseBar(self.session)
        self._layout()
        self._menus()
        self.zoom = Zoom(self.stack, settings)
        self.contents.openRequested.connect(self.open)
        self.search.openRequested.connect(self.open)
        self.search.activeChanged.connect(lambda on: self.side.setCurrentIndex(1 if on else 0))
        self.checklist.printRequested.connect(self.print_dialog)
        self.guide.printRequested.connect(self.print_dialog)
        self.restoreGeometry(settings.value("window/geometry", b""))  # type: ignore[arg-type]

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
        column = QVBoxLayout(main)
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
        self._act("&File", "Open bundle…", self.choose_bundle, key.Open)
        update.add_actions(self)
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

    def load(self, path: Path, verdict: Verdict | None = None) -> bool:
        """Open the bundle at ``path`` (checked already when ``verdict`` is given).

        A problem is shown in the window, never raised.
        """
        self.verdict = verdict or verify_bundle(path, self.paths.key_dirs, index=False)
        try:
            bundle = Bundle(path)
        except BundleError as error:
            self.show_problem(f"This handbook cannot be opened: {error}")
            return False
        self.bundle = bundle
        self.show_problem(
            f"This handbook failed its check: {self.verdict.problem}"
            if self.verdict.problem
            else ""
        )
        self.unsigned.setText(about.UNSIGNED)
        self.unsigned.setVisible(not self.verdict.signed)
        self.contents.load(bundle.entries)
        self.search.use(bundle)
        self.guide.lookup = bundle.document
        self.checklist.title_of = lambda doc_id: bundle.entry(doc_id).title
        self.history = History()
        m = bundle.manifest
        self.statusBar().showMessage(f"{m.title} · edition {m.edition} of {m.edition_date}")
        self.go_home()
        return True

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def open(
        self, doc_id: str, anchor: str = "", words: list[str] | None = None, record: bool = True
    ) -> bool:
        if self.bundle is None:
            return False
        try:
            doc = self.bundle.document(doc_id)
        except BundleError as error:
            self.statusBar().showMessage(str(error), 6000)
            return False
        panel = self.panels[doc.kind]
        panel.show_document(doc, anchor)  # type: ignore[attr-defined]
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

    def page(self) -> Page | None:
        """The page that find and highlights work on, if the panel shown has one."""
        current = self.stack.currentWidget()
        return (
            self.reader.page
            if current is self.reader
            else self.guide.body
            if current is self.guide
            else None
        )

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
            self.statusBar().showMessage(
                "Find in page works on reading pages and guide steps.", 4000
            )
        else:
            self.finder.open_on(page)

    def slip_html(self) -> str:
        return slip.compose(self)

    def export_pdf(self, path: Path) -> None:
        slip.export_pdf(self.slip_html(), path)
        self.statusBar().showMessage(f"Saved {path}", 6000)

    def export_dialog(self) -> None:
        slip.export_dialog(self)

    def print_dialog(self) -> None:
        slip.print_dialog(self)

    def choose_bundle(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Open a handbook bundle")
        if name:
            self.load(Path(name))

    def import_bundle(self, path: Path) -> None:
        """Verify a transported bundle file, show what it holds, install it on Accept."""
        update.import_file(self, path)

    def about(self) -> None:
        about.show(self, self.bundle.manifest if self.bundle else None, self.verdict)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.search.shutdown()
        self.store.close()
        super().closeEvent(event)
