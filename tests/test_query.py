"""What the officer typed, turned into a search: corrections, completions, operators, phrases.

Over a small index in memory with the app's own schema, so that each rule of
``search/query.py`` (how far a typo reaches, when a word is completed, what is
highlighted, which sections match) is seen on its own, as the officer would see it:
the suggestion under the search field, the words highlighted, the sections found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from whoosh.filedb.filestore import RamStorage

from handbook_app.search import query
from handbook_app.search.index import schema
from handbook_app.search.query import Lexicon, Parser

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from whoosh.reading import IndexReader
    from whoosh.searching import Searcher

SECTIONS = {
    # key: (title, keywords, body)
    "debt": ("Debt bondage", "owes money", "A debt that never shrinks."),
    "passport": ("Passport kept", "", "The employer keeps the passport and identity papers."),
    "both": ("Papers", "", "The passport was taken over a debt."),
    "minor": ("Unaccompanied minor", "", "An unaccompanied minor travels alone."),
    "mind": ("Keep in mind", "", "Bear in mind what the person has been through."),
    "mind2": ("Mind the interpreter", "", "Mind who interprets."),
    "mind3": ("A calm mind", "", "Your own mind matters too."),
    "consent": ("Consent", "", "Ask for consent before passing on any data."),
    "shelter": ("Shelter", "", "A shelter is a safe place with a visa for holidays."),
    "exploited": ("Exploited workers", "", "Workers exploited on farms."),
    "xeno": ("Xenophobia", "", "Xenophobia at work hurts."),
    "therapy": ("Therapy", "", "Therapy after a theft; Android phones."),
    "visa": ("Visas", "", "A visa alone."),
}


def index_of(sections: dict[str, tuple[str, str, str]]) -> Searcher:
    index = RamStorage().create_index(schema())
    writer = index.writer()
    for key, (title, keywords, body) in sections.items():
        writer.add_document(
            key=key, doc=key, title=title, keywords=keywords, body=body,
            body_positions=body, exact=f"{title} {keywords} {body}",
        )  # fmt: skip
    writer.commit()
    return index.searcher()


@pytest.fixture(scope="module")
def searcher() -> Iterator[Searcher]:
    found = index_of(SECTIONS)
    yield found
    found.close()


@pytest.fixture
def parser(searcher: Searcher) -> Parser:
    return Parser(Lexicon(searcher.reader()))


def found(searcher: Searcher, parser: Parser, text: str, typing: bool = False) -> list[str]:
    """The sections a query finds, best first."""
    parsed = parser.parse(text, typing)
    if parsed.query is None:
        return []
    return [hit["key"] for hit in searcher.search(parsed.query, limit=None)]


class Spy:
    """The index's reader, noting how far each typo was looked for by Whoosh's automaton."""

    def __init__(self, reader: IndexReader) -> None:
        self.reader = reader
        self.distances: list[int] = []
        self.scanned = 0

    def doc_frequency(self, field: str, word: str) -> int:
        return int(self.reader.doc_frequency(field, word))

    def expand_prefix(self, field: str, prefix: str) -> Iterator[bytes]:
        for term in self.reader.expand_prefix(field, prefix):
            self.scanned += 1
            yield term

    def terms_within(self, field: str, word: str, distance: int, prefix: int = 0) -> list[str]:
        self.distances.append(distance)
        return list(self.reader.terms_within(field, word, distance, prefix=prefix))


# How far a typo reaches: one edit always (first letter kept); two from 5 letters;
# three from 8. The automaton is asked only when one edit finds nothing.
@pytest.mark.parametrize(
    ("typed", "near", "asked"),
    [
        ("pasport", ("passport",), []),  # a letter left out
        ("passsport", ("passport",), []),  # a letter added
        ("passpert", ("passport",), []),  # a letter changed
        ("psasport", ("passport",), []),  # two letters swapped
        ("passporx", ("passport",), []),  # the last letter changed
        ("vsia", ("visa",), []),  # 4 letters, one swap
        ("vxxa", (), []),  # 4 letters, two edits: too far, never asked
        ("shltr", ("shelter",), [2]),  # 5 letters, two edits
        ("shxxxer", (), [2]),  # 7 letters, three edits: too far
        ("pxxsport", ("passport",), [2]),  # 8 letters, two edits: found at two
        ("pxxxport", ("passport",), [2, 3]),  # 8 letters, three edits
        ("tasspxrt", (), [2, 3]),  # the first letter is never changed
        ("bassport", (), [2, 3]),  # nor at one edit
    ],
)
def test_how_far_a_typo_reaches(
    searcher: Searcher, typed: str, near: tuple[str, ...], asked: list[int]
) -> None:
    spy = Spy(searcher.reader())
    lexicon = Lexicon(spy)
    assert lexicon.near(typed) == near
    assert spy.distances == asked
    assert lexicon.near(typed) == near  # remembered: Whoosh is not asked again
    assert spy.distances == asked


def test_near_spellings_are_commonest_first_and_never_the_word_itself(
    searcher: Searcher,
) -> None:
    lexicon = Lexicon(searcher.reader())
    assert lexicon.near("minr") == ("mind", "minor")  # "mind" is in three sections
    assert lexicon.near("passport") == ()  # known, and nothing near: not itself


def test_at_most_six_near_spellings_commonest_first() -> None:
    counts = {f"ca{c}": n for n, c in enumerate("bdefghijkl", start=1)}  # cab 1 … cal 10
    reader = Words(counts)
    near = Lexicon(reader).near("caa")
    assert near == ("cal", "cak", "caj", "cai", "cah", "cag")


class Words:
    """A reader that knows the given words with the given section counts."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.scanned = 0

    def doc_frequency(self, field: str, word: str) -> int:
        assert field == "exact"
        return self.counts.get(word, 0)

    def expand_prefix(self, field: str, prefix: str) -> Iterator[bytes]:
        assert field == "exact"
        for word in sorted(self.counts):
            if word.startswith(prefix):
                self.scanned += 1
                yield word.encode("utf-8")

    def terms_within(self, field: str, word: str, distance: int, prefix: int = 0) -> list[str]:
        return []


def test_completions_are_the_commonest_sixteen_of_the_first_four_hundred() -> None:
    counts = {f"pa{n:03}": n for n in range(1, 21)}  # pa001 … pa020
    assert Lexicon(Words(counts)).completions("pa") == tuple(f"pa{n:03}" for n in range(20, 4, -1))
    many = {f"q{n:04}": 1 for n in range(500)} | {"q9999": 50}  # the commonest comes last
    reader = Words(many)
    completions = Lexicon(reader).completions("q")
    assert "q9999" not in completions  # beyond the first 400 in the index's order
    assert reader.scanned == query.PREFIX_SCAN
    assert len(completions) == query.MAX_COMPLETIONS


def test_known_and_spelled(searcher: Searcher) -> None:
    lexicon = Lexicon(searcher.reader())
    assert lexicon.known("passport")
    assert lexicon.known("xenophobia")  # in one section only
    assert not lexicon.known("pasport")
    assert lexicon.spelled("pasport") == "passport"
    assert lexicon.spelled("mind") == "mind"  # known: kept
    assert lexicon.spelled("vsia") == "visa"  # 4 letters: corrected
    assert lexicon.spelled("dbt") == "dbt"  # 3 letters: never corrected
    assert lexicon.spelled("zzzzzz") == "zzzzzz"  # nothing near: as typed


def test_one_edit_spellings_keep_the_first_letter_each_once() -> None:
    edits = query._edits("cat")
    assert len(edits) == len(set(edits))
    assert "cat" not in edits
    for word in ("ct", "ca", "cta", "cot", "cart", "cats", "ccat"):  # left out, swapped …
        assert word in edits, word
    for word in ("at", "act", "bat", "xat"):  # the first letter never changes
        assert word not in edits, word
    assert "sõõna" in query._edits("sõna")  # the word's own letters, beyond a to z
    assert query._edits("x") == [f"x{c}" for c in query.ALPHABET]  # one letter: added only


# The suggestion under the field ("Did you mean …") and the words highlighted.
@pytest.mark.parametrize(
    ("typed", "typing", "suggestion", "highlighted"),
    [
        ("debt pasport", False, "debt passport", {"passport"}),
        ("debt passport", False, "", set()),
        ("pasport", True, "passport", {"passport"}),  # unfinished, but no word starts so
        ("pass", True, "", {"passport", "passing"}),  # completed, not corrected
        ("pas", True, "", {"passport", "passing"}),  # 3 letters: completed
        ("pa", True, "", set()),  # 2 letters: every word would match
        ("pass", False, "", set()),  # finished: 4 letters, no word one edit away
        ("dbt", False, "", set()),  # 3 letters: never corrected
        ("minr", False, "mind", {"mind", "minor"}),  # the commonest without other words
        ("vsia debt", False, "visa debt", {"visa"}),
    ],
)
def test_the_suggestion_and_the_words_highlighted(
    parser: Parser, typed: str, typing: bool, suggestion: str, highlighted: set[str]
) -> None:
    parsed = parser.parse(typed, typing)
    assert parsed.suggestion == suggestion
    assert parsed.exact == highlighted


def test_only_the_last_word_is_completed_while_typing(parser: Parser) -> None:
    assert parser.parse("pas debt", typing=True).exact == {"debt"}  # "debt" completes to itself
    assert parser.parse("debt pas", typing=True).exact == {"passport", "passing"}
    # a quoted phrase, closed, is finished even at the end
    assert parser.parse('"debt bondage"', typing=True).exact == set()


def test_a_stop_word_half_typed_is_completed(searcher: Searcher, parser: Parser) -> None:
    assert parser.parse("debt the", typing=True).exact == {"therapy", "theft"}
    assert "therapy" in found(searcher, parser, "the", typing=True)
    assert parser.parse("debt the").exact == set()  # finished: a stop word, left out
    assert parser.parse("debt The", typing=True).exact == {"therapy", "theft"}
    # with nothing to complete it is no word of the query
    for typing in (True, False):
        assert parser.parse("debt an", typing).words == ["debt"]


@pytest.mark.parametrize(
    ("sections", "completions"),
    [
        (("therapy", "theft", "debt"), {"therapy", "theft"}),  # two options, two sections
        (("theft", "debt"), {"theft"}),  # one option
    ],
)
def test_a_stop_word_half_typed_searches_every_completion_in_every_section(
    sections: tuple[str, ...], completions: set[str]
) -> None:
    # "the" is left out as a word, so its completions are the clause's only options, each
    # in a section of its own, and each must be searched.
    texts = {
        "therapy": ("Therapy", "", "Therapy helps."),
        "theft": ("Theft", "", "A theft at work."),
        "debt": ("Debt bondage", "", "A debt that never shrinks."),
    }
    searcher = index_of({key: texts[key] for key in sections})
    try:
        parser = Parser(Lexicon(searcher.reader()))
        assert parser.parse("the", typing=True).exact == completions
        assert set(found(searcher, parser, "the", typing=True)) == completions
    finally:
        searcher.close()


def test_operators_are_never_completed_as_words(parser: Parser) -> None:
    assert parser.parse("debt AND", typing=True).exact == set()  # not "android"
    assert parser.parse("debt and", typing=True).exact == {"android"}


def test_a_query_is_of_finished_words_unless_said_otherwise(parser: Parser) -> None:
    assert parser.parse("pas").exact == set()
    assert parser.parse("pas", True).exact == {"passport", "passing"}


def test_one_word_in_quotes_is_finished(searcher: Searcher, parser: Parser) -> None:
    assert parser.parse('"pas"', typing=True).exact == set()
    assert parser.parse('"pas', typing=True).exact == {"passport", "passing"}  # still open
    assert found(searcher, parser, '"Xenophobia"') == ["xeno"]
    assert found(searcher, parser, '"Xenophobia at work"') == ["xeno"]


def test_words_joined_in_one_token_are_each_searched(searcher: Searcher, parser: Parser) -> None:
    assert set(found(searcher, parser, "employer/consent")) == {"passport", "consent"}


def test_everyday_words_are_left_out_unless_nothing_else_was_typed(parser: Parser) -> None:
    parsed = parser.parse("what is a passport")
    assert parsed.words == ["passport"]
    assert not parsed.plain
    parsed = parser.parse("what")
    assert parsed.words == ["what"]
    assert parsed.plain
    assert parsed.query is not None


def test_phrases_match_in_a_row_and_highlight_their_words(
    searcher: Searcher, parser: Parser
) -> None:
    parsed = parser.parse('"debt bondage"')
    assert parsed.stems == {"debt", "bondag"}
    assert found(searcher, parser, '"debt bondage"') == ["debt"]
    assert found(searcher, parser, '"bondage debt"') == []
    assert found(searcher, parser, '"taken over"') == ["both"]  # in the body too
    # one word in quotes is that word; an unclosed quote still searches
    assert set(found(searcher, parser, '"passport"')) == {"passport", "both"}
    assert set(found(searcher, parser, '"passport')) == {"passport", "both"}


def test_operators(searcher: Searcher, parser: Parser) -> None:
    def sections(text: str) -> set[str]:
        return set(found(searcher, parser, text))

    assert sections("passport") == {"passport", "both"}
    assert sections("consent OR shelter") == {"consent", "shelter"}
    assert sections("consent || shelter") == {"consent", "shelter"}
    assert sections("OR consent") == {"consent"}  # nothing before OR: just the word
    assert sections("passport NOT debt") == {"passport"}
    assert sections("passport -debt") == {"passport"}
    assert sections("passport - debt") >= {"passport", "both", "debt"}  # a lone "-" is no NOT
    assert sections("NOT debt") == set()  # nothing left to search
    # NOT applies to the next word only
    assert sections("passport NOT debt shelter") == {"passport", "shelter"}
    assert sections("consent -debt OR shelter") == {"consent", "shelter"}
    assert found(searcher, parser, "passport AND debt")[0] == "both"
    assert found(searcher, parser, "passport && debt") == found(searcher, parser, "passport debt")


def test_every_word_typed_ranks_first_and_some_still_show(
    searcher: Searcher, parser: Parser
) -> None:
    ranked = found(searcher, parser, "passport debt")
    assert ranked[0] == "both"
    assert set(ranked) == {"both", "passport", "debt"}


def test_an_editors_keyword_phrase_lifts_its_section() -> None:
    # "money" has both words too, in its keywords and text, but "debt" has them in a row
    # as a keyword phrase (without that lift "money" comes first)
    searcher = index_of(
        {
            "debt": ("Debt bondage", "owes money", "A debt that never shrinks."),
            "money": ("Wages", "money, wages, owes", "Money."),
            "other": ("Other", "", "Other words here."),
        }
    )
    parser = Parser(Lexicon(searcher.reader()))
    assert found(searcher, parser, "owes money")[0] == "debt"
    assert found(searcher, parser, "owes money today")[0] == "debt"  # a phrase within
    searcher.close()


def test_a_correction_finds_what_the_word_meant(searcher: Searcher, parser: Parser) -> None:
    assert found(searcher, parser, "exploitd") == ["exploited"]
    assert set(found(searcher, parser, "pasport")) == {"passport", "both"}


def test_a_word_of_the_synonym_list_is_not_corrected(searcher: Searcher) -> None:
    lexicon = Lexicon(searcher.reader())
    assert Parser(lexicon).parse("explotied").suggestion == "exploited"
    listed = Parser(lexicon, {"explotied": ["employer"]})
    parsed = listed.parse("explotied")
    assert parsed.suggestion == ""
    assert set(found(searcher, listed, "explotied")) == {"passport"}  # what it means
    assert set(listed.stems("employer")) <= parsed.stems  # and the meaning is highlighted


def test_another_form_of_an_indexed_word_is_found_not_corrected(searcher: Searcher) -> None:
    parsed = Parser(Lexicon(searcher.reader())).parse("exploiter")  # stemmed as "exploit"
    assert parsed.suggestion == ""
    assert found(searcher, Parser(Lexicon(searcher.reader())), "exploiter") == ["exploited"]


def test_a_listed_phrase_counts_only_with_its_words_in_a_row(searcher: Searcher) -> None:
    listed = Parser(Lexicon(searcher.reader()), {"identity papers": ["visa holidays"]})
    assert "shelter" in found(searcher, listed, "identity papers")  # both words of the meaning
    assert "shelter" not in found(searcher, listed, "papers identity")
    assert "shelter" not in found(searcher, listed, "identity")
    assert "visa" not in found(searcher, listed, "identity papers")  # all of the meaning
    assert set(listed.stems("visa holidays")) <= listed.parse("identity papers").stems


def test_a_typo_is_corrected_to_the_word_that_goes_with_the_others(searcher: Searcher) -> None:
    lexicon = Lexicon(searcher.reader())
    asked: list[tuple[str, list[str]]] = []

    def together(word: str, others: list[str]) -> int:
        asked.append((word, others))
        return 5 if (word, others) == ("minor", ["unaccompanied"]) else 1

    parser = Parser(lexicon, together=together)
    assert parser.parse("minr unaccompanied").suggestion == "minor unaccompanied"
    assert ("mind", ["unaccompanied"]) in asked
    # alone, or with no help to decide, the commonest (and nobody is asked)
    asked.clear()
    assert parser.parse("minr").suggestion == "mind"
    assert asked == []
    assert Parser(lexicon).parse("minr unaccompanied").suggestion == "mind unaccompanied"
    # a tie goes to the commoner
    even: Callable[[str, list[str]], int] = lambda word, others: 1  # noqa: E731
    tied = Parser(lexicon, together=even)
    assert tied.parse("minr unaccompanied").suggestion == "mind unaccompanied"


def test_nothing_searchable_gives_no_query(parser: Parser) -> None:
    for text in ("", "   ", "AND", "OR", "NOT", "-", '""'):
        parsed = parser.parse(text)
        assert parsed.query is None, text
        assert parsed.suggestion == ""


def test_a_listed_phrase_is_read_without_its_everyday_words(searcher: Searcher) -> None:
    listed = Parser(Lexicon(searcher.reader()), {"what they owe": ["visa"]})
    assert "visa" in found(searcher, listed, "owe")


def test_a_listing_with_no_meaning_left_changes_nothing(searcher: Searcher) -> None:
    listed = Parser(Lexicon(searcher.reader()), {"explotied": ["the"]})  # a stop word only
    assert listed.parse("explotied").suggestion == "exploited"


def test_two_listed_phrases_typed_both_count(searcher: Searcher) -> None:
    listed = Parser(
        Lexicon(searcher.reader()),
        {"identity papers": ["visa holidays"], "bear in mind": ["consent data"]},
    )
    assert {"shelter", "consent"} <= set(found(searcher, listed, "identity papers bear mind"))


def test_or_gives_no_lift_for_having_both_words() -> None:
    searcher = index_of(
        {
            "both": ("Help", "", "Consent and shelter, with much more about other things here."),
            "consent": ("Consent", "", "Ask first."),
            "shelter": ("Shelter", "", "A safe place."),
            "other": ("Other", "", "Other words."),
        }
    )
    parser = Parser(Lexicon(searcher.reader()))
    assert found(searcher, parser, "consent shelter") == ["both", "consent", "shelter"]
    for either in ("consent OR shelter", "consent || shelter"):
        assert found(searcher, parser, either) == ["consent", "shelter", "both"], either
    searcher.close()
