"""Colours and styles: ONE palette per theme, used by the Qt style sheet, the page CSS,
the Qt palette and the few coloured words drawn in rich text.

``resources/styles/app.qss`` and ``reader.css`` name colours as ``$text``,
``$surface``…, never as numbers; :func:`sheet` and :func:`css` fill them in from
a :class:`Palette`. The theme follows the system's light or dark scheme unless
the officer chose one (View → Theme).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from string import Template
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from handbook_app.gui import settings as stored
from handbook_app.gui.language import QT_TRANSLATE_NOOP
from handbook_app.paths import resources

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

BASE_POINTS = 11


@dataclass(frozen=True)
class Palette:
    """Every colour of the app, by what it is for."""

    window: str  # the window behind everything
    surface: str  # pages, cards, checklists
    sidebar: str  # contents and search results
    toolbar: str  # search and case bars, status bar
    text: str
    muted: str  # secondary text
    heading: str
    accent: str  # links, focus marks
    border: str  # field and button borders
    line: str  # quiet separators
    button: str
    button_hover: str
    answer: str  # a guide's answer buttons
    answer_border: str
    selection: str
    selection_text: str
    focus: str  # background of the indicator row with the keyboard focus
    mark: str  # search words marked in a page; the unsigned banner
    mark_text: str
    find: str  # find-in-page matches
    warn: str  # warning backgrounds
    warn_text: str
    warn_line: str
    danger: str  # the problem banner
    danger_text: str
    danger_line: str
    error_text: str  # an error beside a field
    ok_text: str  # a positive dimension
    strong: str
    medium: str
    weak: str
    info: str  # the disclaimer, notes in pages
    tip: str
    tip_text: str
    alert: str  # warning notes in pages
    alert_text: str
    disabled: str  # text and dashed border of a control that cannot be used now
    handle: str  # scroll bar handles, on the toolbar colour


LIGHT = Palette(
    window="#fbfbfa",
    surface="#ffffff",
    sidebar="#f6f7f8",
    toolbar="#f1f3f5",
    text="#1f2328",
    muted="#4a5563",
    heading="#16324f",
    accent="#0b5cad",
    border="#8a96a3",
    line="#d8dde3",
    button="#ffffff",
    button_hover="#eef3f8",
    answer="#eef3f8",
    answer_border="#5f7f9f",
    selection="#cfe0f3",
    selection_text="#10243a",
    focus="#dceafa",
    mark="#ffe38a",
    mark_text="#2b2100",
    find="#cfe2f7",
    warn="#fff4d6",
    warn_text="#5c4300",
    warn_line="#c99a00",
    danger="#f6c7c1",
    danger_text="#5a130a",
    danger_line="#9b1c0e",
    error_text="#9b1c0e",
    ok_text="#1d6b34",
    strong="#7a1d12",
    medium="#6e5000",
    weak="#4a5563",
    info="#eef3f8",
    tip="#e8f5ec",
    tip_text="#1d4d2b",
    alert="#fde8e6",
    alert_text="#7a1d12",
    disabled="#626b76",
    handle="#6f7b88",
)

DARK = Palette(
    window="#1b1e22",
    surface="#23272d",
    sidebar="#1f2328",
    toolbar="#2a2f36",
    text="#e6e8eb",
    muted="#b0b8c2",
    heading="#cfe3ff",
    accent="#8cc2ff",
    border="#7a8591",
    line="#3a414a",
    button="#2d333b",
    button_hover="#38404a",
    answer="#2b3a4d",
    answer_border="#7aa3d0",
    selection="#2f4b6e",
    selection_text="#ffffff",
    focus="#1f3d63",
    mark="#6a5200",
    mark_text="#fff6d6",
    find="#24507d",
    warn="#3d3100",
    warn_text="#ffd766",
    warn_line="#b38600",
    danger="#5a1d16",
    danger_text="#ffe1dc",
    danger_line="#ff8a7a",
    error_text="#ffa094",
    ok_text="#86dca0",
    strong="#ffa094",
    medium="#f0c75e",
    weak="#b0b8c2",
    info="#27364a",
    tip="#1e3a28",
    tip_text="#bdeecb",
    alert="#4a1f1a",
    alert_text="#ffcdc5",
    disabled="#99a2ac",
    handle="#8a95a1",
)

CONTRAST = Palette(
    window="#000000",
    surface="#000000",
    sidebar="#000000",
    toolbar="#000000",
    text="#ffffff",
    muted="#e6e6e6",
    heading="#ffffff",
    accent="#ffff00",
    border="#ffffff",
    line="#ffffff",
    button="#000000",
    button_hover="#262626",
    answer="#000000",
    answer_border="#ffffff",
    selection="#ffff00",
    selection_text="#000000",
    focus="#333300",
    mark="#ffff00",
    mark_text="#000000",
    find="#00ffff",
    warn="#000000",
    warn_text="#ffff00",
    warn_line="#ffff00",
    danger="#000000",
    danger_text="#ffffff",
    danger_line="#ff6b6b",
    error_text="#ff9c9c",
    ok_text="#7dff7d",
    strong="#ff9c9c",
    medium="#ffff00",
    weak="#ffffff",
    info="#000000",
    tip="#000000",
    tip_text="#7dff7d",
    alert="#000000",
    alert_text="#ff9c9c",
    disabled="#a8a8a8",
    handle="#ffffff",
)

THEMES: dict[str, Palette] = {"light": LIGHT, "dark": DARK, "contrast": CONTRAST}
CHOICES = (
    ("system", QT_TRANSLATE_NOOP("Theme", "System")),
    ("light", QT_TRANSLATE_NOOP("Theme", "Light")),
    ("dark", QT_TRANSLATE_NOOP("Theme", "Dark")),
    ("contrast", QT_TRANSLATE_NOOP("Theme", "High contrast")),
)
"""The themes of View → Theme, named in English (``translate("Theme", name)`` on screen)."""


def chosen(settings: QSettings) -> str:
    """The theme chosen under View → Theme (kept in ``settings``); ``system`` by default."""
    return stored.theme(settings, dict(CHOICES))


@cache
def _template(name: str) -> str:
    try:
        return (resources() / "styles" / name).read_text(encoding="utf-8")
    except OSError:
        return ""


def style(name: str, palette: Palette = LIGHT, points: int = BASE_POINTS) -> str:
    """``resources/styles/NAME`` with the palette's colours and the font size filled in
    ("" when the file is missing)."""
    values = {**asdict(palette), "points": points, "heading_points": points + 6}
    return Template(_template(name)).safe_substitute(values)


class Current:
    """The palette in use now: one per app, chosen by :func:`apply`."""

    palette: Palette = LIGHT
    name: str = "light"


def colours() -> Palette:
    """The palette in use: for the few words coloured in rich text."""
    return Current.palette


def css() -> str:
    """The page CSS in the palette in use."""
    return style("reader.css", Current.palette)


def system_scheme() -> str:
    """ "dark" when the system asks for a dark scheme (Qt 6 style hints), else "light"."""
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def resolve(choice: str) -> str:
    """The theme to use for the officer's ``choice`` (``system`` follows the system)."""
    if choice in THEMES:
        return choice
    return system_scheme()


def qt_palette(palette: Palette) -> QPalette:
    """The Qt palette of ``palette``: native widgets drawn in the same colours as the sheet."""
    role = QPalette.ColorRole
    result = QPalette()
    for roles, colour in (
        ((role.Window,), palette.window),
        ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText), palette.text),
        ((role.Base, role.ToolTipBase), palette.surface),
        ((role.AlternateBase,), palette.sidebar),
        ((role.Button,), palette.button),
        ((role.Highlight,), palette.selection),
        ((role.HighlightedText,), palette.selection_text),
        ((role.PlaceholderText,), palette.muted),
        ((role.Link, role.LinkVisited), palette.accent),
        ((role.BrightText,), palette.warn_text),
    ):
        for r in roles:
            result.setColor(r, QColor(colour))
    return result


def apply(choice: str) -> Palette:
    """Make ``choice`` the theme of the app's palette; the palette chosen."""
    Current.name = resolve(choice)
    Current.palette = THEMES[Current.name]
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.setPalette(qt_palette(Current.palette))
    return Current.palette
