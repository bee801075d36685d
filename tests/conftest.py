"""Shared test set-up: offscreen Qt, the gui marker, a private data folder, content trees."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from helpers.trust_kit import Kit

from handbook_app.trust.install import accept, import_update

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from handbook_app.search.searcher import Searcher

DATA = Path(__file__).parent / "data"
GUI = Path(__file__).parent / "gui"
QT_FIXTURES = {"qtbot", "qapp", "make_window", "window", "active"}


@pytest.fixture(scope="session", autouse=True)
def interface_translations() -> None:
    """The compiled .qm of resources/translations (make test builds them first; this covers
    a plain pytest run): English plurals ("1 result") come from handbook_en.qm."""
    import translations  # tools/translations.py

    translations.release()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under ``tests/gui`` or using a Qt fixture is marked ``gui``, so that
    ``pytest -m "not gui"`` needs no display and no QApplication."""
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if item.path.is_relative_to(GUI) or names & QT_FIXTURES:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the user's real data folder (``$HANDBOOK_DATA``)."""
    folder = tmp_path_factory.mktemp("handbook-data")
    monkeypatch.setenv("HANDBOOK_DATA", str(folder))
    return folder


@pytest.fixture
def content_tree(tmp_path: Path) -> Callable[[str], Path]:
    """A copy of ``tests/data/base`` with ``tests/data/broken/NAME`` laid over it."""

    def make(name: str) -> Path:
        root = tmp_path / "content"
        if root.exists():
            root = tmp_path / f"content-{len(list(tmp_path.glob('content*')))}"
        shutil.copytree(DATA / "base", root)
        if name:
            shutil.copytree(DATA / "broken" / name, root, dirs_exist_ok=True)
        return root

    return make


@pytest.fixture(scope="session")
def sample_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small sample handbook of ``tests/data/sample``, built once per session."""
    from handbook_app.builder import pipeline

    out = tmp_path_factory.mktemp("sample") / "bundle"
    pipeline.build(DATA / "sample", out)
    return out


@pytest.fixture(scope="session")
def handbook_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real handbook of ``content/``, every language, built once per session."""
    from handbook_app.builder import pipeline

    out = tmp_path_factory.mktemp("handbook") / "bundle"
    pipeline.build(Path(__file__).resolve().parent.parent / "content", out)
    return out


@pytest.fixture(scope="session")
def handbook_searcher(handbook_bundle: Path) -> Iterator[Searcher]:
    """One searcher over the real handbook's index, for the relevance and exactness tests."""
    from handbook_app.search.searcher import Searcher

    engine = Searcher(handbook_bundle / "index")
    yield engine
    engine.close()


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    """Keys and bundles for the trust tests, made in ``tmp_path``."""
    return Kit(tmp_path)


@pytest.fixture
def data(kit: Kit) -> Path:
    """A data folder with edition 3 current and edition 2 previous."""
    folder = kit.root / "data"
    accept(import_update(kit.bundle("v2", edition=2), folder, kit.keys))
    accept(import_update(kit.bundle("v3", edition=3), folder, kit.keys))
    return folder
