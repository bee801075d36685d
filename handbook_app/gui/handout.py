"""The "your rights and who can help" card as a PDF: the person's language, the officer's English.

The sentences come from :func:`handbook_app.content.card.compose`; the host
country's lines from its directory entry when the card is made. The host is the
mission's (QSettings ``mission/host``, a country code or document id) or the one
chosen in the dialog. The PDF is written with QPdfWriter, never through a
printer; the officer prints the file. A card never carries a name.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from handbook_app.content import card as cards
from handbook_app.content.dates import verified_text
from handbook_app.content.model import Kind
from handbook_app.gui import settings as stored
from handbook_app.gui.language import QT_TRANSLATE_NOOP, translate
from handbook_app.gui.page import label
from handbook_app.gui.theme import LIGHT
from handbook_app.gui.tile import SCALE

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from handbook_app.bundle.reader import Bundle
    from handbook_app.content.card import Card
    from handbook_app.content.phrasebook import Line, Phrasebook
    from handbook_app.gui.fonts import Fonts

PAGE = QPageSize.PageSizeId.A6
NO_HOST = QT_TRANSLATE_NOOP(
    "CardDialog",
    "No host country is set for this mission: choose the country whose numbers to print.",
)
PAPER = LIGHT
"""A card is printed on white paper whatever the screen's theme: the light palette."""
CSS = f"""
p {{ margin-top: 0px; margin-bottom: 0px; }}
.person {{ color: {PAPER.selection_text}; }}
.title {{ font-weight: 600; color: {PAPER.heading}; }}
.en {{ font-family: 'Noto Sans'; color: {PAPER.muted}; margin-bottom: 6px; }}
.phone {{ font-family: 'Noto Sans'; font-weight: 600; }}
.who {{ font-family: 'Noto Sans'; color: {PAPER.text}; }}
.foot {{ font-family: 'Noto Sans'; color: {PAPER.muted}; margin-top: 6px; }}
"""
SIZES = {"title": 15.0, "person": 10.5, "keep": 9.5, "en": 6.5, "phone": 12.0, "who": 7.5}
"""Points at full size; a card that does not fit on one page is made smaller, to 70%."""


def host_of(bundle: Bundle, settings: QSettings) -> str:
    """The id of the mission's host country document, or "" when none is set or known."""
    value = stored.mission(settings, "host")
    for entry in bundle.of_kind(Kind.COUNTRY):
        if value and value.lower() in (entry.id.lower(), entry.country.lower()):
            return entry.id
    return ""


def _pt(role: str, factor: float) -> str:
    return f'style="font-size:{SIZES[role] * factor:.1f}pt"'


def _sentence(line: Line, rtl: bool, factor: float, role: str = "person") -> str:
    """The person's sentence, then the officer's English in small type beneath it."""
    direction = "rtl" if rtl and line.direction == "rtl" else "ltr"
    align = "right" if direction == "rtl" else "left"
    english = "" if line.text == line.english else escape(line.english)
    return (
        f'<p class="person {role}" dir="{direction}" align="{align}" {_pt(role, factor)}>'
        f"{escape(line.text)}</p>"
        f'<p class="en" dir="ltr" align="left" {_pt("en", factor)}>{english or "&nbsp;"}</p>'
    )


def card_html(card: Card, factor: float = 1.0) -> str:
    """The card as HTML for QTextDocument: every text escaped, the person's language first."""
    rtl = card.language.rtl
    script = factor * SCALE.get(card.language.code, 1.0)
    parts = [_sentence(card.title, rtl, script, "title")]
    parts += [_sentence(p, rtl, script) for p in card.points]
    parts.append(_sentence(card.call, rtl, script))
    for line in card.lines:
        hours = f" · {escape(line.hours)}" if line.hours else ""
        check = " · verify before relying on it" if line.uncertain else ""
        parts.append(
            f'<p class="phone" dir="ltr" {_pt("phone", factor)}>☎ {escape(line.phone)}</p>'
            f'<p class="who" dir="ltr" {_pt("who", factor)}>{escape(line.name)}{hours}</p>'
            f'<p class="en" dir="ltr" {_pt("en", factor)}>{escape(line.source)}, '
            f"{escape(verified_text(line.verified))}{check}</p>"
        )
    if not card.lines:
        parts.append(
            f'<p class="en" {_pt("en", factor)}>'
            "No host country chosen: no numbers on this card.</p>"
        )
    parts.append(_sentence(card.keep, rtl, script, "keep"))
    officer = [f"For the officer: {card.language.english_name} card"]
    if card.country:
        officer.append(f"numbers for {card.country}")
    if not card.checked:
        officer.append("translation not yet reviewed by a native speaker")
    parts.append(f'<p class="foot" dir="ltr" {_pt("en", factor)}>{escape(", ".join(officer))}.</p>')
    return "\n".join(parts)


def write_pdf(card: Card, path: Path, fonts: Fonts) -> None:
    """Write ``card`` as a one-page A6 PDF at ``path`` (QPdfWriter: no printer, no CUPS)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(f"Your rights and who can help ({card.language.english_name})")
    writer.setCreator("Consular Handbook")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE),
            QPageLayout.Orientation.Portrait,
            QMarginsF(8, 8, 8, 8),
            QPageLayout.Unit.Millimeter,
        )
    )
    text = QTextDocument()
    text.setDefaultFont(fonts.font(card.language.code, 10))
    text.setDefaultStyleSheet(CSS)
    text.setDocumentMargin(0)
    # Laid out on the PDF itself, one page: no page numbers, no margins added by Qt.
    text.documentLayout().setPaintDevice(writer)
    text.setPageSize(QSizeF(writer.width(), writer.height()))
    factor = 1.0
    text.setHtml(card_html(card, factor))
    while text.pageCount() > 1 and factor > 0.7:
        factor -= 0.05
        text.setHtml(card_html(card, factor))
    text.print_(writer)


class CardDialog(QDialog):
    """Choose the language and host country, then save the card as a PDF to print."""

    def __init__(
        self,
        book: Phrasebook,
        code: str,
        bundle: Bundle,
        *,
        settings: QSettings,
        fonts: Fonts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.book, self.bundle, self.fonts = book, bundle, fonts
        self.setWindowTitle(self.tr("Print the card: your rights and who can help"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the card"))
        for language in book.languages:
            self.language.addItem(f"{language.english_name} — {language.name}", language.code)
        self.language.setCurrentIndex(max(0, self.language.findData(code)))
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Host country"))
        self.country.addItem(self.tr("Choose a country…"), "")
        for entry in sorted(bundle.of_kind(Kind.COUNTRY), key=lambda e: e.title):
            self.country.addItem(entry.title, entry.id)
        host = host_of(bundle, settings)
        self.country.setCurrentIndex(max(0, self.country.findData(host)))
        self.note = label(
            self.tr("The host country comes from the mission profile.")
            if host
            else translate("CardDialog", NO_HOST),
            "subtle",
        )
        self.saved = label("", "subtle", self.tr("Saved card"))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Host country's numbers"), self.country)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("Save the card as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(
            label(self.tr("The card never carries a name. Print the PDF it saves."), "subtle")
        )
        column.addLayout(form)
        column.addWidget(self.note)
        column.addWidget(self.saved)
        column.addWidget(buttons)

    def card(self) -> Card:
        country = self.country.currentData()
        doc = self.bundle.document(country) if country else None
        return cards.compose(self.book, self.language.currentData(), doc)

    def save(self) -> Path | None:
        card = self.card()
        name = f"rights-card-{card.language.code}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the card"), name, "PDF (*.pdf)")
        if not chosen:
            return None
        path = Path(chosen)
        write_pdf(card, path, self.fonts)
        self.saved.setText(self.tr("Saved {file}. Print it from there.").format(file=path))
        return path
