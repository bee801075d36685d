"""Phrasebooks in the build: rendering each file, and checking translations against the English.

Across files, per language: phrases not translated, translations not yet
reviewed, and translations whose English changed since they were written are
warnings (``--strict`` makes them errors); a translation with no English
phrasebook, or two files for one language, are errors.
"""

from __future__ import annotations

import html
from dataclasses import replace
from typing import TYPE_CHECKING

from handbook_app.content.markup import plain_text
from handbook_app.content.model import Document, Phrases, Section, Translations
from handbook_app.content.phrasebook import same_text
from handbook_app.content.problems import Problems, did_you_mean

if TYPE_CHECKING:
    from collections.abc import Callable

    from handbook_app.builder.parse import Draft
    from handbook_app.content.phrases import PhrasebookDraft

UNREVIEWED = ' <span class="unreviewed">not yet reviewed by a native speaker</span>'
REVIEW_FIX = "have a native speaker check them, then write 'reviewed: YYYY-MM-DD by NAME'"


def render(doc: Document, draft: PhrasebookDraft, to_html: Callable[[str], str]) -> Document:
    """The English phrasebook, or one language's translations, as a document."""
    parts = [f"<h1>{html.escape(doc.title)}</h1>", to_html(draft.intro)]
    top = " ".join(filter(None, (doc.summary, plain_text(draft.intro))))
    if draft.is_source:
        return _source(doc, draft, to_html, parts, top)
    rows = "".join(
        f'<tr id="{html.escape(t.id)}"><td lang="{html.escape(draft.code)}" '
        f'dir="{draft.direction}">{html.escape(t.text)}</td>'
        f'<td class="english">{html.escape(t.english)}{"" if t.reviewed else UNREVIEWED}</td></tr>'
        for t in draft.translations
    )
    parts.append(f'<table class="phrases">{rows}</table>')
    # One search entry per language, with the English it translates: "doctor Ukrainian"
    # finds it, while "doctor" alone finds the English phrase first.
    words = " ".join((top, draft.english_name, *(t.english for t in draft.translations)))
    translations = Translations(
        draft.code, draft.name, draft.english_name, draft.direction, tuple(draft.translations)
    )
    return replace(
        doc,
        html="\n".join(parts),
        translations=translations,
        sections=(Section("", doc.title, 1, words.strip()),),
    )


def _source(
    doc: Document,
    draft: PhrasebookDraft,
    to_html: Callable[[str], str],
    parts: list[str],
    top: str,
) -> Document:
    assert draft.card is not None
    sections = [Section("", doc.title, 1, top)]
    for group in draft.groups:
        items = "".join(
            f'<li id="{html.escape(p.id)}">{html.escape(p.text)}</li>' for p in group.phrases
        )
        parts.append(
            f'<h2 id="{group.id}">{html.escape(group.title)}</h2>'
            f"{to_html(draft.prose.get(group.id, ''))}<ul>{items}</ul>"
        )
        # "how do I say safe" is how an officer asks for a phrase
        words = f"{group.title}. How to say it in the person's language."
        sections.extend(Section(p.id, p.text, 2, words) for p in group.phrases)
    phrases = Phrases(tuple(draft.groups), draft.buttons, draft.card, draft.children)
    return replace(doc, html="\n".join(parts), phrases=phrases, sections=tuple(sections))


def validate(drafts: list[Draft], problems: Problems) -> None:
    """Check every translation against the English phrasebook of its handbook language."""
    books: dict[str, list[Draft]] = {}
    for draft in drafts:
        if draft.phrasebook is not None:
            books.setdefault(draft.source.lang, []).append(draft)
    for members in books.values():
        sources = [d for d in members if _book(d).is_source]
        for extra in sources[1:]:
            problems.error(
                extra.source.path,
                1,
                f"a second English phrasebook: {sources[0].source.rel} is one already",
                "add 'language:' if this file holds translations, or merge the two",
            )
        seen: dict[str, Draft] = {}
        for draft in (d for d in members if not _book(d).is_source):
            book = _book(draft)
            line = book.key_lines.get("language", book.first_line)
            if book.code in seen:
                problems.error(
                    draft.source.path,
                    line,
                    f"language '{book.code}' has a file already: {seen[book.code].source.rel}",
                    "keep the translations of one language in one file",
                )
                continue
            seen[book.code] = draft
            if not sources:
                problems.error(
                    draft.source.path,
                    line,
                    "there is no English phrasebook to translate",
                    "add a phrasebook file without 'language:'",
                )
                continue
            _against(draft, _book(sources[0]), problems)


def _book(draft: Draft) -> PhrasebookDraft:
    assert draft.phrasebook is not None
    return draft.phrasebook


def _against(draft: Draft, source: PhrasebookDraft, problems: Problems) -> None:
    """Report, for one language, what is missing, unknown, outdated and unreviewed."""
    book, path = _book(draft), draft.source.path
    english = {p.id: p.text for p in source.phrases}
    label = f"{book.english_name or book.code} ({book.code})"
    done = {t.id for t in book.translations}
    for ident, line in book.lines.items():
        if ident not in english:
            problems.warning(
                path,
                line,
                f"{label}: there is no English phrase '{ident}'",
                did_you_mean(ident, english, "remove it, or add the phrase to the English"),
            )
    missing = [i for i in english if i not in book.lines]
    if missing:
        problems.warning(
            path,
            book.key_lines.get("language", book.first_line),
            f"{label}: {len(missing)} of {len(english)} phrases not translated: "
            + ", ".join(missing),
            "add a '## id' section with 'en:', 'text:' and 'reviewed:' for each",
        )
    for translation in book.translations:
        now = english.get(translation.id)
        if now is not None and not same_text(translation.english, now):
            problems.warning(
                path,
                book.english_lines[translation.id],
                f"{label}: the English of '{translation.id}' changed after it was translated",
                f"check the translation against '{now}', then copy that into 'en:'",
            )
    unreviewed = [t.id for t in book.translations if not t.reviewed and t.id in english]
    if unreviewed:
        problems.warning(
            path,
            book.lines[unreviewed[0]],
            f"{label}: {len(unreviewed)} of {len(done & english.keys())} translations "
            "not yet reviewed",
            REVIEW_FIX,
        )
