"""Writing the Whoosh index of a bundle: one index document per section."""

from __future__ import annotations

from typing import TYPE_CHECKING

from whoosh import columns, fields, index, query
from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer
from whoosh.reading import SegmentReader

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from whoosh.codec.base import Segment
    from whoosh.writing import SegmentWriter

    from handbook_app.search.engine import Entry

from handbook_app.search import storage

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


BODY_POSITIONS = "body_positions"
"""The body again, with the positions of its words and never scored: a quoted phrase
is checked there. The scored fields carry no positions (but the small ``title`` and
``keywords``, whose phrases are checked in place), so reading their posting lists
decodes weights only."""


def schema() -> fields.Schema:
    stemmed = StemmingAnalyzer()
    return fields.Schema(
        key=fields.ID(stored=True, unique=True),
        doc=fields.ID(stored=True),
        anchor=fields.STORED(),
        kind=fields.ID(stored=True),
        lang=fields.ID(stored=True),
        country=fields.ID(stored=True),
        doc_title=fields.STORED(),
        prior=fields.STORED(),
        priors=fields.COLUMN(columns.NumericColumn("d")),  # the same, read for all at once
        title=fields.TEXT(analyzer=stemmed, field_boost=3.0, stored=True),
        headings=fields.TEXT(analyzer=stemmed, field_boost=1.5, phrase=False),
        keywords=fields.TEXT(analyzer=stemmed, field_boost=2.0),
        body=fields.TEXT(analyzer=stemmed, stored=True, phrase=False),
        exact=fields.TEXT(analyzer=StandardAnalyzer(), spelling=True, phrase=False),
        **{BODY_POSITIONS: fields.TEXT(analyzer=stemmed)},
    )


def write(path: Path, entries: Iterable[Entry]) -> int:
    """Create a fresh index at ``path`` from ``entries``; return how many were written."""
    path.mkdir(parents=True, exist_ok=True)
    ix = index.create_in(str(path), schema())
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
    return {
        "key": f"{entry.doc_id}#{entry.anchor}",
        "doc": entry.doc_id,
        "anchor": entry.anchor,
        "kind": entry.kind,
        "lang": entry.lang,
        "country": entry.country.lower(),
        "doc_title": entry.doc_title,
        "prior": prior,
        "priors": prior,
        "title": entry.title,
        "headings": f"{entry.doc_title} {entry.context}".strip(),
        "keywords": entry.keywords,
        "body": entry.body,
        BODY_POSITIONS: entry.body,
        "exact": " ".join((entry.title, entry.keywords, entry.body)),
    }
