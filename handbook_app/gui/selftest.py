"""``handbook-app --self-test``: prove that this installation works, in one line of JSON.

It verifies the bundle (every hash, and the signature if there is one), opens it,
runs a fixed search, renders the best hit's page offscreen and prints it to PDF,
then prints a single JSON object and returns 0. Whatever fails is reported in
the same JSON with ``"ok": false`` and an ``"error"``, and a non-zero status.
It is the check a packaged app gets after it is built (``make package-test``)
and the first thing to run on an officer's machine when something seems wrong.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtWidgets import QApplication

from handbook_app.bundle.reader import Bundle
from handbook_app.gui import printing
from handbook_app.gui.reader import Reader
from handbook_app.gui.theme import style
from handbook_app.search.engine import Query
from handbook_app.search.searcher import Searcher
from handbook_app.trust.verify import verify_bundle

QUERY = "debt bondage"
PAGE_SIZE = (900, 700)
"""The size the page is rendered at, in pixels."""
MIN_PDF_BYTES = 1000
WINDOW_MODULES = ("handbook_app.gui.window", "handbook_app.gui.update")
"""Imported, not run: everything the main window needs must be in a frozen app."""


class SelfTestError(Exception):
    """One check failed; the message says which and why."""


def run(bundle: Path, trusted_keys: Path | None = None, out: TextIO | None = None) -> int:
    """Check ``bundle`` (the app passes the one shipped with it), print the one-line JSON
    summary to ``out`` and return the exit status."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    summary: dict[str, Any] = {"bundle": str(bundle)}
    started = time.monotonic()
    try:
        check(bundle, trusted_keys, summary)
        summary["ok"] = True
    except Exception as error:
        summary["ok"] = False
        summary["error"] = str(error) if isinstance(error, SelfTestError) else repr(error)
    summary["seconds"] = round(time.monotonic() - started, 2)
    print(json.dumps(summary, ensure_ascii=False), file=out or sys.stdout, flush=True)
    return 0 if summary["ok"] else 1


def check(bundle: Path, trusted_keys: Path | None, summary: dict[str, Any]) -> None:
    """Fill ``summary`` step by step; raise SelfTestError at the first check that fails."""
    summary["step"] = "verify"
    doc_id = verify_and_search(bundle, trusted_keys, summary)
    summary["step"] = "render"
    render(bundle, doc_id, summary)
    del summary["step"]


def verify_and_search(bundle: Path, trusted_keys: Path | None, summary: dict[str, Any]) -> str:
    """Verify and open the bundle, search it; the id of the best hit's document."""

    verdict = verify_bundle(bundle, trusted_keys)
    summary["signature"] = "signed" if verdict.signed else "unsigned"
    summary["fingerprint"] = verdict.fingerprint or None
    if not verdict.ok or verdict.manifest is None:
        summary["signature"] = "invalid" if verdict.signed else summary["signature"]
        raise SelfTestError(f"the bundle failed verification: {verdict.problem}")
    opened = Bundle(bundle)
    summary["edition"] = opened.manifest.edition
    summary["edition_date"] = opened.manifest.edition_date
    summary["documents"] = len(opened.entries)
    if len(opened.entries) != opened.manifest.documents:
        counts = (
            f"{opened.manifest.documents} in the manifest, {len(opened.entries)} in the catalog"
        )
        raise SelfTestError(f"the document counts differ: {counts}")
    summary["step"] = "search"
    searcher = Searcher(opened.index_path)
    try:
        results = searcher.search(Query(QUERY))
    finally:
        searcher.close()
    summary["query"] = QUERY
    summary["hits"] = results.total
    if not results.hits:
        raise SelfTestError(f"the search for {QUERY!r} found nothing")
    opened.document(results.hits[0].doc_id)  # loads and parses the page's JSON
    return results.hits[0].doc_id


def render(bundle: Path, doc_id: str, summary: dict[str, Any]) -> None:
    """Show the document in the reader panel offscreen, grab it, and print it to PDF."""

    for module in WINDOW_MODULES:  # a frozen app missing a module fails here, not on a click
        importlib.import_module(module)
    if not style("reader.css"):
        raise SelfTestError(
            "resources/styles/reader.css is missing: the app's resources are incomplete"
        )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    opened = Bundle(bundle)
    doc = opened.document(doc_id)
    reader = Reader()
    reader.page.pictures = opened.resource
    reader.resize(*PAGE_SIZE)
    reader.show_document(doc)
    app.processEvents()
    image = reader.page.viewport().grab().toImage()  # the text area, without frame
    summary["page"] = doc_id
    summary["platform"] = QApplication.platformName()
    if image.isNull() or image.width() < 1 or image.height() < 1:
        raise SelfTestError(f"rendering '{doc_id}' produced no image")
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    if len(colours) < 2:
        raise SelfTestError(f"rendering '{doc_id}' produced a blank image")
    with tempfile.TemporaryDirectory(prefix="handbook-selftest-") as tmp:
        pdf = Path(tmp) / "page.pdf"
        printing.export_pdf(doc.html, pdf)
        size = pdf.stat().st_size if pdf.is_file() else 0
    if size < MIN_PDF_BYTES:
        raise SelfTestError(f"printing '{doc_id}' to PDF wrote {size} bytes")
    summary["pdf_bytes"] = size
