"""GUI fixtures: one bundle built from ``tests/gui/content``, windows on temp data, no dialogs."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from helpers.gui_kit import Dialogs, Factory
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from handbook_app.builder import pipeline
from handbook_app.core.mission import HOME_KEY, HOST_KEY
from handbook_app.gui.window import MainWindow
from handbook_app.paths import Paths

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

CONTENT = Path(__file__).parent / "content"


@pytest.fixture(scope="session")
def bundle_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gui") / "bundle"
    pipeline.build(CONTENT, out)
    return out


@pytest.fixture
def bundle_copy(bundle_path: Path, tmp_path: Path) -> Path:
    """A bundle a test may damage."""
    copy = tmp_path / "bundle-copy"
    shutil.copytree(bundle_path, copy)
    return copy


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """No modal dialog ever blocks a test (novelWriter style)."""
    seen = Dialogs()

    def question(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        seen.questions.append(f"{title}\n{text}")
        return seen.answer

    def message(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        seen.messages.append(f"{title}\n{text}")
        return QMessageBox.StandardButton.Ok

    def run(box: QMessageBox) -> int:
        """Every message box of the app (gui/plain.py) is built and run with exec()."""
        seen.formats.append(box.textFormat())
        if box.icon() == QMessageBox.Icon.Question:
            seen.questions.append(f"{box.windowTitle()}\n{box.text()}")
            return seen.answer.value
        seen.messages.append(f"{box.windowTitle()}\n{box.text()}")
        return QMessageBox.StandardButton.Ok.value

    def open_url(url: QUrl) -> bool:
        seen.opened.append(url.toString())
        return True

    monkeypatch.setattr(QMessageBox, "exec", run)
    monkeypatch.setattr(QMessageBox, "question", question)
    for name in ("about", "critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, message)
    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (seen.save_as, "PDF (*.pdf)")
    )
    return seen


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path, bundle_path: Path) -> Iterator[Factory]:
    """Windows sharing one data folder, as if the app were started again."""
    made: list[MainWindow] = []

    def make(
        bundle: Path | None = None,
        data: Path | None = None,
        keys: Path | None = None,
        mission: tuple[str, str] | None = ("", ""),
    ) -> MainWindow:
        paths = Paths.build(data or tmp_path / "data", release_keys=keys)
        paths.data.mkdir(parents=True, exist_ok=True)
        settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
        if mission is not None:  # None: a first start, which asks for the mission
            settings.setValue(HOME_KEY, mission[0])
            settings.setValue(HOST_KEY, mission[1])
        window = MainWindow(paths, settings)
        window.library.allow_unsigned = True  # the test bundles are development bundles
        qtbot.addWidget(window)
        window.library.open(bundle or bundle_path)
        window.resize(1100, 700)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


@pytest.fixture
def window(make_window: Factory) -> MainWindow:
    return make_window()


@pytest.fixture
def active(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The window, active, so that its shortcuts fire."""
    window.activateWindow()
    qtbot.waitActive(window)
    return window
