"""The start page: what an officer needs at the counter now, recent cases and pages,
and what is new in this edition."""

from __future__ import annotations

import json
from functools import partial
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from handbook_app.content.dates import is_stale, verified_message
from handbook_app.content.model import Kind
from handbook_app.errors import BundleError
from handbook_app.gui import settings as stored
from handbook_app.gui.language import Retranslates, date
from handbook_app.gui.page import button, label
from handbook_app.gui.panel import Panel
from handbook_app.gui.say import say

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable
    from pathlib import Path

    from handbook_app.bundle.reader import Bundle, CatalogEntry
    from handbook_app.content.model import Contact

RECENT_CASES = 5
QUICK_SCREEN = "quick-screen"
FIRST_CONTACT = "guide-first-contact"
MAX_CHANGES = 8


def mission(settings: QSettings, key: str) -> str:
    """The mission profile's ``mission/host`` or ``mission/home`` country; "" when not set."""
    return stored.mission(settings, key)


def country_entry(bundle: Bundle, wanted: str) -> CatalogEntry | None:
    """The country page for ``wanted``: a document id or a country code."""
    for entry in bundle.of_kind(Kind.COUNTRY):
        if wanted in (entry.id, entry.country) or wanted.upper() == entry.country.upper():
            return entry
    return None


def whats_new(bundle: Path) -> list[str]:
    """The lines of the bundle's ``changes.json`` summary, as plain text; [] when it has none.

    Read leniently: ``{"summary": "…", "changes": ["…" | {"title": "…"}]}`` or a list.
    """
    try:
        data = json.loads((bundle / "changes.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    items: list[object] = []
    if isinstance(data, dict):
        if isinstance(data.get("summary"), str):
            items.append(data["summary"])
        listed = data.get("changes", data.get("items", []))
        items += listed if isinstance(listed, list) else []
    elif isinstance(data, list):
        items = list(data)
    lines = []
    for item in items:
        text = item
        if isinstance(item, dict):
            text = item.get("title") or item.get("summary") or item.get("text") or ""
        if isinstance(text, str) and text.strip():
            lines.append(text.strip())
    return lines[:MAX_CHANGES]


def section(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("start")
    frame.setAccessibleName(title)
    column = QVBoxLayout(frame)
    column.setContentsMargins(14, 10, 14, 12)
    column.addWidget(label(title, "section", title))
    return frame, column


class StartPanel(Retranslates, Panel):
    """Emits ``openRequested(doc, anchor)``; ``caseRequested(ref)`` to reopen a case."""

    caseRequested = Signal(str)

    def __init__(
        self,
        settings: QSettings,
        cases: Callable[[], list[tuple[str, str]]],
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.cases = cases
        self.today = today
        self.bundle: Bundle | None = None
        self.title_of: Callable[[str], str] = lambda _doc_id: ""
        """The title of a document in the content language; "" for its own (set by the window)."""
        self.buttons: list[QPushButton] = []
        self.area = QScrollArea(widgetResizable=True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)
        self.retranslate()

    def retranslate(self) -> None:
        self.area.setAccessibleName(self.tr("Start page"))
        self.build()

    def show_document(self, doc: object = None, anchor: str = "") -> None:
        """Show the start page again, with what is recent now."""
        self.doc = None
        self.build()

    def use(self, bundle: Bundle) -> None:
        self.bundle = bundle
        self.build()

    def visited(self, doc_id: str) -> None:
        """Remember ``doc_id`` as the most recent page."""
        pages = [d for d in self.recent() if d != doc_id]
        self.settings.setValue(stored.RECENT_KEY, [doc_id, *pages][: stored.RECENT_PAGES])

    def recent(self) -> list[str]:
        return stored.recent(self.settings)

    def build(self) -> None:
        self.buttons = []
        body = QWidget()
        outer = QHBoxLayout(body)
        outer.setContentsMargins(16, 10, 16, 16)
        holder = QWidget()
        holder.setMaximumWidth(1100)
        grid = QGridLayout(holder)
        grid.setSpacing(12)
        grid.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(holder, 1)
        outer.addStretch(0)
        grid.addWidget(label(self.tr("Consular Handbook"), "heading"), 0, 0, 1, 2)
        if self.bundle is not None:
            grid.addWidget(self._counter(self.bundle), 1, 0, 1, 2)
            grid.addWidget(self._cases(), 2, 0)
            grid.addWidget(self._pages(self.bundle), 2, 1)
            grid.addWidget(self._edition(self.bundle), 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        self.area.setWidget(body)

    def _link(self, text: str, name: str, action: Callable[[], object]) -> QPushButton:
        choice = button(text, name)
        choice.setObjectName("link")
        choice.setCursor(Qt.CursorShape.PointingHandCursor)
        choice.clicked.connect(action)
        self.buttons.append(choice)
        return choice

    def _open(self, doc_id: str, text: str) -> QPushButton:
        return self._link(text, text, lambda: self.openRequested.emit(doc_id, ""))

    def _counter(self, bundle: Bundle) -> QFrame:
        frame, column = section(self.tr("At the counter now"))
        quick = self._find(bundle, Kind.CHECKLIST, QUICK_SCREEN)
        if quick is not None:
            text = self.tr("▸ {title} (checklist)").format(title=self.title(quick))
            column.addWidget(self._open(quick.id, text))
        guide_id = self._guide_of(bundle, quick) or FIRST_CONTACT
        guide = self._find(bundle, Kind.GUIDE, guide_id)
        if guide is not None:
            text = self.tr("▸ {title} (guide, step by step)").format(title=self.title(guide))
            column.addWidget(self._open(guide.id, text))
        host = mission(self.settings, "host")
        entry = country_entry(bundle, host) if host else None
        if entry is None:
            no_host = self.tr(
                "The mission's country is not set yet. Set it in Settings and its numbers will "
                "appear here; until then, find them under Countries in the contents."
            )
            if host:
                no_host += " " + self.tr("({country} is not in this edition.)").format(country=host)
            column.addWidget(label(no_host, "subtle", self.tr("Mission country")))
            return frame
        title = self.title(entry)
        column.addWidget(label(self.tr("Numbers in {country}").format(country=title), "section"))
        try:
            doc = bundle.document(entry.id)
        except BundleError as error:
            column.addWidget(label(str(error), "subtle"))
            return frame
        contacts = [c for c in (doc.country.contacts if doc.country else ()) if c.phone]
        for contact in contacts[:4]:
            column.addWidget(self._number(contact))
        every = self.tr("▸ Every contact in {country}").format(country=title)
        column.addWidget(self._open(entry.id, every))
        return frame

    def _number(self, contact: Contact) -> QWidget:
        stale = contact.unverified or is_stale(contact.verified, self.today())
        when = say(verified_message(contact.verified, contact.source_date))
        row = label(
            f"<b>{escape(contact.phone)}</b> &nbsp; {escape(contact.name)}"
            + (f" <span>· ⚠ {escape(when)}</span>" if stale else ""),
            name=f"{contact.name}: {contact.phone}",
        )
        row.setTextFormat(Qt.TextFormat.RichText)
        row.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return row

    @staticmethod
    def _guide_of(bundle: Bundle, checklist: CatalogEntry | None) -> str:
        """The guide the quick screen leads to, as its author set it."""
        if checklist is None:
            return ""
        try:
            doc = bundle.document(checklist.id)
        except BundleError:
            return ""
        return doc.checklist.guide if doc.checklist else ""

    @staticmethod
    def _find(bundle: Bundle, kind: Kind, wanted: str) -> CatalogEntry | None:
        members = sorted(bundle.of_kind(kind), key=lambda e: e.order)
        return next((e for e in members if e.id == wanted), members[0] if members else None)

    def _cases(self) -> QFrame:
        frame, column = section(self.tr("Recent cases"))
        recent = self.cases()[:RECENT_CASES]
        for ref, updated in recent:
            column.addWidget(
                self._link(
                    self.tr("▸ {case} · last used {date}").format(case=ref, date=date(updated)),
                    self.tr("Reopen case {case}").format(case=ref),
                    partial(self.caseRequested.emit, ref),
                )
            )
        if not recent:
            column.addWidget(label(self.tr("No cases on this computer yet."), "subtle"))
        column.addStretch(1)
        return frame

    def _pages(self, bundle: Bundle) -> QFrame:
        frame, column = section(self.tr("Recent pages"))
        shown = 0
        for doc_id in self.recent():
            try:
                entry = bundle.entry(doc_id)
            except BundleError:
                continue
            column.addWidget(self._open(doc_id, f"▸ {self.title(entry)}"))
            shown += 1
        if not shown:
            column.addWidget(label(self.tr("The pages you open will appear here."), "subtle"))
        column.addStretch(1)
        return frame

    def _edition(self, bundle: Bundle) -> QFrame:
        frame, column = section(self.tr("What is new in this edition"))
        m = bundle.manifest
        edition = self.tr("Edition {edition} of {date}").format(
            edition=m.edition, date=date(m.edition_date)
        )
        column.addWidget(label(edition, name=self.tr("Edition")))
        for line in whats_new(bundle.path):
            item = label(f"• {line}")
            item.setTextFormat(Qt.TextFormat.PlainText)
            column.addWidget(item)
        return frame

    def title(self, entry: CatalogEntry) -> str:
        """The title of ``entry`` in the content language, where the bundle has it."""
        return self.title_of(entry.id) or entry.title

    def enter(self, anchor: str = "") -> None:
        if self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
