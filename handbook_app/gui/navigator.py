"""Where the window is: the document each panel shows, back, forward and home.

:class:`Navigator` opens a document in the panel of its kind (the start page for ""),
keeps the :class:`~handbook_app.core.history.History`, and tells the window what to
show: the title, whether back and forward lead anywhere, and messages. Documents open
in the content language (``lang``): the translation where the bundle has one, else the
original, and ``shown`` says which, for the bar that tells the officer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from handbook_app.core.history import History
from handbook_app.errors import BundleError
from handbook_app.gui.panel import Panel
from handbook_app.trust.verify import Verdict

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtWidgets import QStackedWidget

    from handbook_app.bundle.reader import CatalogEntry
    from handbook_app.content.model import Document
    from handbook_app.core.mission import Mission
    from handbook_app.gui.contents import Contents
    from handbook_app.gui.library import Library
    from handbook_app.gui.panel import Findable, Panels
    from handbook_app.gui.start import StartPanel
    from handbook_app.gui.talk import TalkPanel


class Navigator(QObject):
    """Opens documents in ``stack``: ``start`` for "", else the panel of their kind (built
    the first time a document of that kind opens); ``talk()`` is the Talk panel.

    Signals: ``moved(title)`` after each opening, with the window title to show;
    ``steps(back, forward)``: whether there is a place to go back and forward to;
    ``message(text, milliseconds)`` for the status bar.
    """

    moved = Signal(str)
    steps = Signal(bool, bool)
    message = Signal(str, int)
    shown = Signal(object)

    def __init__(
        self,
        library: Library,
        stack: QStackedWidget,
        start: StartPanel,
        panels: Panels,
        contents: Contents,
        *,
        talk: Callable[[], TalkPanel],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.stack, self.start = library, stack, start
        self.panels, self.contents, self.talk = panels, contents, talk
        self.history = History()
        self.lang = ""
        """The content language asked for ("": the bundle's first, the original)."""

    def language(self) -> str:
        """The content language documents open in: ``lang`` where the bundle has it."""
        bundle = self.library.bundle
        if bundle is None or not self.lang:
            return ""
        codes = [language.code for language in bundle.languages]
        return self.lang if self.lang in codes else bundle.base

    def document(self, doc_id: str) -> Document:
        """Document ``doc_id`` in the content language (the original where it has none)."""
        bundle = self.library.bundle
        assert bundle is not None
        return bundle.document(doc_id, self.language() or None)

    def title(self, doc_id: str) -> str:
        """The title of ``doc_id`` in the content language."""
        bundle = self.library.bundle
        if bundle is None:
            return ""
        lang = self.language()
        translated = bundle.translation(doc_id, lang) if lang else None
        return (translated.entry if translated else bundle.entry(doc_id)).title

    def entries(self) -> tuple[CatalogEntry, ...]:
        """The contents in the content language."""
        bundle = self.library.bundle
        if bundle is None:
            return ()
        lang = self.language()
        return bundle.entries_in(lang) if lang else bundle.entries

    def open(
        self, doc_id: str, anchor: str = "", words: list[str] | None = None, record: bool = True
    ) -> bool:
        """Show document ``doc_id`` at ``anchor`` with ``words`` marked; "" is the start page."""
        bundle = self.library.bundle
        if bundle is None:
            return False
        if not doc_id:
            self.start.show_document()
            self.stack.setCurrentWidget(self.start)
            self.contents.clearSelection()
            title = self.tr("Consular Handbook")
            self.shown.emit(None)
        else:
            lang = self.language()
            try:  # a document (or the phrasebook) that changed since the build is refused
                localized = bundle.localized(doc_id, lang) if lang else None
                doc = localized.document if localized else bundle.document(doc_id)
                panel = self.panels[doc.kind]
                panel.show_document(doc, anchor)
            except BundleError as error:
                self.message.emit(str(error), 6000)
                return False
            self.shown.emit(localized)
            self.stack.setCurrentWidget(panel)
            target = self.page()
            if target is not None and words:
                target.highlight_terms(list(words))
            if words:
                panel.point_at(words)
            self.contents.select(doc_id, anchor)
            self.start.visited(doc_id)
            title = self.tr("{title} — Consular Handbook").format(title=doc.title)
        if record:
            self.history.visit((doc_id, anchor))
        self.steps.emit(bool(self.history.back_stack), bool(self.history.forward_stack))
        self.moved.emit(title)
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
        """The document, anchor and title of the place shown (not the start page)."""
        bundle = self.library.bundle
        if bundle is None or self.history.current is None:
            return None
        doc, anchor = self.history.current
        if not doc:
            return None
        entry = bundle.entry(doc)
        section = next((t for a, t, _ in entry.sections if a == anchor), "")
        return doc, anchor, f"{entry.title} › {section}" if section else entry.title

    def again(self) -> None:
        """Show the place shown now anew (another language: its texts and its document)."""
        place = self.history.current
        if place is None:
            return
        panel = self.panel()
        position = panel.position()
        for each in self.panels.built():
            each.invalidate()
        if self.open(*place, record=False):
            self.panel().restore(position)

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

    def restart(self) -> None:
        """A new bundle: a new history, from the start page."""
        self.history = History()
        self.go_home()

    def relist(self, mission: Mission) -> None:
        """The contents in the order of ``mission``, on the place shown."""
        bundle = self.library.bundle
        if bundle is not None:
            self.contents.load(self.entries(), mission)
            if self.history.current is not None:
                self.contents.select(*self.history.current)

    def open_talk(self) -> bool:
        """The Talk panel at its language picker (False when the bundle has no phrasebook)."""
        book = self.talk().book
        if book is None:
            self.message.emit(self.tr("This edition of the handbook has no phrasebook."), 4000)
            return False
        return self.open(book.source.id)

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
