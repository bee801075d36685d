"""Whoosh's term dictionary, posting blocks and field-length columns, read as arrays.

This is the one module that reads Whoosh-Reloaded's internals (the W3 codec's
term dictionary, a hash file of term entries; its posting-list and block layout;
its length columns; a segment's deleted set). A term is looked up once per
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
import io
import itertools
import struct
import zlib
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

from handbook_app.search import storage

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

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
_BLOCK_LENGTH = struct.Struct("!i")
_RECORD = struct.Struct("!ii")
"""A term dictionary record's head: the key's and the entry's length (``filetables._lengths``)."""
_POINTER = struct.Struct("!Iq")
"""A hash table slot: the key's hash and where its record is (``filetables._pointer``)."""
_PROBES = 4
"""How many slots a look-up reads at once (the key is nearly always in the first)."""
_ENTRY_GUESS = 40
"""Bytes read for a term's entry with its key (a W3 entry not inlined is 35)."""
_DOC_FREQUENCY = struct.Struct("!I")
_DOC_FREQUENCY_AT = 5
"""Where an entry holds the term's section count (``W3TermInfo.read_doc_freq``)."""
_FLOAT = struct.Struct(">d")
_MARK, _TUPLE, _NONE, _BINFLOAT = ord("("), ord("t"), ord("N"), ord("G")
_BININT1, _BININT2, _BININT = ord("K"), ord("M"), ord("J")
_BINPUT, _LONG_BINPUT = ord("q"), ord("r")
"""The pickle opcodes of a block's ids and weights (``pickle.py`` names them alike)."""
SCAN_CHUNK = 16_384
"""How many bytes of the term dictionary a prefix scan reads at once (more as it goes on)."""


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
                entry = _entry(self.table, reader._terms._keycoder(fieldname, text))
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
        """One segment's terms with that prefix: its term dictionary's records read in
        order, a chunk at a time (Whoosh reads each record's head, key and entry apart)."""
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
        position = table.closest_key_pos(start)
        end, dbfile = table.endofdata, table.dbfile
        chunk, buffer, at = SCAN_CHUNK, b"", 0
        while position is not None and position < end:
            head = position + _RECORD.size
            if head > at + len(buffer):
                buffer, at, chunk = (
                    dbfile.get(position, min(chunk, end - position)),
                    position,
                    2 * chunk,
                )
            keylen, datalen = _RECORD.unpack_from(buffer, position - at)
            following = head + keylen + datalen
            if following > at + len(buffer):  # a record longer than what is left of the chunk
                size = min(max(chunk, following - position), end - position)
                buffer, at, chunk = dbfile.get(position, size), position, 2 * chunk
            key = buffer[head - at : head - at + keylen]
            if not key.startswith(start):
                return
            (count,) = _DOC_FREQUENCY.unpack_from(buffer, head - at + keylen + _DOC_FREQUENCY_AT)
            yield key[skip:], count
            position = following

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
            for maxid, _count, data in _blocks(raw):
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
        for _maxid, n, data in _blocks(raw):
            if whole:  # values of one fixed size: one byte string, cheap to unpickle
                deltas, weights, _values = storage.loads(data())
            else:
                deltas, weights = _ids_and_weights(data(), n)
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


def _blocks(raw: bytes) -> Iterator[tuple[int, int, Callable[[], bytes]]]:
    """The blocks of a W3 posting list read whole: each one's last document number, its
    number of postings, and a function giving its data pickle (read only when asked for).

    After the 4-byte header, a block is its length (negative for the last block), a
    pickled tuple ``(count, last id, max weight, compression, min length, max length)``
    and its data, zlib-compressed if the block says so: a pickled tuple ``(id deltas,
    weights, values)``. Pickles are read through ``storage.load``, as Whoosh's are.
    """
    stream = io.BytesIO(raw)
    position = len(WHOOSH3_HEADER_MAGIC)
    while True:
        (length,) = _BLOCK_LENGTH.unpack_from(raw, position)
        stream.seek(position + _BLOCK_LENGTH.size)
        info = storage.load(stream)
        begin, end = stream.tell(), position + _BLOCK_LENGTH.size + abs(length)

        def data(begin: int = begin, end: int = end, compressed: bool = bool(info[3])) -> bytes:
            return zlib.decompress(raw[begin:end]) if compressed else raw[begin:end]

        yield int(info[1]), int(info[0]), data
        if length < 0:
            return
        position = end


def _ids_and_weights(data: bytes, count: int) -> tuple[Any, Any]:
    """A block's id deltas and weights, read from its data pickle without its values.

    Where the values are a tuple of byte strings (a field with positions), unpickling
    them costs five times what the ids and weights do; so the pickle's head is read
    here, where it has the shape protocol 2 gives a block of more than three postings:
    ``PROTO 2``, ``MARK``, the deltas as ``BININT1``/``BININT2``/``BININT``, ``TUPLE``
    (and its memo ``BINPUT``), then the weights as ``NONE``, one ``BINFLOAT``, or
    ``MARK``, a ``BINFLOAT`` each, ``TUPLE``. Anything else, or counts that do not add up,
    is unpickled whole.
    """
    try:
        found = _head(data, count) if count > 3 else None
    except IndexError:  # cut short: the whole unpickling says how
        found = None
    if found is None:
        deltas, weights, _values = storage.loads(data)
        return deltas, weights
    return found


def _head(data: bytes, count: int) -> tuple[list[int], Any] | None:
    if data[:3] != b"\x80\x02(":
        return None
    deltas: list[int] = []
    add = deltas.append
    i = 3
    while True:
        op = data[i]
        if op == _BININT1:
            add(data[i + 1])
            i += 2
        elif op == _BININT2:
            add(data[i + 1] | data[i + 2] << 8)
            i += 3
        elif op == _BININT:
            add(int.from_bytes(data[i + 1 : i + 5], "little", signed=True))
            i += 5
        elif op == _TUPLE:
            i += 1
            break
        else:
            return None
    if data[i] == _BINPUT:
        i += 2
    elif data[i] == _LONG_BINPUT:
        i += 5
    weights: Any
    op = data[i]
    if op == _NONE:
        weights = None
    elif op == _BINFLOAT:
        (weights,) = _FLOAT.unpack_from(data, i + 1)
    elif op == _MARK:
        i += 1
        spread: list[float] = []
        while data[i] == _BINFLOAT:
            spread.append(_FLOAT.unpack_from(data, i + 1)[0])
            i += 1 + _FLOAT.size
        if data[i] != _TUPLE or len(spread) != count:
            return None
        weights = spread
    else:
        return None
    return (deltas, weights) if len(deltas) == count else None


def _entry(table: Any, key: bytes) -> bytes | None:
    """A key's value in a Whoosh hash file, as ``HashReader.ranges_for_key`` finds it,
    in two reads (Whoosh reads each slot, then the record's lengths, key and value apart).

    The key's hash picks one of 256 tables and a slot in it; slots hold ``(hash, record
    position)`` and are probed in turn (an empty one ends the search); a record is the
    key's and the value's lengths, the key, the value.
    """
    dbfile = table.dbfile
    hashed = table.hashfn(key)
    start, slots = table.tables[hashed & 255]
    slot, probed = (hashed >> 8) % slots if slots else 0, 0
    while probed < slots:
        run = min(_PROBES, slots - slot, slots - probed)
        pointers = dbfile.get(start + slot * _POINTER.size, run * _POINTER.size)
        for k in range(run):
            slothash, position = _POINTER.unpack_from(pointers, k * _POINTER.size)
            if not position:
                return None
            if slothash != hashed:
                continue
            record = dbfile.get(position, _RECORD.size + len(key) + _ENTRY_GUESS)
            keylen, datalen = _RECORD.unpack_from(record)
            begin = _RECORD.size + keylen
            if keylen != len(key) or record[_RECORD.size : begin] != key:
                continue
            if len(record) < begin + datalen:
                record = dbfile.get(position, begin + datalen)
            return bytes(record[begin : begin + datalen])
        probed += run
        slot = (slot + run) % slots
    return None


def _deleted(searcher: WhooshSearcher) -> frozenset[int]:
    reader: Any = searcher.reader()
    return frozenset(reader.deleted_docs_set) if reader.has_deletions() else frozenset()
