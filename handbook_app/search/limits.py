"""How much one query may ask: checked where a query enters search, before any work.

Whoosh's cost grows with every word (each is looked up, corrected and
expanded) and every operator (nested Or/And trees); without limits a pasted
page or ``OR`` × 300 freezes the search or ends in a RecursionError. An
officer's query is a few words, so the limits are far above real use and the
message says what to shorten.
"""

from __future__ import annotations

from handbook_app.errors import QueryError

MAX_CHARS = 120
MAX_WORDS = 10
MAX_WORD_CHARS = 32
MAX_OPERATORS = 6
OPERATORS = ("OR", "AND", "NOT", "||", "&&")


def check(text: str) -> None:
    """Return quietly when ``text`` is within the limits; QueryError says which one it is not."""
    if len(text) > MAX_CHARS:
        raise QueryError(
            f"the search is too long ({len(text)} characters; at most {MAX_CHARS}): "
            "use a few key words"
        )
    tokens = text.split()
    operators = sum(1 for t in tokens if t in OPERATORS or (t.startswith("-") and len(t) > 1))
    if operators > MAX_OPERATORS:
        raise QueryError(
            f"the search has too many operators ({operators} of OR, AND, NOT and -word; "
            f"at most {MAX_OPERATORS})"
        )
    words = [t for t in tokens if t not in OPERATORS]
    if len(words) > MAX_WORDS:
        raise QueryError(
            f"the search has too many words ({len(words)}; at most {MAX_WORDS}): "
            "use a few key words"
        )
    longest = max((w.strip("\"'-") for w in words), key=len, default="")
    if len(longest) > MAX_WORD_CHARS:
        raise QueryError(
            f"a word in the search is too long ({len(longest)} characters; "
            f"at most {MAX_WORD_CHARS})"
        )
    if words and all(w.startswith("-") and len(w) > 1 for w in words):
        raise QueryError(
            f"the search only leaves words out ({' '.join(words)}): add a word to look for, "
            "or drop the '-' to look for the word itself"
        )
