"""Referral slips in the window: of the panel shown, or of the whole case, printed or
saved as PDF. What a slip says is composed by :mod:`handbook_app.core.slip`;
:mod:`handbook_app.gui.printing` puts it on paper (imported on the first slip: Qt's print
support is not needed for the window to show)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from handbook_app.core import slip
from handbook_app.core.assessment import assess
from handbook_app.core.mission import about_return
from handbook_app.core.route import Route
from handbook_app.errors import BundleError, CaseStoreError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QWidget

    from handbook_app.content.model import Document
    from handbook_app.gui.cases import CaseSession
    from handbook_app.gui.library import Library
    from handbook_app.gui.mission import Profile
    from handbook_app.gui.navigator import Navigator


class Slips(QObject):
    """The slips of what ``navigator`` shows and of the case ``session`` has open, headed
    with the ``profile``'s mission; dialogs open over ``owner``.

    Signal: ``message(text, milliseconds)`` for the status bar.
    """

    message = Signal(str, int)

    def __init__(
        self,
        library: Library,
        navigator: Navigator,
        session: CaseSession,
        profile: Profile,
        owner: QWidget,
    ) -> None:
        super().__init__(owner)
        self.library, self.navigator, self.session = library, navigator, session
        self.profile, self.owner = profile, owner

    def slip_html(self) -> str:
        """The referral slip of the checklist or guide shown; the page itself otherwise."""
        bundle, panel = self.library.bundle, self.navigator.panel()
        doc = panel.doc
        if bundle is None or doc is None:
            return ""
        today = dt.datetime.now().astimezone().date()
        head = slip.header(
            doc,
            bundle.document,
            self.session.ref,
            today,
            mission=self.profile.mission,
            edition=self.edition_text(),
        )
        return panel.slip(head) or doc.html

    def edition_text(self) -> str:
        """The edition of the content and its signature state, for slips."""
        bundle = self.library.bundle
        if bundle is None:
            return ""
        m, verdict = bundle.manifest, self.library.verdict
        if verdict.problem:
            state = f"signature check FAILED ({verdict.problem})"  # on paper: English, as the slip
        elif verdict.signed:
            state = "signed, signature verified"
        else:
            state = "NOT signed (development content)"
        return f"{m.title}, edition {m.edition} of {m.edition_date}; {state}"

    def case_slip_html(self) -> str:
        """One referral slip for the case open now: every checklist and guide worked on."""
        bundle = self.library.bundle
        store, ref = self.session.store, self.session.ref
        if bundle is None or store is None or not ref:
            return ""
        checklists, guides = [], []
        try:
            ticks, routes = store.all_ticks(ref), store.routes(ref)
        except CaseStoreError as error:
            self.message.emit(str(error), 6000)
            return ""
        for doc_id, ticked in sorted(ticks.items()):
            doc = self._document(doc_id)
            if doc is not None and doc.checklist is not None:
                checklists.append((doc, assess(doc.checklist, ticked), ticked))
        for doc_id, trail in sorted(routes.items()):
            doc = self._document(doc_id)
            if doc is not None and doc.guide is not None:
                guides.append((doc, Route.restore(doc.guide, trail)))
        returning = next((doc for doc, _ in guides if about_return(doc)), None)
        head = slip.header(
            returning,
            bundle.document,
            ref,
            dt.datetime.now().astimezone().date(),
            mission=self.profile.mission,
            edition=self.edition_text(),
        )
        return slip.case_slip(head, checklists, guides)

    def _document(self, doc_id: str) -> Document | None:
        bundle = self.library.bundle
        try:
            return bundle.document(doc_id) if bundle else None
        except BundleError:
            return None

    def case_actions(self, menu: QMenu) -> None:
        """The case slip's items at the end of the Cases menu (usable while a case is open)."""
        menu.addSeparator()
        export = menu.addAction(self.tr("Referral slip for this case (PDF)…"))
        export.setEnabled(bool(self.session.ref))
        export.triggered.connect(self.export_case_dialog)
        print_case = menu.addAction(self.tr("Print referral slip for this case…"))
        print_case.setEnabled(bool(self.session.ref))
        print_case.triggered.connect(self.print_case_dialog)

    def print_case_dialog(self) -> None:
        from handbook_app.gui import printing  # noqa: PLC0415 (on the first slip)

        printing.print_dialog(self.owner, self.case_slip_html())

    def export_case_dialog(self) -> Path | None:
        """Save the case slip as a PDF; the suggested name has the case and the date."""
        from handbook_app.gui import printing  # noqa: PLC0415 (on the first slip)

        if not self.session.ref:
            return None
        today = dt.datetime.now().astimezone().date()
        folder = Path.home()
        name = slip.file_name(self.session.ref, today, lambda n: (folder / n).exists())
        path = printing.ask_pdf_path(self.owner, str(folder / name))
        if path is not None:
            self.export_pdf(path, self.case_slip_html())
        return path

    def export_pdf(self, path: Path, html: str | None = None) -> None:
        """Save ``html`` (the slip of the panel shown by default) as a PDF at ``path``."""
        from handbook_app.gui import printing  # noqa: PLC0415 (on the first slip)

        try:
            printing.export_pdf(self.slip_html() if html is None else html, path)
        except OSError as error:
            self.message.emit(self.tr("Not saved: {error}").format(error=error), 6000)
            return
        self.message.emit(self.tr("Saved {file}").format(file=path), 6000)

    def export_dialog(self) -> None:
        from handbook_app.gui import printing  # noqa: PLC0415 (on the first slip)

        path = printing.ask_pdf_path(self.owner)
        if path is not None and self.library.bundle:
            self.export_pdf(path)

    def print_dialog(self) -> None:
        from handbook_app.gui import printing  # noqa: PLC0415 (on the first slip)

        if self.library.bundle:
            printing.print_dialog(self.owner, self.slip_html())
