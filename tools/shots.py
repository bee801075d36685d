"""Screenshots of the Talk panel for docs/screenshots/: picker, show mode, the printed card.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shots.py build/bundle docs/screenshots

Offscreen, with the shipped fonts registered (as the app does), at 1366x768;
``--size 1920x1080`` for the larger screen. The card's PDF is rendered to PNG
with ``pdftoppm`` (poppler-utils) when it is installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from handbook_app.gui.app import settle
from handbook_app.gui.handout import write_pdf
from handbook_app.gui.window import MainWindow
from handbook_app.paths import Paths

SHOWN = {"uk": "danger-now", "ar": "private-room", "th": "doctor", "vi": "interpreter"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    suffix = "" if args.size == "1366x768" else f"-{width}"
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as data:
        paths = Paths.build(Path(data))
        settings = QSettings(str(paths.ready().settings), QSettings.Format.IniFormat)
        settings.setValue("mission/host", "FI")
        window = MainWindow(paths, settings)
        window.library.open(args.bundle)
        window.resize(width, height)
        window.show()
        window.session.open("2026-014")
        window.navigator.open_talk()
        settle(app, timeout_ms=300)
        window.grab().save(str(args.out / f"talk-picker{suffix}.png"))
        for code, phrase in SHOWN.items():
            window.talk.choose(code)
            shown = window.talk.show_phrase(phrase)
            assert shown is not None
            shown.setWindowState(Qt.WindowState.WindowNoState)
            shown.resize(width, height)
            settle(app, timeout_ms=200)
            if code == "uk":
                shown.answer("yes")
            shown.grab().save(str(args.out / f"talk-show-{code}{suffix}.png"))
            shown.close()
        window.talk.choose("ar")
        settle(app, timeout_ms=200)
        window.grab().save(str(args.out / f"talk-phrases-ar{suffix}.png"))
        card = window.talk.card_dialog()
        card.language.setCurrentIndex(card.language.findData("uk"))
        pdf = Path(data) / "card.pdf"
        write_pdf(card.card(), pdf, window.talk.fonts)
        if suffix == "" and shutil.which("pdftoppm"):
            subprocess.run(
                ["pdftoppm", "-png", "-r", "110", "-singlefile", str(pdf),
                 str(args.out / "talk-card-uk")],
                check=True,
            )  # fmt: skip
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
