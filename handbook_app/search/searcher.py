"""Answering queries from a built Whoosh index: typo-tolerant, ranked, with snippets."""

from __future__ import annotations

import html
import itertools
import json
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from whoosh import query as q
from whoosh.searching import Searcher as WhooshSearcher

from handbook_app.errors import SearchError
from handbook_app.search import analysis, limits, storage
from handbook_app.search.analysis import field
from handbook_app.search.engine import ALL, BASE, Hit, Query, Results, key
from handbook_app.search.index import BODY_POSITIONS, MAX_PRIOR, SYNONYMS, TEXT_FIELDS
from handbook_app.search.query import COMMON, Lexicon, Parsed, Parser
from handbook_app.search.rank import PerLanguage, Ranker, Scored
from handbook_app.search.terms import Terms

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from whoosh.fields import Schema

    from handbook_app.search.postings import Floats, Ids

Part = tuple[q.Query | None, dict[str, Parsed]]
"""One ranked list of a search: its query tree, and each language's parse of the text."""

SNIPPET_WORDS = 28
CACHE_SECTIONS = 1_000
"""How many sections' stored fields (a few kB each, the body among them) a searcher keeps."""
WORD = re.compile(r"\w+", re.UNICODE)


class Searcher:
    """The one cached Whoosh searcher of a bundle's index, opened read-only.

    Each language of the index is searched in its own fields with its own analysis
    and statistics (``analysis.py``, ``rank.PerLanguage``): so choosing a language
    restricts the candidates before anything is scored, as only that language's
    postings are read.
    """

    def __init__(self, path: Path) -> None:
        self._index = storage.open_index(path)
        try:
            reader = self._index.reader()
            self.languages = _languages(reader.schema)
            """The languages the index holds, English first."""
            sections = {
                field(name, lang): int(reader.doc_frequency("lang", lang))
                for lang in self.languages
                for name in (*(n for n, _boost in TEXT_FIELDS), "exact")
            }
            self._searcher: WhooshSearcher = WhooshSearcher(
                reader, fromindex=self._index, weighting=PerLanguage(sections)
            )
        except Exception as error:  # a damaged file: Whoosh raises whatever its parsers do
            self._index.close()
            raise SearchError(f"the search index at {path} is damaged: {error!r}") from error
        self._ranker = Ranker(self._searcher)
        self._synonyms = _synonyms(path)
        self._parsers: dict[str, Parser] = {}
        self._filters: dict[tuple[tuple[str, str], ...], Ids] = {}
        self._priors: Floats | None = None
        self._priors_read = False
        self._stored: dict[int, float] = {}
        self._sections: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self._bodies: OrderedDict[str, Words] = OrderedDict()
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

    def parser(self, lang: str) -> Parser:
        """The query parser of one language of the index, made on first use."""
        found = self._parsers.get(lang)
        if found is None:
            exact = field("exact", lang)
            ranker = self._ranker

            def together(word: str, others: list[str]) -> int:
                return ranker.together(word, others, exact)

            synonyms = self._synonyms if lang == BASE else None  # the list is English
            lexicon = Lexicon(Terms(ranker.postings), lang)
            shadow = field(BODY_POSITIONS, lang)
            shadows = {field("body", lang): shadow} if shadow in self._searcher.schema else {}
            found = self._parsers[lang] = Parser(lexicon, synonyms, together, lang, shadows)
        return found

    def _parts(self, query: Query) -> list[Part]:
        """The ranked lists a search shows one after the other.

        In one language: that language's (English if the index lacks it), then, with
        ``fallback``, English. In ``ALL`` languages: one list, every language's parse
        of the text side by side in one tree, so scores compare as Whoosh's would.
        A word one of the languages searched knows is never corrected in another
        ("passport" typed while searching German, "Schuld" in English).
        """
        if query.lang == ALL:
            languages = self.languages
        else:
            lang = query.lang if query.lang in self.languages else BASE
            languages = (lang, BASE) if query.fallback and lang != BASE else (lang,)
        parsed = {lang: self._parse(lang, query, languages) for lang in languages}
        if query.lang != ALL:
            return [(p.query, {lang: p}) for lang, p in parsed.items()]
        trees = [p.query for p in parsed.values() if p.query is not None]
        tree = None if not trees else trees[0] if len(trees) == 1 else q.Or(trees)
        return [(tree, parsed)]

    def _parse(self, lang: str, query: Query, languages: tuple[str, ...]) -> Parsed:
        others = [self.parser(other) for other in languages if other != lang]

        def elsewhere(word: str) -> bool:
            return any(other.knows(word) for other in others)

        return self.parser(lang).parse(query.text, query.typing, elsewhere if others else None)

    def _search(self, query: Query) -> Results:
        parts = self._parts(query)
        suggestions = (p.suggestion for _tree, by in parts for p in by.values())
        suggestion = next((s for s in suggestions if s), "")
        if not self._priors_read:  # on the first query, not at open
            self._priors, self._priors_read = self._ranker.postings.column("priors"), True
        allowed = self._allowed(query)
        hits: list[Hit] = []
        seen: set[tuple[str, str]] = set()
        total = 0
        for tree, parsed in parts:
            if tree is None or len(hits) >= query.limit:
                continue
            found, fresh = self._fresh(tree, allowed, query.limit - len(hits), seen)
            total += len(found)
            for h, score in fresh:
                seen.add((h["doc"], h["anchor"]))
                hits.append(self._hit(h, score, parsed[h.get("lang", BASE)]))
        return Results(query, tuple(hits), total, suggestion)

    def _fresh(
        self, tree: q.Query, allowed: Ids | None, want: int, seen: set[tuple[str, str]]
    ) -> tuple[Scored, list[tuple[dict[str, Any], float]]]:
        """The ``want`` best sections of ``tree`` not ``seen`` (in another language), each
        once: a section found in several languages counts where it ranks best. Scored
        for as many as needed, as a phrase is checked only where it can reach the cut."""
        wanted = want + len(seen)
        while True:
            found = self._ranker.score(tree, allowed, wanted, self._priors)
            fresh: list[tuple[dict[str, Any], float]] = []
            taken = set(seen)
            for docnum, score in self._top(found, wanted):
                h = self._section(docnum)
                if (h["doc"], h["anchor"]) not in taken:
                    taken.add((h["doc"], h["anchor"]))
                    fresh.append((h, score))
            if len(fresh) >= want or wanted >= len(found):
                return found, fresh[:want]
            wanted *= 2

    def _hit(self, h: dict[str, Any], score: float, parsed: Parsed) -> Hit:
        lang = str(h.get("lang", BASE))
        parser = self.parser(lang)
        common = COMMON if lang == BASE else frozenset()
        terms = tuple(sorted((parsed.exact | set(parsed.words)) - common))
        body = str(h.get(field("body", lang), ""))
        return Hit(
            doc_id=str(h["doc"]),
            anchor=str(h["anchor"]),
            kind=str(h["kind"]),
            country=str(h.get("country", "")),
            doc_title=str(h["doc_title"]),
            title=str(h.get(field("title", lang), "")),
            snippet=snippet(body, parsed.stems, parsed.exact, parser.stem_word, self._words(body)),
            score=round(score, 4),
            terms=terms,
            lang=lang,
        )

    def _allowed(self, query: Query) -> Ids | None:
        """The sections the filters let through (None: all), remembered per filter."""
        wanted = _wanted(query)
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
            prior = self._stored[docnum] = float(self._section(docnum)["prior"])
        return prior

    def _words(self, body: str) -> Words:
        """A body's words, remembered as long as its section's stored fields are."""
        found = self._bodies.get(body)
        if found is None:
            found = self._bodies[body] = Words.of(body)
            if len(self._bodies) > CACHE_SECTIONS:
                self._bodies.popitem(last=False)
        else:
            self._bodies.move_to_end(body)
        return found

    def _section(self, docnum: int) -> dict[str, Any]:
        """A section's stored fields, the last ``CACHE_SECTIONS`` read remembered (each
        keystroke of a query mostly shows the sections the one before did)."""
        found = self._sections.get(docnum)
        if found is None:
            found = self._sections[docnum] = self._searcher.stored_fields(docnum)
            if len(self._sections) > CACHE_SECTIONS:
                self._sections.popitem(last=False)
        else:
            self._sections.move_to_end(docnum)
        return found

    def reference(self, query: Query) -> list[tuple[str, float]]:
        """Every section the query matches, best first, as Whoosh scores them exhaustively.

        ``limit=None`` makes Whoosh score every matching section with no pruning;
        the ranking prior is applied as ``search`` applies it, ties keep Whoosh's
        order (by score, then by index position). The exactness test holds the
        fast path to this.
        """
        with self._lock:
            ranked: list[tuple[str, float]] = []
            seen: set[tuple[str, str]] = set()
            for tree, _parsed in self._parts(query):
                if tree is None:
                    continue
                found = self._searcher.search(tree, limit=None, filter=_filters(query))
                for h in sorted(found, key=lambda h: -h.score * h["prior"]):
                    if (h["doc"], h["anchor"]) not in seen:
                        seen.add((h["doc"], h["anchor"]))
                        ranked.append((key(h["lang"], h["doc"], h["anchor"]), h.score * h["prior"]))
            return ranked


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


def _languages(schema: Schema) -> tuple[str, ...]:
    """The languages an index has fields for, English first."""
    names = set(schema.names())
    return tuple(lang for lang in analysis.ANALYSES if field("body", lang) in names)


def _wanted(query: Query) -> tuple[tuple[str, str], ...]:
    """The filters of a query as ``(field, value)`` pairs. Its language is no filter: each
    language is searched in its own fields, which hold only that language's sections."""
    pairs = (("kind", query.kind), ("country", query.country.lower()))
    return tuple((name, value) for name, value in pairs if value)


def _filters(query: Query) -> q.Query | None:
    terms = [q.Term(name, value) for name, value in _wanted(query)]
    if not terms:
        return None
    return q.And(terms) if len(terms) > 1 else terms[0]


@dataclass(frozen=True)
class Words:
    """A text's words as its snippets need them: as written, folded, and the distinct ones."""

    written: list[str]
    folded: list[str]
    distinct: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Words:
        written = WORD.findall(text)
        joined = "\0".join(written)
        if joined.isascii():
            folded = analysis.fold(joined).split("\0") if written else []
        else:  # folding goes letter by letter here: once per distinct word, not per token
            each = {w: analysis.fold(w) for w in set(written)}
            folded = [each[w] for w in written]
        return cls(written, folded, frozenset(folded))


def snippet(
    text: str,
    stems: set[str],
    exact: set[str],
    stemmer: Callable[[str], str],
    words: Words | None = None,
) -> str:
    """The densest window of ``text`` around matched words, those words in ``<b>``
    (``words``: the text's, if already found)."""
    if words is None:
        words = Words.of(text)
    if not words.written:
        return ""
    lowers = words.folded
    # A stem keeps its (folded) word's first two letters (Porter and Snowball only
    # rewrite endings): only the words starting like a stem or a matched word need stemming.
    heads = {w[:2] for w in stems} | {w[:2] for w in exact}
    matched = {w for w in words.distinct if w[:2] in heads and (w in exact or stemmer(w) in stems)}
    marked = [i for i, w in enumerate(lowers) if w in matched] if matched else []
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
    end = min(len(lowers), start + SNIPPET_WORDS)
    window = list(itertools.islice(WORD.finditer(text), start, end))  # where its words stand
    begin_char, end_char = window[0].start(), window[-1].end()
    out: list[str] = ["… " if start else ""]
    cursor = begin_char
    for i in marked:  # the text between marked words escaped as one run (escaping is per character)
        if start <= i < end:
            token = window[i - start]
            out.append(html.escape(text[cursor : token.start()]))
            out.append(f"<b>{html.escape(token[0])}</b>")
            cursor = token.end()
    out.append(html.escape(text[cursor:end_char]))
    out.append(" …" if end_char < len(text.rstrip()) else "")
    return "".join(out).strip()
