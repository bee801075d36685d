"""Cases: the reference being worked on, its saved ticks and routes, and deleting them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from handbook_app.errors import CaseStoreError
from handbook_app.gui.page import button, label

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from handbook_app.core.cases import Answer, CaseStore

PLACEHOLDER = "Case number, e.g. 2026-014 — never a name"


class CaseSession(QObject):
    """The case store and the case open now. Panels save through it; nothing if no case."""

    changed = Signal(str)
    failed = Signal(str)

    def __init__(self, store: CaseStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ref = ""

    def open(self, ref: str) -> bool:
        try:
            self.ref = self.store.open_case(ref).ref
        except CaseStoreError as error:
            self.failed.emit(str(error))
            return False
        self.changed.emit(self.ref)
        return True

    def close(self) -> None:
        self.ref = ""
        self.changed.emit("")

    def _guard(self, write: Callable[[str], None]) -> None:
        """``write(ref)`` when a case is open; a failure is emitted as ``failed``, not raised."""
        if not self.ref:
            return
        try:
            write(self.ref)
        except CaseStoreError as error:
            self.failed.emit(str(error))

    def ticks(self, checklist: str) -> set[str]:
        return self.store.ticks(self.ref, checklist) if self.ref else set()

    def set_tick(self, checklist: str, indicator: str, ticked: bool) -> None:
        self._guard(lambda ref: self.store.set_tick(ref, checklist, indicator, ticked))

    def clear_ticks(self, checklist: str) -> None:
        self._guard(lambda ref: self.store.clear_ticks(ref, checklist))

    def route(self, guide: str) -> list[tuple[str, str]]:
        return self.store.route(self.ref, guide) if self.ref else []

    def save_route(self, guide: str, trail: Iterable[tuple[str, str]]) -> None:
        steps = list(trail)
        self._guard(lambda ref: self.store.save_route(ref, guide, steps))

    def answers(self) -> list[Answer]:
        """The person's phrasebook answers in the open case (none without a case)."""
        return self.store.answers(self.ref) if self.ref else []

    def record_answer(self, phrase: str, answer: str) -> bool:
        """Save the person's answer (phrase ids only); False when no case is open or it failed."""
        if not self.ref:
            return False
        try:
            self.store.record_answer(self.ref, phrase, answer)
        except CaseStoreError as error:
            self.failed.emit(str(error))
            return False
        return True

    def delete_case(self, ref: str) -> bool:
        """Delete case ``ref``; a failure is emitted as ``failed``, not raised."""
        try:
            self.store.delete_case(ref)
        except CaseStoreError as error:
            self.failed.emit(str(error))
            return False
        if ref == self.ref:
            self.close()
        return True

    def delete_all(self) -> bool:
        """Delete every case; a failure is emitted as ``failed``, not raised."""
        try:
            self.store.delete_all()
        except CaseStoreError as error:
            self.failed.emit(str(error))
            return False
        self.close()
        return True


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


class CaseBar(QWidget):
    """Type a case number and open it; errors appear beside the field, not in a dialog."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.field = QLineEdit(placeholderText=PLACEHOLDER)
        self.field.setAccessibleName("Case reference")
        self.field.setToolTip("Only a case number. Never type a person's name here.")
        self.field.setMinimumWidth(330)
        self.open_button = button("Open case", "Open case")
        self.close_button = button("Close case", "Close case")
        self.state = label("No case open: ticks and routes are not saved.", "subtle", "Case status")
        self.state.setWordWrap(False)
        self.error = label("", "caseError", "Case error")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            QLabel("Case:"),
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
        session.failed.connect(self.error.setText)
        self._changed(session.ref)

    def open_typed(self) -> None:
        self.error.clear()
        self.session.open(self.field.text())

    def _changed(self, ref: str) -> None:
        self.close_button.setEnabled(bool(ref))
        if ref:
            self.error.clear()
            self.field.setText(ref)
            self.state.setText(
                f"Working on case {ref}: ticks and routes are saved on this computer."
            )
        else:
            self.field.clear()
            self.state.setText("No case open: ticks and routes are not saved.")

    def fill_menu(self, menu: QMenu) -> None:
        """The Cases menu: recent cases to reopen (with dates), delete one, delete all."""
        menu.clear()
        focus = menu.addAction("Open a case…")
        focus.triggered.connect(self.field.setFocus)
        recent = self.session.store.cases()[:12]
        if recent:
            menu.addSection("Reopen")
        for case in recent:
            action = QAction(f"{case.ref}  —  last used {case.updated[:10]}", menu)
            action.triggered.connect(lambda _c=False, ref=case.ref: self.session.open(ref))
            menu.addAction(action)
        menu.addSeparator()
        close = menu.addAction("Close case")
        close.setEnabled(bool(self.session.ref))
        close.triggered.connect(self.session.close)
        delete = menu.addAction("Delete this case…")
        delete.setEnabled(bool(self.session.ref))
        delete.triggered.connect(self.delete_current)
        wipe = menu.addAction("Delete all case data…")
        wipe.triggered.connect(self.delete_all)

    def delete_current(self) -> None:
        ref = self.session.ref
        if ref and confirm(
            self, "Delete this case?", f"Delete case {ref} and its ticks and routes?"
        ):
            self.session.delete_case(ref)

    def delete_all(self) -> bool:
        text = (
            "Delete every case on this computer, with all ticks and routes?\n\n"
            "Bookmarks stay. This cannot be undone."
        )
        if not confirm(self, "Delete all case data?", text) or not self.session.delete_all():
            return False
        self.state.setText("All case data deleted.")
        return True
