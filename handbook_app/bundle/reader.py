"""Reading a bundle: the manifest and catalog at once, documents and search on demand."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from handbook_app.bundle.manifest import CATALOG, DOCS_DIR, INDEX_DIR, Manifest
from handbook_app.content.model import Document, Kind
from handbook_app.errors import UNREADABLE_JSON, BundleError

if TYPE_CHECKING:
    from pathlib import Path
from handbook_app.content.phrasebook import Phrasebook


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
        return cls(
            d["id"], d["lang"], Kind(d["kind"]), d["title"], d.get("summary", ""),
            float(d.get("order", 0)), d.get("country", ""), bool(d.get("uncertain")),
            tuple((str(a), str(t), int(lv)) for a, t, lv in d.get("sections", ())),
        )  # fmt: skip


def document_path(lang: str, doc_id: str) -> str:
    return f"{DOCS_DIR}/{lang}/{doc_id}.json"


class Bundle:
    """An opened bundle folder. Nothing heavy happens until a document is asked for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.manifest = Manifest.load(path)
        try:
            raw = json.loads((path / CATALOG).read_bytes())
            self.entries = tuple(CatalogEntry.from_dict(e) for e in raw)
        except UNREADABLE_JSON as error:
            raise BundleError(f"the bundle's catalog is missing or damaged: {error}") from error
        self._by_id = {e.id: e for e in self.entries}
        self._cache: dict[str, Document] = {}

    @property
    def index_path(self) -> Path:
        return self.path / INDEX_DIR

    def entry(self, doc_id: str) -> CatalogEntry:
        try:
            return self._by_id[doc_id]
        except KeyError:
            raise BundleError(f"no document '{doc_id}' in this bundle") from None

    def document(self, doc_id: str) -> Document:
        if doc_id not in self._cache:
            entry = self.entry(doc_id)
            path = self.path / document_path(entry.lang, doc_id)
            try:
                self._cache[doc_id] = Document.from_dict(json.loads(path.read_bytes()))
            except UNREADABLE_JSON as error:
                raise BundleError(f"document '{doc_id}' is missing or damaged: {error}") from error
        return self._cache[doc_id]

    def of_kind(self, kind: Kind) -> tuple[CatalogEntry, ...]:
        return tuple(e for e in self.entries if e.kind is kind)

    def phrasebook(self) -> Phrasebook | None:
        """The phrasebook with all its languages, or None when the bundle has none."""
        return Phrasebook.of(self.document(e.id) for e in self.of_kind(Kind.PHRASEBOOK))
