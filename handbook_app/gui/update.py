"""Updates in the window: File → Import update…, Roll back, and opening the installed edition.

The work is done by :mod:`handbook_app.trust.install` and :mod:`handbook_app.trust.recover`;
this module only asks, shows and reloads.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from handbook_app.errors import HandbookError, TrustError
from handbook_app.gui import firstpaint
from handbook_app.paths import default_bundle
from handbook_app.trust import install
from handbook_app.trust.keys import key_fingerprint, short, trust_key
from handbook_app.trust.recover import load_verified, repair_index
from handbook_app.trust.verify import Verdict

if TYPE_CHECKING:
    from handbook_app.gui.window import MainWindow

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


def add_actions(window: MainWindow) -> None:
    window._act("&File", "Import update…", lambda: choose_update(window))
    window._act("&File", "Roll back to previous edition", lambda: roll_back(window))
    window._act("&File", "Trust a publisher key…", lambda: choose_key(window))


def keys(window: MainWindow) -> list[Path]:
    return install.key_dirs(window.data_dir, window.trusted_keys)


def start(window: MainWindow, bundle: Path | None) -> bool:
    """Open ``bundle``, else the installed edition, else the one shipped; recover and say so."""
    data = window.data_dir
    installed = (data / install.CURRENT).exists() or (data / install.PREVIOUS).exists()
    target = bundle or (data if installed else default_bundle())
    # Unsigned development bundles still open here until the app has its own
    # --allow-unsigned (the GUI half of issue 11); the CLI refuses them without it.
    found, verdict, notes = load_verified(target, keys(window), index=False, allow_unsigned=True)
    if found is not None:
        loaded = window.load(found, verdict)
        firstpaint.after_paint(window, lambda: check_index(window, found, verdict), False)
    else:
        loaded = window.load(data / install.CURRENT if bundle is None and installed else target)
    if notes:
        window.show_problem(" ".join(notes))
    return loaded


def check_index(window: MainWindow, bundle: Path, verdict: Verdict) -> None:
    """After the first paint: hash the (large) index; rebuild it and reopen if damaged."""
    if verdict.manifest is None or window.bundle is None or window.bundle.path != bundle:
        return  # another bundle was opened meanwhile
    try:
        where, note = repair_index(bundle, verdict.manifest)
    except (HandbookError, OSError, RecursionError) as error:
        window.show_problem(f"The search index cannot be used: {error}")
        return
    if note:
        window.load(where, verdict)
        window.show_problem(note)


def choose_update(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window, TITLE, "", "Handbook update (*.zip);;All files (*)"
    )
    if name:
        import_file(window, Path(name))


def import_file(window: MainWindow, path: Path) -> bool:
    """Verify ``path``, show what it holds, install it if the user accepts. Never raises."""
    try:
        try:
            preview = install.import_update(path, window.data_dir, keys(window))
        except install.OlderEditionError as error:
            question = f"{error}.\n\nInstall the older edition anyway?"
            if QMessageBox.question(window, TITLE, question) != QMessageBox.StandardButton.Yes:
                return False
            preview = install.import_update(path, window.data_dir, keys(window), allow_older=True)
        if UpdateDialog(preview, window).exec() != QDialog.DialogCode.Accepted:
            install.discard(preview)
            window.statusBar().showMessage("Update cancelled; nothing changed.", 6000)
            return False
        current = install.accept(preview)
    except (HandbookError, OSError) as error:
        QMessageBox.warning(window, "Update refused", str(error))
        return False
    window.load(current)
    window.statusBar().showMessage(f"Edition {preview.manifest.edition} installed.", 8000)
    return True


def roll_back(window: MainWindow) -> bool:
    question = "Go back to the previous edition? You can return to this one the same way."
    if QMessageBox.question(window, "Roll back", question) != QMessageBox.StandardButton.Yes:
        return False
    try:
        current = install.rollback(window.data_dir)
    except (TrustError, OSError) as error:
        QMessageBox.warning(window, "Roll back", str(error))
        return False
    found, verdict, notes = load_verified(window.data_dir, keys(window))
    window.load(found or current)
    if notes:
        window.show_problem(" ".join(notes))
    edition = verdict.manifest.edition if verdict.manifest else "?"
    QMessageBox.information(window, "Roll back", f"Edition {edition} is open again.")
    return True


def choose_key(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window, "Trust a publisher key", "", "Public key (*.pub);;All files (*)"
    )
    if name:
        trust_file(window, Path(name))


def trust_file(window: MainWindow, path: Path) -> bool:
    """Show the key's fingerprint and trust it only when the user confirms. Never raises."""
    title = "Trust a publisher key"
    try:
        fp = key_fingerprint(path)
    except (HandbookError, OSError, ValueError) as error:
        QMessageBox.warning(window, title, f"This file is not a publisher key: {error}")
        return False
    question = (
        f"Trust content signed with this key?\n\nFingerprint: {short(fp)}\n({fp})\n\n"
        "Compare the fingerprint with the one the editors gave you by another channel "
        "(a call, a signed letter) before you answer Yes."
    )
    if QMessageBox.question(window, title, question) != QMessageBox.StandardButton.Yes:
        window.statusBar().showMessage("Key not trusted; nothing changed.", 6000)
        return False
    trust_key(path, keys(window)[-1])
    window.statusBar().showMessage(f"Key {short(fp)} is now trusted.", 8000)
    return True
