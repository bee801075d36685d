"""Pictures in the viewer (issue 11, items 3 and 4): a bundle picture is shown; the
viewer's resource loader refuses every other URL without reading it."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from handbook_app.builder import pipeline
from handbook_app.bundle.reader import Bundle

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from helpers.gui_kit import Factory

    from handbook_app.gui.window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.attack]

RED = QColor(220, 0, 0)
IMAGE = QTextDocument.ResourceType.ImageResource.value


def red_png(size: int = 60) -> bytes:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(RED)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


@pytest.fixture
def pictured(content_tree: Callable[[str], Path], tmp_path: Path) -> tuple[Path, str, str]:
    """A bundle with a page holding one red picture: the bundle, the page id, its ``src``."""
    root = content_tree("")
    (root / "en" / "images").mkdir()
    (root / "en" / "images" / "map.png").write_bytes(red_png())
    (root / "en" / "pics.md").write_text("# Pictures\n\n![The map](images/map.png)\n", "utf-8")
    out = tmp_path / "out"
    pipeline.build(root, out)
    html = json.loads((out / "docs" / "en" / "pics.json").read_text("utf-8"))["html"]
    src = html.split('src="')[1].split('"')[0]
    return out, "pics", src


def red_pixels(window: MainWindow) -> int:
    image = window.reader.page.viewport().grab().toImage()
    return sum(
        image.pixelColor(x, y) == RED
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )


def test_a_bundle_picture_is_shown_in_the_reader(
    make_window: Factory, pictured: tuple[Path, str, str], qtbot: object
) -> None:
    bundle, doc, _ = pictured
    window = make_window(bundle)
    assert window.navigator.open(doc)
    window.reader.page.viewport().repaint()
    assert red_pixels(window) > 50


def test_the_reader_loads_nothing_but_bundle_pictures(
    make_window: Factory, pictured: tuple[Path, str, str], tmp_path: Path
) -> None:
    bundle, _, src = pictured
    window = make_window(bundle)
    page = window.reader.page
    outside = tmp_path / "outside.png"
    outside.write_bytes(red_png())
    (bundle / "images" / "unlisted.png").write_bytes(red_png())
    assert isinstance(page.loadResource(IMAGE, QUrl(src)), QImage)
    hostile = [
        str(outside),  # a real picture outside the bundle: never read
        QUrl.fromLocalFile(str(outside)).toString(),
        "images/unlisted.png",  # in the folder, not in the manifest
        f"images/../{outside.name}",
        "/dev/zero",
        "//host/share/x.png",
        "\\\\host\\share\\x.png",
        "http://tracker.example/p.png",
        "manifest.json",
    ]
    for url in hostile:
        assert page.loadResource(IMAGE, QUrl(url)) is None, url
    style = QTextDocument.ResourceType.StyleSheetResource.value
    assert page.loadResource(style, QUrl(src)) is None  # a picture is no style sheet


def test_a_picture_over_the_size_limit_is_not_read_past_it(
    make_window: Factory, pictured: tuple[Path, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, _, src = pictured
    window = make_window(bundle)
    asked: list[tuple[str, int]] = []
    real = Bundle.resource

    def small(self: Bundle, name: str, limit: int = 100) -> bytes:
        asked.append((name, limit))
        return real(self, name, 100)

    monkeypatch.setattr(Bundle, "resource", small)
    window.library.open(bundle)
    assert window.reader.page.loadResource(IMAGE, QUrl(src)) is None
    assert asked == [(src, 100)]
