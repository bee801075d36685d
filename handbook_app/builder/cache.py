"""The build cache: a rebuild re-reads, re-renders and re-indexes only what changed.

It lives in ``<folder of OUT>/.handbook-cache/<name of OUT>/state.pickle`` and holds:

- per source file (keyed by the SHA-256 of its path and bytes): the problems reading
  and parsing it reported, and a light copy of its draft (ids, anchors, links: what
  validation and linking need), so an unchanged file is not parsed again. The full
  draft is kept in ``drafts/<key>.pickle``, read only if the document must be
  rendered again because a document it links to changed;
- per document of the previous bundle: the key of its source, its links as they
  resolved, its catalog entry, sort key, section count and the SHA-256 of its file.
  A document whose source and link targets are unchanged is not rendered again: its
  file is hard-linked from the previous bundle, once that file's hash has been checked;
- the hashes of the previous bundle's index files. When they all still verify, the
  index is copied (segments hard-linked), the changed documents' entries are replaced,
  and it is committed without optimizing.

Validation across documents (ids, links, anchors, guides) still runs over every
document on every build. The cache is salted with the builder's own source code and
``handbook.yaml``: a new builder or edition starts clean. Anything that does not
verify is rebuilt: the cache saves work, it never decides content.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import json
import os
import pickle
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from handbook_app.builder import pickles, read, render, write
from handbook_app.builder.links import Linker
from handbook_app.builder.parse import Draft
from handbook_app.bundle.manifest import INDEX_DIR, Manifest, sha256
from handbook_app.bundle.reader import document_path
from handbook_app.content.frontmatter import FrontMatter
from handbook_app.content.model import Document, HandbookInfo
from handbook_app.errors import BundleError
from handbook_app.search import analysis, index

if TYPE_CHECKING:
    from handbook_app.builder.links import Linker
    from handbook_app.content.problems import Problem, Problems

FOLDER = ".handbook-cache"
STATE = "state.pickle"
DRAFTS = "drafts"
VERSION = "1"
CODE = ("builder", "content", "bundle")
"""Packages whose source code decides what a build makes: any change to them empties the cache."""
SEARCH_CODE = ("analysis.py", "engine.py", "index.py", "storage.py")
"""The search modules a build writes the index with (the query-time ones, ranking and
parsing, change nothing a build makes, so editing them keeps the cache)."""

DocKey = tuple[str, str]
"""``(lang, id)``: a document of the bundle."""


@dataclass(frozen=True)
class ParsedFile:
    """One source file, read and parsed (``draft`` is light: see ``light``), and its problems."""

    draft: Draft
    problems: tuple[Problem, ...]


def light(draft: Draft) -> Draft:
    """The draft without its text: what validation and links to it need, quick to load."""
    source = draft.source
    lines = {k: n for k, n in source.meta.lines.items() if k[:1] == ("guide",)}
    meta = FrontMatter({}, lines, source.meta.start)
    copy = replace(
        draft, source=replace(source, text="", body="", meta=meta), headings=[], checklist=None,
        guide=None, contacts=None,
    )  # fmt: skip
    copy.__dict__.update(links=draft.links, dangers=draft.dangers, anchors=draft.anchors)
    return copy


@dataclass(frozen=True)
class Made:
    """A document of the bundle as the write stage needs it; ``doc`` is None when reused."""

    source: str
    links: tuple[str | None, ...]
    order: tuple[str, int, float, str]
    catalog: str
    sections: int
    digest: str
    doc: Document | None = field(default=None, compare=False)

    def without_doc(self) -> Made:
        return Made(self.source, self.links, self.order, self.catalog, self.sections, self.digest)


@dataclass
class State:
    salt: str = ""
    parsed: dict[str, ParsedFile] = field(default_factory=dict)
    made: dict[DocKey, Made] = field(default_factory=dict)
    index: dict[str, str] = field(default_factory=dict)


def folder_for(out: Path) -> Path:
    return out.parent / FOLDER / out.name


def code_salt() -> str:
    """A hash of this builder's own source code, the cache format, and the search's
    analysis: its version and the stemmer package's (a cached index analysed another
    way is never updated in place)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(VERSION.encode())
    digest.update(f"{analysis.VERSION} {importlib.metadata.version('snowballstemmer')}".encode())
    paths = [path for package in CODE for path in sorted((root / package).glob("*.py"))]
    paths += [root / "search" / name for name in SEARCH_CODE]
    for path in paths:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def source_key(path: Path, raw: bytes) -> str:
    return hashlib.sha256(str(path).encode() + b"\0" + raw).hexdigest()


class Cache:
    """What the previous build made, and what this one makes, for one output folder."""

    def __init__(
        self, folder: Path | None, out: Path | None = None, *, empty: bool = False
    ) -> None:
        self.folder, self.out = folder, out
        self.old = State()
        self.new = State()
        self.keys: dict[Path, str] = {}
        self.fresh: dict[str, Draft] = {}
        self.made: dict[DocKey, Made] = {}
        self.known: dict[str, str] = {}
        """Hashes of the previous bundle's files checked in this build, by name: they are
        hard-linked into the new bundle (the same file), so the manifest takes them as they are."""
        if folder is not None and not empty:
            # Our own file, beside the bundle it describes; whatever is wrong with it
            # (damaged, from another Python) only means a clean build.
            with contextlib.suppress(Exception):
                loaded = pickles.loads((folder / STATE).read_bytes())
                if isinstance(loaded, State):
                    self.old = loaded

    @classmethod
    def none(cls) -> Cache:
        """A cache that remembers nothing: every stage does all its work."""
        return cls(None)

    @classmethod
    def load(cls, out: Path, *, empty: bool = False) -> Cache:
        """The cache of the bundle at ``out``; ``empty``: start afresh, but keep this build."""
        return cls(folder_for(out), out, empty=empty)

    def start(self, info: HandbookInfo | None) -> None:
        """Forget the old state unless it was made by this code for this ``handbook.yaml``."""
        self.new.salt = f"{code_salt()} {info!r}" if self.folder is not None else ""
        if not self.new.salt or self.old.salt != self.new.salt:
            self.old = State()

    # Stages 2 and 3: read and parse only the files whose bytes changed.

    def read(
        self, root: Path, files: list[Path], problems: Problems
    ) -> tuple[list[read.Source], list[Draft]]:
        """The sources still to parse, and the drafts of unchanged files (problems replayed)."""
        fresh: list[Path] = []
        reused: list[Draft] = []
        for path in files:
            key = self.keys[path] = source_key(path, path.read_bytes())
            known = self.old.parsed.get(key)
            if known is None:
                fresh.append(path)
                continue
            self.new.parsed[key] = known
            problems.extend(known.problems)
            reused.append(known.draft)
        return read.read(root, fresh, problems), reused

    def remember(self, drafts: list[Draft], problems: Problems) -> None:
        """Keep the freshly parsed drafts with the problems reported about their files."""
        if self.folder is None:
            return
        for draft in drafts:
            path = draft.source.path
            key = self.keys[path]
            self.fresh[key] = draft
            self.new.parsed[key] = ParsedFile(
                light(draft), tuple(p for p in problems if p.path == path)
            )

    # Stage 5: render only the documents whose source or link targets changed.

    def render(self, drafts: list[Draft], linker: Linker) -> list[Document]:
        """The documents rendered now, in contents order; ``self.made`` holds them all."""
        fresh: list[Document] = []
        for draft in drafts:
            links = tuple(
                linker.resolve(draft, link.target, link.is_image).href for link in draft.links
            )
            key = self.keys.get(draft.source.path, "")
            doc_key = (draft.source.lang, draft.id)
            old = self.old.made.get(doc_key)
            if (
                old is not None
                and (old.source, old.links) == (key, links)
                and self._intact(doc_key, old)
            ):
                self.made[doc_key] = old
                continue
            doc = render.render_one(self._full(key, draft), linker)
            self.made[doc_key] = Made(
                key, links, render.contents_order(doc), write.catalog_line(doc),
                len(doc.sections), hashlib.sha256(write.document_json(doc)).hexdigest(), doc,
            )  # fmt: skip
            fresh.append(doc)
        self.made = dict(sorted(self.made.items(), key=lambda item: item[1].order))
        return sorted(fresh, key=render.contents_order)

    def _full(self, key: str, draft: Draft) -> Draft:
        """The whole draft: this one if parsed now, else the one kept when it was parsed."""
        if draft.source.body or key in self.fresh or self.folder is None:
            return draft
        try:
            full = pickles.loads((self.folder / DRAFTS / f"{key}.pickle").read_bytes())
        except Exception as error:  # any damage: the caller builds clean
            raise StaleCacheError(
                f"the build cache lost the draft of {draft.source.rel}"
            ) from error
        if not isinstance(full, Draft):
            raise StaleCacheError(f"the build cache holds no draft for {draft.source.rel}")
        return full

    def _intact(self, doc_key: DocKey, made: Made) -> bool:
        """The previous bundle's file for this document still has the hash we wrote."""
        if self.out is None:
            return False
        name = document_path(*doc_key)
        path = self.out / name
        try:
            if path.is_symlink() or not path.is_file() or sha256(path) != made.digest:
                return False
        except OSError:
            return False
        self.known[name] = made.digest
        return True

    # Stages 6 and 7: write, index.

    def catalog(self, lang: str) -> list[str]:
        """The catalog lines of one language's documents, in contents order."""
        return [m.catalog for k, m in self.made.items() if k[0] == lang]

    def link_reused(self, folder: Path) -> None:
        """Hard-link (or copy) the unchanged documents' files from the previous bundle."""
        assert self.out is not None or not self.reused()
        for doc_key in self.reused():
            name = document_path(*doc_key)
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            _link_or_copy(self.out / name, target)  # type: ignore[operator]

    def reused(self) -> list[DocKey]:
        return [k for k, m in self.made.items() if m.doc is None]

    def index(self, folder: Path, docs: list[Document], languages: tuple[str, ...]) -> int:
        """Index the sections of the documents in ``languages`` into ``folder``:
        incrementally when the old index verifies."""
        target = folder / INDEX_DIR
        docs = [d for d in docs if d.lang in languages]
        reused = [k for k in self.reused() if k[0] in languages]
        # Entries to drop: removed documents, and those rendered anew (re-added below).
        stale = [k for k in self.old.made if k not in self.made or self.made[k].doc is not None]
        if not reused or not self._copy_index(target):
            if reused:  # the old index cannot be trusted: index every document anew
                docs = [self._load(k) for k in reused] + docs
            shutil.rmtree(target, ignore_errors=True)
            return index.write(target, write.entries(docs), languages)
        return index.update(target, stale, write.entries(docs))

    def _copy_index(self, target: Path) -> bool:
        """Copy the previous bundle's index if every file still has the hash we wrote."""
        assert self.out is not None
        source = self.out / INDEX_DIR
        try:
            names = sorted(p.name for p in source.iterdir())
            if [f"{INDEX_DIR}/{n}" for n in names] != sorted(self.old.index) or not names:
                return False
            target.mkdir(parents=True)
            for name in names:
                digest = self.old.index[f"{INDEX_DIR}/{name}"]
                if (source / name).is_symlink() or sha256(source / name) != digest:
                    return False
                if name.endswith(".seg"):  # Whoosh never changes a segment once written
                    _link_or_copy(source / name, target / name)
                    self.known[f"{INDEX_DIR}/{name}"] = digest
                else:
                    shutil.copy2(source / name, target / name)
        except OSError:
            return False
        return True

    def _load(self, doc_key: DocKey) -> Document:
        assert self.out is not None
        try:
            raw = (self.out / document_path(*doc_key)).read_bytes()
            return Document.from_dict(json.loads(raw))
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise BundleError(f"cannot reuse document {doc_key}: {error}") from error

    def save(self, manifest: Manifest) -> None:
        """Keep this build's state for the next one (best effort: a cache is never needed)."""
        if self.folder is None:
            return
        self.new.made = {k: m.without_doc() for k, m in self.made.items()}
        self.new.index = {n: d for n, d in manifest.files.items() if n.startswith(f"{INDEX_DIR}/")}
        with contextlib.suppress(OSError):
            drafts = self.folder / DRAFTS
            drafts.mkdir(parents=True, exist_ok=True)
            for key, draft in self.fresh.items():
                _write(drafts / f"{key}.pickle", draft)
            _write(self.folder / STATE, self.new)
            for old in drafts.iterdir():
                if old.stem not in self.new.parsed:
                    old.unlink()


class StaleCacheError(Exception):
    """Something the cache relies on is gone or damaged: build again without it."""


def _write(path: Path, value: object) -> None:
    """Pickle ``value`` to ``path`` through a temporary file, so a reader never sees half."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}")
    temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    temporary.replace(path)


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
