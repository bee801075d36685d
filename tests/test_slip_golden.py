"""The exact words of a case slip, as an officer prints it and a referral body reads it.

Every expected text below is written by hand from what the slip must say (the case
reference and date, what was ticked with its strength, each dimension with its reason,
the assessment, the route and decisions of a guide, the contacts with their source,
verified date and warnings, the disclaimer that it is guidance for referral and never a legal
decision, and that it holds no names), not copied from the code's output. The style
sheet is left out: it is layout, not words.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import pytest

from handbook_app.bundle.reader import Bundle
from handbook_app.content.model import Answer, Contact, Country, Document, Guide, Kind, Step
from handbook_app.core import slip
from handbook_app.core.assessment import assess
from handbook_app.core.mission import Mission
from handbook_app.core.route import Route

if TYPE_CHECKING:
    from pathlib import Path

TODAY = dt.date(2026, 11, 3)
EDITION = "edition 3 of 2026-11-01, signed"
WARN = "<b style='color:#7a1d12'>⚠ "

FOOTER = (
    "<p><b>Guidance for referral, not a legal determination.</b></p>"
    "<p style='color:#4a5563'>Content: edition 3 of 2026-11-01, signed. "
    "This slip holds no personal names. Keep it with the case.</p>"
)
NO_CONTACTS = (
    "<h2>Contacts to call</h2>"
    "<p>No country contacts to list: set the mission's countries (Settings → Mission) "
    "or see the handbook's country pages.</p>"
)


@pytest.fixture(scope="module")
def bundle(sample_bundle: Path) -> Bundle:
    return Bundle(sample_bundle)


def home_country() -> Document:
    """A home country whose contacts were never verified on a known date."""
    unverified = Contact(
        "return", "Return counselling", "Assisted return", "a 2024 leaflet", "unknown",
        phone="+46 00 000 00", source_date="2024-05",
    )  # fmt: skip
    doubtful = Contact(
        "line", "Old line", "Advice", "a poster", "unknown", uncertain=True
    )  # fmt: skip
    return Document(
        "sweden", Kind.COUNTRY, "en", "Sweden", "sweden.md", "",
        country=Country("SE", (unverified, doubtful)),
    )  # fmt: skip


def words(html: str) -> str:
    """The slip without its style sheet."""
    assert html.startswith(slip.STYLE)
    return html.removeprefix(slip.STYLE)


def test_the_case_slip_of_a_checklist_and_a_guide_word_for_word(bundle: Bundle) -> None:
    labour, steps = bundle.document("labour-list"), bundle.document("first-steps")
    assert labour.checklist is not None
    assert steps.guide is not None
    # Recruitment and exploitation positive (a strong and a medium each); at the
    # destination only the medium threat, whose weight the sources do not settle.
    ticked = {"job", "wages", "hours", "salary", "denounce"}
    route = Route(steps.guide)
    route.advance("No")
    head = slip.Header(
        "2026-014",
        TODAY,
        (
            slip.listing(bundle.document("finland"), "host country"),
            slip.listing(home_country(), "home country, for the return"),
        ),
        EDITION,
    )
    html = slip.case_slip(
        head, [(labour, assess(labour.checklist, ticked), ticked)], [(steps, route)]
    )
    assert words(html) == (
        "<h1>Referral slip: case 2026-014</h1>"
        "<p>Date: <b>2026-11-03</b> &nbsp;&nbsp; Case reference: <b>2026-014</b></p>"
        # the checklist
        "<h2>Checklist: Adults – labour exploitation</h2>"
        "<p><b>Not enough for the rule yet.</b> "
        "<i>Guidance for referral, not a legal determination.</i></p>"
        "<h3>What was ticked</h3><ul>"
        "<li>Deceived about the nature of the job <i>(strong)</i> — Deceptive recruitment</li>"
        "<li>Deceived about wages <i>(medium)</i> — Deceptive recruitment</li>"
        "<li>Excessive working days or hours <i>(strong)</i> — Exploitative conditions</li>"
        "<li>Low or no salary <i>(medium)</i> — Exploitative conditions</li>"
        "<li>Threatened with denunciation to the authorities <i>(medium, uncertain weight)</i>"
        " — Coercion at destination</li>"
        "</ul>"
        "<h3>Assessment</h3>"
        "<p><b>Some indicators, not enough for the rule: still needed destination. "
        "Seek advice; indicators are often hidden.</b></p><ul>"
        "<li>Deceptive recruitment: positive — 1 strong indicator with a medium or weak one</li>"
        "<li>Exploitative conditions: positive — 1 strong indicator with a medium or weak one</li>"
        "<li>Coercion at destination: not positive — not enough: 1 medium</li>"
        "</ul>"
        # the guide
        "<h2>Guide: First steps at the counter</h2>"
        "<h3>Route taken</h3><p>Is anyone in danger? → Find a private room</p>"
        "<h3>What was decided</h3><ul><li>Is there immediate danger? — <b>No</b></li></ul>"
        "<p>Current step: <b>Find a private room</b></p>"
        # whom to call, with the date each contact was verified and what to beware of
        "<h2>Contacts to call</h2><ul>"
        "<li>Finland: National Assistance System — <b>+358 2954 63177</b>"
        " (source: migri.fi · verified 2026-10-01) <i>(host country)</i></li>"
        "<li>Finland: Old helpline (source: an old leaflet · verified 2023-06-01)"
        " <i>(host country)</i> "
        f"{WARN}Verify before relying on this: this contact could not be confirmed. "
        "Last verified 2023-06-01, over a year ago. Verify before relying on this.</b></li>"
        "<li>Sweden: Return counselling — <b>+46 00 000 00</b>"
        " (source: a 2024 leaflet · date not verified; source from 2024-05)"
        " <i>(home country, for the return)</i> "
        f"{WARN}Verify before relying on this.</b></li>"
        # unverified and uncertain: the date beside it, the doubt said once
        "<li>Sweden: Old line (source: a poster · date not verified; source undated)"
        " <i>(home country, for the return)</i> "
        f"{WARN}Verify before relying on this: this contact could not be confirmed.</b></li>"
        "</ul>" + FOOTER
    )


def test_the_case_slip_of_a_child_at_the_middle_outcome_word_for_word(bundle: Bundle) -> None:
    child = bundle.document("child-list")
    assert child.checklist is not None
    ticked = {"silence"}
    head = slip.Header("SE-WAW-2026/14", TODAY, (), EDITION)
    html = slip.case_slip(head, [(child, assess(child.checklist, ticked), ticked)], [])
    assert words(html) == (
        "<h1>Referral slip: case SE-WAW-2026/14</h1>"
        "<p>Date: <b>2026-11-03</b> &nbsp;&nbsp; Case reference: <b>SE-WAW-2026/14</b></p>"
        "<h2>Checklist: Children</h2>"
        "<p><b>Signs in a child: call child protection.</b> "
        "<i>Guidance for referral, not a legal determination.</i></p>"
        "<h3>What was ticked</h3><ul>"
        "<li>Told not to speak to anyone <i>(medium)</i> — Destination</li>"
        "</ul>"
        "<h3>Assessment</h3>"
        "<p><b>Signs of possible exploitation of a child. Force, threats or deception are "
        "never needed for a child. One clear sign is reason enough to call the child "
        "protection authority now; do not wait for more ticks.</b></p><ul>"
        "<li>Recruitment: not positive — nothing ticked</li>"
        "<li>Exploitation: not positive — nothing ticked</li>"
        "<li>Destination: not positive — not enough: 1 medium</li>"
        "</ul>" + NO_CONTACTS + FOOTER
    )


def test_a_guide_not_yet_decided_and_a_checklist_not_yet_ticked_word_for_word(
    bundle: Bundle,
) -> None:
    labour, steps = bundle.document("labour-list"), bundle.document("first-steps")
    assert labour.checklist is not None
    assert steps.guide is not None
    head = slip.Header("2026-015", TODAY, (), EDITION)
    html = slip.case_slip(
        head, [(labour, assess(labour.checklist, set()), set())], [(steps, Route(steps.guide))]
    )
    assert words(html) == (
        "<h1>Referral slip: case 2026-015</h1>"
        "<p>Date: <b>2026-11-03</b> &nbsp;&nbsp; Case reference: <b>2026-015</b></p>"
        "<h2>Checklist: Adults – labour exploitation</h2>"
        "<p><b>Nothing ticked yet.</b> "
        "<i>Guidance for referral, not a legal determination.</i></p>"
        "<h3>What was ticked</h3><ul><li>Nothing ticked.</li></ul>"
        "<h3>Assessment</h3><p><b>Nothing ticked yet.</b></p><ul>"
        "<li>Deceptive recruitment: not positive — nothing ticked</li>"
        "<li>Exploitative conditions: not positive — nothing ticked</li>"
        "<li>Coercion at destination: not positive — nothing ticked</li>"
        "</ul>"
        "<h2>Guide: First steps at the counter</h2>"
        "<h3>Route taken</h3><p>Is anyone in danger?</p>"
        "<h3>What was decided</h3><ul><li>No decision taken yet.</li></ul>"
        "<p>Current step: <b>Is anyone in danger?</b></p>" + NO_CONTACTS + FOOTER
    )


def test_a_slip_with_no_case_and_no_work_word_for_word() -> None:
    html = slip.case_slip(slip.Header("", TODAY, ()), [], [])
    assert words(html) == (
        "<h1>Referral slip: no case</h1>"
        "<p>Date: <b>2026-11-03</b> &nbsp;&nbsp; Case reference: <b>(no case open)</b></p>"
        "<p>Nothing was ticked or walked in this case yet.</p>" + NO_CONTACTS +
        # no edition known: the footer says only that the slip holds no names
        "<p><b>Guidance for referral, not a legal determination.</b></p>"
        "<p style='color:#4a5563'>This slip holds no personal names. Keep it with the case.</p>"
    )


def test_every_slip_ends_with_the_disclaimer_and_the_no_names_line(bundle: Bundle) -> None:
    labour = bundle.document("labour-list")
    assert labour.checklist is not None
    head = slip.Header("2026-014", TODAY, ())
    ticked = {"job"}
    result = assess(labour.checklist, ticked)
    for html in (
        slip.case_slip(head, [(labour, result, ticked)], []),
        slip.checklist_slip(labour, result, ticked, head),
    ):
        text = re.sub(r"<[^>]+>", "", words(html))
        assert text.endswith(
            "Guidance for referral, not a legal determination."
            "This slip holds no personal names. Keep it with the case."
        )


def test_the_slip_of_one_checklist_word_for_word(bundle: Bundle) -> None:
    labour = bundle.document("labour-list")
    assert labour.checklist is not None
    ticked = {"job", "documents", "debt"}
    head = slip.Header("2026-014", TODAY, (slip.listing(bundle.document("finland")),))
    html = slip.checklist_slip(labour, assess(labour.checklist, ticked), ticked, head)
    assert words(html) == (
        "<h1>Referral slip: Adults – labour exploitation</h1>"
        "<p>Date: <b>2026-11-03</b> &nbsp;&nbsp; Case reference: <b>2026-014</b></p>"
        "<h2>What was ticked</h2><ul>"
        "<li>Deceived about the nature of the job <i>(strong)</i> — Deceptive recruitment</li>"
        "<li>Passport or identity documents confiscated by the employer <i>(strong)</i>"
        " — Coercion at destination</li>"
        "<li>Debt bondage: a debt that never shrinks <i>(strong)</i> — Coercion at destination</li>"
        "</ul>"
        "<h2>Assessment</h2>"
        "<p><b>Some indicators, not enough for the rule: still needed recruitment, "
        "exploitation. Seek advice; indicators are often hidden.</b></p><ul>"
        "<li>Deceptive recruitment: not positive — not enough: 1 strong</li>"
        "<li>Exploitative conditions: not positive — nothing ticked</li>"
        "<li>Coercion at destination: positive — 2 strong indicators</li>"
        "</ul>"
        "<h2>Contacts to call</h2><ul>"
        "<li>Finland: National Assistance System — <b>+358 2954 63177</b>"
        " (source: migri.fi · verified 2026-10-01)</li>"
        "<li>Finland: Old helpline (source: an old leaflet · verified 2023-06-01) "
        f"{WARN}Verify before relying on this: this contact could not be confirmed. "
        "Last verified 2023-06-01, over a year ago. Verify before relying on this.</b></li>"
        "</ul>"
        "<p><b>Guidance for referral, not a legal determination.</b></p>"
        "<p style='color:#4a5563'>This slip holds no personal names. Keep it with the case.</p>"
    )


def test_the_slip_of_one_guide_word_for_word(bundle: Bundle) -> None:
    steps = bundle.document("first-steps")
    assert steps.guide is not None
    route = Route(steps.guide)
    route.advance("Yes")
    html = slip.guide_slip(steps, route, slip.Header("", TODAY, (), EDITION))
    assert words(html) == (
        "<h1>Referral slip: First steps at the counter</h1>"
        "<p>Date: <b>2026-11-03</b> &nbsp;&nbsp; Case reference: <b>(no case open)</b></p>"
        "<h2>Route taken</h2><p>Is anyone in danger? → Call the emergency number</p>"
        "<h2>What was decided</h2><ul><li>Is there immediate danger? — <b>Yes</b></li></ul>"
        "<p>Current step: <b>Call the emergency number</b></p>" + NO_CONTACTS + FOOTER
    )


def test_the_header_of_a_slip_from_the_mission_profile(bundle: Bundle) -> None:
    doc = bundle.document("first-steps")
    head = slip.header(
        doc, bundle.document, "2026-014", TODAY, mission=Mission(host="finland"), edition=EDITION
    )
    assert (head.ref, head.today, head.edition) == ("2026-014", TODAY, EDITION)
    assert [(c.country.id, c.why) for c in head.countries] == [("finland", "host country")]
    bare = slip.header(None, bundle.document, "", TODAY)
    assert (bare.countries, bare.edition) == ((), "")  # nothing set, no edition known
    page = Document("p", Kind.COUNTRY, "en", "Atlantis", "p.md", "")  # no contacts block
    assert slip.listing(page, "host country").contacts == ()


def test_a_guide_with_two_decisions_word_for_word() -> None:
    def ask(step_id: str, question: str, *targets: str) -> Step:
        answers = tuple(Answer(t.title(), t) for t in targets)
        return Step(step_id, question, "", question=question, answers=answers)

    walked = Guide(
        "age",
        (
            ask("age", "Under 18?", "child", "adult"),
            ask("child", "Accompanied?", "alone", "family"),
            Step("alone", "Call child protection", ""),
            Step("family", "Talk apart", ""),
            Step("adult", "Adult route", ""),
        ),
    )
    route = Route(walked)
    route.advance("Child")
    route.advance("Alone")
    doc = Document("g", Kind.GUIDE, "en", "A child alone", "g.md", "", guide=walked)
    assert words(slip.guide_slip(doc, route, slip.Header("2026-014", TODAY, ()))) == (
        "<h1>Referral slip: A child alone</h1>"
        "<p>Date: <b>2026-11-03</b> &nbsp;&nbsp; Case reference: <b>2026-014</b></p>"
        "<h2>Route taken</h2><p>Under 18? → Accompanied? → Call child protection</p>"
        "<h2>What was decided</h2><ul>"
        "<li>Under 18? — <b>Child</b></li><li>Accompanied? — <b>Alone</b></li></ul>"
        "<p>Current step: <b>Call child protection</b></p>"
        + NO_CONTACTS
        + "<p><b>Guidance for referral, not a legal determination.</b></p>"
        "<p style='color:#4a5563'>This slip holds no personal names. Keep it with the case.</p>"
    )


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("--2026//014--", "referral-slip-2026-014-2026-11-03-2.pdf"),
        ("", "referral-slip-no-case-2026-11-03-2.pdf"),
        ("../../etc", "referral-slip-etc-2026-11-03-2.pdf"),
        ("XK-2026-X", "referral-slip-XK-2026-X-2026-11-03-2.pdf"),
    ],
)
def test_the_file_name_is_safe_and_asks_whether_a_name_is_taken(ref: str, expected: str) -> None:
    asked: list[str] = []

    def taken(name: str) -> bool:
        asked.append(name)
        return not name.endswith("-2.pdf")

    assert slip.file_name(ref, TODAY, taken) == expected
    assert len(asked) == 2
