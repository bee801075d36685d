"""Search latency: our engine with snippets, and SQLite FTS5 over the same sections."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from typing import TYPE_CHECKING

from bench import exact
from handbook_app.bundle.reader import Bundle
from handbook_app.search.engine import Query
from handbook_app.search.searcher import Searcher

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

LIMIT = 10
WARM_UP = 5
UNKNOWN = '"qzxv wqzx" qzxa OR qzxb -qzxc qzxdefgh'
WORD = re.compile(r"\w+", re.UNICODE)


def timed(
    run: Callable[[str, bool], object], queries: list[tuple[str, bool]], rounds: int
) -> list[float]:
    """Seconds per query, ``rounds`` passes over ``queries`` after a few untimed ones."""
    for text, typing in queries[:WARM_UP]:
        run(text, typing)
    found: list[float] = []
    for _ in range(rounds):
        for text, typing in queries:
            began = time.perf_counter()
            run(text, typing)
            found.append(time.perf_counter() - began)
    return found


def ours(bundle: Path, queries: list[tuple[str, bool]], rounds: int) -> list[float]:
    """Our search: the query, ranking and the top 10 highlighted snippets.

    Each round opens the index afresh, so that no query finds its words' scores
    remembered from an earlier round (the per-term cache is for as-you-type);
    a query of words no index holds warms up the code, not the cache.
    """
    found: list[float] = []
    for _ in range(rounds):
        searcher = Searcher(Bundle(bundle).index_path)
        try:
            for _warm in range(WARM_UP):
                searcher.search(Query(UNKNOWN, limit=LIMIT, typing=True))
            for text, typing in queries:
                began = time.perf_counter()
                searcher.search(Query(text, limit=LIMIT, typing=typing))
                found.append(time.perf_counter() - began)
        finally:
            searcher.close()
    return found


def as_you_type(bundle: Path, queries: list[tuple[str, bool]]) -> list[float]:
    """Seconds per keystroke: every prefix of every query, typing on, in order (one searcher,
    as the window keeps one), ``limit=30`` as the window asks."""
    searcher = Searcher(Bundle(bundle).index_path)
    found: list[float] = []
    try:
        for text, _typing in queries:
            for end in range(1, len(text) + 1):
                prefix = text[:end]
                if not prefix.strip():
                    continue
                began = time.perf_counter()
                searcher.search(Query(prefix, limit=30, typing=True))
                found.append(time.perf_counter() - began)
    finally:
        searcher.close()
    return found


def exactness(bundle: Path, queries: list[tuple[str, bool]]) -> dict[str, str]:
    """The queries whose top 30 differs from Whoosh's exhaustive scoring (``bench/exact.py``)."""
    searcher = Searcher(Bundle(bundle).index_path)
    try:
        return exact.wrong(searcher, queries)
    finally:
        searcher.close()


def sections(bundle: Path) -> Iterator[tuple[str, str]]:
    opened = Bundle(bundle)
    for entry in opened.entries:
        raw = json.loads((bundle / "docs" / entry.lang / f"{entry.id}.json").read_bytes())
        for section in raw["sections"]:
            yield section["title"], section["text"]


def fts5_match(text: str, typing: bool) -> str:
    """The officer's words OR-ed (ranked by bm25), the last one as a prefix while typing."""
    words = [w for w in WORD.findall(text.lower()) if w not in ("and", "or", "not", "near")]
    terms = [f'"{w}"' for w in words]
    if typing and terms:
        terms[-1] += "*"
    return " OR ".join(terms) or '""'


def fts5(bundle: Path, queries: list[tuple[str, bool]], rounds: int) -> list[float]:
    """SQLite FTS5 (porter tokenizer), bm25 order, ``snippet()`` for the top 10."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE s USING fts5(title, body, tokenize='porter unicode61')")
    db.executemany("INSERT INTO s(title, body) VALUES (?, ?)", sections(bundle))
    db.execute("INSERT INTO s(s) VALUES ('optimize')")
    sql = (
        "SELECT title, snippet(s, 1, '<b>', '</b>', '…', 28) FROM s "
        "WHERE s MATCH ? ORDER BY bm25(s, 3.0, 1.0) LIMIT ?"
    )

    def run(text: str, typing: bool) -> object:
        return db.execute(sql, (fts5_match(text, typing), LIMIT)).fetchall()

    try:
        return timed(run, queries, rounds)
    finally:
        db.close()
