"""How the Talk panel and the show mode look: a clickable tile, the review mark, the styles.

The colours are the app's own palette (``gui/theme.py``); ``resources/styles/talk.qss``
names the Talk widgets, so that their rules stay in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from handbook_app.content.phrasebook import State
from handbook_app.gui import theme
from handbook_app.gui.language import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent

    from handbook_app.content.phrasebook import Line

SCALE = {"ar": 1.2, "fa": 1.2}
"""Naskh Arabic looks smaller than Latin at the same size."""

MARKS = {
    State.REVIEWED: ("", ""),
    State.UNREVIEWED: (
        "unreviewed",
        QT_TRANSLATE_NOOP("Talk", "Not yet reviewed by a native speaker"),
    ),
    State.OUTDATED: (
        "outdated",
        QT_TRANSLATE_NOOP("Talk", "⚠ Outdated: the English changed after this was translated"),
    ),
    State.MISSING: ("missing", QT_TRANSLATE_NOOP("Talk", "Not translated: shown in English")),
}


def style() -> str:
    """The Talk widgets' rules (``resources/styles/talk.qss``) in the palette in use."""
    return theme.style("talk.qss", theme.colours())


def sized(widget: QWidget, font: QFont) -> None:
    """Give ``widget`` this font and keep its size: the window's zoom style sheet sets the
    font size of everything in the page area, and a widget's own style sheet wins over it."""
    widget.setFont(font)
    widget.setStyleSheet(f"font-size: {font.pixelSize()}px;")


def mark_of(line: Line) -> tuple[str, str]:
    """The officer's mark for a translation's review state: a style name and its words."""
    style, text = MARKS[line.state]
    return style, translate("Talk", text) if text else ""


class Tile(QFrame):
    """A focusable, clickable block: big text over small text, for mouse, touch and keys."""

    clicked = Signal()

    def __init__(
        self,
        main: str,
        sub: str,
        font: QFont,
        *,
        rtl: bool,
        name: str,
        mark: tuple[str, str] = ("", ""),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(name)
        self.main = QLabel(main)
        self.main.setWordWrap(True)
        sized(self.main, font)
        if rtl:
            self.main.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.main.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.sub = QLabel(sub)
        self.sub.setObjectName("tileSub")
        self.sub.setWordWrap(True)
        self.mark = QLabel(mark[1])
        self.mark.setObjectName("mark")
        self.mark.setProperty("mark", mark[0])
        self.mark.setVisible(bool(mark[1]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for widget in (self.main, self.sub, self.mark):
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(widget)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
        else:
            super().keyPressEvent(event)
