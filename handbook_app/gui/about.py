"""What the window says about its content: the About box and the warning banners."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from handbook_app import __version__
from handbook_app.gui import plain

if TYPE_CHECKING:
    from handbook_app.bundle.manifest import Manifest
    from handbook_app.trust.verify import Verdict

UNSIGNED = "Unsigned development content: do not rely on it for real cases."


def banner(name: str) -> QLabel:
    label = plain.label_of(QLabel(""))  # problems name files and manifest fields
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
            f"\nPublisher: {manifest.publisher}"
        )
    if verdict.signed:
        signature = f"signed, key fingerprint {verdict.fingerprint}"
    else:
        signature = "unsigned (development content)"
    return f"Consular Handbook {__version__}\n\n{content}\n\nSignature: {signature}"


def show(parent: QWidget, manifest: Manifest | None, verdict: Verdict) -> None:
    """The About box, as plain text: the title and publisher come from the manifest."""
    plain.message(parent, "About Consular Handbook", text(manifest, verdict))
