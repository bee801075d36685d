"""The editors' live preview in the window: the controller and the problems panel.

:class:`Preview` runs a :class:`~handbook_app.preview.watch.Live` session (its first
build and the watcher on their own threads) and hands every outcome to the GUI
thread with a signal; the window shows each good build where the reader was and
the problems in :class:`ProblemsPanel` above the page. A build with errors writes
nothing, so the window keeps the last good state.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from handbook_app.content.problems import Severity
from handbook_app.gui import plain, theme
from handbook_app.preview import editor
from handbook_app.preview.session import Outcome, Session, prepare
from handbook_app.preview.watch import Live

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import TextIO

LINE_ROLE = Qt.ItemDataRole.UserRole
"""Where a problem's item keeps its ``(path, line)``."""
"""Errors stand out from warnings (the colour of the app's other error texts)."""
STOP_WAIT_S = 120
"""How long :meth:`Preview.stop` waits for a first build under way to finish."""
RELEASE_WAIT_S = 5
"""How long a rebuild waits for the window to close the old bundle's files before it
replaces them anyway (the GUI thread may be busy, or stopping the preview)."""
ROWS_SHOWN = 7
"""Lines of problems shown before the list scrolls: the page stays in sight."""


class Preview(QObject):
    """Builds ``content`` into a private folder, and again after every burst of saves.

    :meth:`start` imports what building needs (Markdown extensions, Whoosh's writer)
    on the GUI thread, as no other thread may import while Qt runs (see
    ``gui/search.py``), then returns: the first build runs on a thread of its own
    (a cold build of the real content takes seconds, and the window stays live),
    the rebuilds on the watcher's thread; neither imports anything. Signals, always
    on the GUI thread:
    ``outcome(Outcome)`` after every build; ``built(Path)`` with the bundle's folder
    after each build that wrote a new one; ``releasing()`` just before a build replaces
    the bundle shown, for the window to close the files it holds open in it (the
    search index): on Windows a folder holding an open file cannot be renamed. The
    build waits for that (at most :data:`RELEASE_WAIT_S`).
    """

    outcome = Signal(object)
    built = Signal(object)
    releasing = Signal()
    _arrived = Signal(object)  # emitted on the watcher's thread, delivered on the GUI's
    _release = Signal()  # likewise

    def __init__(
        self, content: Path, folder: Path, parent: QObject | None = None, **timing: int
    ) -> None:
        super().__init__(parent)
        self.content = content
        self.session = Session(content, folder)
        self.live = Live(self.session, self._hand_over, self._before_swap, **timing)
        self.last: Outcome | None = None
        self._stopped = threading.Event()
        self._released = threading.Event()
        self._first: threading.Thread | None = None
        self._arrived.connect(self._deliver)  # queued: the signal crosses threads
        self._release.connect(self._let_go)

    @property
    def bundle(self) -> Path:
        """Where the good builds are written."""
        return self.session.bundle

    @property
    def has_bundle(self) -> bool:
        """Whether a good build (of this run or an earlier one) is there to show."""
        return self.session.has_bundle

    def start(self) -> None:
        """Build once on a thread of its own (``outcome`` says when it is done), then watch."""
        prepare()
        self._first = threading.Thread(target=self.live.start, name="preview-build", daemon=True)
        self._first.start()

    def stop(self) -> None:
        """Stop watching; a build under way finishes (the private bundle is never left
        half-written) but is not shown."""
        self._stopped.set()
        self._released.set()  # a build waiting for the window goes on
        self.live.stop()
        if self._first is not None:
            self._first.join(STOP_WAIT_S)
        self.live.stop()  # the first build may have started the watcher meanwhile

    def _before_swap(self) -> None:
        """On the build's thread: have the GUI thread close the old bundle's files; wait."""
        if self._stopped.is_set():
            return
        self._released.clear()
        self._release.emit()
        self._released.wait(RELEASE_WAIT_S)

    def _let_go(self) -> None:
        if not self._stopped.is_set():
            self.releasing.emit()
        self._released.set()

    def _hand_over(self, outcome: Outcome) -> None:
        if not self._stopped.is_set():
            self._arrived.emit(outcome)

    def _deliver(self, outcome: Outcome) -> None:
        if self._stopped.is_set():
            return
        self.last = outcome
        if outcome.ok:
            self.built.emit(self.bundle)
        self.outcome.emit(outcome)


def _located(path: Path, content: Path) -> Path:
    return path if path.is_absolute() else content / path


class ProblemsPanel(QWidget):
    """What the last build of a preview said, as ``path:line: problem (fix)`` lines.

    Activating a line (double-click, Enter) opens its file in the editor at its
    line and prints the line on the console. The summary above says when the
    last build ran and whether the page shows it or the last good one. Everything
    is plain text: file names come from outside. Signal: ``message(text,
    milliseconds)`` for the status bar.
    """

    message = Signal(str, int)

    def __init__(
        self,
        preview: Preview,
        parent: QWidget | None = None,
        *,
        console: TextIO | None = None,
        environ: Mapping[str, str] | None = None,
        start: editor.Starter | None = None,
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.content = content = preview.content
        self.console, self.environ, self.start = console, environ, start
        self.setObjectName("previewProblems")
        self.summary = QLabel(self.tr("Building the preview of {folder}…").format(folder=content))
        self.summary.setObjectName("previewSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Live preview"))
        self.summary.setToolTip(
            plain.tip(
                self.tr("Watching {folder}: every save rebuilds the preview").format(folder=content)
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Problems in the content"))
        self.list.setToolTip(
            self.tr("Double-click a problem, or press Enter, to open its file at its line")
        )
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # long lines wrap, never cut
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self.open_problem)
        self.list.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self._set_state("building")

    def lines(self) -> list[str]:
        """The problems shown, as their lines."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def show_outcome(self, outcome: Outcome) -> None:
        """Show what a build found; the page keeps the last good state when it failed."""
        self.list.clear()
        errors_first = sorted(outcome.problems, key=lambda p: p.severity is not Severity.ERROR)
        for problem in errors_first:
            item = QListWidgetItem(problem.format(self.content))
            item.setData(LINE_ROLE, (str(_located(problem.path, self.content)), problem.line))
            if problem.severity is Severity.ERROR:
                item.setForeground(QColor(theme.colours().error_text))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.list.setVisible(bool(outcome.problems))
        lines = min(self.list.count() + 1, ROWS_SHOWN)  # a line more, for one that wraps
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * lines + 12)
        self.summary.setText(self._summary(outcome))
        self._set_state("error" if outcome.errors else "warning" if outcome.problems else "ok")

    def _summary(self, outcome: Outcome) -> str:
        when = time.strftime("%H:%M:%S")
        errors = len(outcome.errors)
        warnings = len(outcome.problems) - errors
        counts = []
        if errors:
            counts.append(self.tr("%n error(s)", "", errors))
        if warnings:
            counts.append(self.tr("%n warning(s)", "", warnings))
        found = self.tr(" and ").join(counts)
        if not outcome.ok:
            text = (
                self.tr(
                    "Preview at {time}: {found}, nothing rebuilt; "
                    "the page shows the last good build."
                )
                if self.preview.has_bundle
                else self.tr(
                    "Preview at {time}: {found}, nothing rebuilt; "
                    "nothing to show until they are fixed."
                )
            )
            return text.format(time=when, found=found)
        changed = self.tr("%n document(s)", "", len(outcome.changed) + len(outcome.removed))
        seconds = QLocale().toString(outcome.seconds, "f", 1)
        text = (
            self.tr("Preview at {time}: {changed} rebuilt in {seconds} s, {found}.")
            if found
            else self.tr("Preview at {time}: {changed} rebuilt in {seconds} s, no problems.")
        )
        return text.format(time=when, changed=changed, seconds=seconds, found=found)

    def _set_state(self, state: str) -> None:
        self.summary.setProperty("state", state)
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def open_problem(self, item: QListWidgetItem) -> None:
        """Print the problem on the console and open its file in the editor at its line."""
        print(item.text(), file=self.console or sys.stderr, flush=True)
        name, line = item.data(LINE_ROLE)
        path = Path(name)
        if not path.is_file():
            text = self.tr("{file} is not a file to open; see the console.").format(file=path)
            self.message.emit(text, 8000)
            return
        try:
            argv = editor.open_at(path, line, self.environ, self.start)
        except OSError as error:
            text = self.tr("The editor could not be started: {error}").format(error=error)
            self.message.emit(text, 10000)
            return
        text = self.tr("Opened {file} at line {line} with {editor}")
        self.message.emit(text.format(file=path.name, line=max(line, 1), editor=argv[0]), 6000)
