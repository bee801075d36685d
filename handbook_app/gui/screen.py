"""Where the window opens: a sensible share of the screen (maximised on small ones), and
the size and place the officer left it in, remembered for each screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyle

from handbook_app.gui import settings as stored

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QWidget

SMALL = (1280, 760)
"""A screen with less room than this (width, height) gets the window maximised."""
SHARE = (0.82, 0.86)
LARGEST = (1800, 1150)


def key(screen: QScreen) -> str:
    size = screen.size()
    name = screen.name().replace("/", "_") or "screen"
    return f"window/geometry/{name}-{size.width()}x{size.height()}"


def first_rect(available: QRect) -> tuple[QRect, bool]:
    """The window's first place on a screen with ``available`` room; True: maximise."""
    width, height = available.width(), available.height()
    if width < SMALL[0] or height < SMALL[1]:
        return available, True
    size = available.size()
    size.setWidth(min(LARGEST[0], int(width * SHARE[0])))
    size.setHeight(min(LARGEST[1], int(height * SHARE[1])))
    return QStyle.alignedRect(
        Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignCenter, size, available
    ), False


def place(window: QWidget, settings: QSettings) -> bool:
    """Size and place ``window`` for its screen; True when it should open maximised."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    saved = stored.geometry(settings, key(screen))
    if saved and window.restoreGeometry(saved):
        return window.isMaximized()
    rect, maximise = first_rect(screen.availableGeometry())
    window.setGeometry(rect)
    return maximise


def remember(window: QWidget, settings: QSettings) -> None:
    """Keep the window's size and place for the screen it is on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    settings.setValue(key(screen), window.saveGeometry())
