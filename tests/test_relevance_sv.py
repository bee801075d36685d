"""Swedish officer queries against the real handbook, searched in Swedish (Snowball's
Swedish stemmer after folding): inflected as in a sentence, a typo, å/ä/ö left out."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from helpers.relevance import first_is

if TYPE_CHECKING:
    from handbook_app.search.searcher import Searcher

LANG = "sv"

FIRST = [
    ("passet taget", {"sv:quick-screen#what-you-hear", "sv:quick-screen#"}),
    ("någon annan har hennes pass", {"sv:quick-screen#what-you-hear"}),
    ("skulden maste arbetas av", {"sv:quick-screen#what-you-hear"}),  # "måste"
    ("ingen lön", {"sv:quick-screen#what-you-hear"}),
    ("mycket radd", {"sv:quick-screen#what-you-see"}),  # "rädd"
    # the step "Vem är barnet med?" offers "ensamt" as its first answer: right too
    ("barnet ensamt", {"sv:guide-refer-child#unaccompanied", "sv:guide-refer-child#accompanied"}),
    ("säker tolk", {"sv:guide-first-contact#interpreter"}),
    ("tolkk", {"sv:guide-first-contact#interpreter"}),  # typo
    ("sova i natt", {"sv:guide-refer-adult#tonight", "sv:guide-refer-adult#shelter"}),
    ("betanketid", {"sv:guide-refer-adult#reflection", "sv:glossary#reflection-period"}),
    ("gå till polisen", {"sv:guide-refer-adult#cooperation"}),
    ("akuta behov", {"sv:guide-refer-adult#urgent-needs"}),
]


def test_there_are_at_least_twelve_queries() -> None:
    assert len(FIRST) >= 12


@pytest.mark.parametrize(("text", "places"), FIRST)
def test_the_section_meant_comes_first(
    handbook_searcher: Searcher, text: str, places: set[str]
) -> None:
    first_is(handbook_searcher, text, LANG, places)
