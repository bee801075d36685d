"""The first paint: work deferred until after it, and the bench's view of it.

``after_paint`` runs heavy start-up work (opening the search index) only once a
widget has been painted, so the window shows first. ``HANDBOOK_EXIT_AFTER_PAINT=1``
makes the app print ``painted <peak RSS in KB>`` after its first paint and quit:
``make bench`` times a start from process creation to the first frame with it.
Light on purpose (QtCore only), so the bench's bare baseline script can use it too.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

if TYPE_CHECKING:
    from collections.abc import Callable

ENV = "HANDBOOK_EXIT_AFTER_PAINT"


def wanted() -> bool:
    return os.environ.get(ENV) == "1"


def peak_rss_kb() -> int:
    """The peak resident set size of this process (``VmHWM``), 0 where unknown."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class ExitAfterPaint(QObject):
    """Watches every widget's events; after the first paint pass, reports and quits."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.seen = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.report)  # after the whole paint pass
        return False

    def report(self) -> None:
        print(f"painted {peak_rss_kb()}", flush=True)
        self.app.quit()


def install(app: QCoreApplication) -> None:
    """Arm the watcher when the environment asks for it."""
    if wanted():
        ExitAfterPaint(app)


class _AfterPaint(QObject):
    def __init__(self, widget: QObject, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)  # after the whole paint pass
            self.deleteLater()
        return False


def after_paint(widget: QObject, callback: Callable[[], None], visible: bool) -> None:
    """Call ``callback`` once ``widget`` has been painted; soon, if it is ``visible`` already."""
    if visible:
        QTimer.singleShot(0, callback)
    else:
        _AfterPaint(widget, callback)
