"""Printing HTML (a page, or a slip from :mod:`handbook_app.core.slip`), or saving it as PDF.

Export to PDF writes with :class:`QPdfWriter`, which never loads the print plugin and
so never talks to the print system; only Print… does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from handbook_app.gui.language import translate
from handbook_app.gui.theme import style

LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
}
MARGIN_MM = 0
"""QTextDocument.print_ lays out with its own 2 cm margins."""
RESOLUTION = 300


def page_size(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """Letter where that is the paper in use, A4 elsewhere."""
    where = (locale or QLocale()).territory()
    return QPageSize.PageSizeId.Letter if where in LETTER_TERRITORIES else QPageSize.PageSizeId.A4


def ask_pdf_path(parent: QWidget, suggested: str = "referral-slip.pdf") -> Path | None:
    """Where to save the PDF, or ``None`` when the officer cancels. The dialog asks before
    it replaces a file; ``suggested`` is chosen so that it names no file yet."""
    title = translate("Printing", "Export PDF")
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    return Path(name) if name else None


def print_dialog(parent: QWidget, html: str) -> bool:
    """Ask for a printer and print ``html`` on it; ``False`` when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not QPrintDialog(printer, parent).exec():
        return False
    print_html(html, printer)
    return True


def document(html: str) -> QTextDocument:
    text = QTextDocument()
    text.setDefaultStyleSheet(style("reader.css"))
    text.setHtml(html)
    return text


def print_html(html: str, printer: QPrinter) -> None:
    document(html).print_(printer)


def export_pdf(html: str, path: Path, size: QPageSize.PageSizeId | None = None) -> None:
    """Write ``html`` as a PDF at ``path`` on A4 or Letter (:func:`page_size` by default)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size if size is not None else page_size()),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle("Referral slip")
    writer.setCreator("Consular Handbook")
    document(html).print_(writer)
    del writer  # the file is complete once the writer is gone
    if not path.exists():
        raise OSError(f"could not write {path}")
