"""Types shared by the GUI tests and their fixtures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QMessageBox

from handbook_app.gui.window import MainWindow

Factory = Callable[..., MainWindow]


@dataclass
class Dialogs:
    """What the app asked; ``answer`` is what every question gets (Yes unless a test says)."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    questions: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)
    save_as: str = ""
