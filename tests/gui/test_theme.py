"""One palette per theme: every colour comes from it, and text is readable in each (WCAG AA)."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from handbook_app.gui import theme

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui
GUI = Path(theme.__file__).parent
STYLES = GUI.parent.parent / "resources" / "styles"

# (text, background) as the style sheet and the page CSS pair them.
TEXT_ON = [
    ("text", "window"), ("text", "surface"), ("text", "sidebar"), ("text", "toolbar"),
    ("text", "button"), ("text", "button_hover"), ("text", "answer"), ("text", "focus"),
    ("text", "info"), ("muted", "surface"), ("muted", "window"), ("muted", "sidebar"),
    ("muted", "toolbar"), ("heading", "surface"), ("heading", "window"), ("heading", "info"),
    ("accent", "surface"), ("accent", "window"), ("selection_text", "selection"),
    ("mark_text", "mark"), ("mark_text", "find"), ("warn_text", "warn"), ("warn_text", "surface"),
    ("danger_text", "danger"), ("error_text", "toolbar"), ("ok_text", "surface"),
    ("strong", "surface"), ("medium", "surface"), ("weak", "surface"), ("tip_text", "tip"),
    ("alert_text", "alert"), ("disabled", "window"), ("disabled", "button"),
    ("disabled", "toolbar"),
]  # fmt: skip


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_wcag_formula_itself() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", sorted(theme.THEMES))
@pytest.mark.parametrize("pair", TEXT_ON, ids="/".join)
def test_text_has_at_least_4_5_to_1(name: str, pair: tuple[str, str]) -> None:
    palette = theme.THEMES[name]
    fg, bg = (getattr(palette, p) for p in pair)
    assert contrast(fg, bg) >= 4.5, f"{name}: {pair} is {contrast(fg, bg):.2f}:1"


@pytest.mark.parametrize("name", sorted(theme.THEMES))
def test_the_focus_mark_stands_out(name: str) -> None:
    palette = theme.THEMES[name]
    assert contrast(palette.accent, palette.focus) >= 3.0  # WCAG non-text contrast
    assert contrast(palette.accent, palette.surface) >= 3.0


def test_every_colour_comes_from_the_palette() -> None:
    names = {f.name for f in fields(theme.Palette)}
    for sheet in ("app.qss", "reader.css", "talk.qss"):
        text = (STYLES / sheet).read_text(encoding="utf-8")
        assert not re.findall(r"#[0-9a-fA-F]{3,6}\b", text), sheet
        assert set(re.findall(r"\$(\w+)", text)) <= names | {"points", "heading_points"}
        for palette in theme.THEMES.values():
            assert "$" not in theme.style(sheet, palette)
    for module in GUI.glob("*.py"):
        if module.name != "theme.py":
            source = module.read_text(encoding="utf-8")
            assert not re.findall(r"#[0-9a-fA-F]{6}\b", source), module.name


def test_dark_palette_is_dark_and_light_is_light() -> None:
    assert luminance(theme.DARK.surface) < 0.05
    assert luminance(theme.LIGHT.surface) > 0.9
    assert theme.CONTRAST.text == "#ffffff"
    assert theme.CONTRAST.surface == "#000000"


@pytest.mark.parametrize("name", sorted(theme.THEMES))
def test_disabled_text_is_legible_but_not_the_enabled_colour(name: str) -> None:
    palette = theme.THEMES[name]
    assert contrast(palette.disabled, palette.text) >= 2.0, name
    assert palette.disabled != palette.muted, name  # nor the secondary text


@pytest.mark.parametrize("name", sorted(theme.THEMES))
def test_scroll_bar_handles_stand_out_from_their_track(name: str) -> None:
    palette = theme.THEMES[name]
    assert contrast(palette.handle, palette.toolbar) >= 3.0  # WCAG non-text contrast
    assert contrast(palette.handle, palette.window) >= 3.0


def colours(image: QImage) -> set[str]:
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(image.width())
        for y in range(image.height())
    }


@pytest.mark.parametrize("name", sorted(theme.THEMES))
def test_a_disabled_button_is_drawn_unlike_an_enabled_one(name: str, qtbot: QtBot) -> None:
    """ "Close case" with no case open must not look like "Open case" beside it."""
    palette = theme.THEMES[name]
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyleSheet(theme.style("app.qss", palette))
    row = QHBoxLayout(holder)
    usable, unusable = QPushButton("Open case"), QPushButton("Close case")
    unusable.setEnabled(False)
    for push in (usable, unusable):
        row.addWidget(push)
    holder.show()
    qtbot.waitExposed(holder)
    enabled, disabled = colours(usable.grab().toImage()), colours(unusable.grab().toImage())
    assert palette.text in enabled
    assert palette.text not in disabled  # neither its words nor its border in the full colour
    assert palette.disabled in disabled
