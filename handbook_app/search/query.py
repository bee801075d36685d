"""Turning what an officer typed into a Whoosh query: typo-tolerant, prefix while typing.

Words are matched stemmed in the text fields. A word the index does not know
is matched through its near spellings (and its likely correction counts as
typed); the last word, while the officer is still typing, also matches as a
prefix. Every expansion is an explicit list of terms, so the words to
highlight are known without asking Whoosh to expand anything again.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from whoosh import query as q

from handbook_app.search import analysis
from handbook_app.search.engine import BASE
from handbook_app.search.index import BODY_POSITIONS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable


STEMMED_FIELDS = ("title", "headings", "keywords", "body")
"""The stemmed fields, as English names them (``analysis.field`` names another language's)."""
TOKEN = re.compile(r"\"[^\"]*\"?|\S+")
WORD = re.compile(r"\w+", re.UNICODE)
NEAR_BOOST = 0.4
CORRECTED_BOOST = 0.8
PREFIX_BOOST = 0.6
ALL_WORDS_BOOST = 3.0
KEYWORD_PHRASE_BOOST = 4.0
SYNONYM_BOOST = 0.5
MAX_NEAR = 6
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
MIN_PREFIX = 3
"""An unfinished last word this short matches only as typed: "p" would mean every word."""
MAX_COMPLETIONS = 16
PREFIX_SCAN = 400
_COMMON = """i me my you he him his she her hers it its we us our they them their
    do does did done doing have has had having am is are was were be been being
    says said what who whom which how why where there here about some any
    can could would should must might shall very just also so but"""
COMMON = frozenset(_COMMON.split())
"""Everyday English words too common to find anything: they are left out of a query that
has other words, and never highlighted (Whoosh's stop words are already left out). Other
languages have only their stop lists (``analysis.py``)."""


class Vocabulary(Protocol):
    """The term dictionary a ``Lexicon`` asks: a Whoosh reader, or ``postings.Terms``."""

    def doc_frequency(self, fieldname: str, text: str) -> int: ...

    def expand_prefix(self, fieldname: str, prefix: str) -> Iterable[bytes]: ...

    def terms_within(
        self, fieldname: str, text: str, maxdist: int, prefix: int = 0
    ) -> Iterable[str]: ...


class Lexicon:
    """What one language's unstemmed ``exact`` field knows, remembered between queries.

    The index is read-only while it is open, so answers never go stale.
    """

    def __init__(self, reader: Vocabulary, lang: str = BASE) -> None:
        self._reader = reader
        self.field = analysis.field("exact", lang)
        self._stemmed = tuple(analysis.field(f, lang) for f in STEMMED_FIELDS)
        self._alphabet = analysis.ANALYSES[lang].alphabet
        self._known: dict[str, bool] = {}
        self._indexed: dict[str, bool] = {}
        self._near: dict[str, tuple[str, ...]] = {}
        self._completions: dict[str, tuple[str, ...]] = {}
        self._words: dict[str, frozenset[str]] = {}

    def known(self, word: str) -> bool:
        if word not in self._known:
            self._known[word] = int(self._reader.doc_frequency(self.field, word)) > 0
        return self._known[word]

    def indexed(self, stem: str) -> bool:
        """Whether some section holds a word with this stem ("paszport" for "paszportu")."""
        if stem not in self._indexed:
            self._indexed[stem] = any(
                int(self._reader.doc_frequency(name, stem)) > 0 for name in self._stemmed
            )
        return self._indexed[stem]

    def near(self, word: str) -> tuple[str, ...]:
        """Known words one edit away (a letter left out, added, changed, or two swapped;
        the first letter kept), commonest first; with none, the nearest a few edits
        away (two for a word of 5 letters, three from 8).

        One edit is looked up in a set of the known words with that first letter;
        only a word with no near spelling asks Whoosh's (slower) automaton.
        """
        if word not in self._near:
            head = word[:1]
            if head not in self._words:  # every known word with this first letter, once
                terms = self._reader.expand_prefix(self.field, head)
                self._words[head] = frozenset(_text(w) for w in terms)
            words = self._words[head]
            found = [w for w in _edits(word, self._alphabet) if w in words]
            reach = (2 if len(word) >= 8 else 1) + (len(word) >= 5)
            for distance in range(2, reach + 1):
                if found:
                    break
                within = self._reader.terms_within(self.field, word, distance, prefix=1)
                found = [w for w in within if w != word]
            found.sort(key=lambda w: -self._reader.doc_frequency(self.field, w))
            self._near[word] = tuple(found[:MAX_NEAR])
        return self._near[word]

    def spelled(self, word: str) -> str:
        """The word itself when known (or short), else its likeliest correction."""
        if len(word) < 4 or self.known(word):
            return word
        return next(iter(self.near(word)), word)

    def completions(self, prefix: str) -> tuple[str, ...]:
        """The commonest known words starting with ``prefix``."""
        if prefix not in self._completions:
            scan = itertools.islice(self._reader.expand_prefix(self.field, prefix), PREFIX_SCAN)
            words = [_text(w) for w in scan]
            words.sort(key=lambda w: -self._reader.doc_frequency(self.field, w))
            self._completions[prefix] = tuple(words[:MAX_COMPLETIONS])
        return self._completions[prefix]


def _text(term: object) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else str(term)


def _edits(word: str, alphabet: str = ALPHABET) -> list[str]:
    """Every word one edit from ``word`` that keeps its first letter, each once."""
    letters = sorted(set(alphabet) | set(word))
    head, tail = word[:1], word[1:]
    found: dict[str, None] = {}
    for i in range(len(tail) + 1):
        left, right = tail[:i], tail[i:]
        if right:
            found[head + left + right[1:]] = None
        if len(right) > 1:
            found[head + left + right[1] + right[0] + right[2:]] = None
        for letter in letters:
            if right:
                found[head + left + letter + right[1:]] = None
            found[head + left + letter + right] = None
    found.pop(word, None)
    return list(found)


@dataclass
class Parsed:
    """A query as Whoosh sees it, the words typed, their spelling, and what to highlight."""

    query: q.Query | None = None
    words: list[str] = field(default_factory=list)
    spelled: list[str] = field(default_factory=list)
    stems: set[str] = field(default_factory=set)
    exact: set[str] = field(default_factory=set)
    plain: bool = False
    """Every word typed is a common one: keep them, or nothing would be searched."""

    @property
    def suggestion(self) -> str:
        return " ".join(self.spelled) if self.spelled != self.words else ""


class Parser:
    """Builds queries in one language's fields (``lang``): every word must match to rank
    first; OR, NOT, -word and "phrases"."""

    def __init__(
        self,
        lexicon: Lexicon,
        synonyms: dict[str, list[str]] | None = None,
        together: Callable[[str, list[str]], int] | None = None,
        lang: str = BASE,
        shadows: dict[str, str] | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.lang = lang
        self._shadows = (
            {analysis.field("body", lang): analysis.field(BODY_POSITIONS, lang)}
            if shadows is None
            else shadows
        )
        """A field without positions to the field holding its words' positions (by
        default the schema's; ``{}`` for an index of format 1, whose body has them)."""
        self._fields = tuple(analysis.field(f, lang) for f in STEMMED_FIELDS)
        self._exact_field = analysis.field("exact", lang)
        self._common = COMMON if lang == BASE else frozenset()
        self._stem = analysis.stemmed(lang)
        self._plain = analysis.plain(lang)
        self._stems: dict[str, str] = {}
        self._together = together
        self._context: list[tuple[str, str]] = []
        """The content words of the query being parsed, each with its likeliest spelling."""
        self._elsewhere: Callable[[str], bool] | None = None
        """Of the query being parsed: whether a word is known in another language."""
        self._synonyms: list[tuple[tuple[str, ...], list[list[str]]]] = []
        self._synonym_words: set[str] = set()
        for phrase, meanings in (synonyms or {}).items():
            words = [w for w in phrase.split() if w not in self._common] or phrase.split()
            key = tuple(self.stems(" ".join(words)))
            wanted = [self.stems(m) for m in meanings]
            if key and any(wanted):
                self._synonyms.append((key, [w for w in wanted if w]))
                self._synonym_words.update(t.text for t in self._plain(phrase))

    def stems(self, text: str) -> list[str]:
        return [t.text for t in self._stem(text)]

    def stem_word(self, word: str) -> str:
        """The stem of one lower-case word ("" for a stop word), remembered."""
        if word not in self._stems:
            found = self.stems(word)
            self._stems[word] = found[0] if found else ""
        return self._stems[word]

    def knows(self, word: str) -> bool:
        """Whether the index holds this (folded) word as typed, or another word of its stem."""
        if self.lexicon.known(word):
            return True
        stem = self.stem_word(word)
        return bool(stem) and self.lexicon.indexed(stem)

    def parse(
        self, text: str, typing: bool = False, elsewhere: Callable[[str], bool] | None = None
    ) -> Parsed:
        """The query for ``text``; a word ``elsewhere`` knows (another language's index,
        while searching in several) is taken as typed, never corrected to a near word."""
        self._elsewhere = elsewhere
        parsed = Parsed()
        tokens = TOKEN.findall(text)
        words = [t.text for t in self._plain(text)]
        parsed.plain = all(w in self._common for w in words)
        self._context = [(w, self.lexicon.spelled(w)) for w in words if w not in self._common]
        clauses: list[q.Query] = []
        negated: list[q.Query] = []
        pending_or = negate = False
        for position, token in enumerate(tokens):
            if token in ("AND", "&&"):
                continue
            if token in ("OR", "||"):
                pending_or = bool(clauses)
                continue
            if token == "NOT":
                negate = True
                continue
            word = token[1:] if token.startswith("-") and len(token) > 1 else token
            negate = negate or word is not token
            last = typing and position == len(tokens) - 1 and not word.endswith('"')
            clause = self._clause(word, last, parsed)
            if clause is None:
                continue
            if negate:
                negated.append(clause)
            elif pending_or:
                clauses[-1] = q.Or([clauses[-1], clause])
            else:
                clauses.append(clause)
            pending_or = negate = False
        if clauses:
            parsed.query = self._combine(clauses, parsed)
            meant = self._meant(parsed)
            if meant:
                parsed.query = q.Or([parsed.query, *meant])
            if negated:
                parsed.query = q.AndNot(parsed.query, q.Or(negated))
        return parsed

    def _combine(self, clauses: list[q.Query], parsed: Parsed) -> q.Query:
        if len(clauses) == 1:
            return clauses[0]
        # All words rank first; sections with only some of them still show.
        options: list[q.Query] = [q.And(clauses, boost=ALL_WORDS_BOOST), q.Or(clauses)]
        stems = self.stems(" ".join(parsed.spelled))
        if len(stems) > 1:  # an editor's keyword phrase, typed as written or within
            keywords = analysis.field("keywords", self.lang)
            options.append(q.Phrase(keywords, stems, boost=KEYWORD_PHRASE_BOOST))
            if len(stems) > 2:
                options.extend(
                    q.Phrase(keywords, list(pair), boost=KEYWORD_PHRASE_BOOST / 2)
                    for pair in itertools.pairwise(stems)
                )
        return q.Or(options)

    def _meant(self, parsed: Parsed) -> list[q.Query]:
        """What the editors' synonym list says the phrases typed mean, as optional clauses.

        A listed phrase of several words counts when its words come in a row among
        those typed (compared stemmed); each meaning then matches, all its words
        together, in any text field, at ``SYNONYM_BOOST``. A one-word phrase's
        meanings are alternatives of that word itself (``_word``), so a section with
        the other words typed and a meaning ranks as having all the words.
        """
        typed = self.stems(" ".join(parsed.spelled))
        found: list[q.Query] = []
        for key, meanings in self._synonyms:
            width = len(key)
            if width > 1 and any(tuple(typed[i : i + width]) == key for i in range(len(typed))):
                found += self._meanings(meanings, parsed)
        return found

    def _meanings(self, meanings: list[list[str]], parsed: Parsed) -> list[q.Query]:
        found: list[q.Query] = []
        for meaning in meanings:
            parsed.stems.update(meaning)
            words = [q.Or([q.Term(f, s) for f in self._fields]) for s in meaning]
            if len(words) == 1:
                words[0].boost = SYNONYM_BOOST
            found.append(words[0] if len(words) == 1 else q.And(words, boost=SYNONYM_BOOST))
        return found

    def _clause(self, token: str, last: bool, parsed: Parsed) -> q.Query | None:
        if token.startswith('"'):
            parts = self.stems(token.strip('"'))
            if len(parts) >= 2:
                parsed.stems.update(parts)
                fields = [analysis.field(f, self.lang) for f in ("title", "body")]
                return q.Or([self._phrase(f, parts) for f in fields])
            token = token.strip('"')
        plain = [t.text for t in self._plain(token)]
        raw = WORD.search(token)
        if last and not plain and raw:  # a stop word half typed: "whe" for "where"
            plain = [analysis.fold(raw[0])]
        if not parsed.plain:
            plain = [w for w in plain if w not in self._common]
        options: list[q.Query] = []
        for index, word in enumerate(plain):
            typing = last and index == len(plain) - 1
            options += self._word(word, typing, parsed)
        return q.Or(options) if len(options) > 1 else options[0] if options else None

    def _phrase(self, fieldname: str, words: list[str]) -> q.Query:
        """``words`` in a row in the field, scored as a phrase there: where the field has
        no positions, its words (all of them, summed as a phrase is) where its shadow
        field has them in a row."""
        shadow = self._shadows.get(fieldname)
        if shadow is None:
            return q.Phrase(fieldname, words)
        return q.Require(q.And([q.Term(fieldname, w) for w in words]), q.Phrase(shadow, words))

    def _word(self, word: str, typing: bool, parsed: Parsed) -> list[q.Query]:
        options = self._stemmed(word, 1.0, parsed)
        spelled = word
        completions = self.lexicon.completions(word) if typing and len(word) >= MIN_PREFIX else ()
        options += self._exact(completions, PREFIX_BOOST, parsed)
        if (
            not completions
            and len(word) >= 4
            and not self.knows(word)
            and word not in self._synonym_words
            and not (self._elsewhere is not None and self._elsewhere(word))
        ):
            near = self.lexicon.near(word)
            options += self._exact(near, NEAR_BOOST, parsed)
            if near:
                spelled = self._likeliest(word, near)
                options += self._stemmed(spelled, CORRECTED_BOOST, parsed)
        stem = self.stem_word(word)
        for key, meanings in self._synonyms:  # a one-word phrase means the same as the word
            if key == (stem,):
                options += self._meanings(meanings, parsed)
        if options or not typing:
            parsed.words.append(word)
            parsed.spelled.append(spelled)
        return options

    def _likeliest(self, word: str, near: tuple[str, ...]) -> str:
        """The near spelling found most often with the other words typed ("minr" by
        "unaccompanied": "minor", not the commoner "mind"); else the commonest."""
        others = [spelled for typed, spelled in self._context if typed != word]
        if self._together is None or not others or len(near) < 2:
            return near[0]
        counts = [self._together(w, others) for w in near]
        return near[max(range(len(near)), key=lambda i: (counts[i], -i))]

    def _stemmed(self, word: str, boost: float, parsed: Parsed) -> list[q.Query]:
        stems = self.stems(word)
        if word not in self._common:
            parsed.stems.update(stems)
        return [q.Term(f, s, boost=boost) for f in self._fields for s in stems]

    def _exact(self, words: Iterable[str], boost: float, parsed: Parsed) -> list[q.Query]:
        terms = list(words)
        parsed.exact.update(terms)
        return [q.Term(self._exact_field, w, boost=boost) for w in terms]
