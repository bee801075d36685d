"""The import graph read from the code: layers, no cycles, no Qt in the core, docs that match."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import imports
import pytest

ROOT = Path(__file__).resolve().parent.parent


def make_package(root: Path, files: dict[str, str]) -> Path:
    package = root / "handbook_app"
    for name, text in {"__init__.py": "", **files}.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        if path.parent != package and not (path.parent / "__init__.py").exists():
            (path.parent / "__init__.py").write_text("", "utf-8")
    return package


def test_the_code_keeps_every_rule() -> None:
    graph = imports.read(ROOT / "handbook_app")
    assert "handbook_app.gui.window" in graph.imports  # the graph was really read
    assert imports.problems(graph) == []


def test_a_core_module_importing_qt_is_reported(tmp_path: Path) -> None:
    package = make_package(
        tmp_path, {"core/route.py": "from PySide6.QtCore import QObject\n", "gui/w.py": ""}
    )
    assert imports.problems(imports.read(package)) == [
        "handbook_app.core.route imports PySide6: only gui may"
    ]


@pytest.mark.parametrize("package", ["content", "bundle", "search", "core", "builder", "trust"])
def test_qt_is_refused_in_every_core_package(tmp_path: Path, package: str) -> None:
    source = make_package(tmp_path, {f"{package}/x.py": "def f():\n    import PySide6\n"})
    assert imports.problems(imports.read(source)) == [
        f"handbook_app.{package}.x imports PySide6: only gui may"
    ]


def test_a_cycle_under_type_checking_is_still_a_cycle(tmp_path: Path) -> None:
    package = make_package(
        tmp_path,
        {
            "gui/a.py": "from handbook_app.gui import b\n",
            "gui/b.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from handbook_app.gui.a import Thing\n"
            ),
        },
    )
    assert imports.problems(imports.read(package)) == [
        "import cycle: handbook_app.gui.a → handbook_app.gui.b → handbook_app.gui.a"
    ]


def test_a_layer_importing_upwards_is_reported(tmp_path: Path) -> None:
    package = make_package(
        tmp_path, {"core/x.py": "from ..gui.window import MainWindow\n", "gui/window.py": ""}
    )
    assert imports.problems(imports.read(package)) == [
        "handbook_app.core.x imports handbook_app.gui.window: core may not import gui"
    ]


def test_architecture_doc_shows_the_picture_the_code_makes() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text("utf-8")
    shown = re.search(r"```mermaid\n(.*?)```", text, re.S)
    assert shown is not None
    assert shown.group(1) == imports.mermaid(imports.read(ROOT / "handbook_app"))


def test_the_window_starts_without_the_builders_or_the_searchs_libraries() -> None:
    """Start-up imports what the first paint needs: Markdown and YAML are the builder's,
    Whoosh and numpy the search's (opened after the first paint)."""
    script = (
        "import sys\n"
        "import handbook_app.gui.app, handbook_app.gui.window\n"
        "print(sorted(m for m in ('markdown', 'yaml', 'whoosh', 'numpy') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"
