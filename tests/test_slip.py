"""What a referral slip says, composed without a display: the case, the ticks or the route,
the contacts with their verified dates, the disclaimer, and no names."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from handbook_app.bundle.reader import Bundle
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


def test_contacts_carry_their_verified_dates(bundle: Bundle) -> None:
    finland = bundle.document("finland")
    doc = bundle.document("first-steps")
    assert doc.guide is not None
    html = slip.guide_slip(doc, Route(doc.guide), slip.Header("", TODAY, (finland,)))
    assert (
        "<li>Finland: National Assistance System — <b>+358 2954 63177</b>"
        " (verified 2026-10-01)</li>" in html
    )
    assert "<li>Finland: Old helpline (verified 2023-06-01)</li>" in html


def test_no_contacts_linked_says_where_to_look(bundle: Bundle) -> None:
    doc = bundle.document("first-steps")
    assert doc.guide is not None
    html = slip.guide_slip(doc, Route(doc.guide), slip.Header("", TODAY, ()))
    assert "No country contacts are linked here" in html


def test_header_finds_linked_countries_only(bundle: Bundle) -> None:
    chapter = bundle.document("work-abroad")  # links a checklist and Finland
    head = slip.header(chapter, bundle.document, "2026-1", TODAY)
    assert [c.id for c in head.countries] == ["finland"]


def test_text_from_outside_is_escaped(bundle: Bundle) -> None:
    doc = bundle.document("first-steps")
    assert doc.guide is not None
    html = slip.guide_slip(doc, Route(doc.guide), slip.Header("<b>x</b>", TODAY, ()))
    assert "&lt;b&gt;x&lt;/b&gt;" in html
    assert "<b>x</b>" not in html
