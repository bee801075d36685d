"""The main window: builds the panels and controllers and wires their signals.

What the first frame shows (the start page, the contents, the search and case bars) is
built at once; each content panel (reader, checklist, guide, country, Talk) is built, and
its module imported, when a document of its kind first opens (:class:`~handbook_app.gui.
panel.Panels`), in the language, theme and zoom then in use, and wired by :meth:`MainWindow.
_ready` exactly as if it had been there from the start.

Bundles are opened by :class:`~handbook_app.gui.library.Library`; where the window is
(open, back, forward, home) is kept by :class:`~handbook_app.gui.navigator.Navigator`;
the mission by :class:`~handbook_app.gui.mission.Profile`; slips are printed by
:class:`~handbook_app.gui.slips.Slips`, composed by :mod:`handbook_app.core.slip`
through each :class:`~handbook_app.gui.panel.Panel`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
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
from handbook_app.gui import about, fonts, keys, screen, theme
from handbook_app.gui import settings as stored
from handbook_app.gui.bookmarks import BookmarksMenu
from handbook_app.gui.cases import CaseBar, CaseSession
from handbook_app.gui.contents import Contents
from handbook_app.gui.fallback import LanguageBar
from handbook_app.gui.fit import Fitting
from handbook_app.gui.language import INTERFACE, Languages, name, translate
from handbook_app.gui.library import Library
from handbook_app.gui.mission import Profile
from handbook_app.gui.navigator import Navigator
from handbook_app.gui.page import Page, restyle_label, use_pictures
from handbook_app.gui.panel import Built, Later, Panels
from handbook_app.gui.reader import FindBar, Reader, Zoom
from handbook_app.gui.search import Search
from handbook_app.gui.slips import Slips
from handbook_app.gui.start import StartPanel

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from handbook_app.bundle.reader import Bundle
    from handbook_app.core.cases import CaseStore
    from handbook_app.gui.checklist import ChecklistPanel
    from handbook_app.gui.country import CountryPanel
    from handbook_app.gui.guide import GuidePanel
    from handbook_app.gui.panel import Panel
    from handbook_app.gui.preview import Preview
    from handbook_app.gui.talk import TalkPanel
    from handbook_app.paths import Paths
    from handbook_app.trust.verify import Verdict


class MainWindow(QMainWindow):
    # The content panels, each built when first asked for (``self._reader`` and so on).
    reader: Built[Reader] = Built()
    checklist: Built[ChecklistPanel] = Built()
    guide: Built[GuidePanel] = Built()
    country: Built[CountryPanel] = Built()
    talk: Built[TalkPanel] = Built()

    def __init__(self, paths: Paths, settings: QSettings) -> None:
        super().__init__()
        self.settings, self.paths = settings, paths
        self.languages = Languages(paths.translations, settings, self)
        self.languages.start()  # before any text is set: the panels start in it
        self.library = Library(paths, self)
        self.setWindowTitle(self.tr("Consular Handbook"))
        self.session = CaseSession(paths.cases, self)
        self.contents = Contents()
        self.search = Search(self)
        self.start = StartPanel(
            settings,
            self.recent_cases,
            lambda: dt.datetime.now().astimezone().date(),
        )
        self.fonts = fonts.shipped()  # registered at once: Qt may draw any text with them
        self._reader = Later(Reader, self._ready)
        self._checklist = Later(self._make_checklist, self._ready)
        self._guide = Later(self._make_guide, self._ready)
        self._country = Later(self._make_country, self._ready)
        self._talk = Later(self._make_talk, self._ready)
        self.panels = Panels(
            {
                Kind.CHAPTER: self._reader,
                Kind.CHECKLIST: self._checklist,
                Kind.GUIDE: self._guide,
                Kind.COUNTRY: self._country,
                Kind.PHRASEBOOK: self._talk,
            }
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.navigator = Navigator(
            self.library,
            self.stack,
            self.start,
            self.panels,
            self.contents,
            talk=self._talk.get,
            parent=self,
        )
        self.profile = Profile(settings, self.library, self.navigator, self)
        self.slips = Slips(self.library, self.navigator, self.session, self.profile, self)
        self.finder = FindBar()
        self.unsigned, self.problem = about.banner("unsigned"), about.banner("problem")
        self.language_bar = LanguageBar()
        self.cases = CaseBar(self.session)
        self.zoom = Zoom(settings, self)
        self._layout()
        self._menus()
        self.restyle()
        self._wire()
        self.maximise = screen.place(self, settings)

    def _make_checklist(self) -> ChecklistPanel:
        from handbook_app.gui.checklist import ChecklistPanel  # noqa: PLC0415 (on first use)

        checklist = ChecklistPanel(self.session)
        checklist.title_of = self.navigator.title
        return checklist

    def _make_guide(self) -> GuidePanel:
        from handbook_app.gui.guide import GuidePanel  # noqa: PLC0415 (on first use)

        guide = GuidePanel(self.session)
        guide.lookup = self.navigator.document
        guide.contacts_for = self.profile.point_of_contact
        self.profile.changed.connect(lambda _m: guide.refresh())
        return guide

    def _make_country(self) -> CountryPanel:
        from handbook_app.gui.country import CountryPanel  # noqa: PLC0415 (on first use)

        return CountryPanel()

    def _make_talk(self) -> TalkPanel:
        from handbook_app.gui.talk import TalkPanel  # noqa: PLC0415 (on first use)

        talk = TalkPanel(self.session, self.settings, self.fonts)
        if self.bundle is not None:
            talk.use(self.bundle)
        return talk

    def _ready(self, panel: Panel) -> None:
        """A panel just built: in the stack, wired, showing the open bundle's pictures (its
        texts are in the interface language, its style the window's theme and zoom)."""
        self.stack.addWidget(panel)
        panel.ensurePolished()  # the window's style sheet (theme, zoom) now, not when shown
        self.finder.follow(panel)
        panel.openRequested.connect(self.navigator.open)
        panel.printRequested.connect(self.slips.print_dialog)
        if self.bundle is not None:
            use_pictures(panel, self.bundle.resource)

    def _wire(self) -> None:
        self.zoom.changed.connect(self.restyle)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: self.restyle())
        self.contents.openRequested.connect(self.navigator.open)
        self.search.openRequested.connect(self.navigator.open_and_enter)
        self.start.openRequested.connect(self.navigator.open_and_enter)
        self.start.caseRequested.connect(self.session.open)
        self.search.activeChanged.connect(lambda on: self.side.setCurrentIndex(1 if on else 0))
        self.library.opened.connect(self.show_bundle)
        self.library.problem.connect(self.show_problem)
        self.library.message.connect(self.say)
        self.navigator.moved.connect(self._moved)
        self.navigator.steps.connect(self._steps)
        self.navigator.message.connect(self.say)
        self.navigator.shown.connect(lambda shown: self.language_bar.show_for(shown, self.bundle))
        self.languages.changed.connect(self._relanguage)
        self.profile.changed.connect(self.navigator.relist)
        self.profile.message.connect(self.say)
        self.slips.message.connect(self.say)

    def _layout(self) -> None:
        self.top = QToolBar(movable=False)
        self.talk_button = Fitting()  # in the search bar, never in the toolbar's » overflow
        self.talk_button.clicked.connect(self.navigator.open_talk)
        if bar := self.search.bar.layout():
            bar.addWidget(self.talk_button)
        self.top.addWidget(self.search.bar)
        self.addToolBar(self.top)
        self.addToolBarBreak()
        self.case_bar = cases = QToolBar(movable=False)
        cases.addWidget(self.cases)
        self.addToolBar(cases)
        self.side = QStackedWidget()
        self.side.addWidget(self.contents)
        self.side.addWidget(self.search.panel)
        main = QWidget()
        self.column = column = QVBoxLayout(main)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        for widget in (self.problem, self.unsigned, self.language_bar, self.stack, self.finder):
            column.addWidget(widget)
        column.setStretchFactor(self.stack, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.side)
        splitter.addWidget(main)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1000])
        self.setCentralWidget(splitter)
        self._name_parts()

    def _name_parts(self) -> None:
        """The names of the window's own parts, in the interface language."""
        self.top.setWindowTitle(self.tr("Search"))
        self.case_bar.setWindowTitle(self.tr("Case"))
        for bar in (self.top, self.case_bar):  # their widgets' new texts may be longer
            if layout := bar.layout():
                layout.invalidate()
        self.side.setAccessibleName(self.tr("Contents and search results"))

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
        """The menu bar, in the interface language (made again when it changes)."""
        for old in (*getattr(self, "menus", {}).values(), *getattr(self, "groups", ())):
            old.deleteLater()
        self.menuBar().clear()
        self.menus: dict[str, QMenu] = {}
        self.groups: list[QObject] = []
        file, edit, view = self.tr("&File"), self.tr("&Edit"), self.tr("&View")
        self._act(file, self.library.choose_bundle, "open_bundle")
        self._act(file, self.library.choose_update, text=self.tr("Import update…"))
        self._act(file, self.library.roll_back, text=self.tr("Roll back to previous edition"))
        self._act(file, self.library.choose_key, text=self.tr("Trust a publisher key…"))
        self._act(file, self.slips.print_dialog, "print")
        self._act(file, self.slips.export_dialog, "export")
        self._act(file, self.close, "quit")
        self._act(edit, self.open_find, "find")
        self._act(edit, self.focus_search, "search")
        self._act(view, lambda: self.zoom.change(1), "zoom_in")
        self._act(view, lambda: self.zoom.change(-1), "zoom_out")
        self._act(view, lambda: self.zoom.change(0), "zoom_reset")
        self._language_menu(self._menu(view).addMenu(self.tr("&Language")))
        themes = self._menu(view).addMenu(self.tr("Theme"))
        group = QActionGroup(self)
        self.groups.append(group)
        for value, text in theme.CHOICES:
            action = themes.addAction(translate("Theme", text))
            action.setCheckable(True)
            action.setChecked(value == theme.chosen(self.settings))
            action.setData(value)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, v=value: self.set_theme(v))
        self.theme_actions = group
        go = self.tr("&Go")
        self._act(go, self.navigator.go_home, "home")
        self.back_action = self._act(go, self.navigator.go_back, "back")
        self.forward_action = self._act(go, self.navigator.go_forward, "forward")
        self._act(go, self.navigator.enter_page, "page")
        self._act(go, self.profile.go_host, "host")
        self.talk_action = self._act(go, self.navigator.open_talk, "talk")
        tip = self.tr("Talk with the person in their language ({keys})")
        self.talk_action.setToolTip(tip.format(keys=keys.shown("talk")))
        self.talk_button.set_words(
            self.talk_action.text(), self.tr("Talk"), self.talk_action.toolTip()
        )
        self.bookmarks = BookmarksMenu(
            lambda: self.session.store, self.navigator.current_place, self
        )
        self.bookmarks.openRequested.connect(self.navigator.open)
        self.bookmarks.failed.connect(self.say)
        self.menuBar().addMenu(self.bookmarks)
        self.menus["bookmarks"] = self.bookmarks
        cases = self.menuBar().addMenu(self.tr("&Cases"))
        self.menus["cases"] = cases
        cases.aboutToShow.connect(lambda: self.cases.fill_menu(cases))
        cases.aboutToShow.connect(lambda: self.slips.case_actions(cases))
        self.cases.fill_menu(cases)
        self.slips.case_actions(cases)
        self._act(self.tr("&Settings"), self.profile.ask_mission, text=self.tr("Mission…"))
        self._act(self.tr("&Help"), self.show_keys, "keys")
        self._act(self.tr("&Help"), self.about, text=self.tr("About"))

    def _language_menu(self, menu: QMenu) -> None:
        """View → Language: each interface language by its own name; switches at once."""
        group = QActionGroup(self)
        self.groups.append(group)
        for code in INTERFACE:
            action = menu.addAction(name(code))
            action.setCheckable(True)
            action.setChecked(code == self.languages.code)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, c=code: self.languages.choose(c))
        self.language_actions = group

    def _relanguage(self, code: str) -> None:
        """Another interface language: the menus, the contents and the page shown in it
        (the panels and bars retranslate themselves on Qt's LanguageChange)."""
        self._menus()
        self._name_parts()
        self.unsigned.setText(translate("About", about.UNSIGNED))
        self.library.announce()
        self.navigator.lang = code
        self.search.set_language(code)
        bundle = self.bundle
        if bundle is not None:
            self.contents.load(self.navigator.entries(), self.profile.mission)
            self.navigator.again()
        else:
            self.setWindowTitle(self.tr("Consular Handbook"))

    def set_theme(self, choice: str) -> None:
        """View → Theme: ``system``, ``light``, ``dark`` or ``contrast``; remembered."""
        self.settings.setValue(stored.THEME_KEY, choice)
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == choice)
        self.restyle()

    def restyle(self) -> None:
        """Apply the theme and the zoom to the whole window, and draw what it shows again."""
        palette = theme.apply(theme.chosen(self.settings))
        self.setStyleSheet(theme.style("app.qss", palette, self.zoom.points))
        for page in self.findChildren(Page):
            page.restyle()
        for label in self.findChildren(QLabel):
            restyle_label(label)
        if (checklist := self._checklist.built) is not None:
            checklist.refresh()
        if (talk := self._talk.built) is not None:
            talk.restyle()
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

    def show_bundle(self, bundle: Bundle, verdict: Verdict) -> None:
        """Show a bundle the library opened: its contents, search, banners, first page."""
        self.unsigned.setText(translate("About", about.UNSIGNED))
        self.unsigned.setVisible(not verdict.signed)
        self.navigator.lang = self.languages.code
        self.contents.load(self.navigator.entries(), self.profile.use(bundle))
        self.search.use(bundle)
        self.search.set_language(self.languages.code)
        use_pictures(self, bundle.resource)
        self.start.title_of = self.navigator.title
        self.start.use(bundle)
        if (talk := self._talk.built) is not None:
            talk.use(bundle)
        self.navigator.restart()
        self.profile.first_start()

    def watch(self, preview: Preview) -> None:
        """A live preview: its problems above the page, each good build where the reader was."""
        from handbook_app.gui.preview import ProblemsPanel  # noqa: PLC0415 (editors only)

        self.library.allow_unsigned = True  # the editor's own builds, asked for by --content
        self.problems = ProblemsPanel(preview)
        self.column.insertWidget(0, self.problems)
        self.problems.message.connect(self.say)
        preview.releasing.connect(self.search.release)
        preview.built.connect(self.navigator.reload)
        preview.outcome.connect(self.problems.show_outcome)

    def show_problem(self, text: str) -> None:
        """The problem banner above the page; "" hides it."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def say(self, text: str, milliseconds: int = 6000) -> None:
        """A passing message in the status bar (0 milliseconds: until the next one)."""
        self.statusBar().showMessage(text, milliseconds)

    def _moved(self, title: str) -> None:
        self.setWindowTitle(title)
        if self.finder.isVisible():
            self.open_find()

    def _steps(self, back: bool, forward: bool) -> None:
        self.back_action.setEnabled(back)
        self.forward_action.setEnabled(forward)

    def focus_search(self) -> None:
        self.search.box.setFocus()
        self.search.box.selectAll()

    def open_find(self) -> None:
        page = self.navigator.page()
        if page is None:
            self.say(self.tr("Find works on pages, guide steps and checklists."), 4000)
        else:
            self.finder.open_on(page)

    def import_bundle(self, path: Path) -> None:
        """Verify a transported bundle file, show what it holds, install it on Accept."""
        self.library.import_file(path)

    def show_keys(self) -> None:
        """Help → Keyboard shortcuts."""
        keys.KeysDialog(self).exec()

    def about(self) -> None:
        manifest = self.bundle.manifest if self.bundle else None
        about.show(self, manifest, self.library.verdict, self.paths.translations)

    def closeEvent(self, event: QCloseEvent) -> None:
        screen.remember(self, self.settings)
        self.search.shutdown()
        self.library.shutdown()
        self.session.shutdown()
        super().closeEvent(event)
