"""What the window says about its content: the About box and the warning banners."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from handbook_app import __version__
from handbook_app.gui import language, plain
from handbook_app.gui.language import QT_TRANSLATE_NOOP, date, translate

if TYPE_CHECKING:
    from pathlib import Path

    from handbook_app.bundle.manifest import Manifest
    from handbook_app.trust.verify import Verdict

UNSIGNED = QT_TRANSLATE_NOOP(
    "About", "Unsigned development content: do not rely on it for real cases."
)


def banner(name: str) -> QLabel:
    label = plain.label_of(QLabel(""))  # problems name files and manifest fields
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAccessibleName(
        translate("About", "Unsigned content warning")
        if name == "unsigned"
        else translate("About", "Content problem")
    )
    label.hide()
    return label


def text(manifest: Manifest | None, verdict: Verdict, translations: Path | None = None) -> str:
    """The About box's words, plain text: the title and publisher come from the manifest."""
    if manifest is None:
        content = translate("About", "No content loaded")
    else:
        content = translate("About", "{title}, edition {edition} of {date}").format(
            title=manifest.title,
            edition=manifest.edition,
            date=date(manifest.edition_date),
        )
        publisher = translate("About", "Publisher: {name}").format(name=manifest.publisher)
        content += f"\n{publisher}"
    if verdict.signed:
        signature = translate("About", "Signature: signed, key fingerprint {fingerprint}")
        signature = signature.format(fingerprint=verdict.fingerprint)
    else:
        signature = translate("About", "Signature: unsigned (development content)")
    name = translate("About", "Consular Handbook")
    about = f"{name} {__version__}\n\n{content}\n\n{signature}"
    if translations is not None:
        about += f"\n\n{interface(language.reviewed(translations))}"
    return about


def interface(reviewed: dict[str, bool]) -> str:
    """Which interface translations a native speaker has reviewed (in the About box)."""
    done = [language.name(code) for code, ok in reviewed.items() if ok]
    waiting = [language.name(code) for code, ok in reviewed.items() if not ok]
    checked = ", ".join(done) or translate("About", "none")
    line = translate("About", "Interface translations reviewed by a native speaker: {names}.")
    line = line.format(names=checked)
    if waiting:
        rest = translate("About", "Not yet reviewed: {names}.").format(names=", ".join(waiting))
        line += " " + rest
    return line


def show(
    parent: QWidget, manifest: Manifest | None, verdict: Verdict, translations: Path | None = None
) -> None:
    """The About box, as plain text."""
    title = translate("About", "About Consular Handbook")
    plain.message(parent, title, text(manifest, verdict, translations))
