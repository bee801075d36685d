"""Printing: the current page, or a one-page referral slip for a checklist or a guide."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from handbook_app.content.dates import verified_text
from handbook_app.content.model import Contact, Document, Kind
from handbook_app.core.assessment import DISCLAIMER, Assessment
from handbook_app.core.route import Route
from handbook_app.errors import BundleError
from handbook_app.gui.theme import style

if TYPE_CHECKING:
    from handbook_app.gui.window import MainWindow

LINK = re.compile(r'href="doc:([^"#]+)')


def linked_countries(doc: Document, lookup: Callable[[str], Document]) -> list[Document]:
    """The country pages a checklist or guide links to, in the order first linked."""
    texts = [doc.html] + [s.html for s in doc.guide.steps] if doc.guide else [doc.html]
    found: dict[str, Document] = {}
    for target in (m for text in texts for m in LINK.findall(text)):
        if target in found:
            continue
        try:
            linked = lookup(target)
        except BundleError:
            continue
        if linked.kind is Kind.COUNTRY:
            found[target] = linked
    return list(found.values())


def _contacts(countries: Iterable[Document]) -> str:
    rows = []
    for country in countries:
        contacts: tuple[Contact, ...] = country.country.contacts if country.country else ()
        for c in contacts:
            phone = f" — <b>{escape(c.phone)}</b>" if c.phone else ""
            rows.append(
                f"<li>{escape(country.title)}: {escape(c.name)}{phone}"
                f" ({escape(verified_text(c.verified, c.source_date))})</li>"
            )
    if not rows:
        return "<p>No country contacts are linked here: see the handbook's country pages.</p>"
    return "<ul>" + "".join(rows) + "</ul>"


@dataclass(frozen=True)
class Header:
    """What every slip starts with: the date, the case, and the countries whose contacts to list."""

    ref: str
    today: dt.date
    countries: tuple[Document, ...]


def _frame(title: str, head: Header, body: str) -> str:
    case = escape(head.ref) if head.ref else "(no case open)"
    return (
        f"<h1>Referral slip: {escape(title)}</h1>"
        f"<p>Date: <b>{head.today.isoformat()}</b> &nbsp;&nbsp; Case reference: <b>{case}</b></p>"
        f"{body}<h2>Contacts to call</h2>{_contacts(head.countries)}"
        f"<p><b>{escape(DISCLAIMER)}</b></p>"
        "<p style='color:#4a5563'>This slip holds no personal names. Keep it with the case.</p>"
    )


def checklist_slip(doc: Document, result: Assessment, ticked: set[str], head: Header) -> str:
    assert doc.checklist is not None
    items = [
        f"<li>{escape(i.text)} <i>({i.strength.value})</i> — {escape(d.title)}</li>"
        for d in doc.checklist.dimensions
        for i in d.indicators
        if i.id in ticked
    ]
    dims = "".join(
        f"<li>{escape(d.title)}: {'positive' if d.positive else 'not positive'}"
        f" — {escape(d.reason)}</li>"
        for d in result.dimensions
    )
    body = (
        f"<h2>What was ticked</h2><ul>{''.join(items) or '<li>Nothing ticked.</li>'}</ul>"
        f"<h2>Assessment</h2><p><b>{escape(result.summary)}</b></p><ul>{dims}</ul>"
    )
    return _frame(doc.title, head, body)


def guide_slip(doc: Document, route: Route, head: Header) -> str:
    decided = [f"<li>{escape(q)} — <b>{escape(a)}</b></li>" for q, a in route.decisions()]
    steps = " → ".join(escape(s.title) for s in route.steps())
    body = (
        f"<h2>Route taken</h2><p>{steps}</p>"
        f"<h2>What was decided</h2><ul>{''.join(decided) or '<li>No decision taken yet.</li>'}</ul>"
        f"<p>Current step: <b>{escape(route.current.title)}</b></p>"
    )
    return _frame(doc.title, head, body)


def compose(window: MainWindow) -> str:
    """The referral slip for the checklist or guide shown; the page itself otherwise."""
    bundle = window.bundle
    if bundle is None:
        return ""
    current = window.stack.currentWidget()

    def header(doc: Document) -> Header:
        countries = tuple(linked_countries(doc, bundle.document))
        return Header(window.session.ref, dt.date.today(), countries)

    checklist, guide = window.checklist, window.guide
    if current is checklist and checklist.doc and (result := checklist.assessment()):
        return checklist_slip(checklist.doc, result, checklist.ticked_ids(), header(checklist.doc))
    if current is guide and guide.doc and guide.route:
        return guide_slip(guide.doc, guide.route, header(guide.doc))
    place = window.history.current
    return bundle.document(place[0]).html if place else ""


def export_dialog(window: MainWindow) -> None:
    name, _ = QFileDialog.getSaveFileName(window, "Export PDF", "referral-slip.pdf", "PDF (*.pdf)")
    if name and window.bundle:
        window.export_pdf(Path(name))


def print_dialog(window: MainWindow) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if window.bundle and QPrintDialog(printer, window).exec():
        print_html(compose(window), printer)


def document(html: str) -> QTextDocument:
    text = QTextDocument()
    text.setDefaultStyleSheet(style("reader.css"))
    text.setHtml(html)
    return text


def print_html(html: str, printer: QPrinter) -> None:
    document(html).print_(printer)


def export_pdf(html: str, path: Path) -> None:
    """Write ``html`` as an A4 PDF at ``path``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(path))
    print_html(html, printer)
