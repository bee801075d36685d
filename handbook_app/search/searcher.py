"""Answering queries from a built Whoosh index: typo-tolerant, ranked, with snippets."""

from __future__ import annotations

import html
import json
import re
import threading
from typing import TYPE_CHECKING

import numpy as np
from whoosh import query as q
from whoosh.searching import Searcher as WhooshSearcher

from handbook_app.errors import SearchError
from handbook_app.search import limits, storage
from handbook_app.search.engine import Hit, Query, Results
from handbook_app.search.index import BODY_POSITIONS, MAX_PRIOR, SYNONYMS
from handbook_app.search.query import COMMON, Lexicon, Parser
from handbook_app.search.rank import Ranker, Scored

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from whoosh.searching import Searcher as WhooshSearcher

    from handbook_app.search.postings import Floats, Ids

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
        self._ranker = Ranker(self._searcher)
        schema = self._searcher.schema
        shadows = {"body": BODY_POSITIONS} if BODY_POSITIONS in schema else {}
        self._parser = Parser(
            Lexicon(self._searcher.reader()), _synonyms(path), self._ranker.together, shadows
        )
        self._filters: dict[tuple[tuple[str, str], ...], Ids] = {}
        self._priors: Floats | None = None
        self._priors_read = False
        self._stored: dict[int, float] = {}
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
        if not self._priors_read:  # on the first query, not at open
            self._priors, self._priors_read = self._ranker.postings.column("priors"), True
        found = self._ranker.score(parsed.query, self._allowed(query), query.limit, self._priors)
        stemmer = self._parser.stem_word
        terms = tuple(sorted((parsed.exact | set(parsed.words)) - COMMON))
        hits = []
        for docnum, score in self._top(found, query.limit):
            h = self._searcher.stored_fields(docnum)
            hits.append(
                Hit(
                    doc_id=h["doc"],
                    anchor=h["anchor"],
                    kind=h["kind"],
                    country=h.get("country", ""),
                    doc_title=h["doc_title"],
                    title=h["title"],
                    snippet=snippet(h["body"], parsed.stems, parsed.exact, stemmer),
                    score=round(score, 4),
                    terms=terms,
                )
            )
        return Results(query, tuple(hits), len(found), parsed.suggestion)

    def _allowed(self, query: Query) -> Ids | None:
        """The sections the filters let through (None: all), remembered per filter."""
        wanted = tuple(
            (name, value)
            for name, value in (
                ("kind", query.kind),
                ("country", query.country.lower()),
                ("lang", query.lang),
            )
            if value
        )
        if not wanted:
            return None
        if wanted not in self._filters:
            parts = [self._ranker.term(name, value).ids for name, value in wanted]
            allowed = parts[0]
            for part in parts[1:]:
                allowed = np.intersect1d(allowed, part, assume_unique=True)
            self._filters[wanted] = allowed
        return self._filters[wanted]

    def _top(self, found: Scored, limit: int) -> list[tuple[int, float]]:
        """The ``limit`` best sections by score times their kind's prior.

        Ties keep Whoosh's order: the higher score, then the earlier section.
        """
        count = len(found)
        if not count or limit <= 0:
            return []
        ids, scores = found.ids, found.scores
        if self._priors is not None:
            ranked = scores * self._priors[ids]
            picked = np.argpartition(-ranked, limit - 1)[:limit] if limit < count else None
            if picked is not None:  # ties at the cut: take every section tied with the last
                ranked_cut = ranked[picked].min()
                picked = np.flatnonzero(ranked >= ranked_cut)
            else:
                picked = np.arange(count)
            best = [(float(ranked[i]), float(scores[i]), int(ids[i])) for i in picked.tolist()]
        else:  # an index without the column (an older bundle): priors read one by one
            best = self._walk(found, limit)
        best.sort(key=lambda b: (-b[0], -b[1], b[2]))
        return [(docnum, value) for value, _score, docnum in best[:limit]]

    def _walk(self, found: Scored, limit: int) -> list[tuple[float, float, int]]:
        """Sections by falling score, until even the largest prior cannot lift one into the top."""
        count = len(found)
        scores, ids = found.scores, found.ids
        want = min(count, max(4 * limit, 40))
        while True:
            picked = np.argpartition(-scores, want - 1)[:want]
            picked = picked[np.lexsort((ids[picked], -scores[picked]))]
            best: list[tuple[float, float, int]] = []  # (score × prior, score, docnum)
            floor = -1.0
            stopped = False
            for i in picked.tolist():
                score = float(scores[i])
                if len(best) >= limit and score * MAX_PRIOR < floor * (1 - 1e-9):
                    stopped = True
                    break
                docnum = int(ids[i])
                best.append((score * self._stored_prior(docnum), score, docnum))
                if len(best) >= limit:
                    best.sort(key=lambda b: (-b[0], -b[1], b[2]))
                    del best[limit:]
                    floor = best[-1][0]
            if stopped or want == count:
                return best
            want = min(count, want * 4)

    def _stored_prior(self, docnum: int) -> float:
        prior = self._stored.get(docnum)
        if prior is None:
            prior = self._stored[docnum] = float(self._searcher.stored_fields(docnum)["prior"])
        return prior

    def reference(self, query: Query) -> list[tuple[str, float]]:
        """Every section the query matches, best first, as Whoosh scores them exhaustively.

        ``limit=None`` makes Whoosh score every matching section with no pruning;
        the ranking prior is applied as ``search`` applies it, ties keep Whoosh's
        order (by score, then by index position). The exactness test holds the
        fast path to this.
        """
        with self._lock:
            parsed = self._parser.parse(query.text, query.typing)
            if parsed.query is None:
                return []
            found = self._searcher.search(parsed.query, limit=None, filter=_filters(query))
            ranked = sorted(found, key=lambda h: -h.score * h["prior"])
            return [(f"{h['doc']}#{h['anchor']}", h.score * h["prior"]) for h in ranked]


def _synonyms(path: Path) -> dict[str, list[str]]:
    """The editors' synonym list the builder checked and wrote beside the index (or none)."""
    try:
        raw = json.loads((path / SYNONYMS).read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        raise SearchError(f"the synonym list of the index at {path} is damaged: {error}") from error
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(m, str) for m in v)
        for k, v in raw.items()
    ):
        raise SearchError(f"the synonym list of the index at {path} is not a list of words")
    return raw


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
    lowers = "\0".join(m[0] for m in tokens).lower().split("\0")
    # A stem keeps its word's first two letters (Porter only rewrites endings): only the
    # words starting like a stem or a matched word need stemming.
    heads = {w[:2] for w in stems} | {w[:2] for w in exact}
    matched = {w for w in set(lowers) if w[:2] in heads and (w in exact or stemmer(w) in stems)}
    marked = [i for i, w in enumerate(lowers) if w in matched]
    start = 0
    if marked:
        # the window of SNIPPET_WORDS tokens holding the most marked words (two pointers)
        best, most, last = marked[0], 0, 0
        for first, i in enumerate(marked):
            while last < len(marked) and marked[last] < i + SNIPPET_WORDS:
                last += 1
            if last - first > most:
                best, most = i, last - first
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
