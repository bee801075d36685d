"""Polish officer queries against the real handbook, searched in Polish.

Typed as an officer types: lower case, inflected as in a sentence ("paszportu",
"ofiary"), with a typo, with the diacritics left out ("dlug" for "dług"). Polish
is stemmed by Snowball's Polish stemmer after folding (``analysis.py``). When one
fails, fix the analysis, the ranking or the translation's keywords, not the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from helpers.relevance import first_is, in_top_three, top

if TYPE_CHECKING:
    from handbook_app.search.searcher import Searcher

LANG = "pl"

FIRST = [
    # indicators, in everyday words
    ("zabrany paszport", {"pl:quick-screen#what-you-hear", "pl:quick-screen#"}),
    ("ktoś trzyma jej paszport", {"pl:quick-screen#what-you-hear"}),
    ("nie ma paszportu", {"pl:quick-screen#what-you-hear"}),
    ("musi odpracowac dlug", {"pl:quick-screen#what-you-hear"}),  # "odpracować dług"
    ("niewola za dlugi", {"pl:glossary#debt-bondage"}),
    ("nic nie dostaje za prace", {"pl:quick-screen#what-you-hear"}),
    ("bardzo przestraszona", {"pl:quick-screen#what-you-see"}),
    # the person, children
    ("domniemana ofiara", {"pl:glossary#presumed-victim"}),
    ("dziecko samo", {"pl:guide-refer-child#unaccompanied"}),
    ("opiekun dla dziecka", {"pl:guide-refer-child#guardian", "pl:glossary#guardian"}),
    # first contact and referral
    ("tlumacz", {"pl:guide-first-contact#interpreter"}),  # "tłumacz"
    ("zgoda na skierowanie", {"pl:guide-refer-adult#consent"}),
    ("gdzie spac tej nocy", {"pl:guide-refer-adult#tonight", "pl:guide-refer-adult#shelter"}),
    (
        "okres na zastanowienie",
        {"pl:guide-refer-adult#reflection", "pl:glossary#reflection-period"},
    ),
    ("pójść na policję", {"pl:guide-refer-adult#cooperation"}),
    ("pilne potrzeby", {"pl:guide-refer-adult#urgent-needs"}),
    ("praca przymusowa", {"pl:glossary#forced-labour"}),
]

# The document meant, in the top three.
IN_TOP_THREE = [
    ("paszprot", "pl:quick-screen"),  # typo
    ("ofiary handlu ludźmi", "pl:glossary"),
    ("skierowanie dziecka", "pl:guide-refer-child"),
    ("pierwszy kontakt", "pl:guide-first-contact"),
]


def test_there_are_at_least_twelve_queries() -> None:
    assert len(FIRST) + len(IN_TOP_THREE) >= 12


@pytest.mark.parametrize(("text", "places"), FIRST)
def test_the_section_meant_comes_first(
    handbook_searcher: Searcher, text: str, places: set[str]
) -> None:
    first_is(handbook_searcher, text, LANG, places)


@pytest.mark.parametrize(("text", "doc"), IN_TOP_THREE)
def test_the_document_meant_is_in_the_top_three(
    handbook_searcher: Searcher, text: str, doc: str
) -> None:
    in_top_three(handbook_searcher, text, LANG, doc)


@pytest.mark.parametrize(
    ("one", "other"), [("ofiara", "ofiary"), ("paszport", "paszportu"), ("dług", "dlug")]
)
def test_two_forms_of_a_word_find_the_same_sections(
    handbook_searcher: Searcher, one: str, other: str
) -> None:
    found = top(handbook_searcher, one, LANG, limit=10)
    assert found, "nothing found"
    assert found == top(handbook_searcher, other, LANG, limit=10)


def test_a_half_typed_word_already_finds_the_quick_screen(handbook_searcher: Searcher) -> None:
    found = top(handbook_searcher, "szybka oce", LANG, limit=3, typing=True)
    assert found, "nothing found"
    assert found[0].startswith("pl:quick-screen#"), found
