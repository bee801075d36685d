"""The phrasebook as the app uses it: languages, phrases in each, their review state, the card.

Built from the bundle's phrasebook documents (the English one and one per
language); nothing here needs Qt. A translation whose English changed after it
was written is ``OUTDATED``; one not written yet shows the English (``MISSING``).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from handbook_app.content.model import (
    Document,
    Kind,
    Phrase,
    PhraseGroup,
    Phrases,
    Translation,
    Translations,
)


def same_text(a: str, b: str) -> bool:
    """True when two phrases are the same text, whatever their spacing."""
    return " ".join(a.split()) == " ".join(b.split())


ENGLISH = "en"


class State(enum.StrEnum):
    REVIEWED = "reviewed"
    UNREVIEWED = "unreviewed"
    """Written, not yet checked by a native speaker."""
    OUTDATED = "outdated"
    """The English changed after this translation was written."""
    MISSING = "missing"
    """Not translated: the English is shown instead."""


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    """The language's name written in itself, e.g. "Українська"."""
    english_name: str
    direction: str
    """``ltr`` or ``rtl`` (Arabic, Persian)."""
    doc_id: str = ""
    """The bundle document holding its translations ("" for English)."""

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"


@dataclass(frozen=True)
class Line:
    """One phrase to show: in the person's language, with the officer's English."""

    phrase: str
    text: str
    english: str
    state: State
    direction: str
    reviewed: str = ""
    """Who checked it and when, e.g. "2026-12-10 by A. Name"; "" when nobody has."""

    @property
    def checked(self) -> bool:
        """True only for a translation a native speaker reviewed (or the English itself)."""
        return self.state is State.REVIEWED


class Phrasebook:
    """The English phrases and every language they are translated into."""

    def __init__(self, source: Document, translations: Iterable[Document] = ()) -> None:
        if source.phrases is None:
            raise ValueError(f"document '{source.id}' is not the English phrasebook")
        self.source = source
        self.phrases: Phrases = source.phrases
        self._by_id = {p.id: p for g in self.phrases.groups for p in g.phrases}
        english = Language(ENGLISH, "English", "English", "ltr")
        self._languages = {ENGLISH: english}
        self._texts: dict[str, dict[str, Translation]] = {ENGLISH: {}}
        for doc in translations:
            part: Translations | None = doc.translations
            if part is None or part.code in self._languages:
                continue
            self._languages[part.code] = Language(
                part.code, part.name, part.english_name, part.direction, doc.id
            )
            self._texts[part.code] = {t.id: t for t in part.translations}

    @classmethod
    def of(cls, docs: Iterable[Document]) -> Phrasebook | None:
        """The phrasebook made of the phrasebook documents among ``docs``, if there is one."""
        books = [d for d in docs if d.kind is Kind.PHRASEBOOK]
        source = next((d for d in books if d.phrases is not None), None)
        if source is None:
            return None
        return cls(source, [d for d in books if d.translations is not None])

    @property
    def languages(self) -> tuple[Language, ...]:
        """English first, then the others in the order of their documents."""
        return tuple(self._languages.values())

    def language(self, code: str) -> Language:
        return self._languages[code]

    @property
    def groups(self) -> tuple[PhraseGroup, ...]:
        return self.phrases.groups

    def group(self, group_id: str) -> PhraseGroup:
        for group in self.groups:
            if group.id == group_id:
                return group
        raise KeyError(group_id)

    @property
    def children(self) -> PhraseGroup:
        """The simpler set of phrases for a child."""
        return self.group(self.phrases.children)

    def phrase(self, phrase_id: str) -> Phrase:
        return self._by_id[phrase_id]

    def line(self, code: str, phrase_id: str) -> Line:
        """Phrase ``phrase_id`` in language ``code`` (KeyError for an unknown one of either)."""
        english = self._by_id[phrase_id].text
        language = self._languages[code]
        if code == ENGLISH:
            return Line(phrase_id, english, english, State.REVIEWED, "ltr")
        found = self._texts[code].get(phrase_id)
        if found is None:
            return Line(phrase_id, english, english, State.MISSING, "ltr")
        if not same_text(found.english, english):
            state = State.OUTDATED
        else:
            state = State.REVIEWED if found.reviewed else State.UNREVIEWED
        return Line(phrase_id, found.text, english, state, language.direction, found.reviewed)

    def lines(self, code: str, group_id: str) -> tuple[Line, ...]:
        return tuple(self.line(code, p.id) for p in self.group(group_id).phrases)

    def buttons(self, code: str) -> tuple[Line, ...]:
        """The person's answer buttons in show mode (Yes, No, Don't know)."""
        return tuple(self.line(code, b) for b in self.phrases.buttons)

    def unchecked(self, code: str) -> tuple[str, ...]:
        """Ids of the phrases of ``code`` that no native speaker has checked as they stand."""
        return tuple(
            p for p in self._by_id if self.line(code, p).state is not State.REVIEWED
        )
