"""The real program, started in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QImage

from handbook_app.gui.app import parse_args

if TYPE_CHECKING:
    from handbook_app.gui.window import MainWindow

pytestmark = pytest.mark.gui


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "handbook_app.gui.app", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)


def test_screenshot_with_a_search_writes_a_big_png(bundle_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.png"
    done = run_app(
        "--allow-unsigned",
        "--bundle",
        str(bundle_path),
        "--data-dir",
        str(tmp_path / "d"),
        "--screenshot",
        str(out),
        "--search",
        "passport",
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert image.width() >= 800
    assert image.height() >= 500


def test_arguments_are_parsed_with_an_import_hook() -> None:
    args = parse_args(["--bundle", "b", "--open", "finland", "--import", "x.handbook"])
    assert args.bundle == Path("b")
    assert args.open == "finland"
    assert args.import_file == Path("x.handbook")


def test_the_app_data_folder_is_the_one_qt_names(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI works out the data folder without Qt; it must be the app's own."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    from handbook_app import paths

    monkeypatch.delenv("HANDBOOK_DATA")
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(paths.ORGANIZATION)
    QCoreApplication.setApplicationName(paths.APPLICATION)
    try:
        qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    assert paths.default_data() == Path(qt)


@pytest.mark.parametrize("allowed", [False, True])
def test_an_unsigned_bundle_opens_only_with_allow_unsigned(
    bundle_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, allowed: bool
) -> None:
    from handbook_app.gui import app

    seen: list[tuple[object, str]] = []

    def shot(_app: object, window: MainWindow, *_args: object) -> int:
        seen.append((window.bundle, window.problem.text()))
        window.close()
        return 0

    monkeypatch.setattr(app, "screenshot", shot)
    flag = ["--allow-unsigned"] if allowed else []
    data = tmp_path / f"data-{allowed}"
    argv = [*flag, "--bundle", str(bundle_path), "--data-dir", str(data), "--screenshot", "x"]
    assert app.main(argv) == 0
    ((bundle, problem),) = seen
    if allowed:
        assert bundle is not None
        assert problem == ""
    else:
        assert bundle is None
        assert "not signed" in problem
        assert "--allow-unsigned" in problem
