"""German officer queries against the real handbook, searched in German.

Each expectation is the section an officer at the counter would want to open,
typed as an officer types: lower case, a word left out, a typo, an umlaut left
out. The German sections come first; what the German translation does not hold
comes from the English handbook (the fallback). When one fails, fix the
analysis, the ranking or the translation's keywords, not the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from helpers.relevance import first_is, in_top_three, top

from handbook_app.search.engine import Query

if TYPE_CHECKING:
    from handbook_app.search.searcher import Searcher

LANG = "de"

FIRST = [
    # indicators, in everyday words
    # the editors' keyword "Pass abgenommen" is the quick screen's own: its top is right too
    ("Pass abgenommen", {"de:quick-screen#what-you-hear", "de:quick-screen#"}),
    ("arbeitgeber hat ihren pass", {"de:quick-screen#what-you-hear"}),
    ("muss Schulden abarbeiten", {"de:quick-screen#what-you-hear", "de:glossary#debt-bondage"}),
    ("Schuldknechtschaft", {"de:glossary#debt-bondage"}),
    ("bekommt keinen Lohn", {"de:quick-screen#what-you-hear"}),
    ("verletzungen sichtbar", {"de:quick-screen#what-you-see"}),
    ("verangstigt", {"de:quick-screen#what-you-see"}),  # "verängstigt", umlaut left out
    # children
    ("kind allein", {"de:guide-refer-child#unaccompanied"}),
    (
        "Kindeswohl",
        {"de:glossary#best-interests-of-the-child", "de:guide-refer-child#best-interests"},
    ),
    # first contact and referral
    ("dolmetcher", {"de:guide-first-contact#interpreter"}),  # typo for "Dolmetscher"
    ("Einwilligung", {"de:guide-first-contact#consent", "de:glossary#consent"}),
    ("schlafplatz heute nacht", {"de:guide-refer-adult#tonight", "de:guide-refer-adult#shelter"}),
    ("Bedenkzeit", {"de:guide-refer-adult#reflection", "de:glossary#reflection-period"}),
    (
        "will nicht zur polizei",
        {"de:guide-refer-adult#cooperation", "de:guide-refer-adult#cooperation-no"},
    ),
    (
        "Ruckkehr nach Hause",  # "Rückkehr": any of the return steps
        {
            "de:guide-refer-adult#return-wish",
            "de:guide-refer-adult#return",
            "de:guide-refer-child#return",
            "de:guide-first-contact#wants-return",
        },
    ),
    ("dringende bedurfnisse", {"de:guide-refer-adult#urgent-needs"}),
    ("Zwangsarbeit", {"de:glossary#forced-labour"}),
    ("loverboy", {"de:glossary#lover-boy-method"}),
]


# The document meant, in the top three (the query leaves open which of its sections).
IN_TOP_THREE = [
    ("vormund fur ein kind", "de:guide-refer-child"),
    ("menschenhandl", "de:glossary"),  # typo
    ("Schnellprüfung", "de:quick-screen"),
    ("erwachsene weitervermitteln", "de:guide-refer-adult"),
]


def test_there_are_at_least_twelve_queries() -> None:
    assert len(FIRST) + len(IN_TOP_THREE) >= 12


@pytest.mark.parametrize(("text", "doc"), IN_TOP_THREE)
def test_the_document_meant_is_in_the_top_three(
    handbook_searcher: Searcher, text: str, doc: str
) -> None:
    in_top_three(handbook_searcher, text, LANG, doc)


@pytest.mark.parametrize(("text", "places"), FIRST)
def test_the_section_meant_comes_first(
    handbook_searcher: Searcher, text: str, places: set[str]
) -> None:
    first_is(handbook_searcher, text, LANG, places)


def test_a_word_typed_with_or_without_its_umlaut_finds_the_same(
    handbook_searcher: Searcher,
) -> None:
    with_umlaut = top(handbook_searcher, "Rückkehr", LANG, limit=10)
    without = top(handbook_searcher, "ruckkehr", LANG, limit=10)
    assert with_umlaut, "nothing found"
    assert with_umlaut == without


def test_a_half_typed_word_already_finds_the_quick_screen(handbook_searcher: Searcher) -> None:
    found = top(handbook_searcher, "schnellpr", LANG, limit=3, typing=True)
    assert found, "nothing found"
    assert found[0].startswith("de:quick-screen#"), found


def test_what_the_translation_lacks_comes_from_the_english_handbook(
    handbook_searcher: Searcher,
) -> None:
    found = top(handbook_searcher, "Finnish helpline", LANG, limit=3)
    assert found, "nothing found"
    assert found[0].startswith("finland#"), found


def test_an_english_word_is_not_corrected_into_a_german_one(handbook_searcher: Searcher) -> None:
    results = handbook_searcher.search(Query("passport", lang=LANG, limit=5))
    assert results.suggestion == ""
    assert results.hits, "nothing found"
    assert all(h.lang == "en" for h in results.hits), [h.key for h in results.hits]
