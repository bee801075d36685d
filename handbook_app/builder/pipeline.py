"""The build, as a recipe: collect → read → parse → validate → render → index → write."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from handbook_app.builder import links, parse, phrasebook, read, synonyms, translations, write
from handbook_app.builder.cache import Cache, StaleCacheError
from handbook_app.builder.parse import Draft
from handbook_app.bundle import changes
from handbook_app.bundle.manifest import INDEX_DIR, Manifest
from handbook_app.content.model import Document, HandbookInfo
from handbook_app.content.problems import Problem, Problems, Severity
from handbook_app.errors import ContentError

if TYPE_CHECKING:
    from pathlib import Path

    from handbook_app.builder.parse import Draft
    from handbook_app.content.model import Document, HandbookInfo

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)`` while a build runs."""


@dataclass
class Result:
    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    manifest: Manifest | None = None
    sections: int = 0
    info: HandbookInfo | None = None
    images: dict[str, Path] = field(default_factory=dict)
    reused: int = 0
    """Documents taken unchanged from the previous bundle (incremental builds)."""
    changes: changes.Changes | None = None
    """What changed since the ``previous`` bundle, when the build was given one."""
    synonyms: synonyms.Synonyms = field(default_factory=dict)
    coverage: translations.Coverage | None = None
    """Each translated language's documents and their state (``check --translations``)."""

    @property
    def count(self) -> int:
        """Documents in the bundle: those rendered now and those reused."""
        return len(self.documents) + self.reused

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    def failing(self, strict: bool = False) -> list[Problem]:
        """The problems that stop a build: errors, and warnings too when ``strict``."""
        return [p for p in self.problems if strict or p.severity is Severity.ERROR]


def check(content: Path, progress: Progress | None = None, cache: Cache | None = None) -> Result:
    """Run every stage up to rendering; write nothing. Problems are in the result.

    With a ``cache``, unchanged files are not parsed and unchanged documents not
    rendered again (``Result.documents`` then holds only the ones rendered now);
    validation across documents always covers them all.
    """
    report = progress or _quiet
    memo = cache or Cache.none()
    problems = Problems()
    report("collect", 0, 1)
    collected = read.collect(content, problems)
    memo.start(collected.info)
    languages = collected.info.languages if collected.info else ()
    meanings = synonyms.read(content, tuple(languages), problems)
    report("read", 0, len(collected.files))
    sources, unchanged = memo.read(content, collected.files, problems)
    report("parse", 0, len(sources))
    parsed = parse.parse(sources, collected.edition_date, problems)
    memo.remember(parsed, problems)
    drafts = _in_file_order(parsed + unchanged, collected.files)
    report("validate", 0, len(drafts))
    info = collected.info
    linker = links.Linker.of(content, drafts, info.languages[0] if info else "")
    drafts = links.validate(drafts, linker, problems)
    phrasebook.validate(drafts, problems)
    coverage = translations.validate(drafts, info, problems)
    report("render", 0, len(drafts))
    docs = memo.render(drafts, linker) if not problems.errors else []
    reused = len(memo.made) - len(docs)
    return Result(
        docs, problems.sorted(), info=info, images=linker.images, reused=reused,
        synonyms=meanings, coverage=coverage,
    )  # fmt: skip


def build(
    content: Path,
    out: Path,
    *,
    strict: bool = False,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
    sign: Callable[[Path], None] | None = None,
    clean: bool = False,
    previous: Path | None = None,
    before_swap: Callable[[], None] | None = None,
) -> Result:
    """Build the bundle at ``out``. Raises ContentError, leaving ``out`` untouched, on any error.

    Given the ``previous`` edition's bundle (it may be ``out`` itself), the new bundle
    holds what changed since it (``bundle/changes.py``), listed in the manifest.

    Unless ``clean``, a build cache beside ``out`` (``builder/cache.py``) lets a
    rebuild redo only what changed. ``sign`` is called with the staged bundle once
    its manifest is written, before the swap (``trust.sign.signer``), so a signed
    bundle appears whole or not at all. ``before_swap`` is called once the new bundle
    is whole, just before it replaces the old one: whoever has files of the old one
    open closes them there (on Windows a folder holding an open file cannot be renamed).
    """
    report = progress or _quiet
    if previous is not None:
        Manifest.load(previous)  # not a bundle: say so before any work
    cache = Cache.none() if clean else Cache.load(out)
    try:
        result = check(content, report, cache)
    except StaleCacheError:  # the cache lost something it needs: start it afresh
        cache = Cache.load(out, empty=True)
        result = check(content, report, cache)
    info, coverage = result.info, result.coverage
    if result.failing(strict) or info is None or coverage is None:
        raise ContentError(result.problems)
    folder = write.staging(out)
    try:
        report("index", 0, len(result.documents))
        write.write_files(folder, result.documents, result.images)
        cache.link_reused(folder)
        # The catalog lists the first language, as it always has (an older app reads it
        # as before); the translations are in languages.json.
        base = cache.catalog(coverage.base)
        write.write_catalog(folder, base)
        write.write_languages(folder, coverage, {c: cache.catalog(c) for c in info.languages})
        result.sections = cache.index(folder, result.documents, tuple(info.languages))
        synonyms.write(folder / INDEX_DIR, result.synonyms)
        if previous is not None:
            result.changes = changes.compare(previous, folder, info.edition)
            changes.write(folder, result.changes)
        report("write", 0, 1)
        result.manifest = write.write_manifest(
            folder, info, len(base), now or dt.datetime.now(dt.UTC), cache.known
        )
        if sign is not None:
            sign(folder)
        if before_swap is not None:
            before_swap()
        write.swap_in(folder, out)
    finally:
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)
    cache.save(result.manifest)
    return result


def _in_file_order(drafts: list[Draft], files: list[Path]) -> list[Draft]:
    """Drafts in the order their files were collected, whether parsed now or reused."""
    rank = {path: number for number, path in enumerate(files)}
    return sorted(drafts, key=lambda d: rank.get(d.source.path, len(rank)))


def _quiet(stage: str, done: int, total: int) -> None:
    """The default progress report: none."""
