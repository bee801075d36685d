"""Search per language: its own analysis, diacritics typed or not, the English fallback."""

from __future__ import annotations

import pickle
import shutil
from typing import TYPE_CHECKING

import pytest

from handbook_app.builder import cache
from handbook_app.content.languages import KNOWN
from handbook_app.search import analysis, index, storage
from handbook_app.search.engine import ALL, Entry, Query
from handbook_app.search.searcher import Searcher

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


def entry(lang: str, doc: str, anchor: str, title: str, body: str) -> Entry:
    return Entry(doc, anchor, "chapter", lang, "", doc.title(), title, body)


ENTRIES = [
    entry("en", "streets", "crossing", "Crossing the street", "Cross the road at the lights."),
    entry("en", "papers", "kept", "Passport kept", "The employer kept her passport."),
    entry("en", "helpline", "", "Helpline", "Call the national helpline at night."),
    entry("de", "streets", "crossing", "Die Straße überqueren", "An der Ampel über die Straße."),
    entry("de", "papers", "kept", "Pass abgenommen", "Der Arbeitgeber hat den Pass."),
    entry("de", "trafficking", "", "Menschenhandel", "Menschenhandel ist eine Straftat."),
    entry("lv", "women", "", "Sieviete", "Sieviete, kurai vajadzīga palīdzība."),
    entry("pl", "papers", "kept", "Zabrany paszport", "Pracodawca zabrał jej paszport."),
    entry("pl", "victim", "", "Ofiara", "Ofiary handlu ludźmi mają prawo do pomocy."),
]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Searcher]:
    path = tmp_path_factory.mktemp("languages") / "index"
    index.write(path, ENTRIES, ("en", "de", "lv", "pl"))
    engine = Searcher(path)
    yield engine
    engine.close()


def keys(searcher: Searcher, text: str, lang: str, **options: object) -> list[str]:
    return [h.key for h in searcher.search(Query(text, lang=lang, **options)).hits]  # type: ignore[arg-type]


def test_every_language_a_handbook_may_list_has_an_analysis() -> None:
    assert set(KNOWN) <= set(analysis.ANALYSES)


@pytest.mark.parametrize(
    ("typed", "folded"),
    [("Straße", "strasse"), ("Menschenhändel", "menschenhandel"), ("sievietē", "sieviete"),
     ("Łódź", "lodz"), ("Gæld", "gaeld"), ("Øre", "ore"), ("Їжак", "іжак")],
)  # fmt: skip
def test_folding_drops_case_and_accents(typed: str, folded: str) -> None:
    assert analysis.fold(typed) == folded


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("strasse", "de", "de:streets#crossing"),
        ("Straße", "de", "de:streets#crossing"),
        ("menschenhandel", "de", "de:trafficking#"),
        ("Menschenhändel", "de", "de:trafficking#"),
        ("sieviete", "lv", "lv:women#"),
        ("sievietē", "lv", "lv:women#"),
        ("ofiara", "pl", "pl:victim#"),
        ("ofiary", "pl", "pl:victim#"),
        ("paszportu", "pl", "pl:papers#kept"),
        ("zabral", "pl", "pl:papers#kept"),
    ],
)
def test_diacritics_may_be_typed_or_left_out(
    searcher: Searcher, text: str, lang: str, wanted: str
) -> None:
    assert keys(searcher, text, lang, fallback=False)[:1] == [wanted]


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [("siev", "lv", "lv:women#"), ("menschenh", "de", "de:trafficking#"),
     ("paszp", "pl", "pl:papers#kept")],
)  # fmt: skip
def test_a_half_typed_word_matches_in_every_language(
    searcher: Searcher, text: str, lang: str, wanted: str
) -> None:
    assert keys(searcher, text, lang, typing=True, fallback=False)[:1] == [wanted]


@pytest.mark.parametrize(
    ("text", "lang", "meant"),
    [("menschenhandl", "de", "menschenhandel"), ("sievite", "lv", "sieviete"),
     ("paszprot", "pl", "paszport")],
)  # fmt: skip
def test_a_typo_is_forgiven_in_every_language(
    searcher: Searcher, text: str, lang: str, meant: str
) -> None:
    results = searcher.search(Query(text, lang=lang, fallback=False))
    assert results.hits
    assert results.suggestion == meant


def test_a_search_in_german_shows_german_hits_then_english_ones_once(searcher: Searcher) -> None:
    found = keys(searcher, "pass helpline", "de")
    assert found == ["de:papers#kept", "helpline#"]  # the English "papers#kept" is the same section


def test_without_the_fallback_only_the_language_chosen_is_searched(searcher: Searcher) -> None:
    assert keys(searcher, "helpline", "de", fallback=False) == []
    assert keys(searcher, "helpline", "en") == ["helpline#"]


def test_all_languages_finds_each_section_once_in_whichever_language_matched(
    searcher: Searcher,
) -> None:
    found = keys(searcher, "pass passport paszport", ALL, limit=10)
    assert [k.split(":")[-1] for k in found] == ["papers#kept"]


def test_a_language_the_index_lacks_is_searched_in_english(searcher: Searcher) -> None:
    assert keys(searcher, "helpline", "fi") == ["helpline#"]


def test_english_sections_do_not_change_a_german_score(tmp_path: Path) -> None:
    """Each language's idf and field lengths count only its own sections."""
    german = [e for e in ENTRIES if e.lang == "de"]
    english = [entry("en", f"extra{i}", "", "Other", "Other words " * i) for i in range(40)]
    scores = []
    for name, entries in (("alone", german), ("mixed", [*german, *english])):
        index.write(tmp_path / name, entries, ("en", "de"))
        engine = Searcher(tmp_path / name)
        scores.append([(h.key, h.score) for h in engine.search(Query("pass", lang="de")).hits])
        engine.close()
    assert scores[0]
    assert scores[0] == scores[1]


def test_the_index_keeps_only_a_stemmer_name_and_refuses_an_unknown_one() -> None:
    data = pickle.dumps(analysis.stemmed("pl"))
    rebuilt = storage.loads(data)
    assert [t.text for t in rebuilt("Ofiary paszportu")] == ["ofiar", "paszport"]
    with pytest.raises(ValueError, match="no Snowball stemmer"):
        storage.loads(pickle.dumps(analysis.Stem("german")).replace(b"german", b"klingo"))


def test_another_analysis_version_starts_the_build_cache_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = cache.code_salt()
    monkeypatch.setattr(analysis, "VERSION", analysis.VERSION + "x")
    assert cache.code_salt() != before


def test_a_rebuilt_index_still_searches_the_translations(
    handbook_bundle: Path, tmp_path: Path
) -> None:
    """A damaged index is rebuilt from the bundle's documents (``trust/recover.py``), all
    languages: a German search still finds the German sections."""
    from handbook_app.trust.recover import rebuild_index

    copy = tmp_path / "bundle"
    shutil.copytree(handbook_bundle, copy)
    shutil.rmtree(copy / "index")
    engine = Searcher(rebuild_index(copy) / "index")
    try:
        found = [h.key for h in engine.search(Query("Pass abgenommen", lang="de")).hits]
    finally:
        engine.close()
    assert found[0].startswith("de:quick-screen#"), found
