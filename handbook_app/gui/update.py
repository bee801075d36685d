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

from handbook_app.gui.language import QT_TRANSLATE_NOOP, date
from handbook_app.trust.keys import short

if TYPE_CHECKING:
    from handbook_app.trust import install

TITLE = QT_TRANSLATE_NOOP("UpdateDialog", "Import update")


class UpdateDialog(QDialog):
    """The preview of an update, with Accept and Cancel. Nothing changes before Accept."""

    def __init__(self, preview: install.Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr(TITLE))
        m = preview.manifest
        none = self.tr("none")
        rows = [
            (self.tr("Handbook"), m.title),
            (
                self.tr("Edition"),
                self.tr("{edition} of {date}").format(edition=m.edition, date=date(m.edition_date)),
            ),
            (self.tr("Publisher"), m.publisher),
            (self.tr("Key fingerprint"), f"{short(preview.fingerprint)} ({preview.fingerprint})"),
            (
                self.tr("Installed now"),
                none
                if preview.installed_edition is None
                else self.tr("edition {edition}").format(edition=preview.installed_edition),
            ),
        ]
        for label, changes in (
            (self.tr("Added (%n)", "", len(preview.added)), preview.added),
            (self.tr("Changed (%n)", "", len(preview.changed)), preview.changed),
            (self.tr("Removed (%n)", "", len(preview.removed)), preview.removed),
        ):
            rows.append((label, ", ".join(c.title for c in changes) or none))
        table = "".join(
            f"<tr><th align=left>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        signed = html.escape(self.tr("The update is signed by a trusted key."))
        self.text = QLabel(f"<p>{signed}</p><table cellpadding=3>{table}</table>")
        self.text.setTextFormat(Qt.TextFormat.RichText)  # every outside value is escaped
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Update details"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Accept"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
