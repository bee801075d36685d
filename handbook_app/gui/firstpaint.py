"""``HANDBOOK_EXIT_AFTER_PAINT=1``: print ``painted <peak RSS in KB>`` after the first paint, quit.

For ``make bench`` only: it times a start from process creation to the first
frame. Light on purpose (QtCore only), so a bare baseline script can use it too.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

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
