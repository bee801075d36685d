"""The search interface callers use; the engine behind it (Whoosh today) can change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Entry:
    """One searchable section: a heading section, checklist dimension, guide step or contact."""

    doc_id: str
    anchor: str
    kind: str
    lang: str
    country: str
    doc_title: str
    title: str
    body: str
    keywords: str = ""
    level: int = 2
    context: str = ""
    """Words that hold for every section of the document (a country's names), indexed
    with the document's title."""


BASE = "en"
"""The handbook's own language, which every translation falls back to."""
ALL = "*"
"""``Query.lang`` for a search in every language of the index at once."""


@dataclass(frozen=True)
class Query:
    """What the user typed, with optional filters.

    ``lang`` is the language searched, each with its own analysis ("" for English;
    ``ALL`` for every language); with ``fallback``, a search in another language is
    followed by English hits, of sections not already found in that language.
    ``typing`` means the last word may be unfinished, so it also matches as a prefix.
    """

    text: str
    kind: str = ""
    country: str = ""
    lang: str = ""
    limit: int = 10
    typing: bool = False
    fallback: bool = True


@dataclass(frozen=True)
class Hit:
    doc_id: str
    anchor: str
    kind: str
    country: str
    doc_title: str
    title: str
    snippet: str
    score: float
    terms: tuple[str, ...] = ()
    lang: str = BASE

    @property
    def key(self) -> str:
        """``doc#anchor``, with the language in front if it is not English (``de:doc#anchor``)."""
        return key(self.lang, self.doc_id, self.anchor)


def key(lang: str, doc_id: str, anchor: str) -> str:
    """A section's name in one language: ``doc#anchor``, or ``de:doc#anchor``."""
    return f"{doc_id}#{anchor}" if lang == BASE else f"{lang}:{doc_id}#{anchor}"


@dataclass(frozen=True)
class Results:
    """The best hits; ``total`` counts the sections ranked for them (with a fallback to
    English, those of both languages)."""

    query: Query
    hits: tuple[Hit, ...]
    total: int
    suggestion: str = ""


class Engine(Protocol):
    """Anything that answers queries over a built index."""

    def search(self, query: Query) -> Results: ...

    def close(self) -> None: ...
