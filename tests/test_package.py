"""The frozen app: build.spec builds it, and its ``--self-test`` passes (``make package-test``).

Slow (about a minute): PyInstaller runs once per session, into a temporary folder,
so ``dist/`` is left alone. Not part of ``make test``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
NAME = "handbook-app"
QT_PLATFORMS = {"libqoffscreen.so", "libqxcb.so"}


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without anything that would change which bundle or key is used."""
    drop = {"HANDBOOK_BUNDLE", "HANDBOOK_SIGNING_KEY", "HANDBOOK_PACKAGE_UNTRIMMED"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip("build.spec is tried on Linux only")
    out = tmp_path_factory.mktemp("package")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    command += ["--distpath", str(out / "dist"), "--workpath", str(out / "work"), "build.spec"]
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return out / "dist" / NAME


def self_test(app_dir: Path, *wrapper: str, **env: str) -> dict[str, Any]:
    done = subprocess.run(
        [*wrapper, str(app_dir / NAME), "--self-test"],
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = done.stdout.splitlines()
    assert len(lines) == 1, (done.stdout, done.stderr[-4000:])
    summary: dict[str, Any] = json.loads(lines[0])
    assert done.returncode == (0 if summary["ok"] else 1)
    return summary


def test_frozen_self_test_passes_offscreen(app_dir: Path) -> None:
    summary = self_test(app_dir, QT_QPA_PLATFORM="offscreen")
    info = yaml.safe_load((ROOT / "content" / "handbook.yaml").read_text("utf-8"))
    assert summary["ok"] is True, summary
    assert Path(summary["bundle"]) == app_dir / "_internal" / "bundle"
    assert summary["edition"] == info["edition"]
    # the catalog lists the originals; translations (content/<lang>/) are in languages.json
    first = ROOT / "content" / info["languages"][0]
    assert summary["documents"] == len(list(first.rglob("*.md")))
    assert summary["signature"] == "unsigned"
    assert summary["hits"] > 0
    assert summary["platform"] == "offscreen"


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (apt: xvfb)")
def test_frozen_self_test_passes_on_x11(app_dir: Path) -> None:
    """The xcb plugin and the libraries it needs load from the folder (on a virtual X server)."""
    summary = self_test(app_dir, "xvfb-run", "-a", QT_QPA_PLATFORM="xcb")
    assert summary["ok"] is True, summary
    assert summary["platform"] == "xcb"


def test_only_the_qt_parts_the_app_uses(app_dir: Path) -> None:
    qt = app_dir / "_internal" / "PySide6" / "Qt"
    assert {p.name for p in (qt / "plugins" / "platforms").iterdir()} == QT_PLATFORMS
    assert (qt / "plugins" / "printsupport").is_dir()
    assert not (qt / "translations").exists()
    modules = {p.name.split(".")[0] for p in (app_dir / "_internal" / "PySide6").glob("Qt*.so")}
    assert modules == {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"}
    for name in ("QtNetwork", "QtQml", "QtQuick", "QtOpenGL", "QtWaylandClient"):
        assert not list(app_dir.rglob(f"libQt6{name}.so*")), name
    assert not [p for p in app_dir.rglob("*") if p.is_symlink() and not p.exists()]
    assert not list(app_dir.rglob("make_icons.py"))


def test_every_qt_library_resolves_inside_the_folder(app_dir: Path) -> None:
    """ldd on each kept plugin and Qt library: no Qt library is missing."""
    qt = app_dir / "_internal" / "PySide6" / "Qt"
    for lib in [*qt.glob("plugins/*/*.so"), *qt.glob("lib/*.so*")]:
        done = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, check=False)
        missing = [line for line in done.stdout.splitlines() if "not found" in line]
        assert not [m for m in missing if "libQt6" in m], (lib.name, missing)


def test_resources_and_desktop_integration_are_shipped(app_dir: Path) -> None:
    resources = app_dir / "_internal" / "resources"
    assert (resources / "styles" / "reader.css").is_file()
    assert list((resources / "trusted_keys").glob("*.pub"))
    assert (resources / "handbook-app.desktop").is_file()
    for size in (16, 32, 48, 64, 128, 256):
        assert (resources / "icons" / "app" / f"handbook-app-{size}.png").is_file()


def test_the_phrasebook_fonts_and_their_licence_are_shipped(app_dir: Path) -> None:
    fonts = app_dir / "_internal" / "resources" / "fonts"
    assert sorted(p.name for p in fonts.iterdir()) == [
        "NotoNaskhArabic-Regular.ttf",
        "NotoSans-Regular.ttf",
        "NotoSansCJKsc-Regular.otf",
        "NotoSansThai-Regular.ttf",
        "OFL.txt",
    ]
