"""Attack: queries that used to freeze search or crash it (issue 11, item 15)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from handbook_app.cli import main as handbook
from handbook_app.errors import QueryError
from handbook_app.search import limits
from handbook_app.search.engine import Query
from handbook_app.search.searcher import Searcher

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.attack


@pytest.fixture(scope="module")
def searcher(sample_bundle: Path) -> Searcher:
    return Searcher(sample_bundle / "index")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (" ".join(["debt"] * 500), "too long (2499 characters; at most 120)"),
        ("passport " + "x" * 100_000, "too long (100009 characters"),
        ("a " * 11, "too many words (11; at most 10)"),
        ("debt OR " * 7 + "visa", "too many operators (7 of OR, AND, NOT and -word; at most 6)"),
        ("x" * 33, "a word in the search is too long (33 characters; at most 32)"),
        ("-debt -visa", "only leaves words out (-debt -visa)"),
    ],
    ids=["500-words", "100k-word", "11-words", "7-ors", "33-char-word", "only-negated"],
)
def test_a_query_beyond_the_limits_gets_a_clear_message(
    searcher: Searcher, text: str, message: str
) -> None:
    with pytest.raises(QueryError, match=r"^the search|^a word") as refused:
        searcher.search(Query(text))
    assert message in str(refused.value)


def test_300_ors_never_end_in_a_recursion_error(searcher: Searcher) -> None:
    with pytest.raises(QueryError, match="too long"):
        searcher.search(Query(" OR ".join(["debt"] * 300)))


def test_a_query_at_the_limits_is_answered(searcher: Searcher) -> None:
    at_limit = "debt OR visa OR passport OR child OR labour OR police -shelter"
    limits.check(at_limit)  # 10 words, 6 operators, under 120 characters
    assert searcher.search(Query(at_limit)).hits


def test_the_cli_searches_for_a_query_that_starts_with_a_minus(
    sample_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = ["--bundle", str(sample_bundle), "--allow-unsigned"]
    assert handbook(["search", *bundle, "--", "-bondage", "debt"]) == 0
    out = capsys.readouterr().out
    assert "debt" in out.lower()
    assert "no results" not in out
    assert handbook(["search", *bundle, "--", "-debt"]) == 1
    assert "only leaves words out (-debt)" in capsys.readouterr().err


def test_the_cli_refuses_a_pasted_page_with_a_message(
    sample_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = " ".join(["passport"] * 500)
    assert handbook(["search", page, "--bundle", str(sample_bundle), "--allow-unsigned"]) == 1
    assert "handbook: the search is too long" in capsys.readouterr().err
