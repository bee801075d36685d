"""Every keyboard shortcut of the app, in ONE table: the menus, the panels and
Help → Keyboard shortcuts all read it, so the list shown is the list that works."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from handbook_app.gui.language import QT_TRANSLATE_NOOP, Retranslates, translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QKeyEvent

Std = QKeySequence.StandardKey
EVERYWHERE, GUIDE, CHECKLIST, SEARCH = (
    QT_TRANSLATE_NOOP("keys", "Everywhere"),
    QT_TRANSLATE_NOOP("keys", "In a guide"),
    QT_TRANSLATE_NOOP("keys", "In a checklist"),
    QT_TRANSLATE_NOOP("keys", "In the search box"),
)


@dataclass(frozen=True)
class Key:
    name: str
    source: str
    """What it does, in English: :attr:`text` is in the interface language."""
    keys: tuple[str | QKeySequence.StandardKey, ...]
    where_source: str = EVERYWHERE

    @property
    def text(self) -> str:
        return translate("keys", self.source)

    @property
    def where(self) -> str:
        return translate("keys", self.where_source)


TABLE: tuple[Key, ...] = (
    Key("search", QT_TRANSLATE_NOOP("keys", "Search the handbook"), ("Ctrl+K",)),
    Key(
        "page",
        QT_TRANSLATE_NOOP("keys", "Go into the page: first answer, first indicator"),
        ("F6",),
    ),
    Key("find", QT_TRANSLATE_NOOP("keys", "Find in page or checklist"), (Std.Find,)),
    Key("home", QT_TRANSLATE_NOOP("keys", "Start page"), ("Alt+Home",)),
    Key("host", QT_TRANSLATE_NOOP("keys", "Host country page"), ("Ctrl+Shift+H",)),
    Key("talk", QT_TRANSLATE_NOOP("keys", "Talk with the person in their language"), ("Ctrl+T",)),
    Key(
        "back",
        QT_TRANSLATE_NOOP("keys", "Back (in a guide: one step back)"),
        (Std.Back, "Alt+Left"),
    ),
    Key("forward", QT_TRANSLATE_NOOP("keys", "Forward"), (Std.Forward, "Alt+Right")),
    Key("bookmark", QT_TRANSLATE_NOOP("keys", "Bookmark this page"), ("Ctrl+D",)),
    Key("zoom_in", QT_TRANSLATE_NOOP("keys", "Zoom in"), ("Ctrl+=", "Ctrl++", Std.ZoomIn)),
    Key("zoom_out", QT_TRANSLATE_NOOP("keys", "Zoom out"), ("Ctrl+-", Std.ZoomOut)),
    Key("zoom_reset", QT_TRANSLATE_NOOP("keys", "Actual size"), ("Ctrl+0",)),
    Key("print", QT_TRANSLATE_NOOP("keys", "Print…"), (Std.Print,)),
    Key("export", QT_TRANSLATE_NOOP("keys", "Export PDF…"), ("Ctrl+Shift+E",)),
    Key("open_bundle", QT_TRANSLATE_NOOP("keys", "Open bundle…"), (Std.Open,)),
    Key("quit", QT_TRANSLATE_NOOP("keys", "Quit"), (Std.Quit,)),
    Key("keys", QT_TRANSLATE_NOOP("keys", "Keyboard shortcuts"), ("F1",)),
    Key(
        "guide_answer",
        QT_TRANSLATE_NOOP("keys", "Choose answer 1 to 9"),
        tuple(str(n) for n in range(1, 10)),
        GUIDE,
    ),
    Key("guide_back", QT_TRANSLATE_NOOP("keys", "One step back"), ("Backspace",), GUIDE),
    Key(
        "next_group",
        QT_TRANSLATE_NOOP("keys", "Next group of indicators"),
        ("Ctrl+Down",),
        CHECKLIST,
    ),
    Key(
        "previous_group",
        QT_TRANSLATE_NOOP("keys", "Previous group of indicators"),
        ("Ctrl+Up",),
        CHECKLIST,
    ),
    Key("results", QT_TRANSLATE_NOOP("keys", "Go to the results"), ("Down",), SEARCH),
    Key("open_best", QT_TRANSLATE_NOOP("keys", "Open the best result"), ("Return",), SEARCH),
    Key(
        "clear",
        QT_TRANSLATE_NOOP("keys", "Clear the search, show the contents"),
        ("Escape",),
        SEARCH,
    ),
)
_BY_NAME = {k.name: k for k in TABLE}


def key(name: str) -> Key:
    return _BY_NAME[name]


def sequences(name: str) -> list[QKeySequence]:
    """The key sequences of ``name``, standard keys expanded for this platform, no repeats.

    A standard key never takes a key another row names (on some platforms Back is also
    Backspace, which a guide uses for one step back)."""
    claimed = {
        QKeySequence(k).toString()
        for other in TABLE
        if other.name != name
        for k in other.keys
        if isinstance(k, str)
    }
    found: dict[str, QKeySequence] = {}
    for k in key(name).keys:
        if isinstance(k, Std):
            expanded = [s for s in QKeySequence.keyBindings(k) if s.toString() not in claimed]
        else:
            expanded = [QKeySequence(k)]
        found.update((s.toString(), s) for s in expanded if not s.isEmpty())
    return list(found.values())


def matches(name: str, event: QKeyEvent) -> bool:
    """Whether the key pressed in ``event`` is one of ``name``'s."""
    pressed = QKeySequence(event.keyCombination())
    return any(s.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for s in sequences(name))


def shortcut(name: str, parent: QWidget, slot: Callable[[], object]) -> list[QShortcut]:
    """Shortcuts for ``name`` that work while the focus is inside ``parent``."""
    made = []
    for sequence in sequences(name):
        item = QShortcut(sequence, parent)
        item.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        item.activated.connect(slot)
        made.append(item)
    return made


def shown(name: str) -> str:
    """The keys of ``name`` as the officer reads them ("1 … 9" for a run of digits)."""
    texts = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences(name)]
    if len(texts) > 3 and all(t.isdigit() for t in texts):
        return f"{texts[0]} … {texts[-1]}"
    return ", ".join(texts)


def first(name: str) -> str:
    """The first key of ``name``, as the officer reads it."""
    return sequences(name)[0].toString(QKeySequence.SequenceFormat.NativeText)


class KeysDialog(Retranslates, QDialog):
    """Help → Keyboard shortcuts: the table above, as it works on this computer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.listed = [entry for entry in TABLE if sequences(entry.name)]  # none: not shown
        self.table = QTableWidget(len(self.listed), 3)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.resize(860, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Keys"), self.tr("What it does")]
        )
        for row, entry in enumerate(self.listed):
            for column, text in enumerate((entry.where, shown(entry.name), entry.text)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()

    def rows(self) -> list[list[str]]:
        items = [[self.table.item(r, c) for c in range(3)] for r in range(self.table.rowCount())]
        return [[i.text() if i else "" for i in row] for row in items]
