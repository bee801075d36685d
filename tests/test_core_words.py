"""The sentences the core composes (the assessment's reasons and summaries, a contact's date
and warnings) are kept as template and fields, so the interface can say them in the
officer's language: every one of them has a finished translation in every language, a
plural where a count decides it. Without a display."""

from __future__ import annotations

import datetime as dt
import itertools
import xml.etree.ElementTree as ET

import pytest
import translations as tool  # tools/translations.py

from handbook_app.content.dates import verified_message
from handbook_app.content.message import Message
from handbook_app.content.model import (
    Checklist,
    Contact,
    Country,
    Dimension,
    Document,
    Indicator,
    Kind,
    Strength,
)
from handbook_app.core import slip
from handbook_app.core.assessment import assess, dimension_rule
from handbook_app.core.mission import HOME, HOST, LINKED, warning_messages

TODAY = dt.date(2026, 11, 3)
S, M, W = Strength.STRONG, Strength.MEDIUM, Strength.WEAK


def checklist(rule: str, audience: str = "adult") -> Checklist:
    dims = tuple(
        Dimension(
            name,
            name.title(),
            tuple(Indicator(f"{name}-{s.value}", s.value, s) for s in (S, M, W)),
        )
        for name in ("recruit", "exploit", "dest")
    )
    stages: dict[str, tuple[str, ...]] = {
        "recruitment": ("recruit",),
        "exploitation": ("exploit",),
        "destination": ("dest",),
    }
    return Checklist(rule, audience, dims, stages)


def contacts() -> list[Contact]:
    def one(verified: str, **more: object) -> Contact:
        return Contact("c", "Line", "Advice", "a leaflet", verified, **more)  # type: ignore[arg-type]

    return [
        one("2026-10-01"),
        one("2024-01-15"),
        one("2024-01-15", uncertain=True),
        one("unknown", source_date="2023"),
        one("unknown"),
        one("unknown", uncertain=True),
    ]


def walk(message: Message) -> list[Message]:
    """``message`` and every sentence filled into it."""
    found = [message]
    for _, value in message.fields:
        for part in value if isinstance(value, tuple) else (value,):
            if isinstance(part, Message):
                found += walk(part)
    return found


def made_by_the_core() -> list[Message]:
    """The sentences the core makes over every outcome of every rule and every kind of contact."""
    found: list[Message] = []
    ids = [f"{d}-{s.value}" for d in ("recruit", "exploit", "dest") for s in (S, M, W)]
    for rule, audience in (("ilo-operational", "adult"), ("ilo-operational", "child"), ("any", "")):
        model = checklist(rule, audience)
        for n in range(4):
            for ticked in itertools.combinations(ids, n):
                result = assess(model, ticked)
                found.append(result.message)
                found += [Message("Assessment", result.headline)]  # said by say.word
                found += [Message("Assessment", result.disclaimer)]
                found += [d.why for d in result.dimensions]
    for strengths in itertools.product((S, M, W), repeat=3):
        found.append(dimension_rule(strengths[:2])[1])
        found.append(dimension_rule(strengths)[1])
    for contact in contacts():
        found.append(verified_message(contact.verified, contact.source_date))
        found += warning_messages(contact, TODAY)
        found.append(slip._provenance(contact))
    found += [Message("Contact", why) for why in (HOST, HOME, LINKED)]
    found.append(Message("Contact", slip.NO_CONTACTS))
    return [part for message in found for part in walk(message)]


@pytest.fixture(scope="module")
def entries() -> dict[str, dict[tuple[str, str], ET.Element]]:
    table = {}
    for code in tool.LANGUAGES:
        root = ET.parse(tool.ts_file(code)).getroot()
        table[code] = {
            (context.findtext("name") or "", message.findtext("source") or ""): message
            for context in root.iter("context")
            for message in context.iter("message")
        }
    return table


def test_every_sentence_of_the_core_is_translated_in_every_language(
    entries: dict[str, dict[tuple[str, str], ET.Element]],
) -> None:
    keys = {(m.context, m.source, m.count >= 0) for m in made_by_the_core()}
    assert len(keys) >= 30  # the rules and the contacts were all walked
    for code, found in entries.items():
        for context, source, plural in sorted(keys):
            message = found.get((context, source))
            assert message is not None, f"{code}: no entry for {context}: {source}"
            assert (message.get("numerus") == "yes") is plural, f"{code}: {source}"
            assert not tool.unfinished(message), f"{code}: {source} unfinished"


def test_the_english_is_the_template_filled_in() -> None:
    counts = (
        Message("Assessment", "%n medium", count=1),
        Message("Assessment", "%n weak", count=2),
    )
    reason = Message("Assessment", "not enough: {counts}", (("counts", counts),))
    assert str(reason) == "not enough: 1 medium, 2 weak"
    assert dimension_rule([M, W, W]) == (False, reason)


def test_another_language_fills_its_own_template_with_its_own_words() -> None:
    german = {"not enough: {counts}": "nicht genug: {counts}", "%n weak": "%n schwache"}

    def words(message: Message) -> str:
        template = german[message.source].replace("%n", str(message.count))
        return message.say(template, words)

    _, reason = dimension_rule([W, W])
    assert words(reason) == "nicht genug: 2 schwache"


def test_the_slip_says_its_contacts_in_the_words_it_is_given() -> None:
    contact = Contact("c", "Line", "Advice", "a leaflet", "2024-01-15", phone="+1 2")
    page = Document(
        "x", Kind.COUNTRY, "en", "Atlantis", "x.md", "", country=Country("X", (contact,))
    )
    said = slip.contacts_html(
        [slip.Listing(page, (contact,), HOST)], TODAY, lambda m: m.source.upper()
    )
    assert said == (
        "<ul><li>Atlantis: Line — <b>+1 2</b> (SOURCE: {SOURCE} · {WHEN}) <i>(HOST COUNTRY)</i>"
        " <b style='color:#7a1d12'>⚠ LAST VERIFIED {DATE}, OVER A YEAR AGO. VERIFY BEFORE "
        "RELYING ON THIS.</b></li></ul>"
    )
