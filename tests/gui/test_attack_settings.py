"""Attack: a damaged ``settings.ini`` (issue 11, item 9). Every value of the wrong type or
out of range reads as its default; the handbook starts, readable, and keeps good values."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings

from handbook_app.gui import settings as stored
from handbook_app.gui import theme
from handbook_app.gui.theme import BASE_POINTS
from handbook_app.gui.window import MainWindow
from handbook_app.paths import Paths

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

pytestmark = [pytest.mark.gui, pytest.mark.attack]

GARBAGE = {
    "zoom": ["abc", "1.5", "1, 2", "1e9", "99999", "-99999", "\x00", "true", "@Variant(\\0\\0)"],
    "theme": ["unknown", "1, 2", "dark\x00", "@ByteArray(dark)", "x" * 5000],
    "geometry": ["garbage", "@ByteArray(\\x1\\xd9\\xd0\\xcb\\0\\x3\\0\\0)", "1, 2", "@Variant(zz)"],
    "mission": ["@Variant(\\0\\0\\0\\x7f)", "1, 2", "../../etc", "\x00\x01", "y" * 5000],
    "recent": ["@Variant(\\0\\0\\0\\x7f)", "@Variant(\\0\\0\\0\\x2\\0\\0\\0*)", "\x00\x01"],
}


def damaged_ini(path: Path, values: tuple[str, ...]) -> None:
    zoom, theme, geometry, mission, recent = values
    lines = [
        "[view]",
        f"zoom={zoom}",
        f"theme={theme}",
        "[window]",
        f"geometry\\offscreen-800x600={geometry}",
        f"geometry\\screen-1280x800={geometry}",
        "[mission]",
        f"home={mission}",
        f"host={mission}",
        "[start]",
        f"recent={recent}",
    ]
    path.write_bytes("\n".join(lines).encode("utf-8", "surrogateescape") + b"\n")


def cases() -> list[tuple[str, ...]]:
    longest = max(len(v) for v in GARBAGE.values())
    return [tuple(values[i % len(values)] for values in GARBAGE.values()) for i in range(longest)]


@pytest.mark.qt_log_ignore("QVariant::load: unknown user type")  # Qt says the file is damaged
@pytest.mark.parametrize("values", cases())
def test_a_damaged_settings_file_starts_with_the_defaults(
    qtbot: QtBot, tmp_path: Path, bundle_path: Path, values: tuple[str, ...]
) -> None:
    paths = Paths.build(tmp_path / "data")
    paths.data.mkdir(parents=True)
    damaged_ini(paths.settings, values)
    settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
    window = MainWindow(paths, settings)
    qtbot.addWidget(window)
    window.library.allow_unsigned = True
    assert window.library.open(bundle_path)
    window.show()
    assert window.zoom.points == BASE_POINTS
    assert theme.chosen(window.settings) == "system"
    assert window.profile.mission.home == ""
    assert window.profile.mission.host == ""
    assert window.start.recent() == []
    window.zoom.change(1)  # and it works on from there
    assert window.zoom.points == BASE_POINTS + 1
    window.close()


def test_good_values_are_kept_and_the_range_holds(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    for value, read in [(3, 3), ("3", 3), (" -4 ", -4), (12, 12), (13, 0), (-5, 0), (True, 0)]:
        settings.setValue(stored.ZOOM_KEY, value)
        assert stored.zoom(settings) == read, value
    settings.setValue(stored.THEME_KEY, "dark")
    assert stored.theme(settings, {"system", "dark"}) == "dark"
    settings.setValue(stored.RECENT_KEY, ["a", "", 7, "b\x00", "c"])
    assert stored.recent(settings) == ["a", "c"]
    settings.setValue("window/geometry/x", b"\x01" * 66)
    assert stored.geometry(settings, "window/geometry/x") == b"\x01" * 66
    settings.setValue("window/geometry/x", b"\x01" * 5000)
    assert stored.geometry(settings, "window/geometry/x") == b""
