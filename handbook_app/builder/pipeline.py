"""The build, as a recipe: collect → read → parse → validate → render → index → write."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from handbook_app.builder import links, parse, read, render, write
from handbook_app.bundle.manifest import Manifest
from handbook_app.content.model import Document, HandbookInfo
from handbook_app.content.problems import Problem, Problems, Severity
from handbook_app.errors import ContentError

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

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]


def check(content: Path, progress: Progress | None = None) -> Result:
    """Run every stage up to rendering; write nothing. Problems are in the result."""
    report = progress or _quiet
    problems = Problems()
    report("collect", 0, 1)
    collected = read.collect(content, problems)
    report("read", 0, len(collected.files))
    sources = read.read(content, collected.files, problems)
    report("parse", 0, len(sources))
    drafts = parse.parse(sources, collected.edition_date, problems)
    report("validate", 0, len(drafts))
    linker = links.Linker.of(content, drafts)
    drafts = links.validate(drafts, linker, problems)
    report("render", 0, len(drafts))
    docs = render.render(drafts, linker) if not problems.errors else []
    return Result(docs, problems.sorted(), info=collected.info, images=linker.images)


def build(
    content: Path,
    out: Path,
    *,
    strict: bool = False,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
    sign: Callable[[Path], None] | None = None,
) -> Result:
    """Build the bundle at ``out``. Raises ContentError, leaving ``out`` untouched, on any error.

    ``sign`` is called with the staged bundle once its manifest is written, before
    the swap (``trust.sign.signer``), so a signed bundle appears whole or not at all.
    """
    report = progress or _quiet
    result = check(content, report)
    failing = [p for p in result.problems if p.severity is Severity.ERROR or strict]
    info = result.info
    if failing or info is None:
        raise ContentError(result.problems)
    folder = write.staging(out)
    try:
        report("index", 0, len(result.documents))
        write.write_files(folder, result.documents, result.images)
        result.sections = write.index_into(folder, result.documents)
        report("write", 0, 1)
        result.manifest = write.write_manifest(
            folder, info, len(result.documents), now or dt.datetime.now(dt.UTC)
        )
        if sign is not None:
            sign(folder)
        write.swap_in(folder, out)
    finally:
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)
    return result


def _quiet(stage: str, done: int, total: int) -> None:
    """The default progress report: none."""
