"""The exact words of a printed referral slip, read as the officer reads the page.

The slip's HTML is turned into its lines of text (a line per heading, paragraph and list
item) and compared with the text written here by hand: the case, what was ticked or
decided, the result, the contacts with their verified dates, the disclaimer, no names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import pytest

from handbook_app.bundle.reader import Bundle
from handbook_app.content.dates import UNVERIFIED
from handbook_app.content.model import Answer, Contact, Country, Document, Guide, Kind, Step
from handbook_app.core import slip
from handbook_app.core.assessment import assess
from handbook_app.core.route import Route

if TYPE_CHECKING:
    from pathlib import Path

TODAY = dt.date(2026, 12, 1)
BLOCKS = {"h1", "h2", "p", "li", "ul"}


class _Lines(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current = ""

    def _end_line(self) -> None:
        text = " ".join(self.current.replace("\xa0", " ").split())
        if text:
            self.lines.append(text)
        self.current = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self._end_line()
        if tag == "li":
            self.current = "- "

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self._end_line()

    def handle_data(self, data: str) -> None:
        self.current += data


def read(html: str) -> list[str]:
    parser = _Lines()
    parser.feed(html)
    parser.close()
    parser._end_line()
    return parser.lines


@pytest.fixture
def bundle(sample_bundle: Path) -> Bundle:
    return Bundle(sample_bundle)


ENDING = [
    "Guidance for referral, not a legal determination.",
    "This slip holds no personal names. Keep it with the case.",
]


def test_a_checklist_slip_word_for_word(bundle: Bundle) -> None:
    doc = bundle.document("labour-list")
    assert doc.checklist is not None
    ticked = {"job", "hours", "salary", "documents"}
    head = slip.Header("2026-014", TODAY, (bundle.document("finland"),))
    html = slip.checklist_slip(doc, assess(doc.checklist, ticked), ticked, head)
    assert read(html) == [
        "Referral slip: Adults – labour exploitation",
        "Date: 2026-12-01 Case reference: 2026-014",
        "What was ticked",
        "- Deceived about the nature of the job (strong) — Deceptive recruitment",
        "- Excessive working days or hours (strong) — Exploitative conditions",
        "- Low or no salary (medium) — Exploitative conditions",
        "- Passport or identity documents confiscated by the employer (strong)"
        " — Coercion at destination",
        "Assessment",
        "Some indicators, not enough for the rule: still needed recruitment, destination."
        " Seek advice; indicators are often hidden.",
        "- Deceptive recruitment: not positive — not enough: 1 strong",
        "- Exploitative conditions: positive — 1 strong indicator with a medium or weak one",
        "- Coercion at destination: not positive — not enough: 1 strong",
        "Contacts to call",
        "- Finland: National Assistance System — +358 2954 63177 (verified 2026-10-01)",
        "- Finland: Old helpline (verified 2023-06-01)",
        *ENDING,
    ]


def test_a_checklist_slip_with_nothing_ticked_and_no_case(bundle: Bundle) -> None:
    doc = bundle.document("labour-list")
    assert doc.checklist is not None
    html = slip.checklist_slip(doc, assess(doc.checklist, set()), set(), slip.Header("", TODAY, ()))
    assert read(html) == [
        "Referral slip: Adults – labour exploitation",
        "Date: 2026-12-01 Case reference: (no case open)",
        "What was ticked",
        "- Nothing ticked.",
        "Assessment",
        "Nothing ticked yet.",
        "- Deceptive recruitment: not positive — nothing ticked",
        "- Exploitative conditions: not positive — nothing ticked",
        "- Coercion at destination: not positive — nothing ticked",
        "Contacts to call",
        "No country contacts are linked here: see the handbook's country pages.",
        *ENDING,
    ]


def test_a_guide_slip_word_for_word(bundle: Bundle) -> None:
    doc = bundle.document("first-steps")
    assert doc.guide is not None
    route = Route(doc.guide)
    route.advance("No")
    route.advance()
    head = slip.Header("2026-020", TODAY, (bundle.document("sweden"),))
    assert read(slip.guide_slip(doc, route, head)) == [
        "Referral slip: First steps at the counter",
        "Date: 2026-12-01 Case reference: 2026-020",
        "Route taken",
        "Is anyone in danger? → Find a private room → Ask for consent",
        "What was decided",
        "- Is there immediate danger? — No",
        "Current step: Ask for consent",
        "Contacts to call",
        "- Sweden: National helpline — +46 20 390 000 (verified 2026-09-01)",
        *ENDING,
    ]


def test_a_guide_slip_before_any_decision(bundle: Bundle) -> None:
    doc = bundle.document("first-steps")
    assert doc.guide is not None
    lines = read(slip.guide_slip(doc, Route(doc.guide), slip.Header("", TODAY, ())))
    assert lines[2:7] == [
        "Route taken",
        "Is anyone in danger?",
        "What was decided",
        "- No decision taken yet.",
        "Current step: Is anyone in danger?",
    ]


def _country(title: str, *contacts: Contact) -> Document:
    return Document(
        title.lower(), Kind.COUNTRY, "en", title, "", "", country=Country("XX", contacts)
    )


def test_a_contact_whose_date_is_not_verified_says_so_on_paper(bundle: Bundle) -> None:
    base = Contact("line", "Helpline", "Advice", "a leaflet", UNVERIFIED, phone="+1 555 0100")
    country = _country(
        "Testland",
        base,
        dataclasses.replace(base, name="Shelter", phone="", source_date="2024-05"),
    )
    doc = bundle.document("first-steps")
    assert doc.guide is not None
    lines = read(slip.guide_slip(doc, Route(doc.guide), slip.Header("", TODAY, (country,))))
    assert lines[-4:-2] == [
        "- Testland: Helpline — +1 555 0100 (date not verified; source undated)",
        "- Testland: Shelter (date not verified; source from 2024-05)",
    ]


def test_a_slip_has_no_place_for_a_name() -> None:
    assert [f.name for f in dataclasses.fields(slip.Header)] == ["ref", "today", "countries"]


def test_the_header_lists_each_linked_country_once_in_the_order_first_linked(
    bundle: Bundle,
) -> None:
    # A second link to Sweden, a guide and a page that is not there come before Finland.
    html = (
        '<a href="doc:sweden#x">S</a> <a href="doc:sweden">S</a> <a href="doc:first-steps">G</a>'
        ' <a href="doc:missing">M</a> <a href="doc:finland">F</a>'
    )
    chapter = Document("chapter", Kind.CHAPTER, "en", "Chapter", "", html)
    head = slip.header(chapter, bundle.document, "2026-3", TODAY)
    assert [c.id for c in head.countries] == ["sweden", "finland"]
    assert (head.ref, head.today) == ("2026-3", TODAY)


def test_the_header_reads_the_links_of_every_guide_step(bundle: Bundle) -> None:
    guide = bundle.document("first-steps")
    assert guide.guide is not None
    step = dataclasses.replace(guide.guide.steps[-1], html='<a href="doc:finland">F</a>')
    linked = dataclasses.replace(
        guide, html="", guide=dataclasses.replace(guide.guide, steps=(*guide.guide.steps, step))
    )
    assert [c.id for c in slip.header(linked, bundle.document, "", TODAY).countries] == ["finland"]


def test_a_guide_slip_lists_every_decision_in_order(bundle: Bundle) -> None:
    guide = Guide(
        "age",
        (
            Step(
                "age",
                "Age",
                "",
                question="Is the person under 18?",
                answers=(Answer("No", "safe"),),
            ),
            Step(
                "safe",
                "Safety",
                "",
                question="Safe to go home tonight?",
                answers=(Answer("Not sure", "end"),),
            ),
            Step("end", "Call the shelter", ""),
        ),
    )
    doc = Document("g", Kind.GUIDE, "en", "Two questions", "", "", guide=guide)
    route = Route(guide)
    route.advance("No")
    route.advance("Not sure")
    lines = read(slip.guide_slip(doc, route, slip.Header("", TODAY, ())))
    assert lines[2:8] == [
        "Route taken",
        "Age → Safety → Call the shelter",
        "What was decided",
        "- Is the person under 18? — No",
        "- Safe to go home tonight? — Not sure",
        "Current step: Call the shelter",
    ]


def test_a_country_page_without_contact_data_lists_none(bundle: Bundle) -> None:
    page = dataclasses.replace(_country("Testland"), country=None)
    doc = bundle.document("first-steps")
    assert doc.guide is not None
    lines = read(slip.guide_slip(doc, Route(doc.guide), slip.Header("", TODAY, (page,))))
    assert lines[-3] == "No country contacts are linked here: see the handbook's country pages."
