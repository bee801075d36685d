"""Translated documents: checked against their original, built per language, read with fallback."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from handbook_app.builder import pipeline
from handbook_app.bundle.manifest import LANGUAGES, Manifest
from handbook_app.bundle.reader import Bundle
from handbook_app.cli import TABLE_END, TABLE_START, main
from handbook_app.content.languages import digest
from handbook_app.core.assessment import Outcome, assess
from handbook_app.errors import ContentError
from handbook_app.search.engine import Query
from handbook_app.search.searcher import Searcher
from handbook_app.trust.verify import verify_bundle

if TYPE_CHECKING:
    from handbook_app.content.model import Checklist

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"

LIST = """\
---
kind: checklist
title: Signs
rule: ilo-operational
stages:
  recruitment: [recruitment]
  exploitation: [work]
  destination: [coercion]
---

Tick what you see.

## Recruitment {#recruitment}

- [strong] Lied to about the job
- [medium] Paid a large fee

## Work {#work}

- [strong] Works with no pay
- [medium] Very long hours

## Coercion {#coercion}

- [strong] Passport taken away
- [medium] Threatened with the police
"""

GUIDE = """\
---
kind: guide
title: First steps
---

## Is anyone in danger? {#safety}

Ask: Is there danger now?
- Yes -> emergency
- No -> talk

## Call for help {#emergency}

Call 112.

## Talk in private {#talk}

Use the [signs](signs.md#work). See [help](help.md).
"""

PAGE = """\
# Help

## Where to call {#where}

See the [signs](signs.md) and the [first steps](first.md#talk).
"""

GERMAN_LIST = """\
---
kind: checklist
title: Anzeichen
rule: ilo-operational
stages:
  recruitment: [recruitment]
  exploitation: [work]
  destination: [coercion]
translated_from: "{digest}"
reviewed: no
---

Kreuzen Sie an, was Sie sehen.

## Anwerbung {{#recruitment}}

- [strong] Über die Arbeit belogen {{#recruitment.lied-to-about-the-job}}
- [medium] Hat eine hohe Gebühr bezahlt {{#recruitment.paid-a-large-fee}}

## Arbeit {{#work}}

- [strong] Arbeitet ohne Lohn {{#work.works-with-no-pay}}
- [medium] Sehr lange Arbeitszeiten {{#work.very-long-hours}}

## Zwang {{#coercion}}

- [strong] Pass abgenommen {{#coercion.passport-taken-away}}
- [medium] Mit der Polizei bedroht {{#coercion.threatened-with-the-police}}
"""

GERMAN_GUIDE = """\
---
kind: guide
title: Erste Schritte
translated_from: "{digest}"
reviewed: 2026-12-01 by A. Prüferin
---

## Ist jemand in Gefahr? {{#safety}}

Ask: Besteht jetzt Gefahr?
- Ja -> emergency
- Nein -> talk

## Hilfe rufen {{#emergency}}

Rufen Sie 112 an.

## Unter vier Augen sprechen {{#talk}}

Nutzen Sie die [Anzeichen](signs.md#work). Siehe [Hilfe](help.md).
"""


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """English with two of its three documents translated into German; Polish listed, empty."""
    root = tmp_path / "content"
    write(root, "handbook.yaml", textwrap.dedent("""\
        title: Test handbook
        edition: 1
        edition_date: 2026-11-28
        publisher: Test
        languages: [en, de, pl]
        """))  # fmt: skip
    write(root, "en/signs.md", LIST)
    write(root, "en/first.md", GUIDE)
    write(root, "en/help.md", PAGE)
    (root / "pl").mkdir()
    translate(root, "signs.md", GERMAN_LIST)
    translate(root, "first.md", GERMAN_GUIDE)
    return root


def translate(root: Path, rel: str, template: str) -> Path:
    english = (root / "en" / rel).read_text("utf-8")
    return write(root, f"de/{rel}", template.format(digest=digest(english)))


def lines(root: Path, strict: bool = False) -> list[str]:
    return [p.format(root) for p in pipeline.check(root).failing(strict)]


def test_a_translation_is_read_in_its_language_and_the_rest_falls_back(
    content: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bundle"
    pipeline.build(content, out)
    bundle = Bundle(out)
    assert [(x.code, x.name) for x in bundle.languages] == [
        ("en", "English"), ("de", "Deutsch"), ("pl", "Polski"),
    ]  # fmt: skip
    shown = bundle.localized("first", "de")
    assert (shown.document.lang, shown.document.title, shown.fallback) == (
        "de",
        "Erste Schritte",
        False,
    )
    assert (shown.reviewed, shown.unreviewed, shown.stale) == (
        "2026-12-01 by A. Prüferin",
        False,
        False,
    )
    unreviewed = bundle.localized("signs", "de")
    assert unreviewed.unreviewed
    assert "noch keine Muttersprachlerin" in unreviewed.document.html
    fallback = bundle.localized("help", "de")
    assert (fallback.document.lang, fallback.document.title, fallback.fallback) == (
        "en",
        "Help",
        True,
    )
    assert bundle.localized("first", "pl").fallback
    assert bundle.language("pl").name == "Polski"
    # The English as before: catalog, contents, document() without a language.
    assert bundle.document("first").title == "First steps"
    assert bundle.localized("first", "en").fallback is False
    assert [(e.id, e.lang) for e in bundle.entries] == [
        ("help", "en"),
        ("signs", "en"),
        ("first", "en"),
    ]
    assert [(e.id, e.lang, e.title) for e in bundle.entries_in("de")] == [
        ("help", "en", "Help"), ("signs", "de", "Anzeichen"), ("first", "de", "Erste Schritte"),
    ]  # fmt: skip
    assert Manifest.load(out).documents == 3, "the manifest counts the catalog's documents"
    assert LANGUAGES in Manifest.load(out).files
    verify_bundle(out)


@pytest.mark.parametrize("order", ["documents first", "compact"])
def test_languages_json_in_another_layout_reads_the_same(
    content: Path, tmp_path: Path, order: str
) -> None:
    """The reader decodes the translations (the end of ``languages.json``) only when one is
    asked for; a file laid out otherwise is read whole, with the same result."""
    out = tmp_path / "bundle"
    pipeline.build(content, out)
    before = Bundle(out)
    data = json.loads((out / LANGUAGES).read_bytes())
    if order == "documents first":
        data = {"documents": data.pop("documents"), **data}
    (out / LANGUAGES).write_text(json.dumps(data, separators=(",", ":")), "utf-8")
    after = Bundle(out)
    assert after.base == before.base
    assert after.languages == before.languages
    assert after.entries_in("de") == before.entries_in("de")
    german = before.translation("first", "de")
    assert german is not None
    assert after.translation("first", "de") == german
    assert after.translation("first", "en") is None


def test_links_in_a_translation_lead_to_the_translation_or_else_the_original(
    content: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bundle"
    pipeline.build(content, out)
    bundle = Bundle(out)
    page = bundle.localized("first", "de").document.html
    assert 'href="doc:signs#work"' in page
    assert 'href="doc:help"' in page  # not translated: the English file was found
    # Opening the links the way the app does lands on German, then on the English.
    assert bundle.localized("signs", "de").document.lang == "de"
    assert bundle.localized("help", "de").fallback


def test_a_tick_in_german_counts_for_the_same_indicator_as_in_english(
    content: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bundle"
    pipeline.build(content, out)
    bundle = Bundle(out)
    english = bundle.document("signs").checklist
    german = bundle.document("signs", "de").checklist
    assert english is not None
    assert german is not None
    ids = [[i.id for i in d.indicators] for d in english.dimensions]
    assert ids == [[i.id for i in d.indicators] for d in german.dimensions]
    ticked = ["recruitment.lied-to-about-the-job", "work.works-with-no-pay",
              "work.very-long-hours", "coercion.passport-taken-away",
              "coercion.threatened-with-the-police", "recruitment.paid-a-large-fee"]  # fmt: skip

    def result(checklist: Checklist, chosen: list[str]) -> tuple[object, ...]:
        found = assess(checklist, chosen)
        return found.outcome, [(d.anchor, d.positive, d.ticked) for d in found.dimensions]

    assert assess(english, ticked).outcome is Outcome.LIKELY
    assert result(german, ticked) == result(english, ticked)
    assert result(german, ticked[:2]) == result(english, ticked[:2])
    assert result(german, ticked[:2])[0] is not Outcome.LIKELY


def test_the_coverage_table(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(content), "--translations"]) == 0
    out = capsys.readouterr().out
    assert out == (
        "Translations of the 3 documents in English:\n"
        "language             translated  stale  unreviewed  missing\n"
        "de Deutsch                    2      0           1        1\n"
        "pl Polski                     0      0           0        3\n"
        "5 documents, 1 problem(s)\n"
    )


def test_only_the_english_changed_and_the_cached_build_sees_it(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "bundle"
    pipeline.build(content, out)
    english = content / "en" / "first.md"
    english.write_text(english.read_text("utf-8").replace("Call 112.", "Call 112 now."), "utf-8")
    new = digest(english.read_text("utf-8"))
    result = pipeline.build(content, out)
    assert result.reused >= 1, "the German files were taken from the build cache"
    assert [p.format(content) for p in result.warnings if "de/first" in str(p.path)] == [
        f"de/first.md:4: warning: the original changed since it was translated (en/first.md is"
        f" now '{new}', not '{digest(GUIDE)}') (bring the translation up to date, then write"
        f" 'translated_from: \"{new}\"')"
    ]
    translated = Bundle(out).translation("first", "de")
    assert translated is not None
    assert translated.stale
    assert Bundle(out).localized("first", "de").stale
    assert main(["check", str(content), "--translations"]) == 0
    assert (
        "de Deutsch                    2      1           1        1\n" in capsys.readouterr().out
    )
    with pytest.raises(ContentError):
        pipeline.build(content, out, strict=True)
    # Brought up to date: no longer stale.
    german = content / "de" / "first.md"
    german.write_text(german.read_text("utf-8").replace(digest(GUIDE), new), "utf-8")
    pipeline.build(content, out)
    assert not Bundle(out).localized("first", "de").stale


def test_unreviewed_translations_are_warnings_and_strict_errors(content: Path) -> None:
    assert lines(content) == []
    assert lines(content, strict=True) == [
        "de/signs.md:10: warning: translation not yet reviewed by a native speaker (have a "
        "native speaker check it, then write 'reviewed: YYYY-MM-DD by NAME')"
    ]


def test_a_translation_keeps_indicator_ids_strengths_and_routes(content: Path) -> None:
    german = content / "de" / "signs.md"
    text = german.read_text("utf-8")
    text = text.replace("{#work.works-with-no-pay}", "{#work.works-with-no-payment}")
    text = text.replace("[medium] Sehr lange", "[strong] Sehr lange")
    text = text.replace(" {#coercion.threatened-with-the-police}", "")
    german.write_text(text, "utf-8")
    guide = content / "de" / "first.md"
    swapped = guide.read_text("utf-8").replace(
        "- Ja -> emergency\n- Nein -> talk", "- Ja -> talk\n- Nein -> emergency"
    )
    guide.write_text(swapped, "utf-8")
    found = lines(content)
    assert (
        "de/signs.md:22: indicator 'work.works-with-no-payment' is not in the original (did you "
        "mean 'work.works-with-no-pay'?)" in found
    )
    assert (
        "de/signs.md:23: indicator 'work.very-long-hours' is strong in 'work' here, but medium "
        "in 'work' in the original (keep it as in the original: ticks and routes must mean the "
        "same in every language)" in found
    )
    assert (
        "de/signs.md:28: indicator 'coercion.mit-der-polizei-bedroht' is not in the original "
        "(give it the id of the indicator it translates, e.g. "
        "{#coercion.threatened-with-the-police})" in found
    )
    assert (
        "de/signs.md:1: indicator 'coercion.threatened-with-the-police' of the original is "
        "missing (translate it, with {#coercion.threatened-with-the-police} at the end of its "
        "line)" in found
    )
    assert (
        "de/first.md:8: step 'safety' is talk, emergency here, but emergency, talk in the original"
        " (keep it as in the original: ticks and routes must mean the same in every language)"
        in found
    ), found


def test_a_translation_keeps_the_anchors_and_has_an_original(content: Path) -> None:
    page = content / "en" / "help.md"
    write(
        content,
        "de/help.md",
        PAGE.replace(
            "# Help", "---\nkind: chapter\ntranslated_from: x\nreviewed: no\n---\n# Hilfe"
        ).replace(" {#where}", ""),
    )
    write(
        content,
        "de/extra.md",
        "---\nkind: chapter\ntranslated_from: x\nreviewed: no\n---\n# Extra\n",
    )
    english = page.read_text("utf-8")
    page.write_text("---\nkind: chapter\nreviewed: no\n---\n" + english, "utf-8")
    found = lines(content)
    assert (
        "de/help.md:1: section '#where' of the original is missing (end the heading that "
        "translates it with {#where})" in found
    )
    assert any(
        line.startswith("de/extra.md:1: translation of nothing: there is no en/extra.md")
        for line in found
    )
    assert (
        "en/help.md:3: 'reviewed:' is for translations, and this is "
        "an original (remove it (a translation lives under content/<lang>/ of another language))"
        in found
    )


def test_a_translation_says_what_it_was_made_from_and_whether_reviewed(content: Path) -> None:
    german = content / "de" / "first.md"
    text = german.read_text("utf-8")
    text = "\n".join(
        line for line in text.splitlines() if not line.startswith(("translated_from", "reviewed"))
    )
    german.write_text(text + "\n", "utf-8")
    english = digest((content / "en" / "first.md").read_text("utf-8"))
    assert lines(content) == [
        f"de/first.md:1: translation does not say what it was translat"
        f"ed from (add 'translated_from: \"{english}\"' once it matches en/first.md)",
        "de/first.md:1: translation does not say whether it was reviewed (add 'reviewed: no')",
    ]
    german.write_text(
        text.replace(
            "title: Erste Schritte", "title: Erste Schritte\nreviewed: maybe\ntranslated_from: x"
        ),
        "utf-8",
    )
    assert any("unknown review state 'maybe'" in line for line in lines(content))


def test_unknown_languages_are_refused(content: Path) -> None:
    info = content / "handbook.yaml"
    info.write_text(info.read_text("utf-8").replace("[en, de, pl]", "[en, de, pol, de]"), "utf-8")
    found = lines(content)
    assert any("unknown language 'pol' (did you mean 'pl'?)" in line for line in found), found
    assert any("language 'de' is listed twice (list it once)" in line for line in found), found


def test_a_bundle_of_one_language_falls_back_for_every_other(sample_bundle: Path) -> None:
    bundle = Bundle(sample_bundle)
    assert [x.code for x in bundle.languages] == ["en"]
    first = bundle.entries[0].id
    shown = bundle.localized(first, "de")
    assert (shown.fallback, shown.document.lang) == (True, "en")
    assert bundle.entries_in("de") == bundle.entries


def test_the_search_index_holds_the_first_language_only_for_now(
    content: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bundle"
    pipeline.build(content, out)
    searcher = Searcher(out / "index")
    try:
        assert not searcher.search(Query("Anzeichen")).hits
        assert {h.doc_id for h in searcher.search(Query("passport")).hits} == {"signs"}
    finally:
        searcher.close()
    data = json.loads((out / LANGUAGES).read_text("utf-8"))
    assert [e["id"] for e in data["documents"]["de"]] == ["signs", "first"]


# The handbook's own translations.

COUNTER = {
    "checklists/quick-screen.md",
    "guides/guide-first-contact.md",
    "guides/guide-refer-adult.md",
    "guides/guide-refer-child.md",
    "chapters/glossary.md",
}


@pytest.fixture(scope="module")
def handbook() -> pipeline.Result:
    return pipeline.check(CONTENT)


def test_the_handbooks_translations_are_current_and_keep_every_id(
    handbook: pipeline.Result,
) -> None:
    assert handbook.coverage is not None
    mine = [p.format(CONTENT) for p in handbook.failing(strict=True) if p.path.parts[-3] != "en"]
    for line in mine:  # every strict failure of a translation is its review, nothing else
        assert line.endswith(
            "warning: translation not yet reviewed by a native speaker (have a native speaker "
            "check it, then write 'reviewed: YYYY-MM-DD by NAME')"
        ), line
    for lang in ("de", "pl", "sv"):
        done = {s.id for s in handbook.coverage.of(lang)}
        wanted = {Path(rel).stem for rel in COUNTER}
        assert wanted <= done, (lang, wanted - done)
        assert not any(s.stale for s in handbook.coverage.of(lang))


def test_the_readme_holds_the_current_coverage_table(handbook: pipeline.Result) -> None:
    assert handbook.coverage is not None
    block = "\n".join(
        [TABLE_START, "", "```text", *handbook.coverage.table(), "```", "", TABLE_END]
    )
    assert block in (ROOT / "README.md").read_text("utf-8"), "run 'make translations-doc'"


def test_check_translations_writes_what_it_prints(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(content), "--translations"])
    printed = capsys.readouterr().out.splitlines()[:-1]  # without the count of documents
    readme = tmp_path / "README.md"
    readme.write_text(f"# Title\n\n{TABLE_START}\nold\n{TABLE_END}\n\nMore.\n", "utf-8")
    assert main(["check", str(content), "--translations", "--update", str(readme)]) == 0
    assert readme.read_text("utf-8") == "\n".join(
        ["# Title", "", TABLE_START, "", "```text", *printed, "```", "", TABLE_END, "", "More.", ""]
    )
    assert main(["check", str(content), "--update", str(readme)]) == 1


def test_a_tick_on_the_quick_screen_counts_alike_in_every_language(
    handbook: pipeline.Result,
) -> None:
    screens = {d.lang: d.checklist for d in handbook.documents if d.id == "quick-screen"}
    english = screens["en"]
    assert english is not None
    ids = [i.id for d in english.dimensions for i in d.indicators]
    assert len(ids) == 12
    for lang in ("de", "pl", "sv"):
        translated = screens[lang]
        assert translated is not None
        assert [i.id for d in translated.dimensions for i in d.indicators] == ids, lang
        for ticked in ([ids[0]], ids[3:5], ids):
            mine, theirs = assess(translated, ticked), assess(english, ticked)
            assert mine.ticked == theirs.ticked == len(ticked), lang
            assert mine.outcome is theirs.outcome, lang
            assert [(d.anchor, d.positive, d.ticked) for d in mine.dimensions] == [
                (d.anchor, d.positive, d.ticked) for d in theirs.dimensions
            ], lang
