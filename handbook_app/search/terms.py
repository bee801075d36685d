"""The term dictionary as the query parser's ``Lexicon`` asks it, answered fast.

Whoosh's reader answers each question with several small reads: a word's section
count is a hash look-up, a prefix's words are read record by record, and the
words within a few edits are found by walking an automaton through the
dictionary (a binary search per step). Here a count comes from the dictionary
entry scoring reads too (``postings.Postings``), a prefix's words and counts are
read in large chunks, and the words within a few edits are compared in memory
with the first letters' words, read once. The answers are Whoosh's, in its order
(``tests/test_terms.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from whoosh.support.levenshtein import levenshtein

if TYPE_CHECKING:
    from collections.abc import Iterator

    from handbook_app.search.postings import Postings

CACHE_WORDS = 200_000
"""How many words' counts are remembered before they are all forgotten."""


class Terms:
    """The term dictionary of an opened index (read-only while open: answers never go stale)."""

    def __init__(self, postings: Postings) -> None:
        self._postings = postings
        self._schema = postings.searcher.schema
        self._counts: dict[tuple[str, str], int] = {}
        self._listed: dict[tuple[str, str], tuple[str, ...]] = {}

    def doc_frequency(self, fieldname: str, text: str) -> int:
        """In how many sections the word appears (0: none, or no such field)."""
        key = (fieldname, text)
        found = self._counts.get(key)
        if found is None:
            if fieldname not in self._schema:
                return 0
            found = self._postings.doc_frequency(fieldname, self._schema[fieldname].to_bytes(text))
            self._remember(key, found)
        return found

    def expand_prefix(self, fieldname: str, prefix: str) -> Iterator[bytes]:
        """The field's words starting with ``prefix``, in the index's order, read as asked."""
        if fieldname not in self._schema:
            return
        for text, count in self._postings.prefixed(fieldname, prefix.encode("utf-8")):
            self._remember((fieldname, text.decode("utf-8")), count)
            yield text

    def terms_within(self, fieldname: str, text: str, maxdist: int, prefix: int = 0) -> list[str]:
        """The words at most ``maxdist`` edits from ``text`` that start with its first
        ``prefix`` letters, in the index's order: what Whoosh's ``terms_within`` gives
        (its automaton keeps the prefix and counts insertions, deletions and changes,
        not swaps, in the rest)."""
        head = text[:prefix]
        key = (fieldname, head)
        words = self._listed.get(key)
        if words is None:
            words = self._listed[key] = tuple(
                w.decode("utf-8") for w in self.expand_prefix(fieldname, head)
            )
        rest = text[prefix:]
        shortest, longest = len(text) - maxdist, len(text) + maxdist
        return [
            w
            for w in words
            if shortest <= len(w) <= longest and levenshtein(w[prefix:], rest, maxdist) <= maxdist
        ]

    def _remember(self, key: tuple[str, str], count: int) -> None:
        if len(self._counts) >= CACHE_WORDS:
            self._counts.clear()
        self._counts[key] = count
