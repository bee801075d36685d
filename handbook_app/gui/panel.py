"""What every content panel has: the window knows the reader, checklist, guide and country
panels only through :class:`Panel`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

if TYPE_CHECKING:
    from handbook_app.content.model import Document
    from handbook_app.core.slip import Header


class Findable(Protocol):
    """What find-in-page and the words of a search hit work on: a page, or a checklist."""

    def highlight_terms(self, words: list[str]) -> int:
        """Mark the searched words (never common ones); how many were marked."""
        ...

    def find_text(self, text: str) -> int:
        """Mark every match of ``text`` for find-in-page; how many there are."""
        ...

    def show_match(self, index: int) -> None:
        """Bring match ``index`` into view as the current one."""
        ...

    def end_find(self) -> None:
        """Unmark the matches of find-in-page."""
        ...


def intro_of(html: str) -> str:
    """The text before the first section, without the page title."""
    head = html.split("<h2", 1)[0]
    return head.split("</h1>", 1)[-1].strip()


class Panel(QWidget):
    """A panel showing one kind of document.

    Signals: ``openRequested(doc_id, anchor)`` to open another document,
    ``printRequested()`` to print this panel's referral slip.
    """

    openRequested = Signal(str, str)
    printRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.doc: Document | None = None

    def show_document(self, doc: Document, anchor: str = "") -> None:
        """Show ``doc``, scrolled to ``anchor`` when there is one."""
        raise NotImplementedError

    def findable(self) -> Findable | None:
        """What find-in-page and search highlights work on, if this panel has one."""
        return None

    def enter(self, anchor: str = "") -> None:
        """Put the keyboard focus on the first thing to do here (at ``anchor`` if given)."""
        self.setFocus()

    def point_at(self, words: list[str]) -> None:
        """Bring the keyboard to what the searched ``words`` name (a phrase); most: nothing."""

    def step_back(self) -> bool:
        """Go back one step inside this panel (a guide); False when there is none."""
        return False

    def slip(self, head: Header) -> str:
        """This panel's referral slip as HTML (see :mod:`handbook_app.core.slip`); "" if none."""
        return ""

    def position(self) -> dict[QAbstractScrollArea, int]:
        """How far each scrolling part of the panel is scrolled down."""
        areas = self.findChildren(QAbstractScrollArea)
        return {area: area.verticalScrollBar().value() for area in areas}

    def restore(self, position: dict[QAbstractScrollArea, int]) -> None:
        """Scroll back to a :meth:`position` (of the parts still there)."""
        for area in self.findChildren(QAbstractScrollArea):
            if area in position:
                area.verticalScrollBar().setValue(position[area])

    def invalidate(self) -> None:
        """Show the next document anew, even the one shown now (its bundle was rebuilt)."""
        self.doc = None
