"""Whoosh's posting blocks and field-length columns, read as arrays.

This is the one module that reads Whoosh-Reloaded's internals (the W3 codec's
block layout, its length columns, a segment's deleted set). The version it was
written against is pinned in ``pyproject.toml``; ``tests/test_exact.py`` compares
every ranking built on it with Whoosh's own exhaustive scoring, so an upgrade
that changes any of this fails there. Whatever it does not recognise (another
matcher class, a field without a length column) it reads through Whoosh's public
matcher interface instead, more slowly but alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
import whoosh
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length

if TYPE_CHECKING:
    from whoosh.matching import Matcher
    from whoosh.searching import Searcher as WhooshSearcher

PINNED = (2, 7, 5)
"""The Whoosh-Reloaded version these reads were written for (and pinned to)."""

Ids = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
EMPTY_IDS: Ids = np.zeros(0, dtype=np.int64)
EMPTY_FLOATS: Floats = np.zeros(0, dtype=np.float64)
LENGTHS: Floats = np.array([float(byte_to_length(b)) for b in range(256)], dtype=np.float64)
"""What each length byte stands for (Whoosh stores a field's length in one byte)."""


@dataclass
class Leaf:
    """One segment: its reader, where its documents start, and what is read lazily."""

    searcher: WhooshSearcher
    offset: int
    count: int
    deleted: frozenset[int]
    lengths: dict[str, npt.NDArray[np.uint8]] = field(default_factory=dict)


class Postings:
    """Posting lists of a (read-only) Whoosh index in whole-index document numbers."""

    def __init__(self, searcher: WhooshSearcher) -> None:
        self.searcher = searcher
        self.count = int(searcher.doc_count_all())
        self.leaves = [
            Leaf(sub, offset, int(sub.doc_count_all()), _deleted(sub))
            for sub, offset in searcher.leaf_searchers()
        ]
        self.pinned = tuple(whoosh.__version__) == PINNED

    @property
    def deleted(self) -> Ids:
        found = [leaf.offset + d for leaf in self.leaves for d in leaf.deleted]
        return np.array(sorted(found), dtype=np.int64)

    def term(self, fieldname: str, text: str) -> tuple[Ids, Floats, Floats]:
        """Document numbers, weights and field lengths of every live posting of a term."""
        parts: list[tuple[Ids, Floats, Floats]] = []
        for leaf in self.leaves:
            reader = leaf.searcher.reader()
            if (fieldname, text) not in reader:
                continue
            ids, weights = self._read(reader.postings(fieldname, text))
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
        for leaf in self.leaves:
            mine = wanted[(wanted >= leaf.offset) & (wanted < leaf.offset + leaf.count)]
            reader = leaf.searcher.reader()
            if not len(mine) or (fieldname, text) not in reader:
                continue
            local = set((mine - leaf.offset).tolist())
            matcher: Any = reader.postings(fieldname, text)
            if isinstance(matcher, FilterMatcher):
                matcher = matcher.child
            if not (self.pinned and type(matcher) is W3LeafMatcher):
                while matcher.is_active():
                    if matcher.id() in local:
                        found[matcher.id() + leaf.offset] = matcher.value_as("positions")
                    matcher.next()
                continue
            last = int(mine[-1] - leaf.offset)
            while True:
                if matcher._maxid >= mine[0] - leaf.offset:
                    matcher._read_ids()
                    matcher._read_values()
                    for docnum, value in zip(matcher._ids, matcher._values, strict=True):
                        if docnum in local:
                            found[docnum + leaf.offset] = decode(value)
                if matcher._lastblock or matcher._maxid >= last:
                    break
                matcher._goto(matcher._nextoffset)
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

    def _read(self, matcher: Matcher) -> tuple[Ids, Floats]:
        if isinstance(matcher, FilterMatcher):  # deletions: handled by the caller
            matcher = matcher.child
        if self.pinned and type(matcher) is W3LeafMatcher:
            return _blocks(matcher)
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


def _blocks(matcher: W3LeafMatcher) -> tuple[Ids, Floats]:
    """Every block of a W3 posting list, decoded without its positions.

    A block's data is a pickled tuple ``(id deltas, weights, values)``; the weights
    are ``None`` (all 1.0), one float for all, or a tuple of floats.
    """
    id_parts: list[Ids] = []
    weight_parts: list[Floats] = []
    m: Any = matcher
    while True:
        m._read_data()
        deltas, weights = m._data[0], m._data[1]
        n = m._blocklength
        if m._byteids:
            id_parts.append(np.array(deltas, dtype=np.int64))
        else:
            id_parts.append(np.cumsum(np.array(deltas, dtype=np.int64)))
        if weights is None:
            weight_parts.append(np.ones(n, dtype=np.float64))
        elif isinstance(weights, float):
            # Whoosh spreads one weight for the block through array("f"): as float32
            weight_parts.append(np.full(n, np.float32(weights), dtype=np.float64))
        else:
            weight_parts.append(np.array(weights, dtype=np.float64))
        if m._lastblock:
            break
        m._goto(m._nextoffset)
    if len(id_parts) == 1:
        return id_parts[0], weight_parts[0]
    return np.concatenate(id_parts), np.concatenate(weight_parts)


def _deleted(searcher: WhooshSearcher) -> frozenset[int]:
    reader: Any = searcher.reader()
    return frozenset(reader.deleted_docs_set) if reader.has_deletions() else frozenset()
