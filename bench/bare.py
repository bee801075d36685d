"""The baseline: a bare PySide6 window (QApplication, QMainWindow, QTextBrowser), nothing else."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

from handbook_app.gui import firstpaint


def main() -> int:
    app = QApplication(sys.argv[:1])
    firstpaint.install(app)
    window = QMainWindow()
    window.setCentralWidget(QTextBrowser())
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
