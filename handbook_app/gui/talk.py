"""Talk with the person: a language picker they can use, the phrases, show mode, the card.

The picker shows every language's name written in itself, large, in a grid
(no flags: flags are countries, not languages); arrows and Enter, a first
letter of the English name, or a click choose one. The phrases of that
language follow, group by group, each with the officer's English and a
discreet mark when no native speaker has checked it yet. Enter (or a click)
shows a phrase full screen (:mod:`handbook_app.gui.show`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from handbook_app.content.phrasebook import State
from handbook_app.gui.handout import CardDialog
from handbook_app.gui.language import QT_TRANSLATE_NOOP, Retranslates, translate
from handbook_app.gui.page import button, label
from handbook_app.gui.panel import Panel
from handbook_app.gui.show import ShowWindow
from handbook_app.gui.tile import SCALE, Tile, mark_of
from handbook_app.gui.tile import style as talk_style
from handbook_app.gui.voice import Voice, present

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QKeyEvent

    from handbook_app.bundle.reader import Bundle
    from handbook_app.content.model import Document
    from handbook_app.content.phrasebook import Phrasebook
    from handbook_app.gui.cases import CaseSession
    from handbook_app.gui.fonts import Fonts

COLUMNS = 4
PICK = QT_TRANSLATE_NOOP(
    "Talk", "Let the person choose their language: arrow keys and Enter, or a click."
)


class Grid(QWidget):
    """The language tiles; arrow keys move between them, a letter jumps by English name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: list[Tile] = []
        self.names: list[str] = []
        self.cells = QGridLayout(self)
        self.cells.setSpacing(12)

    def fill(self, tiles: list[tuple[Tile, str]]) -> None:
        for tile in self.tiles:
            tile.deleteLater()
        self.tiles = [t for t, _ in tiles]
        self.names = [n.lower() for _, n in tiles]
        for n, tile in enumerate(self.tiles):
            self.cells.addWidget(tile, n // COLUMNS, n % COLUMNS)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1,
            Qt.Key.Key_Down: COLUMNS, Qt.Key.Key_Up: -COLUMNS,
        }  # fmt: skip
        focus = next((n for n, t in enumerate(self.tiles) if t.hasFocus()), -1)
        key = Qt.Key(event.key())
        if key in moves and self.tiles:
            target = min(len(self.tiles) - 1, max(0, focus + moves[key]))
            self.tiles[target].setFocus()
        elif event.text().isalpha() and self.tiles:
            letter = event.text().lower()
            order = list(range(focus + 1, len(self.tiles))) + list(range(focus + 1))
            hit = next((n for n in order if self.names[n].startswith(letter)), None)
            if hit is not None:
                self.tiles[hit].setFocus()
        else:
            super().keyPressEvent(event)


class Phrases(QWidget):
    """The tiles of one language's phrases; Up and Down move between them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[str, Tile] = {}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        tiles = list(self.tiles.values())
        focus = next((n for n, t in enumerate(tiles) if t.hasFocus()), -1)
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
        if step and tiles:
            tiles[min(len(tiles) - 1, max(0, focus + step))].setFocus()
        else:
            super().keyPressEvent(event)


class TalkPanel(Retranslates, Panel):
    """The Talk panel: picker, then phrases. ``show_document`` takes any phrasebook document."""

    def __init__(
        self,
        session: CaseSession,
        settings: QSettings,
        fonts: Fonts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.settings, self.fonts = session, settings, fonts
        self.voice = Voice()
        self.bundle: Bundle | None = None
        self._book: Phrasebook | None = None
        self.code = ""
        self.pending = ""
        self.shown: ShowWindow | None = None
        self.restyle()
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._picker_page()
        self._phrases_page()
        self.retranslate()

    def retranslate(self) -> None:
        title = translate("Talk", "Talk with the person")
        self.pick_title.setText(title)
        self.pick_title.setAccessibleName(title)
        self.pick_help.setAccessibleName(translate("Talk", "How to choose"))
        self.languages_area.setAccessibleName(translate("Talk", "Languages"))
        for push, text, name in (
            (
                self.languages_button,
                translate("Talk", "◀ Languages"),
                translate("Talk", "Back to the languages"),
            ),
            (
                self.show_button,
                translate("Talk", "Show to the person (Enter)"),
                translate("Talk", "Show the phrase full screen"),
            ),
            (
                self.card_button,
                translate("Talk", "Print the card…"),
                translate("Talk", "Print the rights card"),
            ),
        ):
            push.setText(text)
            push.setAccessibleName(name)
        self.speak_button.setAccessibleName(translate("Talk", "Read the phrase aloud"))
        self.language_title.setAccessibleName(translate("Talk", "Language"))
        self.review.setAccessibleName(translate("Talk", "Review state of this language"))
        self.advice.setAccessibleName(translate("Talk", "Missing font"))
        self.area.setAccessibleName(translate("Talk", "Phrases"))
        self._help()
        if self.code and self.pages.currentIndex() == 1 and self.book is not None:
            self._review(self.book, self.code)
            present(self.speak_button, self.voice.status(self.code))

    def _picker_page(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(20, 12, 20, 12)
        self.pick_title = label("", "heading")
        self.pick_help = label("", "subtle")
        self.grid = Grid()
        column.addWidget(self.pick_title)
        column.addWidget(self.pick_help)
        self.languages_area = area = QScrollArea(widgetResizable=True)
        area.setWidget(self.grid)
        column.addWidget(area, 1)
        self.pages.addWidget(page)

    def _phrases_page(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(20, 12, 20, 12)
        top = QHBoxLayout()
        self.languages_button = button("", "")
        self.language_title = label("", "heading")
        self.language_title.setWordWrap(False)
        self.show_button = button("", "")
        self.speak_button = button(translate("Talk", "Read aloud"), "")
        self.card_button = button("", "")
        top.addWidget(self.languages_button)
        top.addWidget(self.language_title, 1)
        for widget in (self.show_button, self.speak_button, self.card_button):
            top.addWidget(widget)
        column.addLayout(top)
        self.review = label("", "mark")
        self.advice = label("", "fontAdvice")
        self.advice.hide()
        column.addWidget(self.review)
        column.addWidget(self.advice)
        self.area = QScrollArea(widgetResizable=True)
        column.addWidget(self.area, 1)
        self.phrases = Phrases()
        self.pages.addWidget(page)
        self.languages_button.clicked.connect(self.show_picker)
        self.show_button.clicked.connect(lambda: self.show_phrase(self.current()))
        self.speak_button.clicked.connect(self.read_aloud)
        self.card_button.clicked.connect(self.print_card)

    def restyle(self) -> None:
        """The tiles' style sheet in the theme and zoom in use."""
        self.setStyleSheet(talk_style())

    def use(self, bundle: Bundle) -> None:
        """The bundle whose phrasebook to use (read when the panel is first shown)."""
        self.bundle, self._book, self.code = bundle, None, ""

    @property
    def book(self) -> Phrasebook | None:
        if self._book is None and self.bundle is not None:
            self._book = self.bundle.phrasebook()
        return self._book

    def show_document(self, doc: Document, anchor: str = "") -> None:
        """The English phrasebook: the picker (or phrase ``anchor``); a language: its phrases."""
        self.doc = doc
        book = self.book
        if book is None:
            return
        if doc.translations is not None:
            self.choose(doc.translations.code, anchor)
            return
        known = anchor in {p.id for g in book.groups for p in g.phrases}
        if known and self.code:
            self.choose(self.code, anchor)
        else:
            self.pending = anchor if known else ""
            self.show_picker()

    def show_picker(self) -> None:
        book = self.book
        if book is None:
            return
        tiles = []
        for language in book.languages:
            font = self.fonts.font(language.code)
            font.setPixelSize(int(30 * SCALE.get(language.code, 1.0)))
            advice = self.fonts.advice(language.code)  # no font for its script: say so
            tile = Tile(
                language.name, language.english_name, font, rtl=language.rtl,
                name=f"{language.english_name} ({language.name})", mark=("missing", advice),
            )  # fmt: skip
            tile.main.setMinimumHeight(int(font.pixelSize() * 1.6))
            tile.clicked.connect(lambda code=language.code: self.choose(code, self.pending))
            tiles.append((tile, language.english_name))
        self.grid.fill(tiles)
        self._help()
        self.pages.setCurrentIndex(0)
        chosen = [t for t, _ in tiles]
        codes = [lang.code for lang in book.languages]
        first = codes.index(self.code) if self.code in codes else 0
        chosen[first].setFocus()

    def _help(self) -> None:
        """How the person chooses; with the phrase to show next, when one waits."""
        pick = translate("Talk", PICK)
        if self.pending and self.book is not None:
            english = self.book.phrase(self.pending).text
            then = translate("Talk", "Then: “{phrase}”").format(phrase=english)
            self.pick_help.setText(f"{pick} {then}")
        else:
            self.pick_help.setText(pick)

    def _review(self, book: Phrasebook, code: str) -> None:
        """How much of language ``code`` no native speaker has checked yet, or is outdated."""
        unchecked = book.unchecked(code)
        total = sum(len(g.phrases) for g in book.groups)
        outdated = [p for p in unchecked if book.line(code, p).state is State.OUTDATED]
        review = (
            self.tr(
                "Not yet reviewed by a native speaker: {count} of %n phrase(s).",
                "",
                total,
            ).format(count=len(unchecked))
            if unchecked
            else ""
        )
        if outdated:
            review += " " + self.tr(
                "%n outdated: the English changed since it was translated.",
                "",
                len(outdated),
            )
        self.review.setText(review)
        self.review.setProperty("mark", "outdated" if outdated else "")
        self.review.style().polish(self.review)

    def choose(self, code: str, anchor: str = "") -> None:
        """Show the phrases in language ``code``, with phrase ``anchor`` (if any) focused."""
        book = self.book
        if book is None:
            return
        self.code, self.pending = code, ""
        language = book.language(code)
        self.language_title.setText(f"{language.english_name} — {language.name}")
        self._review(book, code)
        advice = self.fonts.advice(code)
        self.advice.setText(advice)
        self.advice.setVisible(bool(advice))
        problem = self.voice.status(code)
        present(self.speak_button, problem)
        self._fill(book, code)
        self.pages.setCurrentIndex(1)
        first = next(iter(self.phrases.tiles))
        target = self.phrases.tiles.get(anchor) or self.phrases.tiles[first]
        target.setFocus()
        self.area.ensureWidgetVisible(target)

    def _fill(self, book: Phrasebook, code: str) -> None:
        self.phrases = Phrases()
        column = QVBoxLayout(self.phrases)
        column.setSpacing(6)
        language = book.language(code)
        font = self.fonts.font(code)
        font.setPixelSize(int(20 * SCALE.get(code, 1.0)))
        for group in book.groups:
            column.addWidget(label(group.title, "groupTitle"))
            for line in book.lines(code, group.id):
                tile = Tile(
                    line.text, line.english, font, rtl=line.direction == "rtl",
                    name=translate("Talk", "{phrase} — in {language}").format(
                        phrase=line.english, language=language.english_name
                    ),
                    mark=mark_of(line),
                )  # fmt: skip
                tile.clicked.connect(lambda p=line.phrase: self.show_phrase(p))
                self.phrases.tiles[line.phrase] = tile
                column.addWidget(tile)
        column.addStretch(1)
        self.area.setWidget(self.phrases)

    def current(self) -> str:
        """The phrase focused now (or the first one)."""
        focused = [p for p, t in self.phrases.tiles.items() if t.hasFocus()]
        return focused[0] if focused else next(iter(self.phrases.tiles), "")

    def enter(self, anchor: str = "") -> None:
        """The keyboard stays where :meth:`point_at` or the picker put it; else the panel."""
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.setFocus()

    def point_at(self, words: list[str]) -> None:
        """Focus the phrase whose English has most of the searched ``words`` ("doctor")."""
        if not self.phrases.tiles or self.pages.currentIndex() != 1:
            return
        wanted = {w.lower() for w in words if len(w) > 2}
        if self.book is not None and self.code:
            wanted -= {
                w.lower() for w in re.findall(r"\w+", self.book.language(self.code).english_name)
            }

        def score(phrase: str) -> int:
            found = set(re.findall(r"\w+", self.phrases.tiles[phrase].sub.text().lower()))
            return sum(any(f.startswith(w) for f in found) for w in wanted)

        best = max(self.phrases.tiles, key=score)
        if score(best):
            self.phrases.tiles[best].setFocus()
            self.area.ensureWidgetVisible(self.phrases.tiles[best])

    def show_phrase(self, phrase_id: str) -> ShowWindow | None:
        """Phrase ``phrase_id`` full screen, in the language chosen."""
        book = self.book
        if book is None or not self.code or not phrase_id:
            return None
        if self.shown is not None:
            self.shown.close()
        self.shown = ShowWindow(
            book, self.code, fonts=self.fonts, session=self.session, voice=self.voice, parent=self
        )
        self.shown.left.connect(self._left)
        self.shown.show_phrase(phrase_id)
        self.shown.showFullScreen()
        return self.shown

    def _left(self, phrase_id: str) -> None:
        self.shown = None
        tile = self.phrases.tiles.get(phrase_id)
        if tile is not None:
            self.activateWindow()
            tile.setFocus()
            self.area.ensureWidgetVisible(tile)

    def read_aloud(self) -> None:
        if self.book is not None and self.current():
            self.voice.say(self.book.line(self.code, self.current()).text, self.code)

    def print_card(self) -> None:
        if self.book is not None and self.bundle is not None:
            self.card_dialog().exec()

    def card_dialog(self) -> CardDialog:
        assert self.book is not None
        assert self.bundle is not None
        return CardDialog(
            self.book, self.code, self.bundle, settings=self.settings, fonts=self.fonts, parent=self
        )
