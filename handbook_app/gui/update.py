"""The preview of an update, shown before anything changes (see :mod:`handbook_app.gui.library`)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from handbook_app.trust.keys import short

if TYPE_CHECKING:
    from handbook_app.trust import install

TITLE = "Import update"


class UpdateDialog(QDialog):
    """The preview of an update, with Accept and Cancel. Nothing changes before Accept."""

    def __init__(self, preview: install.Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        m = preview.manifest
        rows = [
            ("Handbook", m.title),
            ("Edition", f"{m.edition} of {m.edition_date}"),
            ("Publisher", m.publisher),
            ("Key fingerprint", f"{short(preview.fingerprint)} ({preview.fingerprint})"),
            (
                "Installed now",
                "none"
                if preview.installed_edition is None
                else f"edition {preview.installed_edition}",
            ),
        ]
        for label, changes in (
            ("Added", preview.added),
            ("Changed", preview.changed),
            ("Removed", preview.removed),
        ):
            rows.append(
                (f"{label} ({len(changes)})", ", ".join(c.title for c in changes) or "none")
            )
        table = "".join(
            f"<tr><th align=left>{k}</th><td>{html.escape(v)}</td></tr>" for k, v in rows
        )
        self.text = QLabel(
            f"<p>The update is signed by a trusted key.</p><table cellpadding=3>{table}</table>"
        )
        self.text.setTextFormat(Qt.TextFormat.RichText)  # every outside value is escaped
        self.text.setWordWrap(True)
        self.text.setAccessibleName("Update details")
        buttons = QDialogButtonBox()
        buttons.addButton("Accept", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
