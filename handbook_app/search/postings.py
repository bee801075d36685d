"""Whoosh's term dictionary, posting blocks and field-length columns, read as arrays.

This module and ``layout.py`` (the bytes of Whoosh's files: a term dictionary's
records, a posting list's blocks) are the ones that read Whoosh-Reloaded's internals
(the W3 codec's term dictionary, a hash file of term entries; its posting lists; its
length columns; a segment's deleted set). A term is looked up once per
segment and its entry kept: it gives the term's existence, its section count and
where its posting list is, which is read in one piece. The version it was
written against is pinned in ``pyproject.toml``; ``tests/test_exact.py`` compares
every ranking built on it with Whoosh's own exhaustive scoring and
``tests/test_postings.py`` every read with Whoosh's public reader, so an upgrade
that changes any of this fails there. Whatever it does not recognise (another
codec or dictionary class, a field without a length column) it reads through
Whoosh's public reader instead, more slowly but alike.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
import whoosh
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, W3TermInfo, W3TermsReader
from whoosh.filedb.filetables import OrderedHashReader
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

from handbook_app.search import layout, storage

if TYPE_CHECKING:
    from collections.abc import Iterator

    from whoosh.matching import Matcher
    from whoosh.reading import TermInfo
    from whoosh.searching import Searcher as WhooshSearcher

PINNED = (2, 7, 5)
"""The Whoosh-Reloaded version these reads were written for (and pinned to)."""

Ids = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
EMPTY_IDS: Ids = np.zeros(0, dtype=np.int64)
EMPTY_FLOATS: Floats = np.zeros(0, dtype=np.float64)
LENGTHS: Floats = np.array([float(byte_to_length(b)) for b in range(256)], dtype=np.float64)
"""What each length byte stands for (Whoosh stores a field's length in one byte)."""
CACHE_TERMS = 200_000
"""How many terms' dictionary entries a segment keeps (a few hundred bytes each) before it
forgets them all."""


@dataclass
class Leaf:
    """One segment: its reader, where its documents start, and what is read lazily."""

    searcher: WhooshSearcher
    offset: int
    count: int
    deleted: frozenset[int]
    lengths: dict[str, npt.NDArray[np.uint8]] = field(default_factory=dict)
    table: Any = None
    """The segment's term dictionary (a W3 ``OrderedHashReader``), where it is read directly."""
    infos: dict[tuple[str, bytes], TermInfo | None] = field(default_factory=dict)
    """Each term's dictionary entry (None: not in this segment), read once."""

    def info(self, fieldname: str, text: bytes) -> TermInfo | None:
        """The term's entry in this segment's term dictionary: one look-up per term."""
        key = (fieldname, text)
        try:
            return self.infos[key]
        except KeyError:
            pass
        reader: Any = self.searcher.reader()
        found: TermInfo | None = None
        if self.table is not None:
            if fieldname in reader.schema:
                entry = layout.entry(self.table, reader._terms._keycoder(fieldname, text))
                found = None if entry is None else W3TermInfo.from_bytes(entry)
        else:
            try:
                found = reader.term_info(fieldname, text)
            except TermNotFound:
                found = None
        if len(self.infos) >= CACHE_TERMS:
            self.infos.clear()
        self.infos[key] = found
        return found


class Postings:
    """Posting lists of a (read-only) Whoosh index in whole-index document numbers."""

    def __init__(self, searcher: WhooshSearcher) -> None:
        self.searcher = searcher
        self.count = int(searcher.doc_count_all())
        self.pinned = tuple(whoosh.__version__) == PINNED
        self.leaves = [
            Leaf(sub, offset, int(sub.doc_count_all()), _deleted(sub), table=self._table(sub))
            for sub, offset in searcher.leaf_searchers()
        ]

    @property
    def deleted(self) -> Ids:
        found = [leaf.offset + d for leaf in self.leaves for d in leaf.deleted]
        return np.array(sorted(found), dtype=np.int64)

    def doc_frequency(self, fieldname: str, text: bytes) -> int:
        """In how many sections the term appears, deleted ones included (as Whoosh counts);
        0 when no segment has it. Read from the entries ``term`` and ``positions`` use."""
        infos = [leaf.info(fieldname, text) for leaf in self.leaves]
        return sum(int(info.doc_frequency()) for info in infos if info is not None)

    def _table(self, searcher: WhooshSearcher) -> Any:
        """A segment's term dictionary where it has the layout read here, else None."""
        terms: Any = getattr(searcher.reader(), "_terms", None)
        table: Any = getattr(terms, "_tindex", None)
        known = type(terms) is W3TermsReader and type(table) is OrderedHashReader
        return table if self.pinned and known else None

    def prefixed(self, fieldname: str, prefix: bytes) -> Iterator[tuple[bytes, int]]:
        """The terms of a field starting with ``prefix`` in the index's order, each with
        its section count (summed over segments), read as they are asked for."""
        scans = [self._prefixed(leaf, fieldname, prefix) for leaf in self.leaves]
        if len(scans) == 1:
            yield from scans[0]
            return
        for text, group in itertools.groupby(heapq.merge(*scans), key=lambda item: item[0]):
            yield text, sum(n for _text, n in group)

    def _prefixed(self, leaf: Leaf, fieldname: str, prefix: bytes) -> Iterator[tuple[bytes, int]]:
        """One segment's terms with that prefix, in order, from its term dictionary
        (``layout.scan``), or through Whoosh's reader where its layout is another."""
        reader: Any = leaf.searcher.reader()
        if fieldname not in reader.schema:
            return
        table = leaf.table
        if table is None:
            for text, info in reader.iter_prefix(fieldname, prefix):
                yield text, int(info.doc_frequency())
            return
        start = reader._terms._keycoder(fieldname, prefix)
        skip = len(start) - len(prefix)  # each key starts with the field's number
        for key, count in layout.scan(table, start):
            yield key[skip:], count

    def term(self, fieldname: str, text: bytes) -> tuple[Ids, Floats, Floats]:
        """Document numbers, weights and field lengths of every live posting of a term."""
        parts: list[tuple[Ids, Floats, Floats]] = []
        for leaf in self.leaves:
            info = leaf.info(fieldname, text)
            if info is None:
                continue
            ids, weights = self._postings(leaf, fieldname, text, info)
            if leaf.deleted:
                keep = ~np.isin(ids, np.fromiter(leaf.deleted, dtype=np.int64))
                ids, weights = ids[keep], weights[keep]
            lengths = LENGTHS[self._lengths(leaf, fieldname)[ids]]
            parts.append((ids + leaf.offset, weights, lengths))
        if not parts:
            return EMPTY_IDS, EMPTY_FLOATS, EMPTY_FLOATS
        if len(parts) == 1:
            return parts[0]
        ids, weights, lengths = (np.concatenate(column) for column in zip(*parts, strict=True))
        return ids, weights, lengths

    def positions(self, fieldname: str, text: bytes, wanted: Ids) -> dict[int, list[int]]:
        """Where a term stands in each of the ``wanted`` documents (ascending numbers)."""
        found: dict[int, list[int]] = {}
        decode = self.searcher.schema[fieldname].format.decode_positions
        fixed = self.searcher.schema[fieldname].format.fixed_value_size()
        for leaf in self.leaves:
            mine = wanted[(wanted >= leaf.offset) & (wanted < leaf.offset + leaf.count)]
            info = leaf.info(fieldname, text) if len(mine) else None
            if info is None:
                continue
            local = set((mine - leaf.offset).tolist())
            raw = self._raw(leaf, info) if fixed is None else None
            if raw is None:  # through Whoosh's matcher
                matcher: Any = leaf.searcher.reader().postings(fieldname, text)
                if isinstance(matcher, FilterMatcher):
                    matcher = matcher.child
                while matcher.is_active():
                    if matcher.id() in local:
                        found[matcher.id() + leaf.offset] = matcher.value_as("positions")
                    matcher.next()
                continue
            ordered = sorted(local)
            passed = 0  # how many of the wanted come before the block
            for maxid, _count, data in layout.blocks(raw):
                upto = bisect.bisect_right(ordered, maxid, passed)
                if upto == passed:  # none wanted in this block: its positions stay unread
                    continue
                passed = upto
                deltas, _weights, values = storage.loads(data())
                for docnum, value in zip(np.cumsum(deltas).tolist(), values, strict=True):
                    if docnum in local:
                        found[docnum + leaf.offset] = decode(value)
                if passed == len(ordered):
                    break
        return found

    def column(self, name: str) -> Floats | None:
        """A numeric (``"d"``) column of every document, or None if a segment lacks it."""
        parts: list[Floats] = []
        for leaf in self.leaves:
            reader: Any = leaf.searcher.reader()
            if name not in reader.schema or not reader._perdoc.has_column(name):
                return None
            column = reader.column_reader(name, translate=False)
            if not self.pinned or getattr(column, "_typecode", "") != "d":
                return None
            raw = column._dbfile.get(column._basepos, column._count * 8)
            values = np.zeros(leaf.count, dtype=np.float64)
            values[: column._count] = np.frombuffer(raw, dtype=">f8")
            parts.append(values)
        return np.concatenate(parts) if parts else EMPTY_FLOATS

    def _postings(
        self, leaf: Leaf, fieldname: str, text: bytes, info: TermInfo
    ) -> tuple[Ids, Floats]:
        """A segment's postings of a term from its dictionary entry: inlined in it, or the
        whole list read from the postings file at once and its blocks decoded as arrays."""
        if info.is_inlined():
            ids, weights, _values = info.inlined_postings()
            return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)
        raw = self._raw(leaf, info)
        if raw is None:
            return self._read(leaf.searcher.reader().postings(fieldname, text))
        id_parts: list[Ids] = []
        weight_parts: list[Floats] = []
        size = self.searcher.schema[fieldname].format.fixed_value_size()
        whole = size is not None and size >= 0
        for _maxid, n, data in layout.blocks(raw):
            if whole:  # values of one fixed size: one byte string, cheap to unpickle
                deltas, weights, _values = storage.loads(data())
            else:
                deltas, weights = layout.ids_and_weights(data(), n)
            id_parts.append(np.cumsum(np.array(deltas, dtype=np.int64)))
            if weights is None:
                weight_parts.append(np.ones(n, dtype=np.float64))
            elif isinstance(weights, float):
                # Whoosh spreads one weight for the block through array("f"): as float32
                weight_parts.append(np.full(n, np.float32(weights), dtype=np.float64))
            else:
                weight_parts.append(np.array(weights, dtype=np.float64))
        if len(id_parts) == 1:
            return id_parts[0], weight_parts[0]
        return np.concatenate(id_parts), np.concatenate(weight_parts)

    def _raw(self, leaf: Leaf, info: TermInfo) -> bytes | None:
        """A term's whole posting list in one read, or None where Whoosh stores it otherwise
        (inlined in its entry, another codec or version)."""
        if leaf.table is None or info.is_inlined():
            return None
        terms: Any = leaf.searcher.reader()._terms
        offset, length = info.extent()
        if isinstance(length, tuple):  # Whoosh 2.7 reads it with ``unpack_int`` and no [0]
            (length,) = length
        raw: bytes = terms._postfile.get(offset, length)
        return raw if raw[:4] == WHOOSH3_HEADER_MAGIC else None

    def _read(self, matcher: Matcher) -> tuple[Ids, Floats]:
        """Every posting of a Whoosh matcher, one by one (another codec or version)."""
        if isinstance(matcher, FilterMatcher):  # deletions: handled by the caller
            matcher = matcher.child
        ids: list[int] = []
        weights: list[float] = []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)

    def _lengths(self, leaf: Leaf, fieldname: str) -> npt.NDArray[np.uint8]:
        """A segment's length bytes of one field, read on first use (one read per field)."""
        found = leaf.lengths.get(fieldname)
        if found is None:
            found = np.zeros(leaf.count + 1, dtype=np.uint8)
            perdoc: Any = leaf.searcher.reader()._perdoc
            column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
            if column is not None and self.pinned:
                raw = column._dbfile.get(column._basepos, column._count)
                found[: len(raw)] = np.frombuffer(raw, dtype=np.uint8)
            elif column is not None:
                found[: leaf.count] = list(column)
            leaf.lengths[fieldname] = found
        return found


def _deleted(searcher: WhooshSearcher) -> frozenset[int]:
    reader: Any = searcher.reader()
    return frozenset(reader.deleted_docs_set) if reader.has_deletions() else frozenset()
