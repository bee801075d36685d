"""The content panels are built when first opened: the window shows without them, and a
panel built after the officer changed the language, the zoom or the theme is in them,
and is wired as if it had been there from the start."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication

from handbook_app.gui import printing

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui

LATER = (
    "handbook_app.gui.checklist",
    "handbook_app.gui.guide",
    "handbook_app.gui.country",
    "handbook_app.gui.talk",
    "handbook_app.gui.printing",
    "PySide6.QtPrintSupport",
)
"""What the first frame does not need: the panels not shown at start, and printing."""

SHOWN = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from handbook_app.gui.window import MainWindow
from handbook_app.paths import Paths

app = QApplication([])
paths = Paths.build(Path(sys.argv[2]))
paths.data.mkdir(parents=True)
window = MainWindow(paths, QSettings(str(paths.settings), QSettings.Format.IniFormat))
window.library.allow_unsigned = True
window.library.open(Path(sys.argv[1]))
window.show()
app.processEvents()
later = sys.argv[3:]
print(sorted(m for m in later if m in sys.modules))
window.navigator.open("adult-labour")
print(sorted(m for m in later if m in sys.modules))
"""


def test_the_window_shows_without_the_panels_it_does_not_show(
    bundle_path: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SHOWN, str(bundle_path), str(tmp_path / "data"), *LATER],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    at_start, after_checklist = done.stdout.split("\n")[:2]
    assert at_start == "[]"
    assert after_checklist == "['handbook_app.gui.checklist']"


def test_a_checklist_opened_later_is_in_the_language_zoom_and_theme_chosen(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.navigator.open("first-contact")  # the reader, built before the changes
    window.languages.choose("de")
    window.set_theme("dark")
    window.zoom.change(2)
    qtbot.wait(20)
    assert window.reader.page.accessibleName() == "Handbuchseite"
    assert window.navigator.open("adult-labour")
    checklist = window.checklist
    assert window.stack.currentWidget() is checklist
    assert checklist.area.accessibleName() == "Indikatoren"
    assert checklist.assessor.reset.text() != "Reset"
    zoomed = window.reader.page.font().pointSize()
    assert checklist.boxes["job"].font().pointSize() == zoomed
    dark = QApplication.palette().color(QApplication.palette().ColorRole.Window)
    assert dark.lightness() < 100
    assert checklist.palette().color(checklist.palette().ColorRole.Window) == dark
    window.zoom.change(0)  # restyled with the rest of the window from now on
    assert checklist.boxes["job"].font().pointSize() == window.reader.page.font().pointSize()
    assert checklist.boxes["job"].font().pointSize() < zoomed
    window.languages.choose("en")
    qtbot.wait(20)
    assert checklist.area.accessibleName() == "Indicators"


def test_a_checklist_opened_later_prints_its_slip_and_opens_its_links(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[str] = []
    monkeypatch.setattr(printing, "print_dialog", lambda _owner, html: printed.append(html))
    window.session.open("2026-050")
    window.navigator.open("adult-labour")
    checklist = window.checklist
    checklist.boxes["job"].click()
    checklist.assessor.print.click()
    assert len(printed) == 1
    assert "Case reference: <b>2026-050</b>" in printed[0]
    assert "Deceived about the nature of the job" in printed[0]
    assert window.store.ticks("2026-050", "adult-labour") == {"job"}
    checklist.openRequested.emit("first-contact", "")
    assert window.stack.currentWidget() is window.reader
    assert window.navigator.history.current == ("first-contact", "")
    window.navigator.go_back()
    assert window.stack.currentWidget() is checklist
    assert checklist.boxes["job"].isChecked()
