"""Key press in the real window's search box to results painted, offscreen.

For each query the box holds all but its last character; the bench then presses
that key with ``QTest.keyClick`` and waits for ``Search.resultsShown`` plus the
paint that follows. ``debounced`` (the figure reported) lets the box's own typing
timer fire first, as when an officer types; ``raw`` starts the search at once.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from handbook_app.gui.window import MainWindow
from handbook_app.paths import Paths

WAIT_MS = 60_000


def _type_last_key(app: QApplication, window: MainWindow, text: str, debounce: bool) -> float:
    search = window.search
    search.box.setText(text[:-1])
    search.timer.stop()
    app.processEvents()
    loop = QEventLoop()
    search.resultsShown.connect(loop.quit)
    QTimer.singleShot(WAIT_MS, loop.quit)
    began = time.perf_counter()
    QTest.keyClick(search.box, text[-1])
    if not debounce:
        search.run()
    loop.exec()
    search.resultsShown.disconnect(loop.quit)
    app.processEvents()  # the results list's paint
    return time.perf_counter() - began


def measure(
    bundle: Path, queries: list[str], debounced_every: int = 4
) -> tuple[list[float], list[float]]:
    """(raw, debounced) seconds per query; every ``debounced_every``-th query also debounced."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="bench-keys-") as data:
        settings = QSettings(str(Path(data) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Paths.build(Path(data)), settings)
        window.resize(1280, 800)
        window.library.allow_unsigned = True  # a development bundle
        window.library.open(bundle)
        window.show()
        if window.search.engines is not None:  # open the index now, not on the first key
            window.search.engines.warm()
        app.processEvents()
        raw: list[float] = []
        debounced: list[float] = []
        for number, text in enumerate(queries):
            raw.append(_type_last_key(app, window, text, debounce=False))
            if number % debounced_every == 0:
                debounced.append(_type_last_key(app, window, text, debounce=True))
        window.close()
        app.processEvents()
    return raw, debounced
