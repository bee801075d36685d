"""A preview session: rebuild a private bundle from a content folder, incrementally.

The GUI keeps showing the last good bundle: a build with errors leaves it as it was
(``pipeline.build`` never half-writes), and the outcome carries the problems to show
on top of it.
"""

from __future__ import annotations

import importlib
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from handbook_app.builder import pipeline
from handbook_app.bundle.manifest import DOCS_DIR, Manifest
from handbook_app.content.problems import Problem, Severity
from handbook_app.errors import BundleError, ContentError, HandbookError

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

LAZY = (
    "whoosh.automata.fsa",
    "whoosh.automata.lev",
    "whoosh.classify",
    "whoosh.codec.whoosh3",
    "whoosh.externalsort",
    "whoosh.filedb.compound",
    "whoosh.filedb.filetables",
    "whoosh.highlight",
    "whoosh.scoring",
    "whoosh.searching",
    "whoosh.writing",
)
"""Modules a build (clean or incremental) imports only when it runs: Whoosh's writer,
spelling and searcher (an incremental build deletes entries through a search)."""

BUNDLE = "bundle"
"""The bundle's folder inside the session's private folder (its build cache sits beside it)."""


@dataclass(frozen=True)
class Outcome:
    """What one rebuild did."""

    ok: bool
    """A new bundle was written; else the last good one (if any) stays."""
    problems: tuple[Problem, ...] = ()
    """Errors and warnings, in ``path:line`` order."""
    changed: frozenset[str] = frozenset()
    """Ids of the documents added or changed in the bundle by this rebuild."""
    removed: frozenset[str] = frozenset()
    seconds: float = 0.0
    edition: int | None = field(default=None, compare=False)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    def lines(self, root: Path | None = None) -> list[str]:
        """The problems as ``path:line: problem (fix)`` lines (paths relative to ``root``)."""
        return [p.format(root) for p in self.problems]


def prepare() -> None:
    """Import everything a build imports lazily, so that builds on another thread import
    nothing: PySide6's import hook is not safe while a thread other than Qt's imports
    (``gui/search.py``). ``tests/gui/test_gui_preview.py`` checks that none is left."""
    from handbook_app.content import markup  # noqa: PLC0415 (already loaded by the builder)

    for name in LAZY:
        importlib.import_module(name)
    markup.scan("# Title\n\nText.\n")  # Markdown finds and loads its extensions here


class Session:
    """One content folder previewed into one private folder."""

    def __init__(self, content: Path, folder: Path) -> None:
        self.content = content
        self.bundle = folder / BUNDLE

    @property
    def has_bundle(self) -> bool:
        """Whether a good bundle exists to show (after at least one good build)."""
        return (self.bundle / "manifest.json").is_file()

    def rebuild(self, before_swap: Callable[[], None] | None = None) -> Outcome:
        """Build again; only what changed is parsed, rendered and indexed anew.
        ``before_swap``: called just before the new bundle replaces the old one
        (``pipeline.build``), for the viewer to close the old one's files."""
        began = time.perf_counter()
        before = self._documents()
        try:
            result = pipeline.build(self.content, self.bundle, before_swap=before_swap)
        except ContentError as error:
            problems = tuple(sorted(error.problems, key=lambda p: (str(p.path), p.line)))
            return Outcome(False, problems, seconds=time.perf_counter() - began)
        except (HandbookError, OSError) as error:  # an OSError too: the watcher must go on
            problem = Problem(self.content, 0, str(error), "see the message above")
            return Outcome(False, (problem,), seconds=time.perf_counter() - began)
        after = self._documents()
        changed = frozenset(doc for doc, digest in after.items() if before.get(doc) != digest)
        removed = frozenset(doc for doc in before if doc not in after)
        edition = result.manifest.edition if result.manifest else None
        return Outcome(
            True, tuple(result.warnings), changed, removed, time.perf_counter() - began, edition
        )

    def _documents(self) -> dict[str, str]:
        """Document id to the hash of its file, from the current bundle's manifest."""
        try:
            files = Manifest.load(self.bundle).files
        except BundleError:
            return {}
        prefix = f"{DOCS_DIR}/"
        return {
            name.rsplit("/", 1)[-1].removesuffix(".json"): digest
            for name, digest in files.items()
            if name.startswith(prefix) and name.endswith(".json")
        }
