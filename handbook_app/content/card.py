"""The "your rights and who can help" card: phrases in the person's language, the host lines.

The sentences come from the phrasebook (``card:`` in its front matter names
them); the telephone lines come from the host country's directory entry at the
moment the card is made, so a corrected number is never stale on a card.
A card never carries a name.
"""

from __future__ import annotations

from dataclasses import dataclass

from handbook_app.content.model import Document
from handbook_app.content.phrasebook import Language, Line, Phrasebook, State


@dataclass(frozen=True)
class CardLine:
    """One telephone line of the host country, as the directory has it."""

    name: str
    role: str
    phone: str
    hours: str
    """As written in the directory, e.g. "24/7"; "" when the directory does not say."""
    source: str
    verified: str
    uncertain: bool = False


@dataclass(frozen=True)
class Card:
    language: Language
    title: Line
    points: tuple[Line, ...]
    """Help is free and confidential; time to decide; no need to go to the police."""
    call: Line
    """The sentence before the telephone lines ("You can call these numbers for help:")."""
    lines: tuple[CardLine, ...]
    keep: Line
    """The closing advice: keep the card only if it is safe to carry."""
    country: str = ""
    """The host country's name ("" when none was given)."""
    country_code: str = ""

    @property
    def sentences(self) -> tuple[Line, ...]:
        """Every phrase of the card, in the order it is printed."""
        return (self.title, *self.points, self.call, self.keep)

    @property
    def checked(self) -> bool:
        """True when a native speaker reviewed every sentence as it stands."""
        return all(s.state is State.REVIEWED for s in self.sentences)


def compose(book: Phrasebook, code: str, country: Document | None) -> Card:
    """The card in language ``code`` with the lines of ``country`` (a country document).

    Lines are the country's contacts that have a phone number, in directory
    order; without a country (none chosen yet) the card has no lines.
    Raises KeyError for a language the phrasebook does not have.
    """
    plan = book.phrases.card
    contacts = country.country.contacts if country is not None and country.country else ()
    lines = tuple(
        CardLine(c.name, c.role, c.phone, c.hours, c.source, c.verified, c.uncertain)
        for c in contacts
        if c.phone
    )
    return Card(
        language=book.language(code),
        title=book.line(code, plan.title),
        points=tuple(book.line(code, p) for p in plan.points),
        call=book.line(code, plan.call),
        lines=lines,
        keep=book.line(code, plan.keep),
        country=country.title if country is not None else "",
        country_code=country.country_code if country is not None else "",
    )
