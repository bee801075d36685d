"""Writing the Whoosh index of a bundle: one index document per section."""

from __future__ import annotations

from typing import TYPE_CHECKING

from whoosh import columns, fields, index, query
from whoosh.reading import SegmentReader

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from whoosh.codec.base import Segment
    from whoosh.writing import SegmentWriter

    from handbook_app.search.engine import Entry

from handbook_app.search import analysis, storage
from handbook_app.search.analysis import field
from handbook_app.search.engine import BASE

SYNONYMS = "synonyms.json"
"""The editors' synonym list, beside the index files (``builder/synonyms.py``)."""
KIND_PRIOR = {"checklist": 1.5, "guide": 1.1, "country": 1.1, "chapter": 1.0}
"""Ranking prior: a query naming an indicator should open its checklist first."""
TOP_PRIOR = 0.9
"""Prior of a document's top section (its title, summary and introduction), which
carries the editors' keywords: below 1, so that the section holding what was asked
comes before the introduction that only lists it."""
MAX_PRIOR = max(KIND_PRIOR.values()) * max(TOP_PRIOR, 1.0)
"""The largest prior any section has: the fast top k stops where even it cannot help."""


TEXT_FIELDS = (("title", 3.0), ("headings", 1.5), ("keywords", 2.0), ("body", 1.0))
"""Each language's stemmed fields and their weights (``field`` names them per language)."""
PHRASE_FIELDS = ("title", "keywords")
"""The scored fields that keep their words' positions: small, their phrases are checked
in place. The others carry none, so reading their posting lists decodes weights only."""
BODY_POSITIONS = "body_positions"
"""Each language's body again, with the positions of its words and never scored: a
quoted phrase in the body is checked there (``field`` names it per language)."""


def schema(languages: Iterable[str] = (BASE,)) -> fields.Schema:
    """The index's fields: those shared by every section, then each language's own text
    fields (``title``, ``body``... in English; ``title_de``, ``body_de``... in German),
    analysed as ``analysis.py`` says for that language. Each language's statistics
    (term frequencies, field lengths) are so its own."""
    shared: dict[str, fields.FieldType] = {
        "key": fields.ID(stored=True, unique=True),
        "doc": fields.ID(stored=True),
        "anchor": fields.STORED(),
        "kind": fields.ID(stored=True),
        "lang": fields.ID(stored=True),
        "country": fields.ID(stored=True),
        "doc_title": fields.STORED(),
        "prior": fields.STORED(),
        "priors": fields.COLUMN(columns.NumericColumn("d")),  # the same, read for all at once
    }
    for lang in dict.fromkeys((BASE, *languages)):
        stemmed = analysis.stemmed(lang)
        for name, boost in TEXT_FIELDS:
            stored = name in ("title", "body")
            shared[field(name, lang)] = fields.TEXT(
                analyzer=stemmed, field_boost=boost, stored=stored, phrase=name in PHRASE_FIELDS
            )
        shared[field(BODY_POSITIONS, lang)] = fields.TEXT(analyzer=stemmed)
        shared[field("exact", lang)] = fields.TEXT(
            analyzer=analysis.plain(lang), spelling=True, phrase=False
        )
    return fields.Schema(**shared)


def write(path: Path, entries: Iterable[Entry], languages: Iterable[str] = (BASE,)) -> int:
    """Create a fresh index at ``path`` from ``entries`` (each of one of the ``languages``);
    return how many were written."""
    path.mkdir(parents=True, exist_ok=True)
    ix = index.create_in(str(path), schema(languages))
    writer = ix.writer(limitmb=256)
    count = 0
    for entry in entries:
        writer.add_document(**_fields(entry))
        count += 1
    writer.commit(optimize=True)
    ix.close()
    return count


def update(path: Path, stale: Iterable[tuple[str, str]], entries: Iterable[Entry]) -> int:
    """Change the index at ``path`` in place: drop every entry of the ``stale``
    ``(lang, doc id)`` pairs, add ``entries``, commit without optimizing (a new
    segment, into which every other segment but the largest merges: an index stays
    at two segments, as each one more slows spelling and search). Return how many
    entries the index holds.
    """
    ix = storage.open_index(path, writable=True)
    writer = ix.writer(limitmb=256)
    try:
        for lang, doc_id in stale:
            writer.delete_by_query(query.And([query.Term("doc", doc_id), query.Term("lang", lang)]))
        for entry in entries:
            writer.add_document(**_fields(entry))
    except BaseException:
        writer.cancel()
        ix.close()
        raise
    writer.commit(mergetype=_merge_all_but_largest)
    count = int(ix.doc_count())
    ix.close()
    return count


def _merge_all_but_largest(writer: SegmentWriter, segments: list[Segment]) -> list[Segment]:
    """A Whoosh merge policy: keep the largest segment, merge the others into the new one."""
    largest = max(segments, key=lambda segment: segment.doc_count_all(), default=None)
    for segment in segments:
        if segment is not largest:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
    return [largest] if largest is not None else []


def _fields(entry: Entry) -> dict[str, object]:
    prior = KIND_PRIOR.get(entry.kind, 1.0) * (TOP_PRIOR if entry.level <= 1 else 1.0)
    lang = entry.lang
    return {
        "key": field(f"{entry.doc_id}#{entry.anchor}", lang),
        "doc": entry.doc_id,
        "anchor": entry.anchor,
        "kind": entry.kind,
        "lang": lang,
        "country": entry.country.lower(),
        "doc_title": entry.doc_title,
        "prior": prior,
        "priors": prior,
        field("title", lang): entry.title,
        field("headings", lang): f"{entry.doc_title} {entry.context}".strip(),
        field("keywords", lang): entry.keywords,
        field("body", lang): entry.body,
        field(BODY_POSITIONS, lang): entry.body,
        field("exact", lang): " ".join((entry.title, entry.keywords, entry.body)),
    }
