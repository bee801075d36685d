"""The phrasebook kind: what the builder reports about translations, and what the app gets.

Every report is checked word for word in the ``path:line: problem (fix)`` form
an editor sees.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from helpers.strategies import document, dump, markdown_line, yaml_value
from hypothesis import given
from hypothesis import strategies as st

from handbook_app.builder import pipeline
from handbook_app.bundle.reader import Bundle
from handbook_app.content.card import compose
from handbook_app.content.model import Document, Kind
from handbook_app.content.phrasebook import Phrasebook, State
from handbook_app.errors import ContentError

INFO = "title: T\nedition: 1\nedition_date: 2026-11-01\npublisher: P\nlanguages: [en]\n"

SOURCE = """\
---
kind: phrasebook
title: Phrases
buttons: [yes, no]
children: child
card:
  title: card-title
  points: [help-free]
  call: card-call
  keep: card-keep
---

## Needs {#needs}

- Do you need a doctor? {#doctor}
- Yes. {#yes}
- No. {#no}

## Card {#card}

- Your rights and who can help {#card-title}
- Help is free and confidential. {#help-free}
- You can call these numbers: {#card-call}
- Keep this card only if it is safe. {#card-keep}

## For a child {#child}

- Are you here alone? {#child-alone}
"""

ENGLISH = {
    "doctor": "Do you need a doctor?",
    "yes": "Yes.",
    "no": "No.",
    "card-title": "Your rights and who can help",
    "help-free": "Help is free and confidential.",
    "card-call": "You can call these numbers:",
    "card-keep": "Keep this card only if it is safe.",
    "child-alone": "Are you here alone?",
}

COUNTRY = """\
---
kind: country
title: Finland
country: "FI"
contacts:
  - name: Assistance line
    role: First contact
    phone: "+358 2954 63177"
    hours: 24/7
    source: migri.fi
    verified: 2026-06-01
  - name: Coordinator
    role: Coordination
    source: intermin.fi
    verified: 2026-06-01
  - name: Emergency number 112
    role: Emergencies
    phone: "112"
    source: 112.fi
    verified: 2026-06-01
    confidence: uncertain
---

Text.
"""

REVIEW_FIX = "have a native speaker check them, then write 'reviewed: YYYY-MM-DD by NAME'"


def translation(
    texts: dict[str, str], reviewed: str = "no", english: dict[str, str] | None = None
) -> str:
    """A translation file into the made-up language 'xx': front matter of 7 lines, then
    one phrase per 5 lines (``## id`` on line 9, 14, 19…, its ``en:`` one line below)."""
    head = (
        "---\nkind: phrasebook\ntitle: Testish\nlanguage: xx\nname: Xish\nenglish: Testish\n---\n"
    )
    parts = [head]
    for ident, text in texts.items():
        source = (english or ENGLISH).get(ident, "Something.")
        parts.append(f"\n## {ident}\nen: {source}\ntext: {text}\nreviewed: {reviewed}\n")
    return "".join(parts)


ALL = {i: f"xx {e}" for i, e in ENGLISH.items()}


def tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "content"
    (root / "en").mkdir(parents=True)
    (root / "handbook.yaml").write_text(INFO, "utf-8")
    for name, text in files.items():
        (root / "en" / name).write_text(text, "utf-8")
    return root


def reported(root: Path) -> list[str]:
    return [p.format(root) for p in pipeline.check(root).problems]


def test_a_complete_reviewed_translation_builds_with_no_warning(tmp_path: Path) -> None:
    root = tree(
        tmp_path,
        {"phrases.md": SOURCE, "phrases-xx.md": translation(ALL, "2026-12-10 by A. Reviewer")},
    )
    result = pipeline.build(root, tmp_path / "out", strict=True)
    assert [p.format(root) for p in result.problems] == []
    book = Bundle(tmp_path / "out").phrasebook()
    assert book is not None
    line = book.line("xx", "doctor")
    assert (line.text, line.english) == ("xx Do you need a doctor?", ENGLISH["doctor"])
    assert line.state is State.REVIEWED
    assert line.reviewed == "2026-12-10 by A. Reviewer"


def test_unreviewed_translations_are_one_warning_per_language(tmp_path: Path) -> None:
    texts = dict(ALL)
    file = translation(texts, "2026-12-10 by A. Reviewer").replace(
        "text: xx No.\nreviewed: 2026-12-10 by A. Reviewer", "text: xx No.\nreviewed: no"
    )
    file = file.replace(
        "text: xx Are you here alone?\nreviewed: 2026-12-10 by A. Reviewer",
        "text: xx Are you here alone?\nreviewed: no",
    )
    root = tree(tmp_path, {"phrases.md": SOURCE, "phrases-xx.md": file})
    assert reported(root) == [
        "en/phrases-xx.md:19: warning: Testish (xx): 2 of 8 translations not yet reviewed "
        f"({REVIEW_FIX})"
    ]


def test_missing_phrases_are_listed_per_language(tmp_path: Path) -> None:
    texts = {i: t for i, t in ALL.items() if i not in ("help-free", "child-alone")}
    root = tree(
        tmp_path,
        {"phrases.md": SOURCE, "phrases-xx.md": translation(texts, "2026-12-10 by A. Reviewer")},
    )
    assert reported(root) == [
        "en/phrases-xx.md:4: warning: Testish (xx): 2 of 8 phrases not translated: "
        "help-free, child-alone (add a '## id' section with 'en:', 'text:' and 'reviewed:' "
        "for each)"
    ]


def test_a_translation_whose_english_changed_is_reported_at_its_en_line(tmp_path: Path) -> None:
    root = tree(
        tmp_path,
        {"phrases.md": SOURCE, "phrases-xx.md": translation(ALL, "2026-12-10 by A. Reviewer")},
    )
    source = root / "en" / "phrases.md"
    source.write_text(
        SOURCE.replace("Do you need a doctor?", "Do you need a doctor or a nurse?"), "utf-8"
    )
    assert reported(root) == [
        "en/phrases-xx.md:10: warning: Testish (xx): the English of 'doctor' changed after it "
        "was translated (check the translation against 'Do you need a doctor or a nurse?', "
        "then copy that into 'en:')"
    ]


def test_spacing_alone_does_not_make_a_translation_outdated(tmp_path: Path) -> None:
    root = tree(
        tmp_path,
        {"phrases.md": SOURCE, "phrases-xx.md": translation(ALL, "2026-12-10 by A. Reviewer")},
    )
    source = root / "en" / "phrases.md"
    source.write_text(SOURCE.replace("Do you need a doctor?", "Do you  need\n  a doctor?"))
    assert reported(root) == []


def test_strict_makes_every_translation_report_an_error(tmp_path: Path) -> None:
    texts = {i: t for i, t in ALL.items() if i != "yes"}
    root = tree(tmp_path, {"phrases.md": SOURCE, "phrases-xx.md": translation(texts)})
    (root / "en" / "phrases.md").write_text(SOURCE.replace("Yes.", "Yes, please."))
    pipeline.build(root, tmp_path / "lenient")  # warnings only: the bundle is written
    with pytest.raises(ContentError) as caught:
        pipeline.build(root, tmp_path / "strict", strict=True)
    assert [p.format(root) for p in caught.value.problems] == [
        "en/phrases-xx.md:4: warning: Testish (xx): 1 of 8 phrases not translated: yes "
        "(add a '## id' section with 'en:', 'text:' and 'reviewed:' for each)",
        "en/phrases-xx.md:9: warning: Testish (xx): 7 of 7 translations not yet reviewed "
        f"({REVIEW_FIX})",
    ]
    assert not (tmp_path / "strict").exists()


def test_a_stale_translation_is_caught_by_an_incremental_build(tmp_path: Path) -> None:
    """Only the English file changes; the translation comes from the build cache."""
    root = tree(
        tmp_path,
        {"phrases.md": SOURCE, "phrases-xx.md": translation(ALL, "2026-12-10 by A. Reviewer")},
    )
    out = tmp_path / "out" / "bundle"
    pipeline.build(root, out)
    (root / "en" / "phrases.md").write_text(SOURCE.replace("Help is free", "Help costs nothing"))
    result = pipeline.build(root, out)
    assert result.reused == 1
    assert [p.format(root) for p in result.warnings] == [
        "en/phrases-xx.md:30: warning: Testish (xx): the English of 'help-free' changed after "
        "it was translated (check the translation against 'Help costs nothing and "
        "confidential.', then copy that into 'en:')"
    ]
    book = Bundle(out).phrasebook()
    assert book is not None
    assert book.line("xx", "help-free").state is State.OUTDATED
    assert book.line("xx", "help-free").english == "Help costs nothing and confidential."


BAD = {
    "phrase-without-id": (
        {"phrases.md": SOURCE.replace("- No. {#no}", "- No.")},
        [
            "en/phrases.md:4: buttons.1: unknown phrase 'no' (name the {#id} of a phrase)",
            "en/phrases.md:17: phrase has no id: 'No.' "
            "(end the line with an id such as {#doctor}; translations use it)",
        ],
    ),
    "duplicate-phrase-id": (
        {"phrases.md": SOURCE.replace("{#no}", "{#yes}")},
        [
            "en/phrases.md:4: buttons.1: unknown phrase 'no' (name the {#id} of a phrase)",
            "en/phrases.md:17: duplicate phrase id 'yes' (also on line 16) "
            "(give each phrase its own {#id})",
        ],
    ),
    "unknown-card-phrase": (
        {"phrases.md": SOURCE.replace("points: [help-free]", "points: [help-fre]")},
        ["en/phrases.md:8: card.points.0: unknown phrase 'help-fre' (did you mean 'help-free'?)"],
    ),
    "unknown-children-group": (
        {"phrases.md": SOURCE.replace("children: child", "children: kids")},
        ["en/phrases.md:5: children: unknown group 'kids' (name the {#anchor} of a '##' group)"],
    ),
    "bad-review-state": (
        {"phrases.md": SOURCE, "phrases-xx.md": translation(ALL, "yes")},
        [
            f"en/phrases-xx.md:{12 + 5 * n}: unknown review state 'yes' (write 'reviewed: no', "
            "or 'reviewed: YYYY-MM-DD by NAME' once a native speaker checked it)"
            for n in range(8)
        ],
    ),
    "unknown-line": (
        {
            "phrases.md": SOURCE,
            "phrases-xx.md": translation(ALL, "2026-12-10 by A. Reviewer").replace(
                "text: xx Yes.", "txt: xx Yes."
            ),
        },
        [
            "en/phrases-xx.md:16: unknown line 'txt' in phrase 'yes' (did you mean 'text'?)",
            "en/phrases-xx.md:14: phrase 'yes' has no 'text:' (write the translation)",
        ],
    ),
    "no-english-phrasebook": (
        {"phrases-xx.md": translation(ALL)},
        [
            "en/phrases-xx.md:4: there is no English phrasebook to translate "
            "(add a phrasebook file without 'language:')"
        ],
    ),
    "two-files-one-language": (
        {
            "phrases.md": SOURCE,
            "phrases-xx.md": translation(ALL, "2026-12-10 by A. Reviewer"),
            "phrases-yy.md": translation(ALL, "2026-12-10 by A. Reviewer"),
        },
        [
            "en/phrases-yy.md:4: language 'xx' has a file already: en/phrases-xx.md "
            "(keep the translations of one language in one file)"
        ],
    ),
    "wrong-direction": (
        {
            "phrases.md": SOURCE,
            "phrases-xx.md": translation(ALL, "2026-12-10 by A. Reviewer").replace(
                "english: Testish\n", "english: Testish\ndirection: rtI\n"
            ),
        },
        ["en/phrases-xx.md:7: unknown direction 'rtI' (did you mean 'rtl'?)"],
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_each_bad_phrasebook_is_reported_with_its_line(case: str, tmp_path: Path) -> None:
    files, expected = BAD[case]
    root = tree(tmp_path, files)
    assert sorted(reported(root)) == sorted(expected)


def test_a_translation_of_an_unknown_phrase_is_a_warning(tmp_path: Path) -> None:
    texts = {**ALL, "docter": "xx typo"}
    root = tree(
        tmp_path,
        {"phrases.md": SOURCE, "phrases-xx.md": translation(texts, "2026-12-10 by A. Reviewer")},
    )
    assert reported(root) == [
        "en/phrases-xx.md:49: warning: Testish (xx): there is no English phrase 'docter' "
        "(did you mean 'doctor'?)"
    ]


def test_the_card_takes_the_host_countrys_phone_lines_with_their_hours(tmp_path: Path) -> None:
    texts = {i: t for i, t in ALL.items() if i != "card-keep"}
    root = tree(
        tmp_path,
        {"phrases.md": SOURCE, "phrases-xx.md": translation(texts), "finland.md": COUNTRY},
    )
    pipeline.build(root, tmp_path / "out")
    bundle = Bundle(tmp_path / "out")
    book = bundle.phrasebook()
    assert book is not None
    card = compose(book, "xx", bundle.document("finland"))
    assert card.title.text == "xx Your rights and who can help"
    assert [p.text for p in card.points] == ["xx Help is free and confidential."]
    assert card.call.text == "xx You can call these numbers:"
    assert [(c.name, c.phone, c.hours, c.uncertain) for c in card.lines] == [
        ("Assistance line", "+358 2954 63177", "24/7", False),
        ("Emergency number 112", "112", "", True),
    ]
    assert (card.keep.text, card.keep.state) == (ENGLISH["card-keep"], State.MISSING)
    assert (card.country, card.country_code) == ("Finland", "FI")
    assert card.checked is False
    no_country = compose(book, "xx", None)
    assert (no_country.lines, no_country.country) == ((), "")
    english = compose(book, "en", None)
    assert english.checked is True
    assert english.title.text == "Your rights and who can help"


def test_the_app_gets_languages_buttons_and_the_childrens_set(tmp_path: Path) -> None:
    translated = translation(ALL).replace(
        "english: Testish\n", "english: Testish\ndirection: rtl\n"
    )
    root = tree(tmp_path, {"phrases.md": SOURCE, "phrases-xx.md": translated})
    pipeline.build(root, tmp_path / "out")
    book = Bundle(tmp_path / "out").phrasebook()
    assert book is not None
    assert [(lang.code, lang.name, lang.rtl) for lang in book.languages] == [
        ("en", "English", False),
        ("xx", "Xish", True),
    ]
    assert [b.text for b in book.buttons("xx")] == ["xx Yes.", "xx No."]
    assert [b.direction for b in book.buttons("xx")] == ["rtl", "rtl"]
    assert [p.id for p in book.children.phrases] == ["child-alone"]
    assert len(book.unchecked("xx")) == len(ENGLISH)
    assert book.unchecked("en") == ()
    with pytest.raises(KeyError):
        book.line("zz", "doctor")


def test_phrasebook_documents_survive_the_bundle_round_trip(tmp_path: Path) -> None:
    root = tree(tmp_path, {"phrases.md": SOURCE, "phrases-xx.md": translation(ALL)})
    docs = pipeline.check(root).documents
    assert {d.kind for d in docs} == {Kind.PHRASEBOOK}
    for doc in docs:
        assert Document.from_dict(doc.to_dict()) == doc
    assert Phrasebook.of(docs) is not None


CONTENT = Path(__file__).resolve().parent.parent / "content"
LANGUAGES = {
    "uk": "Українська", "ru": "Русский", "ro": "Română", "bg": "Български", "pl": "Polski",
    "lt": "Lietuvių", "lv": "Latviešu", "et": "Eesti", "hu": "Magyar", "sq": "Shqip",
    "vi": "Tiếng Việt", "zh-Hans": "中文（简体）", "th": "ไทย", "tl": "Tagalog",
    "ar": "العربية", "fa": "فارسی / دری", "es": "Español", "fr": "Français", "pt": "Português",
}  # fmt: skip


@pytest.fixture
def handbook(handbook_bundle: Path) -> Path:
    """The real handbook, built once per session (``conftest.handbook_bundle``)."""
    return handbook_bundle


def test_the_handbooks_phrasebook_has_every_group_and_language(handbook: Path) -> None:
    book = Bundle(handbook).phrasebook()
    assert book is not None
    phrases = [p for g in book.groups for p in g.phrases]
    assert len(phrases) >= 40
    assert [g.id for g in book.groups] == [
        "greeting", "language", "urgent", "private", "consent", "rights", "next", "answers",
        "child",
    ]  # fmt: skip
    assert {lang.code: lang.name for lang in book.languages} == {"en": "English", **LANGUAGES}
    assert {lang.code for lang in book.languages if lang.rtl} == {"ar", "fa"}
    for code in LANGUAGES:
        states = {book.line(code, p.id).state for p in phrases}
        assert states == {State.UNREVIEWED}, code  # complete, current, not yet reviewed
    assert [b.english for b in book.buttons("uk")] == ["Yes.", "No.", "I don't know."]


def test_strict_build_of_the_handbook_fails_on_phrasebook_reviews_only() -> None:
    """The phrasebook's only strict failures are the listed unreviewed translations."""
    failing = [
        p.format(CONTENT)
        for p in pipeline.check(CONTENT).failing(strict=True)
        if p.path.parent.name == "phrasebook"
    ]
    assert len(failing) == len(LANGUAGES)
    assert all(
        line.endswith(f": 45 of 45 translations not yet reviewed ({REVIEW_FIX})")
        for line in failing
    ), failing
    assert "en/phrasebook/phrases-uk.md:18: warning: Ukrainian (uk): 45 of 45" in "\n".join(failing)


@pytest.mark.parametrize(
    ("query", "place"),
    [
        ("doctor Ukrainian", "phrases-uk"),
        ("Arabic phrases", "phrases-ar"),
        ("how do I say safe", "phrasebook"),  # the phrasebook; its "feel safe" phrase is 4th
        ("how do I say doctor", "phrasebook#doctor"),
        ("person does not speak English", "phrasebook"),
    ],
)
def test_phrases_are_found_as_an_officer_asks_for_them(
    handbook: Path, query: str, place: str
) -> None:
    from handbook_app.search.engine import Query
    from handbook_app.search.searcher import Searcher

    searcher = Searcher(handbook / "index")
    try:
        hits = searcher.search(Query(query, limit=3)).hits
    finally:
        searcher.close()
    assert place in [f"{h.doc_id}#{h.anchor}" if h.anchor else h.doc_id for h in hits]


PHRASE_LINES = [
    "- Do you need a doctor? {#doctor}", "- Yes. {#yes}", "- No. {#no}", "- No id here",
    "- {#empty}", "## Group {#g}", "## Child {#child}", "## doctor", "## yes", "## Not an id!",
    "en: Do you need a doctor?", "en: Yes.", "text: Так.", "text:", "reviewed: no",
    "reviewed: 2026-12-10 by A. Reviewer", "reviewed: 2026-02-30 by X", "reviewed: maybe",
    "  continued", "txt: typo", "just words", "",
]  # fmt: skip
FRONT = st.fixed_dictionaries(
    {"kind": st.just("phrasebook"), "title": st.just("T")},
    optional={
        "language": yaml_value, "name": yaml_value, "english": yaml_value,
        "direction": st.one_of(yaml_value, st.sampled_from(["ltr", "rtl"])),
        "buttons": st.one_of(yaml_value, st.just(["yes", "no"])), "children": yaml_value,
        "card": st.one_of(yaml_value, st.just({"title": "yes", "points": ["no"], "call": "yes"})),
    },
)  # fmt: skip
BODY = st.lists(st.one_of(st.sampled_from(PHRASE_LINES), markdown_line), max_size=25).map("\n".join)


@given(source=st.tuples(FRONT, BODY), other=st.tuples(FRONT, BODY))
def test_any_phrasebook_file_gets_located_problems_never_a_crash(
    source: tuple[dict[str, Any], str], other: tuple[dict[str, Any], str]
) -> None:
    files = {
        "phrases.md": document(dump(source[0]), source[1]),
        "phrases-xx.md": document(dump(other[0]), other[1]),
    }
    with tempfile.TemporaryDirectory() as folder:
        root = tree(Path(folder), files)
        for problem in pipeline.check(root).problems:
            lines = files[problem.path.name].splitlines()
            assert 1 <= problem.line <= max(1, len(lines)), problem.format(root)


def test_no_phrase_is_shown_to_the_officer_as_a_note_of_its_group(handbook: Path) -> None:
    # A group's note is the text before its phrases; a phrase with its {#id} never leaks
    # into it (it did once, when the last phrase of each group was read as the note).
    page = Bundle(handbook).document("phrasebook").html
    assert "{#" not in page
    assert page.count("<li id=") >= 40
