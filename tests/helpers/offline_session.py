"""A scripted session of the app, run by tests/test_sockets.py under ``strace``.

    python tests/helpers/offline_session.py BUNDLE UPDATE DATA KEYS OUT

Opens ``BUNDLE`` offscreen, searches, opens one document of each kind, exports a PDF,
imports the signed ``UPDATE`` (accepting it) and quits; prints ``done`` at the end.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


def main(bundle: Path, update: Path, data: Path, keys: Path, out: Path) -> int:
    app = QApplication([])
    from handbook_app.gui import update as preview
    from handbook_app.gui.window import MainWindow
    from handbook_app.paths import Paths

    QMessageBox.exec = lambda _box: QMessageBox.StandardButton.Yes.value  # type: ignore[method-assign]
    preview.UpdateDialog.exec = lambda _d: QDialog.DialogCode.Accepted.value  # type: ignore[method-assign]
    paths = Paths.build(data, release_keys=keys)
    paths.data.mkdir(parents=True, exist_ok=True)
    window = MainWindow(paths, QSettings(str(paths.settings), QSettings.Format.IniFormat))
    window.library.allow_unsigned = True
    assert window.library.start(bundle), window.problem.text()
    window.show()
    window.search.box.setText("passport")
    window.search.run()
    deadline = time.monotonic() + 20
    while window.search.shown is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    assert window.search.shown is not None, "no search answer"
    assert window.search.shown.hits, "no search results"
    assert window.bundle is not None
    kinds = {entry.kind: entry.id for entry in window.bundle.entries}
    for doc_id in kinds.values():
        assert window.navigator.open(doc_id), doc_id
        app.processEvents()
    window.slips.export_pdf(out)
    assert out.stat().st_size > 1000, "no PDF"
    assert window.library.import_file(update), "the update was not installed"
    window.close()
    app.processEvents()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*(Path(a) for a in sys.argv[1:6])))
