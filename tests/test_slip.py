"""What a referral slip says, composed without a display: the case, the ticks or the route,
the contacts with their sources and verified dates, the disclaimer, and no names."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from handbook_app.bundle.reader import Bundle
from handbook_app.content.model import Contact, Country, Document, Kind
from handbook_app.core import slip
from handbook_app.core.assessment import DISCLAIMER, assess
from handbook_app.core.route import Route

if TYPE_CHECKING:
    from pathlib import Path

TODAY = dt.date(2026, 11, 3)


@pytest.fixture
def bundle(sample_bundle: Path) -> Bundle:
    return Bundle(sample_bundle)


def test_checklist_slip_lists_ticks_result_case_and_disclaimer(bundle: Bundle) -> None:
    doc = bundle.document("labour-list")
    assert doc.checklist is not None
    ticked = {"job", "hours"}
    head = slip.Header("2026-014", TODAY, ())
    html = slip.checklist_slip(doc, assess(doc.checklist, ticked), ticked, head)
    assert "<h1>Referral slip: Adults – labour exploitation</h1>" in html
    assert "Date: <b>2026-11-03</b>" in html
    assert "Case reference: <b>2026-014</b>" in html
    assert "Deceived about the nature of the job <i>(strong)</i> — Deceptive recruitment" in html
    assert "Excessive working days or hours" in html
    assert "Deceived about wages" not in html  # not ticked
    assert DISCLAIMER in html
    assert "guidance for referral, not a legal determination" in html.lower()
    assert slip.NO_NAMES in html


def test_guide_slip_shows_route_decisions_and_no_case(bundle: Bundle) -> None:
    doc = bundle.document("first-steps")
    assert doc.guide is not None
    route = Route(doc.guide)
    route.advance("No")
    html = slip.guide_slip(doc, route, slip.Header("", TODAY, ()))
    assert "Is there immediate danger? — <b>No</b>" in html
    assert "Is anyone in danger? → Find a private room" in html
    assert "Current step: <b>Find a private room</b>" in html
    assert "Case reference: <b>(no case open)</b>" in html
    assert DISCLAIMER in html


def test_contacts_carry_their_source_and_verified_dates(bundle: Bundle) -> None:
    finland = bundle.document("finland")
    doc = bundle.document("first-steps")
    assert doc.guide is not None
    head = slip.Header("", TODAY, (slip.listing(finland),))
    html = slip.guide_slip(doc, Route(doc.guide), head)
    assert (
        "<li>Finland: National Assistance System — <b>+358 2954 63177</b>"
        " (source: migri.fi · verified 2026-10-01)</li>" in html
    )
    # Issue 12: a contact verified over 12 months ago now carries a warning on the slip.
    assert (
        "<li>Finland: Old helpline (source: an old leaflet · verified 2023-06-01)"
        " <b style='color:#7a1d12'>⚠ " in html
    )
    assert "Last verified 2023-06-01, over a year ago. Verify before relying on this." in html
    assert "this contact could not be confirmed" in html  # it is uncertain too


def test_no_contacts_linked_says_where_to_look(bundle: Bundle) -> None:
    doc = bundle.document("first-steps")
    assert doc.guide is not None
    html = slip.guide_slip(doc, Route(doc.guide), slip.Header("", TODAY, ()))
    assert "No country contacts to list: set the mission's countries" in html


def test_header_finds_linked_countries_only(bundle: Bundle) -> None:
    chapter = bundle.document("work-abroad")  # links a checklist and Finland
    head = slip.header(chapter, bundle.document, "2026-1", TODAY)
    assert [c.country.id for c in head.countries] == ["finland"]


def test_text_from_outside_is_escaped(bundle: Bundle) -> None:
    doc = bundle.document("first-steps")
    assert doc.guide is not None
    html = slip.guide_slip(doc, Route(doc.guide), slip.Header("<b>x</b>", TODAY, ()))
    assert "&lt;b&gt;x&lt;/b&gt;" in html
    assert "<b>x</b>" not in html


def test_a_contacts_source_from_outside_is_escaped() -> None:
    contact = Contact("c", "Line", "Advice", "<i>a flyer</i> & co", "2026-10-01", phone="+1 2")
    page = Document(
        "x", Kind.COUNTRY, "en", "Atlantis", "x.md", "", country=Country("X", (contact,))
    )
    html = slip.contacts_html([slip.listing(page)], TODAY)
    assert "(source: &lt;i&gt;a flyer&lt;/i&gt; &amp; co · verified 2026-10-01)" in html
    assert "<i>a flyer</i>" not in html


def test_a_case_slip_has_every_checklist_and_guide_of_the_case(bundle: Bundle) -> None:
    labour, guide = bundle.document("labour-list"), bundle.document("first-steps")
    assert labour.checklist is not None
    assert guide.guide is not None
    route = Route(guide.guide)
    route.advance("No")
    ticked = {"job", "hours"}
    finland = bundle.document("finland")
    head = slip.Header(
        "2026-014", TODAY, (slip.listing(finland, "host country"),), "edition 3; signed"
    )
    html = slip.case_slip(
        head, [(labour, assess(labour.checklist, ticked), ticked)], [(guide, route)]
    )
    assert "<h1>Referral slip: case 2026-014</h1>" in html
    assert "<h2>Checklist: Adults – labour exploitation</h2>" in html
    assert "Deceived about the nature of the job <i>(strong)</i>" in html
    assert f"<h2>Guide: {guide.title}</h2>" in html
    assert "Is there immediate danger? — <b>No</b>" in html
    assert "guidance for referral, not a legal determination" in html.lower()
    assert "(host country)" in html
    assert "Last verified 2023-06-01, over a year ago" in html
    assert "Content: edition 3; signed" in html
    assert slip.NO_NAMES in html


def test_an_empty_case_slip_says_so(bundle: Bundle) -> None:
    html = slip.case_slip(slip.Header("2026-015", TODAY, ()), [], [])
    assert "Nothing was ticked or walked in this case yet." in html
    assert "set the mission's countries" in html


@pytest.mark.parametrize(
    ("ref", "taken", "expected"),
    [
        ("2026-014", set(), "referral-slip-2026-014-2026-11-03.pdf"),
        ("SE-WAW-2026/14", set(), "referral-slip-SE-WAW-2026-14-2026-11-03.pdf"),
        ("", set(), "referral-slip-no-case-2026-11-03.pdf"),
        (
            "2026-014",
            {"referral-slip-2026-014-2026-11-03.pdf"},
            "referral-slip-2026-014-2026-11-03-2.pdf",
        ),
        (
            "2026-014",
            {"referral-slip-2026-014-2026-11-03.pdf", "referral-slip-2026-014-2026-11-03-2.pdf"},
            "referral-slip-2026-014-2026-11-03-3.pdf",
        ),
    ],
)
def test_the_suggested_file_name_has_case_and_date_and_never_a_taken_name(
    ref: str, taken: set[str], expected: str
) -> None:
    assert slip.file_name(ref, TODAY, taken) == expected
