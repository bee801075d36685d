"""The main window: builds the panels and controllers and wires their signals.

Bundles are opened by :class:`~handbook_app.gui.library.Library`, slips composed
by :mod:`handbook_app.core.slip` through each :class:`~handbook_app.gui.panel.Panel`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
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
from handbook_app.core.assessment import assess
from handbook_app.core.history import History
from handbook_app.core.mission import (
    OTHER,
    Mission,
    about_return,
    contact_countries,
    says_point_of_contact,
)
from handbook_app.core.route import Route
from handbook_app.errors import BundleError, CaseStoreError
from handbook_app.gui import about, fonts, keys, mission, printing, screen, theme
from handbook_app.gui import settings as stored
from handbook_app.gui.bookmarks import BookmarksMenu
from handbook_app.gui.cases import CaseBar, CaseSession
from handbook_app.gui.checklist import ChecklistPanel
from handbook_app.gui.contents import Contents
from handbook_app.gui.country import CountryPanel
from handbook_app.gui.guide import GuidePanel
from handbook_app.gui.library import Library
from handbook_app.gui.mission import MissionDialog
from handbook_app.gui.page import Page, restyle_label, use_pictures
from handbook_app.gui.panel import Findable, Panel
from handbook_app.gui.reader import FindBar, Reader, Zoom
from handbook_app.gui.search import Search
from handbook_app.gui.start import StartPanel
from handbook_app.gui.talk import TalkPanel
from handbook_app.gui.tile import style as talk_style
from handbook_app.trust.verify import Verdict

if TYPE_CHECKING:
    from collections.abc import Callable

    from handbook_app.bundle.reader import Bundle
    from handbook_app.content.model import Document, Step
    from handbook_app.core.cases import CaseStore
    from handbook_app.gui.preview import Preview
    from handbook_app.paths import Paths


class MainWindow(QMainWindow):
    def __init__(self, paths: Paths, settings: QSettings) -> None:
        super().__init__()
        self.settings, self.paths = settings, paths
        self.library = Library(paths, self)
        self.history = History()
        self.setWindowTitle("Consular Handbook")
        self.session = CaseSession(paths.cases, self)
        self.mission = Mission()
        self.contents = Contents()
        self.search = Search(self)
        self.reader = Reader()
        self.checklist = ChecklistPanel(self.session)
        self.guide = GuidePanel(self.session)
        self.guide.contacts_for = self.point_of_contact
        self.country = CountryPanel()
        self.start = StartPanel(
            settings,
            self.recent_cases,
            lambda: dt.datetime.now().astimezone().date(),
        )
        self.talk = TalkPanel(self.session, settings, fonts.shipped())
        self.panels: dict[Kind, Panel] = {
            Kind.CHAPTER: self.reader,
            Kind.CHECKLIST: self.checklist,
            Kind.GUIDE: self.guide,
            Kind.COUNTRY: self.country,
            Kind.PHRASEBOOK: self.talk,
        }
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        for panel in self.panels.values():
            self.stack.addWidget(panel)
            panel.openRequested.connect(self.open)
            panel.printRequested.connect(self.print_dialog)
        self.finder = FindBar()
        self.unsigned, self.problem = about.banner("unsigned"), about.banner("problem")
        self.cases = CaseBar(self.session)
        self.zoom = Zoom(settings, self)
        self._layout()
        self._menus()
        self.restyle()
        self.zoom.changed.connect(self.restyle)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: self.restyle())
        self.contents.openRequested.connect(self.open)
        self.search.openRequested.connect(self.open_and_enter)
        self.start.openRequested.connect(self.open_and_enter)
        self.start.caseRequested.connect(self.session.open)
        self.search.activeChanged.connect(lambda on: self.side.setCurrentIndex(1 if on else 0))
        self.library.opened.connect(self.show_bundle)
        self.library.problem.connect(self.show_problem)
        self.library.message.connect(self.say)
        self.maximise = screen.place(self, settings)

    def _layout(self) -> None:
        self.top = QToolBar("Search", movable=False)
        self.top.addWidget(self.search.bar)
        self.addToolBar(self.top)
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
        splitter.setSizes([260, 1000])
        self.setCentralWidget(splitter)

    def _menu(self, name: str) -> QMenu:
        if name not in self.menus:
            self.menus[name] = self.menuBar().addMenu(name)
        return self.menus[name]

    def _act(
        self, menu: str, slot: Callable[[], object], name: str = "", text: str = ""
    ) -> QAction:
        """A menu item; ``name`` is its row in :data:`keys.TABLE` (text and shortcuts)."""
        action = self._menu(menu).addAction(keys.key(name).text if name else text)
        if name:
            action.setShortcuts(keys.sequences(name))
        action.triggered.connect(slot)
        return action

    def _menus(self) -> None:
        self.menus: dict[str, QMenu] = {}
        self._act("&File", self.library.choose_bundle, "open_bundle")
        self._act("&File", self.library.choose_update, text="Import update…")
        self._act("&File", self.library.roll_back, text="Roll back to previous edition")
        self._act("&File", self.library.choose_key, text="Trust a publisher key…")
        self._act("&File", self.print_dialog, "print")
        self._act("&File", self.export_dialog, "export")
        self._act("&File", self.close, "quit")
        self._act("&Edit", self.open_find, "find")
        self._act("&Edit", self.focus_search, "search")
        self._act("&View", lambda: self.zoom.change(1), "zoom_in")
        self._act("&View", lambda: self.zoom.change(-1), "zoom_out")
        self._act("&View", lambda: self.zoom.change(0), "zoom_reset")
        themes = self._menu("&View").addMenu("Theme")
        group = QActionGroup(self)
        for value, text in theme.CHOICES:
            action = themes.addAction(text)
            action.setCheckable(True)
            action.setChecked(value == self.theme_choice())
            action.setData(value)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, v=value: self.set_theme(v))
        self.theme_actions = group
        self._act("&Go", self.go_home, "home")
        self.back_action = self._act("&Go", self.go_back, "back")
        self.forward_action = self._act("&Go", self.go_forward, "forward")
        self._act("&Go", self.enter_page, "page")
        self._act("&Go", self.go_host, "host")
        self.talk_action = self._act("&Go", self.open_talk, "talk")
        self.talk_action.setToolTip(
            f"Talk with the person in their language ({keys.shown('talk')})"
        )
        self.top.addAction(self.talk_action)
        self.bookmarks = BookmarksMenu(lambda: self.session.store, self.current_place, self)
        self.bookmarks.openRequested.connect(self.open)
        self.bookmarks.failed.connect(self.say)
        self.menuBar().addMenu(self.bookmarks)
        cases = self.menuBar().addMenu("&Cases")
        cases.aboutToShow.connect(lambda: self.cases.fill_menu(cases))
        cases.aboutToShow.connect(lambda: self._case_slip_actions(cases))
        self.cases.fill_menu(cases)
        self._case_slip_actions(cases)
        self._act("&Settings", self.ask_mission, text="Mission…")
        self._act("&Help", self.show_keys, "keys")
        self._act("&Help", self.about, text="About")

    def theme_choice(self) -> str:
        return stored.theme(self.settings, dict(theme.CHOICES))

    def set_theme(self, choice: str) -> None:
        """View → Theme: ``system``, ``light``, ``dark`` or ``contrast``; remembered."""
        self.settings.setValue(stored.THEME_KEY, choice)
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == choice)
        self.restyle()

    def restyle(self) -> None:
        """Apply the theme and the zoom to the whole window, and draw what it shows again."""
        palette = theme.apply(self.theme_choice())
        self.setStyleSheet(theme.style("app.qss", palette, self.zoom.points))
        for page in self.findChildren(Page):
            page.restyle()
        for label in self.findChildren(QLabel):
            restyle_label(label)
        self.checklist.refresh()
        self.talk.setStyleSheet(talk_style())
        if self.search.shown is not None:
            self.search.show_results(self.search.shown)

    def recent_cases(self) -> list[tuple[str, str]]:
        """The cases for the start page, newest first; none while the case store is unusable."""
        store = self.session.store
        return [(c.ref, c.updated) for c in store.cases()] if store is not None else []

    @property
    def store(self) -> CaseStore:
        """The case store (for tests and scripts: the panels go through ``session``)."""
        assert self.session.store is not None, self.session.problem
        return self.session.store

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
        countries = [e.id for e in bundle.of_kind(Kind.COUNTRY)]
        self.mission = mission.read(self.settings, countries)
        self.contents.load(bundle.entries, self.mission)
        self.search.use(bundle)
        use_pictures(self, bundle.resource)
        self.guide.lookup = bundle.document
        self.checklist.title_of = lambda doc_id: bundle.entry(doc_id).title
        self.start.use(bundle)
        self.talk.use(bundle)
        self.history = History()
        self.go_home()
        if not mission.asked(self.settings):
            self.ask_mission()  # first start

    def ask_mission(self) -> MissionDialog | None:
        """The mission dialog (not blocking); ``None`` when no bundle is open."""
        if self.bundle is None:
            return None
        countries = sorted(self.bundle.of_kind(Kind.COUNTRY), key=lambda e: e.title)
        dialog = MissionDialog(list(countries), self.mission, self)
        dialog.chosen.connect(self.set_mission)
        if not mission.asked(self.settings):
            dialog.rejected.connect(lambda: self.set_mission(self.mission))  # asked once
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_mission(self, chosen: Mission) -> None:
        """Keep the profile and order the directory and contacts by it."""
        mission.write(self.settings, chosen)
        self.mission = chosen
        if self.bundle is not None:
            self.contents.load(self.bundle.entries, chosen)
            if self.history.current is not None:
                self.contents.select(*self.history.current)
        self.guide.refresh()

    def go_host(self) -> None:
        """The host country's page (one keystroke); asks for the mission when not set."""
        host = self.mission.host
        if host and host != OTHER and self.open(host):
            return
        self.say("No host country page: choose the mission's countries.", 6000)
        self.ask_mission()

    def point_of_contact(self, doc: Document, step: Step) -> str:
        """The host's bodies (and home's for a return) where a step says to call them."""
        if self.bundle is None or not says_point_of_contact(step.html):
            return ""
        listings = contact_countries(doc, self.mission, self.bundle.document)
        today = dt.datetime.now().astimezone().date()
        note = (
            ""
            if self.mission.host
            else "<p><i>Set the mission's host country (Settings → Mission…) to see its "
            "bodies here.</i></p>"
        )
        if not listings:
            return f"<p><b>Contacts in this country</b></p>{note}" if note else ""
        return f"<p><b>Contacts in this country</b></p>{note}{slip.contacts_html(listings, today)}"

    def watch(self, preview: Preview) -> None:
        """A live preview: its problems above the page, each good build where the reader was."""
        from handbook_app.gui.preview import ProblemsPanel  # noqa: PLC0415 (editors only)

        self.library.allow_unsigned = True  # the editor's own builds, asked for by --content
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
        """Show document ``doc_id`` at ``anchor`` with ``words`` marked; "" is the start page."""
        if self.bundle is None:
            return False
        if not doc_id:
            self.start.show_document()
            self.stack.setCurrentWidget(self.start)
            self.contents.clearSelection()
            self.setWindowTitle("Consular Handbook")
        else:
            try:
                doc = self.bundle.document(doc_id)
            except BundleError as error:
                self.say(str(error))
                return False
            panel = self.panels[doc.kind]
            panel.show_document(doc, anchor)
            self.stack.setCurrentWidget(panel)
            target = self.page()
            if target is not None and words:
                target.highlight_terms(list(words))
            if panel is self.talk and words:
                self.talk.point_at(words)
            self.contents.select(doc_id, anchor)
            self.start.visited(doc_id)
            self.setWindowTitle(f"{doc.title} — Consular Handbook")
        if record:
            self.history.visit((doc_id, anchor))
        self.back_action.setEnabled(bool(self.history.back_stack))
        self.forward_action.setEnabled(bool(self.history.forward_stack))
        if self.finder.isVisible():
            self.open_find()
        return True

    def open_and_enter(self, doc_id: str, anchor: str = "", words: list[str] | None = None) -> None:
        """Open a search hit or a start-page link, with the keyboard in the page."""
        if self.open(doc_id, anchor, words):
            self.panel().enter(anchor)

    def enter_page(self) -> None:
        """F6: the keyboard into the page shown (first answer, first indicator)."""
        place = self.history.current
        self.panel().enter(place[1] if place else "")

    def panel(self) -> Panel:
        """The panel shown now."""
        current = self.stack.currentWidget()
        assert isinstance(current, Panel)
        return current

    def page(self) -> Findable | None:
        """What find and highlights work on, if the panel shown has it."""
        return self.panel().findable()

    def current_place(self) -> tuple[str, str, str] | None:
        if self.bundle is None or self.history.current is None:
            return None
        doc, anchor = self.history.current
        if not doc:
            return None
        entry = self.bundle.entry(doc)
        section = next((t for a, t, _ in entry.sections if a == anchor), "")
        return doc, anchor, f"{entry.title} › {section}" if section else entry.title

    def go_back(self) -> None:
        """Back: inside a guide one step first; then the place before."""
        if self.panel().step_back():
            return
        place = self.history.back()
        if place:
            self.open(*place, record=False)

    def go_forward(self) -> None:
        place = self.history.forward()
        if place:
            self.open(*place, record=False)

    def go_home(self) -> None:
        """The start page."""
        self.open("")
        self.start.enter()

    def open_talk(self) -> bool:
        """The Talk panel at its language picker (False when the bundle has no phrasebook)."""
        book = self.talk.book
        if book is None:
            self.say("This edition of the handbook has no phrasebook.", 4000)
            return False
        return self.open(book.source.id)

    def focus_search(self) -> None:
        self.search.box.setFocus()
        self.search.box.selectAll()

    def open_find(self) -> None:
        page = self.page()
        if page is None:
            self.say("Find works on pages, guide steps and checklists.", 4000)
        else:
            self.finder.open_on(page)

    def slip_html(self) -> str:
        """The referral slip of the checklist or guide shown; the page itself otherwise."""
        doc = self.panel().doc
        if self.bundle is None or doc is None:
            return ""
        today = dt.datetime.now().astimezone().date()
        head = slip.header(
            doc,
            self.bundle.document,
            self.session.ref,
            today,
            mission=self.mission,
            edition=self.edition_text(),
        )
        return self.panel().slip(head) or doc.html

    def edition_text(self) -> str:
        """The edition of the content and its signature state, for slips."""
        if self.bundle is None:
            return ""
        m, verdict = self.bundle.manifest, self.verdict
        if verdict.problem:
            state = f"signature check FAILED ({verdict.problem})"
        elif verdict.signed:
            state = "signed, signature verified"
        else:
            state = "NOT signed (development content)"
        return f"{m.title}, edition {m.edition} of {m.edition_date}; {state}"

    def case_slip_html(self) -> str:
        """One referral slip for the case open now: every checklist and guide worked on."""
        store, ref = self.session.store, self.session.ref
        if self.bundle is None or store is None or not ref:
            return ""
        checklists, guides = [], []
        try:
            ticks, routes = store.all_ticks(ref), store.routes(ref)
        except CaseStoreError as error:
            self.say(str(error))
            return ""
        for doc_id, ticked in sorted(ticks.items()):
            doc = self._document(doc_id)
            if doc is not None and doc.checklist is not None:
                checklists.append((doc, assess(doc.checklist, ticked), ticked))
        for doc_id, trail in sorted(routes.items()):
            doc = self._document(doc_id)
            if doc is not None and doc.guide is not None:
                guides.append((doc, Route.restore(doc.guide, trail)))
        returning = next((doc for doc, _ in guides if about_return(doc)), None)
        head = slip.header(
            returning,
            self.bundle.document,
            ref,
            dt.datetime.now().astimezone().date(),
            mission=self.mission,
            edition=self.edition_text(),
        )
        return slip.case_slip(head, checklists, guides)

    def _document(self, doc_id: str) -> Document | None:
        try:
            return self.bundle.document(doc_id) if self.bundle else None
        except BundleError:
            return None

    def _case_slip_actions(self, menu: QMenu) -> None:
        menu.addSeparator()
        export = menu.addAction("Referral slip for this case (PDF)…")
        export.setEnabled(bool(self.session.ref))
        export.triggered.connect(self.export_case_dialog)
        print_case = menu.addAction("Print referral slip for this case…")
        print_case.setEnabled(bool(self.session.ref))
        print_case.triggered.connect(lambda: printing.print_dialog(self, self.case_slip_html()))

    def export_case_dialog(self) -> Path | None:
        """Save the case slip as a PDF; the suggested name has the case and the date."""
        if not self.session.ref:
            return None
        today = dt.datetime.now().astimezone().date()
        folder = Path.home()
        name = slip.file_name(self.session.ref, today, lambda n: (folder / n).exists())
        path = printing.ask_pdf_path(self, str(folder / name))
        if path is not None:
            self.export_pdf(path, self.case_slip_html())
        return path

    def export_pdf(self, path: Path, html: str | None = None) -> None:
        try:
            printing.export_pdf(self.slip_html() if html is None else html, path)
        except OSError as error:
            self.say(f"Not saved: {error}")
            return
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

    def show_keys(self) -> None:
        """Help → Keyboard shortcuts."""
        keys.KeysDialog(self).exec()

    def about(self) -> None:
        about.show(self, self.bundle.manifest if self.bundle else None, self.verdict)

    def closeEvent(self, event: QCloseEvent) -> None:
        screen.remember(self, self.settings)
        self.search.shutdown()
        self.session.shutdown()
        super().closeEvent(event)
