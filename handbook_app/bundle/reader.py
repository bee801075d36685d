"""Reading a bundle: the manifest and catalog at once, documents and search on demand."""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from handbook_app.bundle.manifest import (
    CATALOG,
    DOCS_DIR,
    IMAGES_DIR,
    INDEX_DIR,
    LANGUAGES,
    Manifest,
)
from handbook_app.content.languages import KNOWN, Language
from handbook_app.content.model import Document, Kind
from handbook_app.content.phrasebook import Phrasebook
from handbook_app.errors import UNREADABLE_JSON, BundleError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
"""A document id or language code: one plain path segment."""


@dataclass(frozen=True)
class CatalogEntry:
    """A document as the contents tree needs it, without its body."""

    id: str
    lang: str
    kind: Kind
    title: str
    summary: str
    order: float
    country: str
    uncertain: bool
    sections: tuple[tuple[str, str, int], ...]

    @classmethod
    def of(cls, doc: Document) -> CatalogEntry:
        return cls(
            doc.id, doc.lang, doc.kind, doc.title, doc.summary, doc.order, doc.country_code,
            doc.uncertain, tuple((s.anchor, s.title, s.level) for s in doc.sections if s.anchor),
        )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "lang": self.lang, "kind": self.kind.value, "title": self.title,
            "summary": self.summary, "order": self.order, "country": self.country,
            "uncertain": self.uncertain, "sections": [list(s) for s in self.sections],
        }  # fmt: skip

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CatalogEntry:
        """An entry of the catalog; ValueError when its id or language is not a plain name
        (they become a path inside the bundle: ``docs/<lang>/<id>.json``)."""
        for key in ("id", "lang"):
            if not isinstance(d[key], str) or not NAME.fullmatch(d[key]):
                raise ValueError(f"{key} {str(d[key])[:60]!r} is not a plain name")
        return cls(
            d["id"], d["lang"], Kind(d["kind"]), d["title"], d.get("summary", ""),
            float(d.get("order", 0)), d.get("country", ""), bool(d.get("uncertain")),
            tuple([(str(a), str(t), int(lv)) for a, t, lv in d.get("sections", ())]),
        )  # fmt: skip


MAX_RESOURCE_BYTES = 8 << 20
"""The most a picture of a bundle may hold when the reader loads it."""
RESOURCE_DIR = IMAGES_DIR


@dataclass(frozen=True)
class Translated:
    """A translation in the bundle: its catalog entry and its state."""

    entry: CatalogEntry
    translated_from: str
    reviewed: str
    """``""`` until a native speaker checked it, else ``"DATE by NAME"``."""
    stale: bool
    """The original changed after it was translated (a build without ``--strict`` lets it by)."""


@dataclass(frozen=True)
class Localized:
    """A document as it is shown in a language: its translation, or the original instead.

    ``fallback`` is True when the bundle has no translation of it into ``lang``:
    ``document`` is then the original (in ``document.lang``), and the app says so
    ("Not yet translated into Polski — showing English").
    """

    document: Document
    lang: str
    fallback: bool
    reviewed: str = ""
    stale: bool = False

    @property
    def unreviewed(self) -> bool:
        """A translation no native speaker has checked yet."""
        return self.document.is_translation and not self.reviewed


def document_path(lang: str, doc_id: str) -> str:
    return f"{DOCS_DIR}/{lang}/{doc_id}.json"


class Bundle:
    """An opened bundle folder. Nothing heavy happens until a document is asked for.

    Each document and picture is checked against the manifest's SHA-256 as it is read
    (the app verifies them all only after its first paint): one that changed since the
    bundle was built is refused with BundleError, never returned.
    """

    def __init__(self, path: Path, manifest: Manifest | None = None) -> None:
        """The bundle at ``path``, with its ``manifest`` when it was read (and verified)
        already."""
        self.path = path
        self.manifest = manifest if manifest is not None else Manifest.load(path)
        with _collector_paused():
            try:
                raw = json.loads((path / CATALOG).read_bytes())
                self.entries = tuple(CatalogEntry.from_dict(e) for e in raw)
            except UNREADABLE_JSON as error:
                raise BundleError(f"the bundle's catalog is missing or damaged: {error}") from error
            self._by_id = {e.id: e for e in self.entries}
            self._cache: dict[tuple[str, str], Document] = {}
            self.base, self.languages, self._documents = _languages(path, self.manifest)
        self._translations: dict[tuple[str, str], Translated] | None = None

    @property
    def index_path(self) -> Path:
        return self.path / INDEX_DIR

    def language(self, code: str) -> Language:
        """A content language of this bundle by its code (``name`` is written in itself)."""
        for lang in self.languages:
            if lang.code == code:
                return lang
        return KNOWN.get(code, Language(code, code, code))

    def entry(self, doc_id: str) -> CatalogEntry:
        """The catalog entry of a document in the first language (the original)."""
        try:
            return self._by_id[doc_id]
        except KeyError:
            raise BundleError(f"no document '{doc_id}' in this bundle") from None

    def translation(self, doc_id: str, lang: str) -> Translated | None:
        """The translation of a document into ``lang``, if the bundle has one."""
        if lang == self.base:
            return None  # the originals' language: no translations, nothing to read
        if self._translations is None:  # read when first asked for: most starts need none
            self._translations = _translations(self._documents)
        return self._translations.get((lang, doc_id))

    def entries_in(self, lang: str) -> tuple[CatalogEntry, ...]:
        """The contents in ``lang``: each document's translation where there is one, else the
        original (its ``lang`` says which), in the originals' order."""
        if lang == self.base:
            return self.entries  # the originals: no translation into their own language
        found = (self.translation(e.id, lang) for e in self.entries)
        return tuple(t.entry if t else e for t, e in zip(found, self.entries, strict=True))

    def localized(self, doc_id: str, lang: str) -> Localized:
        """The document in ``lang``: the translation where the bundle has one, else the
        original with ``fallback`` set. Links (``doc:ID#anchor``) are opened the same way,
        so they lead to the translation where there is one."""
        translated = self.translation(doc_id, lang) if lang != self.base else None
        if translated is None:
            self.entry(doc_id)  # an unknown id says so
            return Localized(self._load(self.base, doc_id), lang, fallback=lang != self.base)
        doc = self._load(lang, doc_id)
        return Localized(doc, lang, False, translated.reviewed, translated.stale)

    def document(self, doc_id: str, lang: str | None = None) -> Document:
        """The document in ``lang`` (the translation, else the original); the original
        when no language is given. ``localized`` also says whether it fell back."""
        if lang is None:
            self.entry(doc_id)
            return self._load(self.base, doc_id)
        return self.localized(doc_id, lang).document

    def _load(self, lang: str, doc_id: str) -> Document:
        key = (lang, doc_id)
        if key not in self._cache:
            name = document_path(lang, doc_id)
            try:
                data = (self.path / name).read_bytes()
                self._verified(name, data, f"document '{doc_id}'")
                self._cache[key] = Document.from_dict(json.loads(data))
            except UNREADABLE_JSON as error:
                raise BundleError(f"document '{doc_id}' is missing or damaged: {error}") from error
        return self._cache[key]

    def _verified(self, name: str, data: bytes, what: str) -> None:
        """Refuse ``data`` read from the file ``name`` unless the manifest lists its hash."""
        digest = self.manifest.files.get(name)
        if digest is None:
            raise BundleError(f"{what} is not listed in the bundle's manifest")
        if hashlib.sha256(data).hexdigest() != digest:
            raise BundleError(f"{what} changed since the bundle was built")

    def resource(self, name: str, limit: int = MAX_RESOURCE_BYTES) -> bytes:
        """The bytes of the bundle picture ``name`` (``images/…``, as the HTML names it).

        Anything else is refused with BundleError: a URL with a scheme or host, an
        absolute, network (``//host``, ``\\\\host``) or device path, a name that climbs
        out, a file the manifest does not list, a link, and a file over ``limit`` bytes
        (never more than ``limit`` + 1 bytes are read).
        """
        parts = name.split("/")
        if (
            len(parts) != 2
            or parts[0] != RESOURCE_DIR
            or parts[1] in ("", ".", "..")
            or "\\" in name
            or "\0" in name
            or name not in self.manifest.files
        ):
            raise BundleError(f"{name!r} is not a picture of this bundle")
        path = self.path / RESOURCE_DIR / parts[1]
        try:
            if path.is_symlink() or not path.is_file() or path.stat().st_size > limit:
                raise BundleError(f"{name}: not a readable picture of at most {limit} bytes")
            with path.open("rb") as handle:
                data = handle.read(limit + 1)
        except OSError as error:
            raise BundleError(f"{name}: cannot be read ({error.strerror})") from error
        if len(data) > limit:
            raise BundleError(f"{name}: larger than {limit} bytes")
        self._verified(name, data, f"picture {name!r}")
        return data

    def of_kind(self, kind: Kind) -> tuple[CatalogEntry, ...]:
        return tuple(e for e in self.entries if e.kind is kind)

    def phrasebook(self) -> Phrasebook | None:
        """The phrasebook with all its languages, or None when the bundle has none."""
        return Phrasebook.of(self.document(e.id) for e in self.of_kind(Kind.PHRASEBOOK))


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the catalog is read: its tens of thousands of
    objects (no cycles among them) would make it run over and over, about a third of
    the time at 6,000 documents. They are then moved to the oldest generation without
    being scanned (``freeze`` and ``unfreeze``), so that the next collection of the
    young ones does not scan them all at once either."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


def _languages(
    path: Path, manifest: Manifest
) -> tuple[str, tuple[Language, ...], Callable[[], object]]:
    """The first language and every content language, and a function that reads the
    translations (``languages.json``; a bundle of one language has none).

    The translations (``documents``, the builder writes them last) are most of the file:
    they are decoded only when that function is called."""
    codes = manifest.languages or ("en",)
    if LANGUAGES not in manifest.files:
        return codes[0], tuple(KNOWN.get(c, Language(c, c, c)) for c in codes), dict
    try:
        text = (path / LANGUAGES).read_bytes().decode()
        data, at = _head(text, "documents")
        if not {"base", "languages"} <= data.keys():  # written in another order: read it all
            data, at = json.loads(text), -1
        listed = tuple(Language(str(x["code"]), str(x["name"]), str(x["english"]))
                       for x in data["languages"])  # fmt: skip
        return str(data["base"]), listed, functools.partial(_tail, text, at, "documents")
    except UNREADABLE_JSON as error:
        raise BundleError(f"the bundle's languages.json is damaged: {error}") from error


_JSON = json.JSONDecoder()


def _skip(text: str, at: int) -> int:
    """Where the first character of ``text`` from ``at`` that is not JSON white space is."""
    while text[at : at + 1] in (" ", "\n", "\t", "\r"):
        at += 1
    return at


def _head(text: str, last: str) -> tuple[dict[str, Any], int]:
    """The members of the JSON object ``text`` before its member ``last``, and where the
    value of ``last`` starts (the end of ``text`` when it has no such member)."""
    at = _skip(text, 0)
    if text[at : at + 1] != "{":
        raise ValueError("not an object")
    found: dict[str, Any] = {}
    at = _skip(text, at + 1)
    while text[at : at + 1] != "}":
        key, at = _JSON.raw_decode(text, at)
        at = _skip(text, at)
        if text[at : at + 1] != ":":
            raise ValueError(f"':' expected at {at}")
        at = _skip(text, at + 1)
        if key == last:
            return found, at
        found[key], at = _JSON.raw_decode(text, at)
        at = _skip(text, at)
        if text[at : at + 1] == ",":
            at = _skip(text, at + 1)
        elif text[at : at + 1] != "}":
            raise ValueError(f"',' or '}}' expected at {at}")
    return found, len(text)


def _tail(text: str, at: int, last: str) -> object:
    """The value of the last member ``last`` of the JSON object ``text``, which starts at
    ``at`` (see :func:`_head`); ``{}`` when there is none. The whole object is read when
    ``at`` is -1 or more follows that value, so that what it holds is judged as a whole."""
    if at >= len(text):
        return {}
    if at >= 0:
        value, end = _JSON.raw_decode(text, at)
        if text[end:].strip() == "}":
            return value
    whole = json.loads(text)
    return whole.get(last, {}) if isinstance(whole, dict) else None


def _translations(read: Callable[[], object]) -> dict[tuple[str, str], Translated]:
    """The translations listed in ``languages.json`` (its ``documents``, which ``read``
    decodes), by language and id."""
    try:
        documents = read()
        if not isinstance(documents, dict):
            raise TypeError("documents must be an object")
        return {
            (str(code), str(e["id"])): Translated(
                CatalogEntry.from_dict(e),
                str(e["translated_from"]),
                str(e["reviewed"]),
                bool(e["stale"]),
            )
            for code, found in documents.items()
            for e in found
        }
    except UNREADABLE_JSON as error:
        raise BundleError(f"the bundle's languages.json is damaged: {error}") from error
