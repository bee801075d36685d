"""One handbook per data folder: a second start raises the first window and exits.

Two windows on one case store would each show what they read at start and
overwrite each other's ticks and routes. So the first start holds a lock file in
the data folder (:class:`QLockFile`; a lock left by a crashed start is taken over,
since its process is gone). A second start on the same folder finds the lock,
writes the wake file beside it, which the first start watches
(:class:`QFileSystemWatcher`) to raise its window, and exits without opening the
case store. No socket of any kind is used, not even a local one.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from pathlib import Path

LOCK = "handbook-app.lock"
WAKE = "handbook-app.wake"


class Instance(QObject):
    """Signal ``woken()`` when a second start asked this one to show its window."""

    woken = Signal()

    def __init__(self, data: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wake = data / WAKE
        self.lock = QLockFile(str(data / LOCK))
        self.lock.setStaleLockTime(0)  # only a lock whose process is gone is stale
        self.watcher: QFileSystemWatcher | None = None

    def claim(self) -> bool:
        """True when this is the first start on the data folder (then it watches for wakes)."""
        if not self.lock.tryLock(100):
            return False
        try:
            self.wake.write_text("", encoding="utf-8")
        except OSError:
            return True  # the lock holds; only raising the window from a second start is lost
        self.watcher = QFileSystemWatcher([str(self.wake)], self)
        self.watcher.fileChanged.connect(self._changed)
        return True

    def wake_first(self) -> bool:
        """Ask the first start to raise its window; False when the wake file cannot be written."""
        try:
            self.wake.write_text(f"raise {os.getpid()}\n", encoding="utf-8")
        except OSError:
            return False
        return True

    def _changed(self, _path: str) -> None:
        if self.watcher is not None and str(self.wake) not in self.watcher.files():
            self.watcher.addPath(str(self.wake))  # replaced rather than written: watch again
        try:
            text = self.wake.read_text(encoding="utf-8")
        except OSError:
            return
        if text.startswith("raise"):
            self.woken.emit()

    def release(self) -> None:
        self.lock.unlock()
