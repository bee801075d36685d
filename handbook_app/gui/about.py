"""What the window says about its content: the About box and the warning banners."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from handbook_app import __version__

if TYPE_CHECKING:
    from handbook_app.bundle.manifest import Manifest
    from handbook_app.trust.verify import Verdict

UNSIGNED = "Unsigned development content: do not rely on it for real cases."


def banner(name: str) -> QLabel:
    label = QLabel("")
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAccessibleName("Unsigned content warning" if name == "unsigned" else "Content problem")
    label.hide()
    return label


def text(manifest: Manifest | None, verdict: Verdict) -> str:
    if manifest is None:
        content = "No content loaded"
    else:
        content = (
            f"{manifest.title}, edition {manifest.edition} of {manifest.edition_date}"
            f"<br>Publisher: {manifest.publisher}"
        )
    if verdict.signed:
        signature = f"signed, key fingerprint {verdict.fingerprint}"
    else:
        signature = "unsigned (development content)"
    return f"<b>Consular Handbook</b> {__version__}<p>{content}</p><p>Signature: {signature}</p>"


def show(parent: QWidget, manifest: Manifest | None, verdict: Verdict) -> None:
    QMessageBox.about(parent, "About Consular Handbook", text(manifest, verdict))
