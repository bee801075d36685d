"""How each language's text becomes index terms: case and accent folding, stop words, a stemmer.

Every language is folded *before* it is stemmed and before stop words are
dropped: "Straße" and "strasse", "Menschenhändel" and "menschenhandel",
"paszportu" and "paszportu" typed without its diacritics all become the same
term, whether the officer typed the accents or not. The stemmers are Snowball's
(the ``snowballstemmer`` package, the Snowball project's own Python output); a
language without one is folded only, and the search's prefix and typo matching
do the rest. English keeps Whoosh's Porter stemmer and stop list, with folding
added. ``docs/search.md`` lists which language gets which.

The analysers are pickled into the index's schema, so the filters here keep only
their language's name in the pickle (the search index's allow-list unpickler,
``storage.py``, builds them again from that). Any change to how a language is
analysed must raise ``VERSION``: it is part of the build cache's key (with the
Snowball package's version and the builder's own source), so a cached index built
with another analysis is never updated in place: the next build indexes afresh.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import snowballstemmer
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.lang.stopwords import stoplists

from handbook_app.search.engine import BASE

if TYPE_CHECKING:
    from collections.abc import Iterator

    from whoosh.analysis import Analyzer, Token

VERSION = "2"
"""The analysis version: part of the build cache's key (``builder/cache.py``)."""
LATIN = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC = "абвгдежзиклмнопрстуфхцчшщьюяіїєґёыэъ"

_FOLDED = str.maketrans({
    "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
    "ı": "i", "ħ": "h",
})  # fmt: skip
"""Letters Unicode does not decompose into a base letter and a mark."""
_KEEP_MARKS = frozenset("йЙїЇ")
"""Cyrillic letters whose mark makes another letter; folded by ``_CYRILLIC``."""
_CYRILLIC = str.maketrans({"й": "и", "ї": "і", "ё": "е", "ґ": "г"})

POLISH_STOPS = """a aby ale bo by być co czy dla do gdy i ich jak jako jej jest jego jeśli już
    lub ma mu na nie nim o od oraz po pod przez przy się są ta tak te tego ten to tu w we
    więc z za ze że żeby"""
"""Whoosh has no Polish stop list: the commonest function words, kept short."""


@dataclass(frozen=True)
class Analysis:
    """How one language is analysed."""

    lang: str
    stemmer: str
    """Snowball algorithm name ("" for none; English uses Whoosh's Porter stemmer)."""
    stops: frozenset[str]
    alphabet: str
    """Letters the typo search may put into a word (after folding)."""


def fold(text: str) -> str:
    """``text`` lower-cased, without accents: "Straße" → "strasse", "Łódź" → "lodz"."""
    lowered = text.lower().translate(_FOLDED)
    if lowered.isascii():
        return lowered
    kept = []
    for char in lowered:
        if char in _KEEP_MARKS or char.isascii():
            kept.append(char)
            continue
        base = unicodedata.normalize("NFD", char)
        kept.append("".join(c for c in base if not unicodedata.combining(c)) or char)
    return "".join(kept).translate(_CYRILLIC)


def _stops(lang: str, extra: str = "") -> frozenset[str]:
    words = set(stoplists.get(lang, ())) | set(extra.split())
    return frozenset(fold(w) for w in words)


ANALYSES: dict[str, Analysis] = {
    a.lang: a
    for a in (
        Analysis("en", "", frozenset(), LATIN),  # Whoosh's StemmingAnalyzer, folded (below)
        Analysis("da", "danish", _stops("da"), LATIN),
        Analysis("de", "german", _stops("de"), LATIN),
        Analysis("et", "estonian", frozenset(), LATIN),
        Analysis("fi", "finnish", _stops("fi"), LATIN),
        Analysis("is", "", frozenset(), LATIN),
        Analysis("lt", "lithuanian", frozenset(), LATIN),
        Analysis("lv", "", frozenset(), LATIN),
        Analysis("nb", "norwegian", _stops("no"), LATIN),
        Analysis("pl", "polish", _stops("pl", POLISH_STOPS), LATIN),
        Analysis("ru", "russian", _stops("ru"), CYRILLIC),
        Analysis("sv", "swedish", _stops("sv"), LATIN),
        Analysis("uk", "", frozenset(), CYRILLIC),
    )
}
"""Every language a handbook may list (``content/languages.py``), and English."""


def field(name: str, lang: str) -> str:
    """The index field ``name`` of ``lang``'s sections: "body" in English (no suffix,
    as in an English-only index), "body_de" in German."""
    return name if lang == BASE else f"{name}_{lang}"


class Fold(Filter):  # type: ignore[misc]
    """Lower-cases and folds each token (``fold``)."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = fold(token.text)
            yield token


class Stem(Filter):  # type: ignore[misc]
    """Stems each token with one Snowball algorithm; only its name is pickled."""

    def __init__(self, algorithm: str) -> None:
        self.algorithm = algorithm
        self._stemmer: Any = None

    def __getstate__(self) -> dict[str, str]:
        return {"algorithm": self.algorithm}

    def __setstate__(self, state: dict[str, str]) -> None:
        algorithm = state.get("algorithm")
        if not isinstance(algorithm, str) or algorithm not in snowballstemmer.algorithms():
            raise ValueError(f"no Snowball stemmer {algorithm!r}")
        self.algorithm = algorithm
        self._stemmer = None

    def __eq__(self, other: object) -> bool:
        return type(other) is Stem and other.algorithm == self.algorithm

    def __hash__(self) -> int:
        return hash(self.algorithm)

    def stem(self, word: str) -> str:
        if self._stemmer is None:
            self._stemmer = snowballstemmer.stemmer(self.algorithm)
        return str(self._stemmer.stemWord(word))

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            if not token.stopped:
                token.text = self.stem(token.text)
            yield token


def stemmed(lang: str) -> Analyzer:
    """The analyser of ``lang``'s text fields: words folded, stop words out, stemmed."""
    analysis = ANALYSES[lang]
    if lang == BASE:  # Whoosh's StemmingAnalyzer, folded first
        return RegexTokenizer() | LowercaseFilter() | Fold() | StopFilter() | StemFilter()
    chain = RegexTokenizer() | LowercaseFilter() | Fold() | StopFilter(analysis.stops)
    return chain | Stem(analysis.stemmer) if analysis.stemmer else chain


def plain(lang: str) -> Analyzer:
    """The analyser of ``lang``'s unstemmed field (spelling, prefixes): folded, stop words out."""
    stops = ANALYSES[lang].stops
    if lang == BASE:  # Whoosh's StandardAnalyzer, folded first
        return RegexTokenizer() | LowercaseFilter() | Fold() | StopFilter()
    return RegexTokenizer() | LowercaseFilter() | Fold() | StopFilter(stops)
