"""What every content panel has: the window knows the reader, checklist, guide and country
panels only through :class:`Panel`, and builds each on first use through :class:`Panels`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from handbook_app.content.model import Document, Kind
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


P_co = TypeVar("P_co", bound=Panel, covariant=True)


class Later(Generic[P_co]):
    """A panel built the first time it is asked for: ``make()`` builds it, then ``ready(panel)``
    is called once with it (the window adds it to its stack and wires it)."""

    def __init__(self, make: Callable[[], P_co], ready: Callable[[Panel], None]) -> None:
        self._make, self._ready = make, ready
        self._panel: P_co | None = None

    def get(self) -> P_co:
        """The panel, built now if it is not yet."""
        if self._panel is None:
            self._panel = panel = self._make()
            self._ready(panel)
        return self._panel

    @property
    def built(self) -> P_co | None:
        """The panel if it has been built, else ``None`` (nothing is built)."""
        return self._panel


P = TypeVar("P", bound=Panel)


class Built(Generic[P]):
    """A window's attribute for a panel built on first use: ``window.checklist`` is the
    panel of the :class:`Later` the window keeps as ``window._checklist``, built now if
    it is not yet."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.later = f"_{name}"

    def __get__(self, window: object, owner: type | None = None) -> P:
        later: Later[P] = getattr(window, self.later)
        return later.get()


class Panels:
    """The content panels by the kind of document they show, each built on first use: a
    panel the officer has not opened yet costs nothing at start-up."""

    def __init__(self, later: dict[Kind, Later[Panel]]) -> None:
        self._later = later

    def __getitem__(self, kind: Kind) -> Panel:
        return self._later[kind].get()

    def built(self) -> Iterator[Panel]:
        """The panels built so far."""
        return (panel for each in self._later.values() if (panel := each.built) is not None)
