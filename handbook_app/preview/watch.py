"""Watch a content folder and call back once per burst of saves (``watchfiles``, no polling).

Editors save in bursts (a temporary file, a rename, a change of mode): ``watchfiles``
gathers the events until ``quiet_ms`` pass without one (at most ``longest_ms``), so a
save makes one rebuild. Only files the builder reads count; editors' swap and backup
files do not.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

import watchfiles

if TYPE_CHECKING:
    from collections.abc import Callable

    from handbook_app.preview.session import Outcome, Session

WATCHED = frozenset({".md", ".yaml", ".yml", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"})
QUIET_MS = 80
LONGEST_MS = 600


class Filter(watchfiles.DefaultFilter):
    """The builder's files (and folders, whose removal removes files); never hidden ones."""

    def __call__(self, change: watchfiles.Change, path: str) -> bool:
        name = Path(path)
        if name.name.startswith(".") or not super().__call__(change, path):
            return False
        return name.suffix.lower() in WATCHED or not name.suffix


class Watcher:
    """Calls ``on_change(paths)`` from its own thread after each burst of changes."""

    def __init__(
        self,
        folder: Path,
        on_change: Callable[[set[Path]], None],
        *,
        quiet_ms: int = QUIET_MS,
        longest_ms: int = LONGEST_MS,
    ) -> None:
        self.folder = folder
        self.on_change = on_change
        self.quiet_ms, self.longest_ms = quiet_ms, longest_ms
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start watching; returns once the watch is in place (or after 5 s at most)."""
        self._thread = threading.Thread(target=self._run, name="content-watcher", daemon=True)
        self._thread.start()
        self._ready.wait(5)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)

    def _run(self) -> None:
        changes = watchfiles.watch(
            self.folder,
            watch_filter=Filter(),
            debounce=self.longest_ms,
            step=self.quiet_ms,
            stop_event=self._stop,
            yield_on_timeout=True,
            rust_timeout=200,
            raise_interrupt=False,
        )
        for batch in changes:
            self._ready.set()  # the first (empty) batch comes once the watch is in place
            if batch and not self._stop.is_set():
                self.on_change({Path(path) for _change, path in batch})


class Live:
    """A session rebuilt after every burst of saves; ``on_outcome`` runs on the watcher's thread.

    The GUI passes a callback that hands the outcome to its own thread (a Qt signal),
    and ``before_swap``, which has it close the files of the bundle it shows before a
    rebuild replaces them (``Session.rebuild``).
    """

    def __init__(
        self,
        session: Session,
        on_outcome: Callable[[Outcome], None],
        before_swap: Callable[[], None] | None = None,
        **timing: int,
    ) -> None:
        self.session = session
        self.on_outcome = on_outcome
        self.before_swap = before_swap
        self.watcher = Watcher(session.content, self._changed, **timing)
        self._stopped = threading.Event()

    def start(self) -> Outcome:
        """Build once, report it, then watch (unless stopped meanwhile)."""
        outcome = self.session.rebuild(self.before_swap)
        self.on_outcome(outcome)
        if not self._stopped.is_set():
            self.watcher.start()
        return outcome

    def stop(self) -> None:
        self._stopped.set()
        self.watcher.stop()

    def _changed(self, _paths: set[Path]) -> None:
        self.on_outcome(self.session.rebuild(self.before_swap))
