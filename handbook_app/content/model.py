"""The plain data model of a handbook: what the builder produces and the app reads.

Every class converts to and from JSON-ready dicts, which is how documents are
stored in a bundle (see ``docs/bundle-format.md``).
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any

from handbook_app.content.dates import UNVERIFIED


class Kind(enum.StrEnum):
    CHAPTER = "chapter"
    CHECKLIST = "checklist"
    GUIDE = "guide"
    COUNTRY = "country"
    PHRASEBOOK = "phrasebook"


class Strength(enum.StrEnum):
    STRONG = "strong"
    MEDIUM = "medium"
    WEAK = "weak"


@dataclass(frozen=True)
class Section:
    """A heading section of a document: one search hit, one place to open at."""

    anchor: str
    title: str
    level: int
    text: str = ""


@dataclass(frozen=True)
class Indicator:
    id: str
    text: str
    strength: Strength
    uncertain: bool = False


@dataclass(frozen=True)
class Dimension:
    """A group of indicators; for the ILO/EC rule, one dimension."""

    anchor: str
    title: str
    indicators: tuple[Indicator, ...]
    html: str = ""


@dataclass(frozen=True)
class Checklist:
    rule: str
    audience: str
    dimensions: tuple[Dimension, ...]
    stages: dict[str, tuple[str, ...]] = field(default_factory=dict)
    guide: str = ""


@dataclass(frozen=True)
class Answer:
    label: str
    target: str


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    html: str
    next: str = ""
    question: str = ""
    answers: tuple[Answer, ...] = ()

    @property
    def is_end(self) -> bool:
        return not self.next and not self.answers

    def targets(self) -> tuple[str, ...]:
        if self.next:
            return (self.next,)
        return tuple(a.target for a in self.answers)


@dataclass(frozen=True)
class Guide:
    start: str
    steps: tuple[Step, ...]

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)


@dataclass(frozen=True)
class Contact:
    anchor: str
    name: str
    role: str
    source: str
    verified: str
    phone: str = ""
    email: str = ""
    web: str = ""
    hours: str = ""
    notes: str = ""
    uncertain: bool = False
    source_date: str = ""
    """When the source itself is dated (a year, month or day), as written; may be empty."""

    @property
    def unverified(self) -> bool:
        return self.verified == UNVERIFIED


@dataclass(frozen=True)
class Country:
    code: str
    contacts: tuple[Contact, ...]


@dataclass(frozen=True)
class Phrase:
    """One English phrase of the phrasebook; ``id`` is what translations and cases name."""

    id: str
    text: str


@dataclass(frozen=True)
class PhraseGroup:
    id: str
    title: str
    phrases: tuple[Phrase, ...]


@dataclass(frozen=True)
class CardPlan:
    """Which phrases make the "your rights and who can help" card, by id."""

    title: str
    points: tuple[str, ...]
    call: str
    keep: str


@dataclass(frozen=True)
class Phrases:
    """The English phrasebook: groups of phrases, the answer buttons, the card, the children's set."""

    groups: tuple[PhraseGroup, ...]
    buttons: tuple[str, ...]
    card: CardPlan
    children: str


@dataclass(frozen=True)
class Translation:
    """One phrase in another language; ``english`` is the English it was made from.

    ``reviewed`` is empty while no native speaker has checked it, else e.g.
    ``"2026-12-10 by A. Name"``.
    """

    id: str
    text: str
    english: str
    reviewed: str = ""


@dataclass(frozen=True)
class Translations:
    """A language of the phrasebook: its code, its name written in itself, its direction."""

    code: str
    name: str
    english_name: str
    direction: str
    translations: tuple[Translation, ...]


@dataclass(frozen=True)
class Document:
    """One document of the handbook, parsed, rendered and sanitized."""

    id: str
    kind: Kind
    lang: str
    title: str
    source: str
    html: str
    summary: str = ""
    tags: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    order: float = 0.0
    uncertain: bool = False
    sections: tuple[Section, ...] = ()
    checklist: Checklist | None = None
    guide: Guide | None = None
    country: Country | None = None
    phrases: Phrases | None = None
    translations: Translations | None = None
    translated_from: str = ""
    """A translation only: ``translated_from:`` of its front matter (the original's digest)."""
    reviewed: str = ""
    """A translation only: ``""`` until a native speaker checked it, else ``"DATE by NAME"``."""

    @property
    def is_translation(self) -> bool:
        return bool(self.translated_from)

    @property
    def country_code(self) -> str:
        return self.country.code if self.country else ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        checklist = data.get("checklist")
        guide = data.get("guide")
        country = data.get("country")
        phrases = data.get("phrases")
        translations = data.get("translations")
        return cls(
            id=data["id"],
            kind=Kind(data["kind"]),
            lang=data["lang"],
            title=data["title"],
            source=data["source"],
            html=data["html"],
            summary=data.get("summary", ""),
            tags=tuple(data.get("tags", ())),
            keywords=tuple(data.get("keywords", ())),
            order=float(data.get("order", 0.0)),
            uncertain=bool(data.get("uncertain", False)),
            sections=tuple(Section(**s) for s in data.get("sections", ())),
            checklist=_checklist_from(checklist) if checklist else None,
            guide=_guide_from(guide) if guide else None,
            country=_country_from(country) if country else None,
            phrases=_phrases_from(phrases) if phrases else None,
            translations=_translations_from(translations) if translations else None,
            translated_from=str(data.get("translated_from", "")),
            reviewed=str(data.get("reviewed", "")),
        )


def _checklist_from(data: dict[str, Any]) -> Checklist:
    dimensions = tuple(
        Dimension(
            anchor=d["anchor"],
            title=d["title"],
            html=d.get("html", ""),
            indicators=tuple(
                Indicator(i["id"], i["text"], Strength(i["strength"]), i.get("uncertain", False))
                for i in d["indicators"]
            ),
        )
        for d in data["dimensions"]
    )
    stages = {k: tuple(v) for k, v in data.get("stages", {}).items()}
    return Checklist(data["rule"], data["audience"], dimensions, stages, data.get("guide", ""))


def _guide_from(data: dict[str, Any]) -> Guide:
    steps = tuple(
        Step(
            id=s["id"],
            title=s["title"],
            html=s["html"],
            next=s.get("next", ""),
            question=s.get("question", ""),
            answers=tuple(Answer(a["label"], a["target"]) for a in s.get("answers", ())),
        )
        for s in data["steps"]
    )
    return Guide(data["start"], steps)


def _country_from(data: dict[str, Any]) -> Country:
    return Country(data["code"], tuple(Contact(**c) for c in data["contacts"]))


def _phrases_from(data: dict[str, Any]) -> Phrases:
    groups = tuple(
        PhraseGroup(g["id"], g["title"], tuple(Phrase(p["id"], p["text"]) for p in g["phrases"]))
        for g in data["groups"]
    )
    card = data["card"]
    plan = CardPlan(card["title"], tuple(card["points"]), card["call"], card["keep"])
    return Phrases(groups, tuple(data["buttons"]), plan, data["children"])


def _translations_from(data: dict[str, Any]) -> Translations:
    return Translations(
        data["code"],
        data["name"],
        data["english_name"],
        data["direction"],
        tuple(Translation(**t) for t in data["translations"]),
    )


@dataclass(frozen=True)
class HandbookInfo:
    """What ``content/handbook.yaml`` says about the whole handbook."""

    title: str
    edition: int
    edition_date: str
    publisher: str
    languages: tuple[str, ...]
