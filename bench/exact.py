"""Exactness: the production top k against Whoosh's exhaustive scoring, ties allowed to swap.

``tests/test_exact.py`` fails on any difference; ``make bench`` reports how many
bench queries differ at 1x and 100x beside the speed figures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from handbook_app.search.engine import Query

if TYPE_CHECKING:
    from handbook_app.search.searcher import Searcher

TOLERANCE = 1e-4
"""Hit scores are rounded to four places; sums taken in another order differ far less."""


def difference(searcher: Searcher, query: Query) -> str:
    """What the production top ``query.limit`` gets wrong against the reference ("" if nothing).

    Sections whose reference scores tie (within ``TOLERANCE``) may come in any
    order among themselves, and a tie straddling the cut may show any of its members.
    """
    hits = searcher.search(query).hits
    reference = searcher.reference(query)
    wanted = reference[: query.limit]
    if len(hits) != len(wanted):
        return f"{len(hits)} hits, the reference has {len(wanted)}"
    for rank, (hit, (key, score)) in enumerate(zip(hits, wanted, strict=True), 1):
        got = hit.key
        if abs(hit.score - score) > TOLERANCE * max(1.0, score):
            return f"rank {rank}: {got} scores {hit.score}, the reference has {key} at {score:.4f}"
        tied = {k for k, s in reference if abs(s - score) <= TOLERANCE * max(1.0, score)}
        if got != key and got not in tied:
            return f"rank {rank}: {got}, the reference has {key} ({score:.4f})"
    if len({(h.doc_id, h.anchor) for h in hits}) != len(hits):
        return "a section is listed twice"
    return ""


def wrong(searcher: Searcher, queries: list[tuple[str, bool]], limit: int = 30) -> dict[str, str]:
    """The bench queries whose top ``limit`` differs from the reference, with what differs."""
    return {
        text: found
        for text, typing in queries
        if (found := difference(searcher, Query(text, limit=limit, typing=typing)))
    }
