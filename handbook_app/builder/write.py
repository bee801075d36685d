"""Stages 6 and 7: index the sections, then write the bundle beside OUT and swap it in."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from handbook_app.bundle.manifest import (
    CATALOG,
    FORMAT,
    LANGUAGES,
    MANIFEST,
    Manifest,
    hash_tree,
)
from handbook_app.bundle.reader import CatalogEntry, document_path
from handbook_app.content import languages
from handbook_app.search.engine import Entry

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

    from handbook_app.builder.translations import Coverage
    from handbook_app.content.model import Document, HandbookInfo


def entries(docs: list[Document]) -> Iterator[Entry]:
    """Every section of every document as a search entry.

    Editors' keywords and tags count for the document's top entry only, so that
    they lift the document without making each of its sections look alike; but a
    country's keywords (its names, its capital) hold for each of its sections, so
    that "Finnish helpline" finds the Finnish line itself.
    """
    for doc in docs:
        keywords = " ".join((*doc.keywords, *doc.tags))
        context = keywords if doc.country_code else ""
        for section in doc.sections:
            yield Entry(
                doc_id=doc.id,
                anchor=section.anchor,
                kind=doc.kind.value,
                lang=doc.lang,
                country=doc.country_code,
                doc_title=doc.title,
                title=section.title,
                body=section.text,
                keywords=keywords if not section.anchor else "",
                level=section.level,
                context=context,
            )


def write_files(folder: Path, docs: list[Document], images: dict[str, Path]) -> None:
    """The documents and images of a bundle, into an empty ``folder``."""
    for doc in docs:
        path = folder / document_path(doc.lang, doc.id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(document_json(doc))
    for name, source in images.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def document_json(doc: Document) -> bytes:
    """A document's file in the bundle, exactly as written."""
    return json.dumps(doc.to_dict(), ensure_ascii=False, separators=(",", ":")).encode()


def catalog_line(doc: Document) -> str:
    return json.dumps(CatalogEntry.of(doc).to_dict(), ensure_ascii=False, separators=(",", ":"))


def write_catalog(folder: Path, lines: list[str]) -> None:
    """The catalog, one entry a line: readable, and quick to write (``catalog_line``)."""
    (folder / CATALOG).write_text("[\n" + ",\n".join(lines) + "\n]\n", "utf-8")


def write_languages(folder: Path, coverage: Coverage, lines: dict[str, list[str]]) -> None:
    """``languages.json``: the content languages, and each one's translations with their
    catalog entries (``lines``, by language) and state. Written only when there are several."""
    if len(coverage.languages) < 2:
        return
    listed = [languages.KNOWN[code] for code in coverage.languages]
    translated: dict[str, list[dict[str, object]]] = {}
    for code in coverage.languages[1:]:
        found = translated[code] = []
        for line in lines.get(code, []):
            entry = json.loads(line)
            status = coverage.statuses[(code, entry["id"])]
            entry.update(
                translated_from=status.translated_from, reviewed=status.reviewed, stale=status.stale
            )
            found.append(entry)
    data = {
        "format": 1,
        "base": coverage.base,
        "languages": [{"code": x.code, "name": x.name, "english": x.english} for x in listed],
        "documents": translated,
    }
    text = json.dumps(data, ensure_ascii=False, indent=1)
    (folder / LANGUAGES).write_text(text + "\n", "utf-8")


def write_manifest(
    folder: Path,
    info: HandbookInfo,
    count: int,
    built: dt.datetime,
    known: dict[str, str] | None = None,
) -> Manifest:
    """The manifest, hashing every file of ``folder`` but those ``known`` (see ``hash_tree``)."""
    manifest = Manifest(
        format=FORMAT,
        title=info.title,
        edition=info.edition,
        edition_date=info.edition_date,
        publisher=info.publisher,
        languages=info.languages,
        built=built.isoformat(timespec="seconds"),
        documents=count,
        files=hash_tree(folder, known),
    )
    (folder / MANIFEST).write_bytes(manifest.to_json())
    return manifest


def staging(out: Path) -> Path:
    """A fresh temporary folder beside ``out``, so the final rename stays on one disk."""
    out.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))


def swap_in(folder: Path, out: Path) -> None:
    """Replace ``out`` by ``folder``; an old bundle is removed only once the new one is whole."""
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}-old-{os.getpid()}")
        out.rename(old)
    folder.rename(out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
