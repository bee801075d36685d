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


@dataclass(frozen=True)
class Query:
    """What the user typed, with optional filters.

    ``typing`` means the last word may be unfinished, so it also matches as a prefix.
    """

    text: str
    kind: str = ""
    country: str = ""
    lang: str = ""
    limit: int = 10
    typing: bool = False


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


@dataclass(frozen=True)
class Results:
    """The best hits; ``total`` counts the sections ranked for them (at most 3 × limit)."""

    query: Query
    hits: tuple[Hit, ...]
    total: int
    suggestion: str = ""


class Engine(Protocol):
    """Anything that answers queries over a built index."""

    def search(self, query: Query) -> Results: ...

    def close(self) -> None: ...
