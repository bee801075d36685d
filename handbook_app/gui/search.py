"""Handbook search: box and filters at the top, results grouped by kind, a worker thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook_app.content.model import Kind
from handbook_app.gui import firstpaint, fit, keys, plain, theme
from handbook_app.gui.contents import GROUPS, group
from handbook_app.gui.language import number, translate
from handbook_app.gui.results import HtmlDelegate, ResultList
from handbook_app.gui.worker import Engines, Job, Relay
from handbook_app.search.engine import ALL, BASE, Hit, Query, Results

if TYPE_CHECKING:
    from handbook_app.bundle.reader import Bundle

DEBOUNCE_MS = 20
"""A pause this long in typing starts a search: searches take about a frame now, run in a
worker, and an answer a newer keystroke overtook is dropped, so waiting longer only
delays the officer."""
HIT = Qt.ItemDataRole.UserRole


class Search(QObject):
    """The search box with its filters (``bar``) and the results (``panel``)."""

    openRequested = Signal(str, str, list)
    resultsShown = Signal(int)
    activeChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engines: Engines | None = None
        self.number = 0
        self.shown: Results | None = None
        self.pending_open = False
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.relay = Relay(self)
        self.relay.done.connect(self.deliver)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self.bar = self._make_bar()
        self.panel = self._make_panel()

    def _make_bar(self) -> QWidget:
        bar = QWidget()
        self.box = QLineEdit(clearButtonEnabled=True)
        self.box.setMinimumWidth(260)  # room for the Talk button at zoom +4 on 1024 wide
        self.box.setMaximumWidth(640)
        self.kind = QComboBox()
        self.kind.addItem("", "")
        for kind, _label in GROUPS:
            self.kind.addItem("", kind.value)
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Search in country"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Search in language"))
        self.language.setToolTip(
            self.tr("Hits in this language first, then English ones; or all languages at once")
        )
        self._wanted_language = BASE
        self._language_names: dict[str, str] = {}
        # as wide as the longest entry in any language (the countries: see _fit_countries)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._countries: list[str] = []
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.box, self.kind, self.country, self.language):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.box.textChanged.connect(lambda _text: self.timer.start())
        self.box.returnPressed.connect(self.open_first)
        self.box.installEventFilter(self)
        self.kind.currentIndexChanged.connect(lambda _i: self.run())
        self.country.currentIndexChanged.connect(lambda _i: self.run())
        self.language.currentIndexChanged.connect(lambda _i: self.run())
        return bar

    def _make_panel(self) -> QWidget:
        panel = QWidget()
        self.status = plain.label_of(QLabel(""))  # it repeats the query
        self.status.setAccessibleName("Search status")
        self.status.setObjectName("subtle")
        self.status.setWordWrap(True)
        self.suggestion = QPushButton("")
        self.suggestion.hide()
        self.suggestion.clicked.connect(self.take_suggestion)
        self.hint = plain.label_of(QLabel(""))
        self.hint.setObjectName("subtle")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.widen = QPushButton("")
        self.widen.hide()
        self.widen.clicked.connect(self.search_everywhere)
        self.results = ResultList()
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemActivated.connect(self.open_item)
        self.results.itemClicked.connect(self.open_item)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in (self.status, self.suggestion, self.hint, self.widen, self.results):
            layout.addWidget(widget)
        self.retranslate()
        return panel

    def retranslate(self) -> None:
        """Set the texts in the interface language (again at each LanguageChange)."""
        self.box.setPlaceholderText(
            self.tr("Search the handbook ({keys})").format(keys=keys.shown("search"))
        )
        self.box.setAccessibleName(self.tr("Search the handbook"))
        self.kind.setAccessibleName(self.tr("Search in kind"))
        self.kind.setItemText(0, self.tr("All kinds"))
        for row, (_kind, label) in enumerate(GROUPS, 1):
            self.kind.setItemText(row, group(label))
        self.country.setAccessibleName(self.tr("Search in country"))
        if self.country.count():
            self.country.setItemText(0, self.tr("All countries"))
            self._fit_countries()
        self.status.setAccessibleName(self.tr("Search status"))
        self.suggestion.setAccessibleName(self.tr("Did you mean"))
        self.hint.setAccessibleName(self.tr("Search hint"))
        self.widen.setText(self.tr("Search all kinds and countries"))
        self.widen.setAccessibleName(self.tr("Search all kinds and countries"))
        self.results.setAccessibleName(self.tr("Search results"))
        if self.shown is not None:
            self.show_results(self.shown)

    def use(self, bundle: Bundle) -> None:
        if self.engines is not None:
            self.pool.waitForDone()
            self.engines.close()
        self.engines = Engines(bundle.index_path)
        firstpaint.after_paint(self.box, self.engines.warm, self.box.isVisible())  # window first
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("All countries"), "")
        countries = sorted(bundle.of_kind(Kind.COUNTRY), key=lambda e: e.title)
        for entry in countries:
            self.country.addItem(entry.title, entry.country)
        self._countries = [entry.title for entry in countries]
        self._fit_countries()
        self.country.blockSignals(False)
        self.language.blockSignals(True)
        self.language.clear()
        self._language_names = {lang.code: lang.name for lang in bundle.languages}
        for lang in bundle.languages:
            self.language.addItem(lang.name, lang.code)
        self.language.addItem(self.tr("All languages"), ALL)
        self.language.setVisible(len(bundle.languages) > 1)
        self.language.blockSignals(False)
        self.set_language(self._wanted_language)

    def _fit_countries(self) -> None:
        fit.widest(self.country, [self.country.itemText(0), *self._countries])

    def set_language(self, code: str) -> None:
        """Search in ``code`` (the interface or content language the window chose), with
        English after it; English when the bundle lacks that language. The officer may
        still pick another language, or all of them, in the box."""
        self._wanted_language = code
        at = self.language.findData(code)
        if at < 0:
            at = self.language.findData(BASE)
        if at >= 0 and at != self.language.currentIndex():
            self.language.setCurrentIndex(at)  # searches again when there is text

    def query(self, typing: bool = True) -> Query:
        return Query(
            self.box.text().strip(),
            kind=self.kind.currentData(),
            country=self.country.currentData() or "",
            lang=self.language.currentData() or "",
            limit=30,
            typing=typing,
        )

    def run(self) -> None:
        """Start a search for what is in the box now; older ones still running are ignored."""
        self.timer.stop()
        self.number += 1
        query = self.query()
        if not query.text:
            self.pending_open = False
            self.show_results(None)
            return
        if self.engines is not None:
            self.engines.warm()  # at once if it has not happened yet
            self.status.setText(self.tr("Searching…"))
            self.pool.start(Job(self.engines, query, self.number, self.relay))

    def deliver(self, number: int, outcome: object) -> None:
        if number != self.number:
            return  # a newer query was typed since: drop this one
        if isinstance(outcome, Results):
            self.show_results(outcome)
            if self.pending_open:
                self.open_first()
        else:
            self.show_results(None)
            self.status.setText(self.tr("Search is not available: {error}").format(error=outcome))

    def show_results(self, results: Results | None) -> None:
        self.shown = results
        self.results.clear()
        self.suggestion.hide()
        self.hint.hide()
        self.widen.hide()
        self.activeChanged.emit(results is not None)
        if results is None:
            self.status.setText("")
            self.resultsShown.emit(0)
            return
        count = len(results.hits)
        text = results.query.text
        self.status.setText(
            self.tr("{count} for “{query}”").format(
                count=counted(count, results.total, results.query.limit), query=text
            )
            if count
            else self.tr("Nothing found for “{query}”.").format(query=text)
        )
        filtered = bool(results.query.kind or results.query.country)
        self.widen.setVisible(not count and filtered)
        self.hint.setVisible(not count)
        self.hint.setText(hint(bool(results.suggestion), filtered))
        if results.suggestion:
            self.suggestion.setText(
                self.tr("Did you mean “{word}”?").format(word=results.suggestion)
            )
            self.suggestion.show()
        rank = {h.kind: i for i, h in reversed(list(enumerate(results.hits)))}
        for kind, label in sorted(GROUPS, key=lambda g: rank.get(g[0].value, len(GROUPS) + 99)):
            hits = [h for h in results.hits if h.kind == kind.value]
            if hits:
                header = QListWidgetItem(
                    f"<span style='color:{theme.colours().muted}'>"
                    f"<b>{_escape(group(label).upper())}</b></span>"
                )
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                self.results.addItem(header)
            chosen = results.query.lang or BASE
            for hit in hits:
                other = self._language_names.get(hit.lang, hit.lang) if hit.lang != chosen else ""
                item = QListWidgetItem(_describe(hit, other))
                item.setData(HIT, hit)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("{title}, in {page}").format(title=hit.title, page=hit.doc_title),
                )
                self.results.addItem(item)
        self.resultsShown.emit(count)

    def hits(self) -> list[Hit]:
        return [h for i in range(self.results.count()) if (h := self.results.item(i).data(HIT))]

    def open_first(self) -> None:
        """Enter: open the best hit, after the search for the current text has answered."""
        current = self.shown is not None and self.shown.query.text == self.box.text().strip()
        if self.timer.isActive() or not current:
            self.pending_open = True
            self.run()
            return
        self.pending_open = False
        hits = self.hits()
        if hits:
            self.open_hit(hits[0])

    def open_item(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT)
        if hit:
            self.open_hit(hit)

    def open_hit(self, hit: Hit) -> None:
        self.pending_open = False
        words = list(hit.terms) or self.box.text().split()
        self.openRequested.emit(hit.doc_id, hit.anchor, words)

    def search_everywhere(self) -> None:
        """Drop the kind and country filters and search again."""
        for box in (self.kind, self.country):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.run()

    def take_suggestion(self) -> None:
        if self.shown and self.shown.suggestion:
            self.box.setText(self.shown.suggestion)
            self.run()

    def clear(self) -> None:
        self.box.clear()
        self.run()

    def eventFilter(self, watched: QObject, event: object) -> bool:
        changed = isinstance(event, QEvent) and event.type() == QEvent.Type.LanguageChange
        if watched is self.box and changed:
            self.retranslate()
        if (
            watched is self.box
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            if keys.matches("clear", event):
                self.clear()
                return True
            if keys.matches("results", event) and self.results.count():
                self.results.setFocus()
                first = next(
                    (i for i in range(self.results.count()) if self.results.item(i).data(HIT)), 0
                )
                self.results.setCurrentRow(first)
                return True
        return False

    @classmethod
    def counted(cls, shown: int, total: int, limit: int) -> str:
        """See :func:`counted` (a method, so that lupdate reads its plurals)."""
        if total <= shown:
            return Search.tr("%n result(s)", "", shown)  # type: ignore[arg-type]
        if total >= limit * 3:  # the search stops counting there
            text = Search.tr("Best {shown} of %n+ result(s)", "", total)  # type: ignore[arg-type]
            return text.format(shown=number(shown))
        text = Search.tr("Best {shown} of %n result(s)", "", total)  # type: ignore[arg-type]
        return text.format(shown=number(shown))

    def release(self) -> None:
        """Close the index (its files) until the next search opens it again: the live
        preview is about to replace the bundle's folder."""
        self.pool.waitForDone()
        if self.engines is not None:
            self.engines.close()

    def shutdown(self) -> None:
        self.timer.stop()
        self.number += 1
        self.release()


def counted(shown: int, total: int, limit: int) -> str:
    """How many results: the true count when the search counted them all, else "30+"."""
    return Search.counted(shown, total, limit)


def hint(suggestion: bool, filtered: bool) -> str:
    """What to try when nothing was found (whole sentences, for the translations)."""
    if suggestion and filtered:
        text = translate(
            "Search", "Try other or fewer words, the spelling below, or all kinds and countries."
        )
    elif suggestion:
        text = translate("Search", "Try other or fewer words, or the spelling below.")
    elif filtered:
        text = translate("Search", "Try other or fewer words, or all kinds and countries.")
    else:
        text = translate("Search", "Try other or fewer words.")
    escape_key = translate("Search", "Esc shows the contents to browse.")
    return f"{text} {escape_key}"


def _describe(hit: Hit, language: str = "") -> str:
    """A hit's place and snippet; ``language`` names the hit's language when it is not
    the one searched (an English hit after the chosen language's)."""
    place = hit.doc_title if hit.title == hit.doc_title else f"{hit.doc_title} › {hit.title}"
    muted = theme.colours().muted
    tag = f" <span style='color:{muted}'>· {_escape(language)}</span>" if language else ""
    return f"<b>{_escape(place)}</b>{tag}<br><span style='color:{muted}'>{hit.snippet}</span>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
