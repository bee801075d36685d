"""Render the start page, a checklist, a guide and a country page in every theme at three
screen sizes into docs/screenshots/ (offscreen): ``make screenshots``. The same pages in
German, Polish and Ukrainian at 1366x768 (``{page}-{lang}-1366x768.png``), to see that
longer words still fit; ``--languages`` renders only those."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from handbook_app.builder import pipeline
from handbook_app.gui.window import MainWindow
from handbook_app.paths import Paths

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZES = ((1024, 600), (1366, 768), (1920, 1080))
THEMES = ("light", "dark", "contrast")
ZOOMS = (-2, 4)
LANGUAGES = ("de", "pl", "uk")
LANGUAGE_SIZE = (1366, 768)
PAGES = (
    ("start", "", ""),
    ("checklist", "adult-labour", "coercion-at-destination"),
    ("guide", "guide-first-contact", ""),
    ("country", "finland", ""),
)


def settle(app: QApplication, seconds: float = 0.15) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot(app: QApplication, window: MainWindow, name: str) -> bool:
    """Each page into ``{page}-{name}-{width}x{height}.png``."""
    for page, doc, anchor in PAGES:
        window.navigator.open_and_enter(doc, anchor)
        settle(app, 0.25)
        target = OUT / f"{page}-{name}-{window.width()}x{window.height()}.png"
        if not window.grab().save(str(target), "PNG"):
            print(f"could not write {target}", file=sys.stderr)
            return False
        print(target.relative_to(ROOT), window.width(), window.height())
    return True


def languages(app: QApplication, window: MainWindow) -> bool:
    """The pages in each of :data:`LANGUAGES`, light, at :data:`LANGUAGE_SIZE`."""
    window.set_theme("light")
    window.resize(*LANGUAGE_SIZE)
    settle(app)
    try:
        for code in LANGUAGES:
            window.languages.apply(code)
            if not shoot(app, window, code):
                return False
        return True
    finally:
        window.languages.apply("en")


def main() -> int:
    only_languages = "--languages" in sys.argv[1:]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        bundle = Path(tmp) / "bundle"
        pipeline.build(ROOT / "content", bundle)
        paths = Paths.build(Path(tmp) / "data")
        paths.data.mkdir(parents=True, exist_ok=True)
        settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
        settings.setValue("mission/host", "FI")
        window = MainWindow(paths, settings)
        window.library.allow_unsigned = True  # the screenshots' bundle is a development one
        window.library.open(bundle)
        window.show()
        if only_languages:
            return 0 if languages(app, window) else 1
        for name in THEMES:
            window.set_theme(name)
            for width, height in SIZES:
                window.resize(width, height)
                settle(app)
                for page, doc, anchor in PAGES:
                    window.navigator.open_and_enter(doc, anchor)
                    settle(app, 0.25)
                    target = OUT / f"{page}-{name}-{width}x{height}.png"
                    if not window.grab().save(str(target), "PNG"):
                        print(f"could not write {target}", file=sys.stderr)
                        return 1
                    print(target.relative_to(ROOT), window.width(), window.height())
        window.set_theme("light")
        window.resize(*SIZES[0])
        for steps in ZOOMS:  # the smallest screen at the zoom ends
            window.zoom.change(0)
            window.zoom.change(steps)
            for page, doc, anchor in PAGES:
                window.navigator.open_and_enter(doc, anchor)
                settle(app, 0.25)
                sign = "+" if steps > 0 else ""
                target = OUT / f"{page}-zoom{sign}{steps}-{SIZES[0][0]}x{SIZES[0][1]}.png"
                if not window.grab().save(str(target), "PNG"):
                    return 1
                print(target.relative_to(ROOT), window.width(), window.height())
        window.zoom.change(0)
        if not languages(app, window):
            return 1
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
