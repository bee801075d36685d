"""Types shared by the GUI tests and their fixtures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from handbook_app.gui.window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

Factory = Callable[..., MainWindow]


@dataclass
class Dialogs:
    """What the app asked; ``answer`` is what every question gets (Yes unless a test says)."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    questions: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)
    formats: list[Qt.TextFormat] = field(default_factory=list)
    """The text format of each message box shown, in order."""
    save_as: str = ""


def visible(text: str) -> str:
    """What Qt shows for ``text`` in a tooltip or an AutoText label: the text itself, or
    the plain text of the rich text it is taken for."""
    if not GuiQt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()
