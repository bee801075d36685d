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
