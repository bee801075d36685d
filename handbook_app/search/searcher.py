"""Answering queries from a built Whoosh index: typo-tolerant, ranked, with snippets."""

from __future__ import annotations

import html
import itertools
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from whoosh import index
from whoosh import query as q
from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer
from whoosh.index import EmptyIndexError
from whoosh.searching import Searcher as WhooshSearcher

from handbook_app.errors import SearchError
from handbook_app.search.engine import Hit, Query, Results

STEMMED_FIELDS = ("title", "headings", "keywords", "body")
TOKEN = re.compile(r"\"[^\"]*\"?|\S+")
WORD = re.compile(r"\w+", re.UNICODE)
SNIPPET_WORDS = 28
FUZZY_BOOST = 0.4
PREFIX_BOOST = 0.6
ALL_WORDS_BOOST = 3.0
CORRECTED_BOOST = 0.8
KEYWORD_PHRASE_BOOST = 4.0


@dataclass(frozen=True)
class Parsed:
    """A query as Whoosh sees it, plus the words to suggest corrections for."""

    query: q.Query | None
    words: tuple[str, ...]


class Searcher:
    """The one cached Whoosh searcher of a bundle's index, opened read-only."""

    def __init__(self, path: Path) -> None:
        try:
            self._index = index.open_dir(str(path), readonly=True)
        except (EmptyIndexError, OSError, ValueError) as error:
            raise SearchError(f"cannot open the search index at {path}: {error}") from error
        self._searcher: WhooshSearcher = self._index.searcher()
        self._stem = StemmingAnalyzer()
        self._plain = StandardAnalyzer()
        self._lock = threading.Lock()

    def close(self) -> None:
        self._searcher.close()
        self._index.close()

    def search(self, query: Query) -> Results:
        with self._lock:
            return self._search(query)

    def _search(self, query: Query) -> Results:
        parsed = self.parse(query.text, query.typing)
        if parsed.query is None:
            return Results(query, (), 0, self._suggest(parsed.words))
        found = self._searcher.search(
            parsed.query, limit=max(query.limit * 3, 30), filter=_filters(query)
        )
        ranked = sorted(found, key=lambda h: -h.score * h["prior"])[: query.limit]
        stems, exact = self._terms(parsed.query)
        hits = tuple(
            Hit(
                doc_id=h["doc"],
                anchor=h["anchor"],
                kind=h["kind"],
                country=h.get("country", ""),
                doc_title=h["doc_title"],
                title=h["title"],
                snippet=snippet(h["body"], stems, exact, self._stem),
                score=round(h.score * h["prior"], 4),
                terms=tuple(sorted(exact)),
            )
            for h in ranked
        )
        suggestion = self._suggest(parsed.words)
        return Results(query, hits, len(found), suggestion)

    def parse(self, text: str, typing: bool = False) -> Parsed:
        """Sections with every word rank first; OR, NOT (or -word) and "phrases" work too."""
        tokens = TOKEN.findall(text)
        clauses: list[q.Query] = []
        negated: list[q.Query] = []
        words: list[str] = []
        pending_or = negate = False
        for position, token in enumerate(tokens):
            if token in ("AND", "&&"):
                continue
            if token in ("OR", "||"):
                pending_or = bool(clauses)
                continue
            if token == "NOT":
                negate = True
                continue
            if token.startswith("-") and len(token) > 1:
                negate, token = True, token[1:]  # noqa: PLW2901 (the word without its '-')
            last = typing and position == len(tokens) - 1 and not token.endswith('"')
            clause = self._clause(token, last, words)
            if clause is None:
                continue
            if negate:
                negated.append(clause)
            elif pending_or:
                clauses[-1] = q.Or([clauses[-1], clause])
            else:
                clauses.append(clause)
            pending_or = negate = False
        if not clauses:
            return Parsed(None, tuple(words))
        result: q.Query = clauses[0]
        if len(clauses) > 1:  # all words rank first; sections with only some still show
            options = [q.And(clauses, boost=ALL_WORDS_BOOST), q.Or(clauses)]
            stems = [t.text for t in self._stem(" ".join(self._spelled(words)))]
            if len(stems) > 1:  # an editor's keyword phrase, typed as written or within
                options.append(q.Phrase("keywords", stems, boost=KEYWORD_PHRASE_BOOST))
                options.extend(
                    q.Phrase("keywords", list(pair), boost=KEYWORD_PHRASE_BOOST / 2)
                    for pair in itertools.pairwise(stems)
                    if len(stems) > 2
                )
            result = q.Or(options)
        if negated:
            result = q.AndNot(result, q.Or(negated))
        return Parsed(result, tuple(words))

    def _clause(self, token: str, last: bool, words: list[str]) -> q.Query | None:
        if token.startswith('"'):
            parts = [t.text for t in self._stem(token.strip('"'))]
            if len(parts) >= 2:
                return q.Or([q.Phrase(f, parts) for f in ("title", "body")])
            token = token.strip('"')
        plain = [t.text for t in self._plain(token)]
        if not plain and not (last and WORD.search(token)):
            return None
        words.extend(plain)
        options: list[q.Query] = self._stemmed(token)
        for word in plain:
            options.extend(self._near(word, last))
        if last and not plain:
            raw = WORD.search(token)
            assert raw is not None
            options.append(q.Prefix("exact", raw[0].lower(), boost=PREFIX_BOOST))
        return q.Or(options) if len(options) > 1 else options[0] if options else None

    def _stemmed(self, text: str, boost: float = 1.0) -> list[q.Query]:
        stems = [t.text for t in self._stem(text)]
        return [q.Term(f, s, boost=boost) for f in STEMMED_FIELDS for s in stems]

    def _near(self, word: str, last: bool) -> list[q.Query]:
        """Typo tolerance: near spellings, the likely correction, and a prefix while typing."""
        options: list[q.Query] = []
        if len(word) >= 4:
            maxdist = 1 if len(word) < 8 else 2
            options.append(
                q.FuzzyTerm("exact", word, boost=FUZZY_BOOST, maxdist=maxdist, prefixlength=1)
            )
            if not self._known(word):
                options.extend(self._stemmed(self._correct(word), boost=CORRECTED_BOOST))
        if last and len(word) >= 2:
            options.append(q.Prefix("exact", word, boost=PREFIX_BOOST))
        return options

    def _spelled(self, words: list[str] | tuple[str, ...]) -> list[str]:
        """The words with each unknown one replaced by its likely correction."""
        return [w if len(w) < 4 or self._known(w) else self._correct(w) for w in words]

    def _known(self, word: str) -> bool:
        return int(self._searcher.reader().doc_frequency("exact", word)) > 0

    def _correct(self, word: str) -> str:
        corrector = self._searcher.corrector("exact")
        return next(
            iter(corrector.suggest(word, limit=1, maxdist=3 if len(word) >= 8 else 2)), word
        )

    def _terms(self, parsed: q.Query) -> tuple[set[str], set[str]]:
        stems: set[str] = set()
        exact: set[str] = set()
        reader = self._searcher.reader()
        # Leaf by leaf: Query.existing_terms over a whole tree skips fields after
        # the first one (its loop variable shadows its ``fieldname`` argument).
        for leaf in parsed.leaves():
            for field, text in leaf.existing_terms(reader, expand=True):
                word = text.decode("utf-8") if isinstance(text, bytes) else str(text)
                (exact if field == "exact" else stems).add(word)
        return stems, exact

    def _suggest(self, words: tuple[str, ...]) -> str:
        fixed = self._spelled(words)
        return " ".join(fixed) if fixed != list(words) else ""


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


def snippet(text: str, stems: set[str], exact: set[str], stemmer: StemmingAnalyzer) -> str:
    """The densest window of ``text`` around matched words, those words in ``<b>``."""
    tokens = list(WORD.finditer(text))
    if not tokens:
        return ""

    def matches(word: str) -> bool:
        lower = word.lower()
        if lower in exact:
            return True
        return any(t.text in stems for t in stemmer(lower))

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
