"""The bundles of this computer: opening, verifying, recovering, updating, trusting keys.

:class:`Library` is given the :class:`~handbook_app.paths.Paths` of the run and
the window to parent its dialogs; it emits what happened and the window
connects that to its panels, banner and status bar. The work itself is done by
:mod:`handbook_app.trust.install` and :mod:`handbook_app.trust.recover`.

How start-up picks a bundle, all in :meth:`Library.start`:

1. the ``--bundle`` given, else the installed edition (``data/current``, with
   ``data/previous`` as the last known good), else the bundle shipped with the app;
2. :func:`~handbook_app.trust.recover.load_verified` checks its signature and
   the small files the window needs (not the documents, pictures and search
   index, whose number grows with the bundle) and falls back to the last known
   good edition;
3. :meth:`Library.open` opens it: ``opened`` tells the window to show it; the
   reader checks each document against the manifest as it reads it, so that
   none is shown unchecked;
4. after the first paint, :meth:`Library.check_later` hashes the index (at
   once, before the search opens it; a damaged one is rebuilt and the bundle
   opened again), then the documents and pictures on a worker thread. One that
   fails makes the start's choice again with every file checked (the last known
   good edition, as at a start) and the banner says what failed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from handbook_app.bundle.reader import Bundle
from handbook_app.errors import BundleError, HandbookError
from handbook_app.gui import firstpaint, plain
from handbook_app.gui.language import QT_TRANSLATE_NOOP, date, translate
from handbook_app.gui.update import TITLE, UpdateDialog
from handbook_app.trust import install
from handbook_app.trust.keys import key_fingerprint, short, trust_key
from handbook_app.trust.recover import REBUILT, Audit, Loaded, audit, load_verified, rebuild_index
from handbook_app.trust.verify import NOT_SIGNED, Verdict, verify_bundle

if TYPE_CHECKING:
    from handbook_app.bundle.manifest import Manifest
    from handbook_app.paths import Paths

KEY_TITLE = QT_TRANSLATE_NOOP("Library", "Trust a publisher key")
UNUSABLE = QT_TRANSLATE_NOOP("Library", "The search index cannot be used: {error}")


class Relay(QObject):
    done = Signal(object, object)
    """``(verdict, Audit or HandbookError)``, emitted from the worker thread."""


class Check(QRunnable):
    """The documents and pictures of a bundle hashed on a worker thread (nothing is
    imported there: PySide6's import hook is not safe in a second thread)."""

    def __init__(self, bundle: Path, verdict: Verdict, manifest: Manifest, relay: Relay) -> None:
        super().__init__()
        self.bundle, self.verdict, self.manifest, self.relay = bundle, verdict, manifest, relay

    def run(self) -> None:
        try:
            outcome: Audit | HandbookError = audit(self.bundle, self.manifest, index=False)
        except HandbookError as error:
            outcome = error  # handled on the GUI thread
        self.relay.done.emit(self.verdict, outcome)


class Library(QObject):
    """Signals: ``opened(Bundle, Verdict)`` when a bundle is open; ``problem(text)`` for the
    banner ("" clears it); ``message(text, milliseconds)`` for the status bar."""

    opened = Signal(object, object)
    problem = Signal(str)
    message = Signal(str, int)

    def __init__(self, paths: Paths, window: QWidget, *, allow_unsigned: bool = False) -> None:
        super().__init__(window)
        self.paths = paths
        self.window = window
        self.allow_unsigned = allow_unsigned
        """Open unsigned development bundles (``handbook-app --allow-unsigned``, ``make run``)."""
        self.bundle: Bundle | None = None
        self.verdict = Verdict(False)
        self.asked: Path | None = None
        """The ``--bundle`` of :meth:`start`."""
        self.pool = QThreadPool(self)  # before the relay: deleted (and waited for) first
        self.pool.setMaxThreadCount(1)
        self.relay = Relay(self)
        self.relay.done.connect(self.checked)

    def start(self, bundle: Path | None) -> bool:
        """Open ``bundle``, else the installed edition, else the one shipped; recover and say so.

        The documents, pictures and index are checked after the first paint
        (:meth:`check_later`); the reader checks each document it reads before.
        """
        self.asked = bundle
        found, verdict, notes = self.choose(bundle, documents=False)
        loaded = found is not None and self.open(found, verdict)
        if found is not None:
            firstpaint.after_paint(self.window, lambda: self.check_later(found, verdict), False)
        if notes:
            self.problem.emit(" ".join(notes))
        return loaded

    def choose(self, bundle: Path | None, *, documents: bool) -> Loaded:
        """The bundle to open at a start (see :meth:`start`), verified but for the index
        (and for the documents and pictures unless ``documents``), and notes for the banner."""
        data = self.paths.data
        installed = (data / install.CURRENT).exists() or (data / install.PREVIOUS).exists()
        target = bundle or (data if installed else self.paths.bundle)
        keys, unsigned = self.paths.key_dirs, self.allow_unsigned
        found, verdict, notes = load_verified(
            target, keys, index=False, documents=documents, allow_unsigned=unsigned
        )
        if found is None and bundle is None and installed:
            # no installed edition verifies: the bundle shipped with the app, if it does
            found, verdict, shipped = load_verified(
                self.paths.bundle, keys, index=False, documents=documents, allow_unsigned=unsigned
            )
            notes += shipped if found is None else [self.tr("The built-in edition is open.")]
        if found is None and NOT_SIGNED in verdict.problem and not unsigned:
            notes.append(self.refusal(Verdict(False)))
        return Loaded(found, verdict, notes)

    def open(self, path: Path, verdict: Verdict | None = None) -> bool:
        """Open the bundle at ``path`` (checked already when ``verdict`` is given).

        A bundle that fails its check is never opened, nor an unsigned one unless
        :attr:`allow_unsigned`; the bundle open before stays. A problem is emitted,
        never raised.
        """
        checked = verdict or verify_bundle(path, self.paths.key_dirs, index=False)
        refusal = self.refusal(checked)
        if refusal:
            self.problem.emit(refusal)
            return False
        self.verdict = checked
        try:
            opened = checked.opened
            bundle = opened if opened is not None and opened.path == path else Bundle(path)
        except BundleError as error:
            self.problem.emit(
                self.tr("This handbook cannot be opened: {error}").format(error=error)
            )
            return False
        self.bundle = bundle
        self.opened.emit(bundle, self.verdict)
        self.problem.emit("")
        self.announce()
        return True

    def announce(self) -> None:
        """The edition open now, in the status bar until the next message."""
        if self.bundle is None:
            return
        m = self.bundle.manifest
        shown = self.tr("{title} · edition {edition} of {date}")
        self.message.emit(
            shown.format(title=m.title, edition=m.edition, date=date(m.edition_date)), 0
        )

    def refusal(self, verdict: Verdict) -> str:
        """Why a bundle with this verdict is not opened; "" when it may be."""
        if verdict.problem:
            return self.tr("This handbook cannot be opened: it failed its check: {problem}").format(
                problem=verdict.problem
            )
        if not verdict.signed and not self.allow_unsigned:
            return self.tr(
                "This handbook cannot be opened: it is not signed by a publisher. "
                "Unsigned development content opens only when the app is started with "
                "--allow-unsigned."
            )
        return ""

    def check_later(self, bundle: Path, verdict: Verdict) -> None:
        """After the first paint: the index of the bundle :meth:`start` opened is checked
        at once (before the search opens it), its documents and pictures on a worker
        thread; :meth:`checked` acts on what that finds."""
        self.check_index(bundle, verdict)
        if verdict.manifest is not None and self.verdict is verdict:
            self.pool.start(Check(bundle, verdict, verdict.manifest, self.relay))

    def check_index(self, bundle: Path, verdict: Verdict) -> None:
        """Hash the index of the bundle open (its other files are checked or being checked);
        rebuild it and open the bundle again if it is damaged."""
        if verdict.manifest is None or self.bundle is None or self.bundle.path != bundle:
            return  # another bundle was opened meanwhile
        try:
            damaged = audit(bundle, verdict.manifest, documents=False).index_damaged
            where = rebuild_index(bundle) if damaged else bundle
        except HandbookError as error:
            self.problem.emit(self.tr(UNUSABLE).format(error=error))
            return
        if damaged:
            self.open(where, verdict)
            self.problem.emit(REBUILT)

    def checked(self, verdict: Verdict, found: Audit | HandbookError) -> None:
        """What the worker found in the documents and pictures of the bundle opened with
        ``verdict``: when one fails, the start's choice is made again with every file
        checked (the last known good edition, as at a start) and the banner says why."""
        if self.verdict is not verdict:
            return  # another bundle was opened meanwhile
        if isinstance(found, HandbookError) or found.problem:
            again, checked, notes = self.choose(self.asked, documents=True)
            if again is not None and self.open(again, checked):
                self.check_index(again, checked)
            self.problem.emit(" ".join(notes))

    def shutdown(self) -> None:
        """Wait for a check still running (the window is closing)."""
        self.pool.clear()
        self.pool.waitForDone()

    def choose_bundle(self) -> None:
        name = QFileDialog.getExistingDirectory(self.window, self.tr("Open a handbook bundle"))
        if name:
            self.open(Path(name))

    def choose_update(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("UpdateDialog", TITLE),
            "",
            self.tr("Handbook update (*.zip);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Verify ``path``, show what it holds, install it if the user accepts. Never raises."""
        data, keys = self.paths.data, self.paths.key_dirs
        try:
            try:
                preview = install.import_update(path, data, keys)
            except install.OlderEditionError as error:
                anyway = self.tr("Install the older edition anyway?")
                question = f"{error}.\n\n{anyway}"
                if not self._yes(translate("UpdateDialog", TITLE), question):
                    return False
                preview = install.import_update(path, data, keys, allow_older=True)
            if UpdateDialog(preview, self.window).exec() != QDialog.DialogCode.Accepted:
                install.discard(preview)
                self.message.emit(self.tr("Update cancelled; nothing changed."), 6000)
                return False
            current = install.accept(preview)
        except HandbookError as error:
            plain.warn(self.window, self.tr("Update refused"), str(error))
            return False
        self.open(current)
        installed = self.tr("Edition {edition} installed.")
        self.message.emit(installed.format(edition=preview.manifest.edition), 8000)
        return True

    def roll_back(self) -> bool:
        question = self.tr(
            "Go back to the previous edition? You can return to this one the same way."
        )
        title = self.tr("Roll back")
        if not self._yes(title, question):
            return False
        try:
            current = install.rollback(self.paths.data)
        except HandbookError as error:
            plain.warn(self.window, title, str(error))
            return False
        found, verdict, notes = load_verified(
            self.paths.data, self.paths.key_dirs, allow_unsigned=self.allow_unsigned
        )
        self.open(found or current)
        if notes:
            self.problem.emit(" ".join(notes))
        edition = verdict.manifest.edition if verdict.manifest else "?"
        again = self.tr("Edition {edition} is open again.").format(edition=edition)
        plain.message(self.window, title, again)
        return True

    def choose_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr(KEY_TITLE), "", self.tr("Public key (*.pub);;All files (*)")
        )
        if name:
            self.trust_file(Path(name))

    def trust_file(self, path: Path) -> bool:
        """Show the key's fingerprint and trust it only when the user confirms. Never raises."""
        try:
            fp = key_fingerprint(path)
        except HandbookError as error:
            plain.warn(
                self.window,
                self.tr(KEY_TITLE),
                self.tr("This file is not a publisher key: {error}").format(error=error),
            )
            return False
        question = self.tr(
            "Trust content signed with this key?\n\nFingerprint: {short}\n({full})\n\n"
            "Compare the fingerprint with the one the editors gave you by another channel "
            "(a call, a signed letter) before you answer Yes."
        ).format(short=short(fp), full=fp)
        if not self._yes(self.tr(KEY_TITLE), question):
            self.message.emit(self.tr("Key not trusted; nothing changed."), 6000)
            return False
        try:
            trust_key(path, self.paths.user_keys)
        except HandbookError as error:
            plain.warn(
                self.window,
                self.tr(KEY_TITLE),
                self.tr("The key could not be saved: {error}").format(error=error),
            )
            return False
        self.message.emit(self.tr("Key {key} is now trusted.").format(key=short(fp)), 8000)
        return True

    def _yes(self, title: str, question: str) -> bool:
        return plain.yes(self.window, title, question)
