"""Answering queries from a built Whoosh index: typo-tolerant, ranked, with snippets."""

from __future__ import annotations

import html
import re
import threading
from typing import TYPE_CHECKING

from whoosh import query as q
from whoosh.searching import Searcher as WhooshSearcher

from handbook_app.errors import SearchError
from handbook_app.search import limits, storage
from handbook_app.search.engine import Hit, Query, Results
from handbook_app.search.query import Lexicon, Parser

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from whoosh.searching import Searcher as WhooshSearcher

SNIPPET_WORDS = 28
WORD = re.compile(r"\w+", re.UNICODE)


class Searcher:
    """The one cached Whoosh searcher of a bundle's index, opened read-only."""

    def __init__(self, path: Path) -> None:
        self._index = storage.open_index(path)
        try:
            self._searcher: WhooshSearcher = self._index.searcher()
        except Exception as error:  # a damaged file: Whoosh raises whatever its parsers do
            self._index.close()
            raise SearchError(f"the search index at {path} is damaged: {error!r}") from error
        self._parser = Parser(Lexicon(self._searcher.reader()))
        self._lock = threading.Lock()

    def close(self) -> None:
        self._searcher.close()
        self._index.close()

    def search(self, query: Query) -> Results:
        limits.check(query.text)
        with self._lock:
            try:
                return self._search(query)
            except Exception as error:  # a damaged index can fail at any read
                raise SearchError(f"the search index cannot answer: {error!r}") from error

    def _search(self, query: Query) -> Results:
        parsed = self._parser.parse(query.text, query.typing)
        if parsed.query is None:
            return Results(query, (), 0, parsed.suggestion)
        found = self._searcher.search(
            parsed.query, limit=max(query.limit * 3, 30), filter=_filters(query)
        )
        # found[:] lists the scored hits only; sorted(found) would ask len(found),
        # which makes Whoosh count every matching section.
        ranked = sorted(found[:], key=lambda h: -h.score * h["prior"])[: query.limit]
        stemmer = self._parser.stem_word
        hits = tuple(
            Hit(
                doc_id=h["doc"],
                anchor=h["anchor"],
                kind=h["kind"],
                country=h.get("country", ""),
                doc_title=h["doc_title"],
                title=h["title"],
                snippet=snippet(h["body"], parsed.stems, parsed.exact, stemmer),
                score=round(h.score * h["prior"], 4),
                terms=tuple(sorted(parsed.exact | set(parsed.words))),
            )
            for h in ranked
        )
        return Results(query, hits, found.scored_length(), parsed.suggestion)


def _filters(query: Query) -> q.Query | None:
    terms = [
        q.Term(field, value)
        for field, value in (
            ("kind", query.kind),
            ("country", query.country.lower()),
            ("lang", query.lang),
        )
        if value
    ]
    if not terms:
        return None
    return q.And(terms) if len(terms) > 1 else terms[0]


def snippet(text: str, stems: set[str], exact: set[str], stemmer: Callable[[str], str]) -> str:
    """The densest window of ``text`` around matched words, those words in ``<b>``."""
    tokens = list(WORD.finditer(text))
    if not tokens:
        return ""

    def matches(word: str) -> bool:
        lower = word.lower()
        if lower in exact:
            return True
        return stemmer(lower) in stems

    marked = [i for i, m in enumerate(tokens) if matches(m[0])]
    start = 0
    if marked:
        best = max(marked, key=lambda i: sum(1 for j in marked if i <= j < i + SNIPPET_WORDS))
        start = max(0, best - 6)
    end = min(len(tokens), start + SNIPPET_WORDS)
    begin_char, end_char = tokens[start].start(), tokens[end - 1].end()
    out: list[str] = ["… " if start else ""]
    cursor = begin_char
    hits = set(marked)
    for i in range(start, end):
        token = tokens[i]
        out.append(html.escape(text[cursor : token.start()]))
        word = html.escape(token[0])
        out.append(f"<b>{word}</b>" if i in hits else word)
        cursor = token.end()
    out.append(" …" if end_char < len(text.rstrip()) else "")
    return "".join(out).strip()
