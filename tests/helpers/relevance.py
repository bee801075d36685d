"""What the relevance tests of every language ask of a search: the sections it lists first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from handbook_app.search.engine import Query

if TYPE_CHECKING:
    from handbook_app.search.searcher import Searcher


def top(
    searcher: Searcher, text: str, lang: str, limit: int = 3, typing: bool = False
) -> list[str]:
    """The keys (``de:doc#anchor``; English ones bare) of the first ``limit`` hits."""
    return [h.key for h in searcher.search(Query(text, lang=lang, limit=limit, typing=typing)).hits]


def docs(keys: list[str]) -> list[str]:
    """The documents of hit keys, as ``lang:doc`` (English bare)."""
    return [key.split("#", 1)[0] for key in keys]


def first_is(searcher: Searcher, text: str, lang: str, places: set[str]) -> None:
    """The first hit of ``text`` is one of ``places`` (the sections an officer meant)."""
    found = top(searcher, text, lang, limit=5)
    assert found, f"{text!r} found nothing"
    assert found[0] in places, f"{text!r} gave {found}"


def in_top_three(searcher: Searcher, text: str, lang: str, doc: str) -> None:
    """``doc`` is among the documents of the first three hits of ``text``."""
    found = docs(top(searcher, text, lang, limit=3))
    assert doc in found, f"{text!r} gave {found}"
