"""A country: its contacts as cards, numbers copied with one click, old facts marked."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from handbook_app.content.dates import verified_message
from handbook_app.core.mission import warning_messages
from handbook_app.gui.language import Retranslates, translate
from handbook_app.gui.page import button, label, rich_label
from handbook_app.gui.panel import Panel, intro_of
from handbook_app.gui.say import say

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QResizeEvent

    from handbook_app.content.model import Contact, Document

TWO_COLUMNS = 860
"""Narrower than this, the contact cards stand one under the other."""
COPIED_MS = 2500
"""How long "Copied ✓" stays before the button says "Copy number" again."""


class Card(QFrame):
    """One contact. ``copy`` puts the phone number on the clipboard."""

    def __init__(
        self, contact: Contact, today: dt.date, open_doc: Callable[[str, str], None]
    ) -> None:
        super().__init__()
        self.setObjectName("card")
        self.contact = contact
        self.setAccessibleName(self.tr("Contact: {name}").format(name=contact.name))
        self.warnings = [say(warning) for warning in warning_messages(contact, today)]
        self.setProperty("warn", bool(self.warnings))
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(f"<b style='font-size:large'>{escape(contact.name)}</b>", "section", rich=True)
        )
        if contact.role:
            layout.addWidget(label(contact.role, "subtle"))
        self.copy: QPushButton | None = None
        if contact.phone:
            row = QHBoxLayout()
            number = (
                f"<span style='font-size:x-large; font-weight:600'>☎ {escape(contact.phone)}</span>"
            )
            phone = label(number, name=f"Phone {contact.phone}", rich=True)
            phone.setWordWrap(False)
            phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.copy = button(
                self.tr("Copy number"),
                self.tr("Copy the number of {name}").format(name=contact.name),
            )
            self.copy.clicked.connect(self.copy_number)
            row.addWidget(phone)
            row.addStretch(1)
            row.addWidget(self.copy)
            layout.addLayout(row)
        for text in self.warnings:  # below the number, quieter than it
            layout.addWidget(label("⚠ " + text, "quietWarn", self.tr("Warning")))
        lines = []
        if contact.hours:
            lines.append(self.tr("Hours: {hours}").format(hours=escape(contact.hours)))
        if contact.email:
            mail = f"<a href='mailto:{escape(contact.email)}'>{escape(contact.email)}</a>"
            lines.append(self.tr("E-mail: {address}").format(address=mail))
        if contact.web:
            web = f"<a href='{escape(contact.web)}'>{escape(contact.web)}</a>"
            lines.append(self.tr("Web: {address}").format(address=web))
        if contact.notes:
            lines.append(f"<i>{escape(contact.notes)}</i>")
        if lines:
            details = self.tr("Details of {name}").format(name=contact.name)
            layout.addWidget(rich_label("<br>".join(lines), open_doc, details))
        when = say(verified_message(contact.verified, contact.source_date))
        source = self.tr("Source: {source} · {when}").format(source=contact.source, when=when)
        layout.addWidget(label(source, "subtle"))  # plain text
        layout.addStretch(1)

    def copy_number(self) -> None:
        QGuiApplication.clipboard().setText(self.contact.phone)
        if self.copy is not None:
            self.copy.setText(self.tr("Copied ✓"))
            QTimer.singleShot(COPIED_MS, self.copied_done)

    def copied_done(self) -> None:
        if self.copy is not None:
            self.copy.setText(self.tr("Copy number"))


class CountryPanel(Retranslates, Panel):
    """A country's contacts as cards, then the page's text about referral there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: Callable[[], dt.date] = dt.date.today
        self.cards: list[Card] = []
        self.grid = QGridLayout()
        self.columns = 0
        self.area = QScrollArea(widgetResizable=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)
        self.retranslate()

    def retranslate(self) -> None:
        self.area.setAccessibleName(self.tr("Country contacts"))

    def show_document(self, doc: Document, anchor: str = "") -> None:
        self.doc = doc
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 8, 16, 16)
        column.addWidget(label(doc.title, "heading"))
        if doc.summary:
            column.addWidget(label(doc.summary, "subtle"))
        contacts = doc.country.contacts if doc.country else ()
        self.cards = [Card(c, self.today(), self.openRequested.emit) for c in contacts]
        warned = sum(bool(card.warnings) for card in self.cards)
        notes = []
        if doc.uncertain:
            notes.append(self.tr("parts of this page could not be confirmed"))
        if warned:
            notes.append(
                self.tr(
                    "{warned} of %n contact(s) are not recently verified (see ⚠)",
                    "",
                    len(self.cards),
                ).format(warned=warned)
            )
        if notes:  # once per page; each card says which in a quiet line
            uncertain = translate("Country", "Verify before relying on this")
            column.addWidget(label(f"⚠ {uncertain}: {'; '.join(notes)}.", "warnMark"))
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.columns = 0
        self._arrange()
        column.addLayout(self.grid)
        prose = doc.html.split("</table>")[-1] if contacts else intro_of(doc.html)
        column.addWidget(
            rich_label(
                prose.strip(), self.openRequested.emit, self.tr("About referral in this country")
            )
        )
        column.addStretch(1)
        self.area.setWidget(body)
        for card in self.cards:
            if card.contact.anchor == anchor:
                self.area.ensureWidgetVisible(card)

    def _arrange(self) -> None:
        """Cards two by two where there is room, else one under the other."""
        columns = 2 if self.area.viewport().width() >= TWO_COLUMNS else 1
        if columns == self.columns:
            return
        self.columns = columns
        for n, card in enumerate(self.cards):
            self.grid.addWidget(card, n // columns, n % columns)
        for c in range(2):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.cards:
            self._arrange()

    def enter(self, anchor: str = "") -> None:
        """Focus the first (or the asked-for) contact's Copy number button."""
        cards = [c for c in self.cards if c.copy is not None]
        card = next((c for c in cards if c.contact.anchor == anchor), cards[0] if cards else None)
        if card is not None and card.copy is not None:
            card.copy.setFocus(Qt.FocusReason.OtherFocusReason)
            if anchor:
                self.area.ensureWidgetVisible(card)
            else:
                self.area.verticalScrollBar().setValue(0)  # the country's name stays in view
