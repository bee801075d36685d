"""The bytes of Whoosh-Reloaded's W3 files, as ``postings.py`` reads them directly.

A term dictionary is an ordered hash file of records (a key, the term's entry); a
posting list is a header and blocks, each a pickled head and a pickled (perhaps
zlib-compressed) tuple of id deltas, weights and values. Pickles are read through
``storage``, as Whoosh's are. The version these layouts were written for is pinned
(``postings.PINNED``); ``tests/test_postings.py`` holds every read to Whoosh's own.
"""

from __future__ import annotations

import io
import struct
import zlib
from typing import TYPE_CHECKING, Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC

from handbook_app.search import storage

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

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


def scan(table: Any, start: bytes) -> Iterator[tuple[bytes, int]]:
    """The keys of a Whoosh ordered hash file from the first at or after ``start`` on, while
    they start with ``start``, each with its term's section count: the records read in
    order, a chunk at a time (Whoosh reads each record's head, key and entry apart)."""
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
        yield bytes(key), count
        position = following


def blocks(raw: bytes) -> Iterator[tuple[int, int, Callable[[], bytes]]]:
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


def ids_and_weights(data: bytes, count: int) -> tuple[Any, Any]:
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


def entry(table: Any, key: bytes) -> bytes | None:
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
