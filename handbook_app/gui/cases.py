"""Cases: the reference being worked on, its saved ticks and routes, and deleting them."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QWidget,
)

from handbook_app.core.cases import CaseStore, check_reference, set_aside
from handbook_app.core.reference import why_not
from handbook_app.errors import CaseStoreError
from handbook_app.gui import plain
from handbook_app.gui.fit import Line
from handbook_app.gui.language import QT_TRANSLATE_NOOP, Retranslates, date, translate
from handbook_app.gui.page import button, label

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

    from handbook_app.core.cases import Answer

T = TypeVar("T")
PLACEHOLDER = QT_TRANSLATE_NOOP("CaseBar", "Case number (never a name), e.g. 2026-014")
"""The privacy hint first: a narrow field cuts the end of its placeholder."""
WAIT = 0.015
"""Seconds a write waits for another program's lock: about a frame, then it fails and says so."""
KEEP_TITLE = QT_TRANSLATE_NOOP("CaseBar", "Keep this work in the case?")


class CaseSession(QObject):
    """The case store and the case open now. Panels read and save through it.

    With no case open, ticks and routes are kept here in memory only (``unsaved``);
    opening a case may keep them in it (``open(ref, keep=True)``). A case never gets
    anything another case showed. When the store cannot be opened the handbook still
    works: ``store`` is ``None`` and ``problem`` says why, and :meth:`reopen` and
    :meth:`start_new` offer what can be done.

    Signals: ``changed(ref)`` when a case is opened or closed ("" for none);
    ``failed(text)`` when something could not be read or saved (nothing is raised).
    """

    changed = Signal(str)
    failed = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None, *, wait: float = WAIT) -> None:
        super().__init__(parent)
        self.path, self.wait = path, wait
        self.store: CaseStore | None = None
        self.problem = ""
        self.ref = ""
        self.unsaved_ticks: dict[str, set[str]] = {}
        self.unsaved_routes: dict[str, list[tuple[str, str]]] = {}
        self.reopen()

    # -- the store -----------------------------------------------------------------

    def reopen(self, *, read_only: bool = False) -> bool:
        """Open the store again (``read_only``: without writing); ``problem`` says if not."""
        self.shutdown()
        try:
            self.store = CaseStore(self.path, read_only=read_only, wait=self.wait)
        except CaseStoreError as error:
            self.problem = self.tr("Case data cannot be used: {error}").format(error=error)
            self.failed.emit(self.problem)
            return False
        self.problem = (
            self.tr("The case store is open read-only: nothing you tick is saved.")
            if read_only
            else ""
        )
        self.changed.emit("")
        return True

    def start_new(self) -> str:
        """Move the store that cannot be opened aside (kept) and start a new one.

        The new name of the old file, or "" when it failed (``failed`` says why).
        """
        self.shutdown()
        kept = ""
        if self.path.exists():
            try:
                kept = str(set_aside(self.path))
            except CaseStoreError as error:
                self.failed.emit(str(error))
                return ""
        return kept if self.reopen() else ""

    def shutdown(self) -> None:
        if self.store is not None:
            self.store.close()
        self.store = None
        self.ref = ""

    @property
    def read_only(self) -> bool:
        return self.store is not None and self.store.read_only

    # -- the case open now ---------------------------------------------------------

    def has_unsaved(self) -> bool:
        """Work done with no case open (ticks, or a route begun)."""
        return any(self.unsaved_ticks.values()) or any(self.unsaved_routes.values())

    def open(self, ref: str, *, keep: bool = False) -> bool:
        """Open case ``ref`` with its own saved state; ``keep``: add the unsaved work to it."""
        if self.store is None:
            self.failed.emit(self.problem)
            return False
        try:
            case = self.store.open_case(ref)
            if keep and not self.ref and self.has_unsaved():
                self.store.adopt(case.ref, self.unsaved_ticks, self.unsaved_routes)
        except CaseStoreError as error:
            self.failed.emit(str(error))
            return False
        self.ref = case.ref
        self._forget_unsaved()
        self.changed.emit(self.ref)
        return True

    def close(self) -> None:
        self.ref = ""
        self._forget_unsaved()
        self.changed.emit("")

    def _forget_unsaved(self) -> None:
        self.unsaved_ticks.clear()
        self.unsaved_routes.clear()

    def _save(self, write: Callable[[CaseStore, str], None]) -> bool:
        """``write(store, ref)`` for the case open now; False (and ``failed``) when it failed."""
        if self.store is None:
            return True
        try:
            write(self.store, self.ref)
        except CaseStoreError as error:
            self.failed.emit(str(error))
            return False
        return True

    def _load(self, read: Callable[[CaseStore, str], T], empty: T) -> T:
        if self.store is None:
            return empty
        try:
            return read(self.store, self.ref)
        except CaseStoreError as error:
            self.failed.emit(str(error))
            return empty

    def ticks(self, checklist: str) -> set[str]:
        if not self.ref:
            return set(self.unsaved_ticks.get(checklist, ()))
        return self._load(lambda store, ref: store.ticks(ref, checklist), set())

    def set_tick(self, checklist: str, indicator: str, ticked: bool) -> bool:
        """Save one tick; False when it could not be saved."""
        if not self.ref:
            chosen = self.unsaved_ticks.setdefault(checklist, set())
            (chosen.add if ticked else chosen.discard)(indicator)
            return True
        return self._save(lambda store, ref: store.set_tick(ref, checklist, indicator, ticked))

    def set_ticks(self, checklist: str, indicators: Iterable[str]) -> bool:
        """Replace the ticks of ``checklist`` (a reset, or its undo); False when not saved."""
        chosen = set(indicators)
        if not self.ref:
            self.unsaved_ticks[checklist] = chosen
            return True
        return self._save(lambda store, ref: store.set_ticks(ref, checklist, chosen))

    def route(self, guide: str) -> list[tuple[str, str]]:
        if not self.ref:
            return list(self.unsaved_routes.get(guide, ()))
        return self._load(lambda store, ref: store.route(ref, guide), [])

    def save_route(self, guide: str, trail: Iterable[tuple[str, str]]) -> bool:
        steps = list(trail)
        if not self.ref:
            self.unsaved_routes[guide] = steps
            return True
        return self._save(lambda store, ref: store.save_route(ref, guide, steps))

    def answers(self) -> list[Answer]:
        """The person's phrasebook answers in the open case (none without a case)."""
        if not self.ref:
            return []
        return self._load(lambda store, ref: store.answers(ref), [])

    def record_answer(self, phrase: str, answer: str) -> bool:
        """Save the person's answer (phrase ids only); False when no case is open or it failed."""
        if not self.ref or self.store is None:
            return False
        return self._save(lambda store, ref: store.record_answer(ref, phrase, answer))

    def delete_case(self, ref: str) -> bool:
        """Delete case ``ref``; a failure is emitted as ``failed``, not raised."""
        if not self._save(lambda store, _ref: store.delete_case(ref)):
            return False
        if ref == self.ref:
            self.close()
        return True

    def delete_all(self) -> bool:
        """Delete every case; a failure is emitted as ``failed``, not raised."""
        if not self._save(lambda store, _ref: store.delete_all()):
            return False
        self.close()
        return True


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = plain.ask(
        parent, title, text,
        plain.Button.Yes | plain.Button.Cancel,
        plain.Button.Cancel,
    )  # fmt: skip
    return answer == plain.Button.Yes


def ask_keep(parent: QWidget, ref: str) -> bool | None:
    """Keep the work done with no case open in case ``ref``? ``None``: do not open it."""
    text = translate(
        "CaseBar",
        "You ticked indicators or walked a guide before opening a case.\n\n"
        "Keep this work in case {case}?\n\nYes: keep it in {case}. No: open {case} as it "
        "was saved and drop this work.",
    ).format(case=ref)
    answer = plain.ask(
        parent, translate("CaseBar", KEEP_TITLE), text,
        plain.Button.Yes | plain.Button.No | plain.Button.Cancel,
        plain.Button.Yes,
    )  # fmt: skip
    if answer == plain.Button.Cancel:
        return None
    return answer == plain.Button.Yes


class CaseBar(Retranslates, QWidget):
    """Type a case number and open it; errors appear beside the field, not in a dialog."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.field = QLineEdit()
        self.field.setMinimumWidth(380)
        self.open_button = button("", "")
        self.close_button = button("", "")
        self.state = Line("subtle")  # ends in "…" after a whole word when short of room
        self.error = label("", "caseError")
        self.error.setWordWrap(False)  # one line: the case bar never grows to four
        self.error.setMinimumWidth(1)  # shrinks when short of room, never widens the bar
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        for widget in (
            self.caption,
            self.field,
            self.open_button,
            self.close_button,
            self.state,
            self.error,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.field.returnPressed.connect(self.open_typed)
        self.open_button.clicked.connect(self.open_typed)
        self.close_button.clicked.connect(session.close)
        session.changed.connect(self._changed)
        session.failed.connect(self._failed)
        self.retranslate()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr(PLACEHOLDER))
        self.field.setAccessibleName(self.tr("Case reference"))
        self.field.setToolTip(self.tr("Only a case number. Never type a person's name here."))
        self.caption.setText(self.tr("Case:"))
        for widget, text in (
            (self.open_button, self.tr("Open case")),
            (self.close_button, self.tr("Close case")),
        ):
            widget.setText(text)
            widget.setAccessibleName(text)
        self.state.setAccessibleName(self.tr("Case status"))
        self.error.setAccessibleName(self.tr("Case error"))
        self._changed(self.session.ref)

    def show_error(self, text: str) -> None:
        """The error beside the field on one line; the whole of it in the tooltip."""
        self.error.setText(text)
        self.error.setToolTip(plain.tip(text))

    def open_typed(self) -> bool:
        return self.open_ref(self.field.text())

    def open_ref(self, ref: str) -> bool:
        """Open case ``ref``; work done with no case open is kept in it only if the officer
        says so (asked once)."""
        self.error.clear()
        keep = False
        if not self.session.ref and self.session.has_unsaved() and self.session.store:
            try:
                checked = check_reference(ref)
            except CaseStoreError as error:
                self._failed(str(error))
                return False
            answer = ask_keep(self, checked)
            if answer is None:
                return False
            keep = answer
        return self.session.open(ref, keep=keep)

    def _failed(self, text: str) -> None:
        self.show_error(text)
        if self.session.store is None:
            self.state.setText(self.tr("Case data unavailable: see the Cases menu."))
        elif self.session.ref and "not save" in text.lower():
            self.state.setText(
                self.tr("Case {case}: the last change was NOT saved.").format(case=self.session.ref)
            )

    def _changed(self, ref: str) -> None:
        self.close_button.setEnabled(bool(ref))
        usable = self.session.store is not None
        self.field.setEnabled(usable)
        self.open_button.setEnabled(usable)
        if not usable:
            self.field.clear()
            self.state.setText(self.tr("Case data unavailable: see the Cases menu."))
            self.error.setText(self.session.problem)
        elif ref:
            self.error.setText(self.session.problem)
            self.field.setText(ref)
            state = (
                self.tr("Working on case {case}: ticks and routes are not saved (read-only).")
                if self.session.read_only
                else self.tr("Working on case {case}: ticks and routes are saved on this computer.")
            )
            self.state.setText(state.format(case=ref))
        else:
            self.error.setText(self.session.problem)
            self.field.clear()
            self.state.setText(self.tr("No case open: ticks and routes are not saved."))

    def fill_menu(self, menu: QMenu) -> None:
        """The Cases menu: recent cases to reopen (with dates), delete one, delete all; when
        the store cannot be used, what can be done about it."""
        menu.clear()
        store = self.session.store
        if store is None or self.session.read_only:
            self._fill_repair(menu)
            if store is None:
                return
        focus = menu.addAction(self.tr("Open a case…"))
        focus.triggered.connect(self.field.setFocus)
        try:
            recent = store.cases()[:12]
        except CaseStoreError as error:
            self._failed(str(error))
            recent = []
        names = [c for c in recent if why_not(c.ref)]  # stored before the rule was strict
        recent = [c for c in recent if c not in names]
        if recent:
            menu.addSection(self.tr("Reopen"))
        for case in recent:
            text = self.tr("{case}  —  last used {date}").format(
                case=case.ref, date=date(case.updated)
            )
            action = QAction(text, menu)
            action.triggered.connect(lambda _c=False, ref=case.ref: self.open_ref(ref))
            menu.addAction(action)
        if names:
            menu.addSection(self.tr("Not case numbers: delete them"))
        for case in names:
            text = self.tr("Delete '{name}' (not a case number)…").format(name=case.ref)
            action = QAction(text, menu)
            action.triggered.connect(lambda _c=False, ref=case.ref: self.delete_named(ref))
            menu.addAction(action)
        menu.addSeparator()
        close = menu.addAction(self.tr("Close case"))
        close.setEnabled(bool(self.session.ref))
        close.triggered.connect(self.session.close)
        delete = menu.addAction(self.tr("Delete this case…"))
        delete.setEnabled(bool(self.session.ref) and not self.session.read_only)
        delete.triggered.connect(self.delete_current)
        wipe = menu.addAction(self.tr("Delete all case data…"))
        wipe.setEnabled(not self.session.read_only)
        wipe.triggered.connect(self.delete_all)

    def _fill_repair(self, menu: QMenu) -> None:
        menu.addSection(self.tr("The case store cannot be used"))
        again = menu.addAction(self.tr("Try to open the case store again"))
        again.triggered.connect(lambda _checked=False: self.session.reopen())
        if self.session.path.exists():
            read = menu.addAction(self.tr("Open the case store read-only (see, not change)"))
            read.triggered.connect(lambda: self.session.reopen(read_only=True))
            aside = menu.addAction(
                self.tr("Move the damaged file aside (kept) and start a new store")
            )
            aside.triggered.connect(self.start_new)
        menu.addSeparator()

    def start_new(self) -> str:
        kept = self.session.start_new()
        if kept:
            self.error.setText(
                self.tr("A new case store was started. The old one is kept as {file}.").format(
                    file=kept
                )
            )
        return kept

    def delete_named(self, ref: str) -> bool:
        """Delete a case stored under a reference that is not a case number (a name, a date)."""
        text = self.tr("Delete '{name}' and its ticks and routes? It is not a case number.")
        title = self.tr("Delete this case?")
        return confirm(self, title, text.format(name=ref)) and self.session.delete_case(ref)

    def delete_current(self) -> None:
        ref = self.session.ref
        text = self.tr("Delete case {case} and its ticks and routes?").format(case=ref)
        if ref and confirm(self, self.tr("Delete this case?"), text):
            self.session.delete_case(ref)

    def delete_all(self) -> bool:
        text = self.tr(
            "Delete every case on this computer, with all ticks and routes?\n\n"
            "Bookmarks stay. This cannot be undone."
        )
        title = self.tr("Delete all case data?")
        if not confirm(self, title, text) or not self.session.delete_all():
            return False
        self.state.setText(self.tr("All case data deleted."))
        return True
