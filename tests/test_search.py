"""The search core over the sample bundle: what an officer types, what comes first."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from handbook_app.cli import main
from handbook_app.errors import SearchError
from handbook_app.search.engine import Query
from handbook_app.search.searcher import Searcher, snippet

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture(scope="module")
def searcher(sample_bundle: Path) -> Iterator[Searcher]:
    engine = Searcher(sample_bundle / "index")
    yield engine
    engine.close()


def places(searcher: Searcher, text: str, **filters: object) -> list[str]:
    results = searcher.search(Query(text, **filters))  # type: ignore[arg-type]
    return [f"{h.doc_id}#{h.anchor}" for h in results.hits]


def test_an_indicator_query_opens_its_checklist_section_before_chapters(searcher: Searcher) -> None:
    found = places(searcher, "debt bondage")
    assert found[0] == "labour-list#coercion-at-destination"
    assert found.index("work-abroad#fees") > 0


def test_editor_keywords_lift_a_document(searcher: Searcher) -> None:
    assert places(searcher, "passport taken")[0] == "labour-list#"


def test_a_typo_still_finds_the_word(searcher: Searcher) -> None:
    assert "labour-list#coercion-at-destination" in places(searcher, "pasport")
    assert places(searcher, "finlnd")[0] == "finland#"


def test_an_unfinished_last_word_matches_while_typing(searcher: Searcher) -> None:
    assert places(searcher, "passp") == []
    assert "labour-list#coercion-at-destination" in places(searcher, "passp", typing=True)


def test_stemming_matches_other_forms_of_a_word(searcher: Searcher) -> None:
    assert "labour-list#coercion-at-destination" in places(searcher, "confiscating")


def test_phrases_and_operators(searcher: Searcher) -> None:
    assert places(searcher, '"debt bondage"') == ["labour-list#coercion-at-destination"]
    assert places(searcher, '"passport bondage"') == []
    assert places(searcher, '"debt bondage" passport')[0] == "labour-list#coercion-at-destination"
    both = places(searcher, "berry OR consent")
    assert {"work-abroad#seasonal-work", "first-steps#consent"} <= set(both)
    assert "labour-list#coercion-at-destination" not in places(searcher, "passport NOT debt")
    assert "labour-list#coercion-at-destination" not in places(searcher, "passport -debt")


def test_filters_by_kind_and_country(searcher: Searcher) -> None:
    assert {p.split("#")[0] for p in places(searcher, "referral", kind="country")} == {
        "finland",
        "sweden",
    }
    assert {p.split("#")[0] for p in places(searcher, "referral", country="SE")} == {"sweden"}
    assert places(searcher, "debt", kind="guide") == []


def test_a_snippet_shows_the_text_as_plain_text_around_the_marked_words() -> None:
    """Everything but the marks is escaped, the text between marked words kept as written,
    and a window cut from a longer text says so at either end."""
    text = 'A "fee" & <b>debt</b> — debt, Debts & more: Debt'
    assert snippet(text, {"debt"}, set(), lambda w: w.rstrip("s")) == (
        "A &quot;fee&quot; &amp; &lt;b&gt;<b>debt</b>&lt;/b&gt; — <b>debt</b>, "
        "<b>Debts</b> &amp; more: <b>Debt</b>"
    )
    long = " ".join(f"w{n}" for n in range(60)).replace("w30", "x<y") + " & end"
    assert snippet(long, set(), {"y"}, str) == (
        "… w25 w26 w27 w28 w29 x&lt;<b>y</b> w31 w32 w33 w34 w35 w36 w37 w38 w39 w40 w41 "
        "w42 w43 w44 w45 w46 w47 w48 w49 w50 w51 …"
    )
    assert snippet("no marks here & there", set(), set(), str) == "no marks here &amp; there"


def test_snippets_highlight_the_matched_words(searcher: Searcher) -> None:
    hit = searcher.search(Query("debt bondage")).hits[0]
    assert "<b>Debt</b> <b>bondage</b>" in hit.snippet
    assert hit.title == "Coercion at destination"
    assert hit.doc_title == "Adults – labour exploitation"


def test_a_misspelt_query_is_corrected_and_says_so(searcher: Searcher) -> None:
    results = searcher.search(Query("bondagxyz"))
    assert results.suggestion == "bondage"
    assert results.hits[0].anchor == "coercion-at-destination"


def test_gibberish_answers_with_nothing_and_no_suggestion(searcher: Searcher) -> None:
    results = searcher.search(Query("qxzvw"))
    assert (results.hits, results.suggestion) == ((), "")


def test_contacts_and_guide_steps_are_their_own_hits(searcher: Searcher) -> None:
    assert places(searcher, "+358 2954 63177")[0] == "finland#national-assistance-system"
    assert places(searcher, "immediate danger")[0] == "first-steps#safety"


def test_malformed_queries_answer_without_error(searcher: Searcher) -> None:
    for text in ('"', "NOT", "OR OR", "-", '""', "((", "***", "   ", "ä", "AND NOT OR"):
        results = searcher.search(Query(text, typing=True))
        assert isinstance(results.hits, tuple)


def test_a_missing_index_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SearchError, match="cannot open the search index"):
        Searcher(tmp_path / "nowhere")


def test_cli_search_json_gives_hits_with_snippets_and_anchors(
    sample_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "search",
                "debt bondage",
                "--bundle",
                str(sample_bundle),
                "--allow-unsigned",
                "--json",
                "--limit",
                "2",
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert len(out["hits"]) == 2
    first = out["hits"][0]
    assert (first["doc_id"], first["anchor"], first["kind"]) == (
        "labour-list", "coercion-at-destination", "checklist",
    )  # fmt: skip
    assert "<b>" in first["snippet"]


def test_a_misspelt_last_word_is_corrected_even_while_typing(searcher: Searcher) -> None:
    results = searcher.search(Query("debt pssport", typing=True))
    assert results.suggestion == "debt passport"
    assert results.hits[0].anchor == "coercion-at-destination"
    assert searcher.search(Query("debt passp", typing=True)).suggestion == ""


def test_highlight_terms_include_completions_and_corrections(searcher: Searcher) -> None:
    terms = searcher.search(Query("confiscatd passp", typing=True)).hits[0].terms
    assert {"confiscated", "passport"} <= set(terms)


def test_a_damaged_index_is_a_clear_error_not_a_crash(sample_bundle: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "index"
    shutil.copytree(sample_bundle / "index", copy)
    for segment in copy.glob("*.seg"):
        segment.write_bytes(b"\0" * segment.stat().st_size)
    with pytest.raises(SearchError, match="is damaged"):
        Searcher(copy)


def test_a_searcher_that_remembers_and_forgets_sections_answers_as_a_fresh_one(
    handbook_bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sections' stored fields and words are remembered (the last few here) between
    queries: every answer, snippets included, is what a fresh searcher gives."""
    from handbook_app.search import searcher as module

    monkeypatch.setattr(module, "CACHE_SECTIONS", 30)
    texts = ["passport taken", "debt bondage", "pass", "passport", "child alone", "debt"]
    queries = [Query(t, limit=10, typing=t == "pass") for t in texts]
    fresh = []
    for query in queries:
        engine = Searcher(handbook_bundle / "index")
        fresh.append(engine.search(query).hits)
        engine.close()
    engine = Searcher(handbook_bundle / "index")
    try:
        for _round in range(2):
            assert [engine.search(query).hits for query in queries] == fresh
        for query, hits in zip(queries, fresh, strict=True):  # a keystroke that changes little
            assert engine.search(query).hits == engine.search(query).hits == hits
        assert len(engine._sections) == len(engine._bodies) == 30
    finally:
        engine.close()
