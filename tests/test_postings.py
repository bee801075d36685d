"""What the fast path reads from the index is what Whoosh's public reader gives.

``postings.Postings`` looks each term up once per segment, reads its whole posting
list at once and decodes the blocks itself (for fields with positions, without
unpickling the positions); ``terms.Terms`` answers the parser's questions about
the term dictionary from those reads. Both are compared here, term by term, with
Whoosh's own answers over an index of two segments with deleted sections, posting
lists of many blocks, and weights of every kind (all 1, one for a block, each its own).
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import numpy as np
import pytest
from whoosh.filedb.filestore import RamStorage

from handbook_app.search.index import schema
from handbook_app.search.postings import Postings
from handbook_app.search.terms import Terms

if TYPE_CHECKING:
    from collections.abc import Iterator

    from whoosh.searching import Searcher as WhooshSearcher

WORDS = (
    "passport", "debt", "bondage", "visa", "shelter", "minor", "employer", "agency", "money",
    "papers",
)  # fmt: skip
FIELDS = ("title", "keywords", "body", "body_positions", "exact")
"""With positions (title, keywords, body_positions) and without (body, exact)."""


def sections(first: int, count: int) -> Iterator[dict[str, str]]:
    rng = random.Random(first)
    for n in range(first, first + count):
        # "passport" in every section, once (weights all 1); "debt" three times in the
        # even ones; the other words a random number of times (weights of their own)
        words = ["passport"] + ["debt"] * (3 if n % 2 == 0 else 0)
        words += [rng.choice(WORDS) for _ in range(rng.randrange(1, 12))]
        rng.shuffle(words)
        text = " ".join(words)
        yield {
            "key": f"s{n}", "doc": f"d{n // 10}", "title": " ".join(words[:3]),
            "keywords": " ".join(words[-4:]), "body": text, "body_positions": text,
            "exact": text,
        }  # fmt: skip


@pytest.fixture(scope="module")
def searcher() -> Iterator[WhooshSearcher]:
    """Two segments (300 sections, then 200), with a few sections of each deleted."""
    index = RamStorage().create_index(schema())
    for first, count in ((0, 300), (300, 200)):
        writer = index.writer()
        for fields in sections(first, count):
            writer.add_document(**fields)
        writer.commit(merge=False)
    writer = index.writer()
    for n in (3, 150, 299, 301, 450):
        writer.delete_by_term("key", f"s{n}")
    writer.commit(merge=False)
    found = index.searcher()
    assert len(found.leaf_searchers()) == 2
    assert found.reader().has_deletions()
    yield found
    found.close()


def terms_of(searcher: WhooshSearcher) -> list[tuple[str, bytes]]:
    return [(f, t) for f, t in searcher.reader().all_terms() if f in FIELDS]


def whoosh_postings(
    searcher: WhooshSearcher, fieldname: str, text: bytes
) -> list[tuple[int, float]]:
    """Every live posting of a term as Whoosh's public reader gives it (index-wide numbers)."""
    found: list[tuple[int, float]] = []
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        if (fieldname, text) not in reader:
            continue
        matcher = reader.postings(fieldname, text)
        while matcher.is_active():
            found.append((matcher.id() + offset, matcher.weight()))
            matcher.next()
    return found


def test_every_term_has_whooshs_postings_and_counts(searcher: WhooshSearcher) -> None:
    postings = Postings(searcher)
    terms = terms_of(searcher)
    assert {f for f, _t in terms} == set(FIELDS)
    longest = max(len(whoosh_postings(searcher, f, t)) for f, t in terms)
    assert longest > 300  # many blocks of 128 postings, in both segments
    for fieldname, text in terms:
        ids, weights, _lengths = postings.term(fieldname, text)
        wanted = whoosh_postings(searcher, fieldname, text)
        assert list(zip(ids.tolist(), weights.tolist(), strict=True)) == wanted, (fieldname, text)
        count = searcher.doc_frequency(fieldname, text)
        assert postings.doc_frequency(fieldname, text) == count, (fieldname, text)
    assert all(leaf.table is not None for leaf in postings.leaves)  # read directly, not by Whoosh
    for fieldname, text in terms:  # absent terms, probed like present ones
        assert postings.doc_frequency(fieldname, text + b"q") == searcher.doc_frequency(
            fieldname, text + b"q"
        )
    assert postings.doc_frequency("body", b"zebra") == 0
    assert postings.doc_frequency("nosuchfield", b"passport") == 0
    assert len(postings.term("body", b"zebra")[0]) == 0


def test_every_terms_positions_are_whooshs(searcher: WhooshSearcher) -> None:
    postings = Postings(searcher)
    live = np.array(
        sorted(
            n + offset
            for sub, offset in searcher.leaf_searchers()
            for n in sub.reader().all_doc_ids()
        ),
        dtype=np.int64,
    )
    for fieldname in ("title", "keywords", "body_positions"):
        for text in searcher.reader().lexicon(fieldname):
            wanted: dict[int, list[int]] = {}
            for sub, offset in searcher.leaf_searchers():
                if (fieldname, text) in sub.reader():
                    matcher = sub.reader().postings(fieldname, text)
                    while matcher.is_active():
                        wanted[matcher.id() + offset] = matcher.value_as("positions")
                        matcher.next()
            assert postings.positions(fieldname, text, live) == wanted, (fieldname, text)
            few = live[::37]  # blocks holding none of these are skipped
            only = {n: p for n, p in wanted.items() if n in set(few.tolist())}
            assert postings.positions(fieldname, text, few) == only, (fieldname, text)


def test_the_dictionary_answers_as_whooshs_reader(searcher: WhooshSearcher) -> None:
    reader = searcher.reader()
    terms = Terms(Postings(searcher))
    for prefix in ("", "p", "pa", "de", "zz"):
        assert list(terms.expand_prefix("exact", prefix)) == list(
            reader.expand_prefix("exact", prefix)
        )
    for word in (*WORDS, "pasport", "dept", "zebra"):
        assert terms.doc_frequency("exact", word) == reader.doc_frequency("exact", word)
    assert terms.doc_frequency("nosuchfield", "passport") == 0


def test_words_within_a_few_edits_are_whooshs_in_its_order(
    handbook_searcher: object, searcher: WhooshSearcher
) -> None:
    """Against Whoosh's automaton: on the real handbook's words and on two segments."""
    engines: list[WhooshSearcher] = [handbook_searcher._searcher, searcher]  # type: ignore[attr-defined]
    for engine in engines:
        reader = engine.reader()
        terms = Terms(Postings(engine))
        words = [w.decode("utf-8") for w in reader.lexicon("exact")]
        step = max(1, len(words) // 40)  # Whoosh's automaton takes ~10 ms a word
        typos = [w[:2] + w[3:] for w in words[1::step]] + [w + "x" for w in words[2::step]]
        for word in [*words[::step], *typos]:
            for distance in (1, 2, 3):
                assert terms.terms_within("exact", word, distance, prefix=1) == list(
                    reader.terms_within("exact", word, distance, prefix=1)
                ), (word, distance)
