"""The mission profile, without a display: directory order, and whose contacts are shown."""

from __future__ import annotations

import datetime as dt

import pytest

from handbook_app.content.model import Contact, Country, Document, Guide, Kind, Step
from handbook_app.core.mission import (
    OTHER,
    Mission,
    about_return,
    contact_countries,
    order_countries,
    referral_bodies,
    says_point_of_contact,
    warnings_for,
)
from handbook_app.errors import BundleError

TODAY = dt.date(2026, 11, 3)


def contact(name: str, role: str, verified: str = "2026-10-01", **more: object) -> Contact:
    return Contact(name.lower(), name, role, "example.org", verified, **more)  # type: ignore[arg-type]


def country(doc_id: str, *contacts: Contact) -> Document:
    return Document(
        doc_id, Kind.COUNTRY, "en", doc_id.title(), f"{doc_id}.md", "",
        country=Country(doc_id[:2].upper(), contacts),
    )  # fmt: skip


FI = country("finland", contact("Assistance System", "Assistance and referral (24/7)"))
SE = country(
    "sweden",
    contact("National Coordinator", "Runs the national referral mechanism"),
    contact("Police", "Police (non-emergency)"),
)
DE = country("germany", contact("Police", "Police"))
DOCS = {d.id: d for d in (FI, SE, DE)}


def lookup(doc_id: str) -> Document:
    if doc_id not in DOCS:
        raise BundleError(doc_id)
    return DOCS[doc_id]


def guide(tags: tuple[str, ...] = (), html: str = "") -> Document:
    step = Step("s", "Step", html)
    return Document(
        "g", Kind.GUIDE, "en", "A guide", "g.md", html, tags=tags, guide=Guide("s", (step,))
    )


@pytest.mark.parametrize(
    ("mission", "expected"),
    [
        (Mission(), ["germany", "finland", "sweden"]),
        (Mission(home="sweden", host="finland"), ["finland", "sweden", "germany"]),
        (Mission(home="sweden"), ["sweden", "germany", "finland"]),
        (Mission(host="finland"), ["finland", "germany", "sweden"]),
        (Mission(home="sweden", host=OTHER), ["sweden", "germany", "finland"]),
        (Mission(home="finland", host="finland"), ["finland", "germany", "sweden"]),
        (Mission(home="atlantis", host="finland"), ["finland", "germany", "sweden"]),
    ],
)
def test_directory_lists_host_then_home_then_the_rest(
    mission: Mission, expected: list[str]
) -> None:
    assert order_countries(["germany", "finland", "sweden"], mission) == expected


def test_stored_values_that_are_no_country_read_as_not_set() -> None:
    known = ["finland", "sweden"]
    assert Mission.of("sweden", "finland", known) == Mission("sweden", "finland")
    assert Mission.of("sweden", OTHER, known) == Mission("sweden", OTHER)
    assert Mission.of(OTHER, "x", known) == Mission()  # "other" is for the host only
    assert Mission.of(3, None, known) == Mission()
    assert not Mission().is_set


def test_a_guide_shows_the_host_countrys_bodies() -> None:
    shown = contact_countries(guide(), Mission("sweden", "finland"), lookup)
    assert [(s.country.id, s.why) for s in shown] == [("finland", "host country")]
    assert shown[0].contacts == FI.country.contacts  # type: ignore[union-attr]


def test_a_return_guide_adds_the_home_countrys_referral_body_only() -> None:
    shown = contact_countries(guide(tags=("return",)), Mission("sweden", "finland"), lookup)
    assert [s.country.id for s in shown] == ["finland", "sweden"]
    assert [c.name for c in shown[1].contacts] == ["National Coordinator"]
    assert shown[1].why == "home country, for the return"


def test_a_whole_case_never_lists_home_unless_a_return_guide_was_walked() -> None:
    assert [
        s.country.id for s in contact_countries(None, Mission("sweden", "finland"), lookup)
    ] == ["finland"]


def test_host_other_lists_no_host_and_the_profile_not_set_falls_back_to_links() -> None:
    linked = guide(html='<a href="doc:germany">Germany</a>')
    assert contact_countries(linked, Mission("sweden", OTHER), lookup) == []
    assert [s.country.id for s in contact_countries(linked, Mission(), lookup)] == ["germany"]
    assert contact_countries(None, Mission(), lookup) == []


def test_about_return_and_point_of_contact_are_read_from_the_content() -> None:
    assert about_return(guide(tags=("Return",)))
    assert about_return(guide(tags=("origin",)))
    assert not about_return(guide(tags=("referral",)))
    assert says_point_of_contact("Call the national point of contact now.")
    assert says_point_of_contact("Pass the case to the national referral body.")
    assert says_point_of_contact("the National contact point")
    assert not says_point_of_contact("Call the police.")


def test_referral_bodies_falls_back_to_every_contact() -> None:
    assert [c.name for c in referral_bodies(SE)] == ["National Coordinator"]
    assert [c.name for c in referral_bodies(DE)] == ["Police"]


def test_contact_warnings_old_unverified_uncertain() -> None:
    assert warnings_for(contact("A", "r", "2026-10-01"), TODAY) == []
    assert warnings_for(contact("A", "r", "2025-10-01"), TODAY) == [
        "Last verified 2025-10-01, over a year ago. Verify before relying on this."
    ]
    assert warnings_for(contact("A", "r", "unknown", source_date="2023"), TODAY) == [
        "Date not verified; source from 2023. Verify before relying on this."
    ]
    assert warnings_for(contact("A", "r", uncertain=True), TODAY) == [
        "Verify before relying on this: this contact could not be confirmed."
    ]
