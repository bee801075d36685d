"""Scoring a parsed query term-at-a-time, exactly as Whoosh would score every match.

Whoosh's BM25F score of a section is a sum over the query tree: a term's score
is ``idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / average length))``
times its boost; ``Or`` and ``And`` add their children's scores (``And`` only
where every child matches) and multiply by their own boost; ``AndNot`` keeps the
positive side's score. Here each term's whole posting list is scored at once
(``postings.py`` reads Whoosh's blocks as arrays) and the compounds are summed in
arrays the size of the index, so a query costs about one array operation per
posting, with no per-document matcher tree and no pruning to get wrong. Each
term's unboosted scores are kept (the index is read-only while open), so the
next keystroke of the same query reads only the word being typed. Anything else
in a tree is matched by Whoosh's own matchers. Phrases are checked from the
positions of only the sections that need it (a quoted phrase in the body: in its
positional shadow field). ``tests/test_exact.py``
holds every ranking to Whoosh's exhaustive scoring.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from math import log
from typing import TYPE_CHECKING, Any

import numpy as np
from whoosh import query as q
from whoosh.scoring import BM25F, BM25FScorer, WeightScorer

from handbook_app.search.postings import EMPTY_FLOATS, EMPTY_IDS, Floats, Ids, Postings

if TYPE_CHECKING:
    from whoosh.searching import Searcher as WhooshSearcher

CACHE_POSTINGS = 2_000_000
"""How many scored postings the per-term cache keeps (about 24 MB) before it forgets the oldest."""


@dataclass(frozen=True)
class Scored:
    """Matching sections (ascending document numbers) and their scores."""

    ids: Ids
    scores: Floats

    def __len__(self) -> int:
        return len(self.ids)


NOTHING = Scored(EMPTY_IDS, EMPTY_FLOATS)


class PerLanguage(BM25F):  # type: ignore[misc]
    """Whoosh's BM25F, with each language's own collection statistics.

    Each language has its own fields (``analysis.field``), but Whoosh divides by every
    section of the index: a German term's idf and the German fields' average length
    would count the English sections too. Here a field's idf and average length count
    only the sections of its language (``sections``: field name → how many). In an
    index of one language this is exactly BM25F. The fast path (``Ranker``) and the
    exhaustive reference score with the same object.
    """

    def __init__(self, sections: dict[str, int]) -> None:
        super().__init__()
        self.sections = sections

    def _count(self, searcher: Any, fieldname: str) -> int:
        return self.sections.get(fieldname) or int(searcher.doc_count_all())

    def idf(self, searcher: Any, fieldname: str, text: bytes) -> float:
        parent = searcher.get_parent()
        return self.idf_of(parent, fieldname, parent.doc_frequency(fieldname, text))

    def idf_of(self, searcher: Any, fieldname: str, frequency: int) -> float:
        """The idf of a term of ``fieldname`` found in ``frequency`` sections."""
        return log(self._count(searcher, fieldname) / (frequency + 1)) + 1

    def average(self, searcher: Any, fieldname: str) -> float:
        """The average length of ``fieldname`` over the sections of its language (or 1)."""
        parent = searcher.get_parent()
        return float(parent.field_length(fieldname) / (self._count(parent, fieldname) or 1)) or 1

    def scorer(self, searcher: Any, fieldname: str, text: bytes, qf: int = 1) -> Any:
        if not searcher.schema[fieldname].scorable:
            return WeightScorer.for_(searcher, fieldname, text)
        b = self._field_B.get(fieldname, self.B)
        average = self.average(searcher, fieldname)
        return _Scorer(searcher, fieldname, text, b=b, k1=self.K1, average=average, qf=qf)


class _Scorer(BM25FScorer):  # type: ignore[misc]
    """Whoosh's BM25F scorer with the average length given (``PerLanguage``)."""

    def __init__(
        self, searcher: Any, fieldname: str, text: bytes, *, b: float, k1: float,
        average: float, qf: int,
    ) -> None:  # fmt: skip
        self.idf = searcher.get_parent().idf(fieldname, text)
        self.avgfl = average
        self.B, self.K1, self.qf = b, k1, qf
        self.setup(searcher, fieldname, text)


class Ranker:
    """Scores query trees over one opened Whoosh searcher."""

    def __init__(self, searcher: WhooshSearcher) -> None:
        self.searcher = searcher
        self.postings = Postings(searcher)
        self.count = self.postings.count
        weighting = searcher.weighting
        self._bm25 = type(weighting) in (BM25F, PerLanguage)
        self._weighting = weighting
        self._terms: OrderedDict[tuple[str, str], Scored] = OrderedDict()
        self._cached = 0

    def score(
        self,
        tree: q.Query,
        allowed: Ids | None = None,
        limit: int = 0,
        priors: Floats | None = None,
    ) -> Scored:
        """Every section ``tree`` matches with its Whoosh score; only ``allowed`` ones if given.

        With ``limit`` and the sections' ``priors``, phrases that only add to a score
        (those directly under the top ``Or``s, as the editors' keyword phrases are) are
        checked only in the sections that could still reach the ``limit`` best by score
        times prior; any other section is scored without them, which cannot change
        the best ``limit`` (a phrase only adds to a score).
        """
        run = _Run(self)
        extra = _additive_phrases(tree) if limit > 0 and priors is not None else []
        run.skip = {id(p) for p in extra}
        found = _only(run.node(tree), allowed)
        if not extra:
            return found
        assert priors is not None
        coulds = [_only(run.could(p), allowed) for p in extra]
        present = np.zeros(self.count, dtype=bool)
        for part in (found, *coulds):
            present[part.ids] = True
        ids = np.flatnonzero(present).astype(np.int64)
        base = np.zeros(len(ids), dtype=np.float64)
        base[np.searchsorted(ids, found.ids)] = found.scores
        most = base.copy()
        for could in coulds:
            most[np.searchsorted(ids, could.ids)] += could.scores
        lowest = base * priors[ids]
        floor = -np.inf
        if np.count_nonzero(base) >= limit:
            floor = np.partition(lowest, len(lowest) - limit)[len(lowest) - limit]
        open_ = ids[most * priors[ids] >= floor * (1 - 1e-9)]
        total = base
        matched = np.isin(ids, found.ids, assume_unique=True)
        for phrase, could in zip(extra, coulds, strict=True):
            wanted = np.intersect1d(could.ids, open_, assume_unique=True)
            having = run.having(phrase, could, wanted)
            at = np.searchsorted(ids, having.ids)
            total[at] += having.scores
            matched[at] = True
        return Scored(ids[matched], total[matched])

    def term(self, fieldname: str, text: str) -> Scored:
        """A term's unboosted BM25F scores, remembered."""
        key = (fieldname, text)
        found = self._terms.get(key)
        if found is not None:
            self._terms.move_to_end(key)
            return found
        found = self._score_term(fieldname, text)
        self._terms[key] = found
        self._cached += len(found)
        while self._cached > CACHE_POSTINGS and len(self._terms) > 1:
            _key, old = self._terms.popitem(last=False)
            self._cached -= len(old)
        return found

    def together(self, word: str, others: list[str], fieldname: str = "exact") -> int:
        """In how many sections ``word`` and any of ``others`` both appear (unstemmed)."""
        mine = self.term(fieldname, word).ids
        if not len(mine):
            return 0
        theirs = [self.term(fieldname, other).ids for other in others]
        return int(np.isin(mine, np.concatenate(theirs)).sum()) if theirs else 0

    def _score_term(self, fieldname: str, text: str) -> Scored:
        schema = self.searcher.schema
        if fieldname not in schema:
            return NOTHING
        try:
            btext = schema[fieldname].to_bytes(text)
        except ValueError:
            return NOTHING
        frequency = self.postings.doc_frequency(fieldname, btext)
        if not frequency:
            return NOTHING
        if not (self._bm25 and schema[fieldname].scorable):
            return self.whoosh(q.Term(fieldname, text))
        ids, tf, lengths = self.postings.term(fieldname, btext)
        weighting = self._weighting
        b = weighting._field_B.get(fieldname, weighting.B)
        k1 = weighting.K1
        if isinstance(weighting, PerLanguage):
            idf = weighting.idf_of(self.searcher, fieldname, frequency)
            average = weighting.average(self.searcher, fieldname)
        else:
            idf = self.searcher.idf(fieldname, btext)
            average = self.searcher.avg_field_length(fieldname) or 1
        # The same operations in the same order as whoosh.scoring.bm25, element-wise.
        scores = idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * lengths / average)))
        return Scored(ids, scores)

    def whoosh(self, tree: q.Query) -> Scored:
        """Whoosh's own matcher over each segment, every match collected (no pruning)."""
        ids: list[int] = []
        scores: list[float] = []
        for sub, offset in self.searcher.leaf_searchers():
            matcher = tree.matcher(sub, sub.context())
            while matcher.is_active():
                ids.append(matcher.id() + offset)
                scores.append(matcher.score())
                matcher.next()
        if not ids:
            return NOTHING
        order = np.argsort(np.array(ids, dtype=np.int64), kind="stable")
        return Scored(
            np.array(ids, dtype=np.int64)[order], np.array(scores, dtype=np.float64)[order]
        )


class _Run:
    """One evaluation: a clause used twice (in the all-words And and in the Or) is scored once."""

    def __init__(self, ranker: Ranker) -> None:
        self.ranker = ranker
        self.done: dict[int, Scored] = {}
        self.skip: set[int] = set()
        """Phrases left out here, added by ``Ranker.score`` where they can matter."""

    def node(self, tree: q.Query) -> Scored:
        key = id(tree)
        found = self.done.get(key)
        if found is None:
            found = self.done[key] = self._node(tree)
        return found

    def _node(self, tree: q.Query) -> Scored:
        if id(tree) in self.skip:
            return NOTHING
        if type(tree) is q.Term:
            found = self.ranker.term(tree.fieldname, tree.text)
            if tree.boost != 1.0 and len(found):
                found = Scored(found.ids, found.scores * tree.boost)
            return found
        if type(tree) in (q.Or, q.And) and not getattr(tree, "minmatch", 0):
            if getattr(tree, "scale", None):
                return self.ranker.whoosh(tree)
            subs = tree.subqueries
            if not subs:
                return NOTHING
            if len(subs) == 1:  # Whoosh ignores the boost of a one-child compound
                return self.node(subs[0])
            found = self._sum([self.node(s) for s in subs], type(tree) is q.And)
            if tree.boost != 1.0 and len(found):
                found = Scored(found.ids, found.scores * tree.boost)
            return found
        if type(tree) is q.Phrase and tree.slop == 1:
            return self._phrase(tree)
        if type(tree) is q.Require:  # the first's score where the second matches too
            positive = self.node(tree.a)
            if type(tree.b) is q.Phrase and tree.b.slop == 1:
                return self.having(tree.b, positive, positive.ids)
            required = self.node(tree.b)
            keep = np.isin(positive.ids, required.ids, assume_unique=True)
            return Scored(positive.ids[keep], positive.scores[keep])
        if type(tree) is q.AndNot:
            positive = self.node(tree.a)
            negative = self.node(tree.b)
            if not len(positive) or not len(negative):
                return positive
            keep = ~np.isin(positive.ids, negative.ids, assume_unique=True)
            return Scored(positive.ids[keep], positive.scores[keep])
        return self.ranker.whoosh(tree)

    def _phrase(self, phrase: q.Phrase) -> Scored:
        """Sections with the words in a row in one field, scored as Whoosh's SpanNear2 does:
        the sum of the words' unboosted scores, times the phrase's boost."""
        could = self.could(phrase)
        return self.having(phrase, could, could.ids)

    def could(self, phrase: q.Phrase) -> Scored:
        """The sections holding every word of ``phrase`` (in any order), with the score the
        phrase gives each if its words turn out to stand in a row."""
        ranker = self.ranker
        if phrase.fieldname not in ranker.searcher.schema or not phrase.words:
            return NOTHING
        parts = [ranker.term(phrase.fieldname, word) for word in phrase.words]
        common = parts[0].ids
        for part in parts[1:]:
            common = np.intersect1d(common, part.ids, assume_unique=True)
            if not len(common):
                return NOTHING
        total = np.zeros(len(common), dtype=np.float64)
        for part in parts:
            total += part.scores[np.searchsorted(part.ids, common)]
        return Scored(common, total * phrase.boost if phrase.boost != 1.0 else total)

    def having(self, phrase: q.Phrase, could: Scored, wanted: Ids) -> Scored:
        """Those of the ``wanted`` sections (among ``could``) where the phrase stands."""
        if not len(wanted):
            return NOTHING
        field = self.ranker.searcher.schema[phrase.fieldname]
        words = list(dict.fromkeys(phrase.words))
        places = {
            word: self.ranker.postings.positions(phrase.fieldname, field.to_bytes(word), wanted)
            for word in words
        }
        chain = [places[word] for word in phrase.words]
        keep = [
            docnum
            for docnum in wanted.tolist()
            if any(
                all(start + i in set(chain[i].get(docnum, ())) for i in range(1, len(chain)))
                for start in chain[0].get(docnum, ())
            )
        ]
        if not keep:
            return NOTHING
        ids = np.array(keep, dtype=np.int64)
        return Scored(ids, could.scores[np.searchsorted(could.ids, ids)])

    def _sum(self, parts: list[Scored], every: bool) -> Scored:
        present = [p for p in parts if len(p)]
        if every and len(present) < len(parts):
            return NOTHING
        if not present:
            return NOTHING
        if len(present) == 1:
            return present[0]
        total = np.zeros(self.ranker.count, dtype=np.float64)
        hits = np.zeros(self.ranker.count, dtype=np.int16)
        for part in present:  # a term's ids are unique: fancy += adds once each
            total[part.ids] += part.scores
            hits[part.ids] += 1
        ids = np.flatnonzero(hits == len(present) if every else hits)
        return Scored(ids.astype(np.int64), total[ids])


def _only(found: Scored, allowed: Ids | None) -> Scored:
    if allowed is None or not len(found):
        return found
    keep = np.isin(found.ids, allowed, assume_unique=True)
    return Scored(found.ids[keep], found.scores[keep])


def _additive_phrases(tree: q.Query) -> list[q.Phrase]:
    """Phrases whose score is simply added to the total: reached from the top through
    ``Or`` nodes of several children, no boost, no minimum match, and nowhere else (a
    quoted phrase's clause also stands in the all-words ``And``, where it is required)."""
    if not _adds(tree):
        return []
    found: dict[int, q.Phrase] = {}
    elsewhere: set[int] = set()

    def walk(node: q.Query, additive: bool) -> None:
        if type(node) is q.Phrase and node.slop == 1:
            if additive:
                found.setdefault(id(node), node)
            else:
                elsewhere.add(id(node))
            return
        through = additive and _adds(node)
        for sub in getattr(node, "subqueries", None) or ():
            walk(sub, through)
        child = getattr(node, "child", None)
        if isinstance(child, q.Query):
            walk(child, False)

    for sub in tree.subqueries:
        walk(sub, True)
    return [phrase for key, phrase in found.items() if key not in elsewhere]


def _adds(tree: q.Query) -> bool:
    """An ``Or`` whose children's scores are simply summed."""
    return (
        type(tree) is q.Or
        and tree.boost == 1.0
        and len(tree.subqueries) > 1
        and not tree.minmatch
        and not tree.scale
    )
