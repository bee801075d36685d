"""Exact ranking: the fast search's top k equals Whoosh's exhaustive scoring (``limit=None``).

Every bench query (the relevance list, typos, half-typed words) is checked on the
real handbook here, and on the 100x bench bundle by the slow test (``make bench``
reports the same check). A Whoosh upgrade that changes what the fast path reads
fails here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from handbook_app.search.engine import ALL, Query
from handbook_app.search.searcher import Searcher

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the bench's queries and comparison, shared with the bench

from bench.exact import difference, wrong  # noqa: E402
from bench.queries import language_queries, officer_queries  # noqa: E402

QUERIES = officer_queries()
TRANSLATED = [
    *((text, lang, False) for lang in ("de", "pl") for text in language_queries(lang)),
    ("Schuld", ALL, False),
    ("pass", ALL, True),
    ("paszport kind child", ALL, False),
    ("Rückk", "de", True),
    ("passport", "de", False),
    ("opiek", "pl", True),
]
"""The German and Polish relevance tests' queries in their languages (their hits, then
English ones), half-typed words, and searches in all languages at once."""
FILTERED = [
    Query("referral", kind="country", limit=30),
    Query("helpline", country="FI", limit=30),
    Query("passport", kind="checklist", limit=30),
    Query("child", lang="en", limit=30),
]
PHRASES = [
    Query('"debt bondage"', limit=30),
    Query('"forced labour" passport', limit=30),
    Query('"reflection period"', limit=10),
    Query('"step by step"', limit=30),
    Query('"first contact" -child', limit=30),
]
"""Quoted phrases: in the title, and in the body through its positional shadow field."""


@pytest.fixture(scope="module")
def searcher(handbook_searcher: Searcher) -> Searcher:
    return handbook_searcher


@pytest.mark.parametrize(("text", "typing"), QUERIES)
@pytest.mark.parametrize("limit", [10, 30])
def test_the_top_k_is_the_exhaustive_top_k(
    searcher: Searcher, text: str, typing: bool, limit: int
) -> None:
    assert difference(searcher, Query(text, limit=limit, typing=typing)) == ""


@pytest.mark.parametrize("query", FILTERED, ids=lambda q: f"{q.text}-{q.kind}{q.country}{q.lang}")
def test_filters_keep_the_exhaustive_order(searcher: Searcher, query: Query) -> None:
    assert difference(searcher, query) == ""


@pytest.mark.parametrize(("text", "lang", "typing"), TRANSLATED)
@pytest.mark.parametrize("limit", [10, 30])
def test_the_top_k_is_exact_in_other_languages(
    searcher: Searcher, text: str, lang: str, typing: bool, limit: int
) -> None:
    """In German and Polish, their own hits then English ones, and in all languages at once."""
    assert difference(searcher, Query(text, lang=lang, limit=limit, typing=typing)) == ""


@pytest.mark.parametrize("query", PHRASES, ids=lambda q: q.text)
def test_quoted_phrases_keep_the_exhaustive_order(searcher: Searcher, query: Query) -> None:
    assert difference(searcher, query) == ""
    assert searcher.search(query).hits  # each of them is in the handbook


@pytest.mark.slow
def test_the_top_30_is_exact_on_the_100x_bundle() -> None:
    bundle = ROOT / "build" / "bench" / "bundle-100x"
    if not (bundle / "index").is_dir():
        pytest.skip("no 100x bundle: `make bench` builds it")
    engine = Searcher(bundle / "index")
    try:
        assert wrong(engine, QUERIES) == {}
    finally:
        engine.close()
