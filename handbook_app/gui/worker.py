"""The search's worker: the index opened once, lazily, and searches run off the GUI thread."""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from handbook_app.errors import SearchError
from handbook_app.search.engine import Query, Results

if TYPE_CHECKING:
    from pathlib import Path

    from handbook_app.search.engine import Engine

# Every kind of clause (phrase, OR, NOT, a near spelling), made of words no index
# holds: it loads all the search code at once and reads almost nothing.
WARM_UP = '"qzxv wqzx" qzxa OR qzxb -qzxc qzxdefgh'


class Engines:
    """Opens the index once, lazily, in whichever thread first searches (Whoosh is heavy)."""

    def __init__(self, index: Path) -> None:
        self.index = index
        self._engine: Engine | None = None
        self.warmed = False
        self._lock = threading.Lock()

    def open(self) -> Engine:
        with self._lock:
            if self._engine is None:
                from handbook_app.search.searcher import Searcher  # noqa: PLC0415 (heavy)

                self._engine = Searcher(self.index)
            return self._engine

    def warm(self) -> None:
        """Import and open everything a search needs, once, on the GUI thread.

        PySide6's import hook is not safe while another thread imports modules, so
        Whoosh (which imports some of its modules lazily) must never load in a worker.
        """
        if self.warmed:
            return
        self.warmed = True
        with contextlib.suppress(SearchError):  # reported when the officer searches
            self.open().search(Query(WARM_UP, typing=True))

    def search(self, query: Query) -> Results:
        return self.open().search(query)

    def close(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.close()
                self._engine = None


class Relay(QObject):
    done = Signal(int, object)


class Job(QRunnable):
    def __init__(self, engines: Engines, query: Query, number: int, relay: Relay) -> None:
        super().__init__()
        self.engines, self.query, self.number, self.relay = engines, query, number, relay

    def run(self) -> None:
        try:
            outcome: Results | SearchError = self.engines.search(self.query)
        except SearchError as error:
            outcome = error  # put into words on the GUI thread
        self.relay.done.emit(self.number, outcome)
