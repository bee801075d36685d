"""Shared test set-up: offscreen Qt, and content trees built in temporary folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


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
