"""Printing HTML (a page, or a slip from :mod:`handbook_app.core.slip`), or saving it as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from handbook_app.gui.theme import style


def ask_pdf_path(parent: QWidget) -> Path | None:
    """Where to save the PDF, or ``None`` when the officer cancels."""
    name, _ = QFileDialog.getSaveFileName(parent, "Export PDF", "referral-slip.pdf", "PDF (*.pdf)")
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


def export_pdf(html: str, path: Path) -> None:
    """Write ``html`` as an A4 PDF at ``path``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(path))
    print_html(html, printer)
