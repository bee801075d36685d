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
    linked_countries,
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


def test_half_a_profile_is_a_profile() -> None:
    assert Mission(home="sweden").is_set
    assert Mission(host="finland").is_set
    assert Mission(host=OTHER).is_set
    assert Mission.of("atlantis", "finland", ["finland"]) == Mission("", "finland")
    assert Mission.of("finland", "atlantis", ["finland"]) == Mission("finland", "")


def test_a_return_guide_in_the_host_country_lists_it_once() -> None:
    shown = contact_countries(guide(tags=("return",)), Mission("finland", "finland"), lookup)
    assert [(s.country.id, s.why) for s in shown] == [("finland", "host country")]


def test_a_page_about_the_country_of_origin_adds_home_whatever_the_case_of_its_tag() -> None:
    for tags in (("Country of Origin",), ("ORIGIN", "labour"), ("return",)):
        shown = contact_countries(guide(tags=tags), Mission("sweden", "finland"), lookup)
        assert [s.country.id for s in shown] == ["finland", "sweden"], tags
    assert not about_return(guide(tags=("returned goods",)))


def test_a_home_country_alone_shows_only_on_a_return_page() -> None:
    home_only = Mission(home="sweden")
    assert contact_countries(guide(), home_only, lookup) == []  # set: no fallback to links
    shown = contact_countries(guide(tags=("return",)), home_only, lookup)
    assert [(s.country.id, s.why) for s in shown] == [("sweden", "home country, for the return")]


def test_a_host_that_is_no_country_page_lists_nothing() -> None:
    chapter = Document("chapter", Kind.CHAPTER, "en", "A chapter", "chapter.md", "")
    bare = Document("bare", Kind.COUNTRY, "en", "Bare", "bare.md", "")  # no contacts block
    docs = DOCS | {"chapter": chapter, "bare": bare}

    def find(doc_id: str) -> Document:
        if doc_id not in docs:
            raise BundleError(doc_id)
        return docs[doc_id]

    assert contact_countries(guide(), Mission(host="chapter"), find) == []
    assert contact_countries(guide(), Mission(host="atlantis"), find) == []
    shown = contact_countries(guide(), Mission(host="bare"), find)
    assert [(s.country.id, s.contacts) for s in shown] == [("bare", ())]
    assert referral_bodies(bare) == ()


def test_referral_bodies_are_found_by_role_or_name() -> None:
    nl = country(
        "netherlands",
        contact("Police", "Police (non-emergency)"),
        contact("CoMensha", "Coordination centre against trafficking"),
        contact("Return counselling", "Advice"),
        contact("Victim support", "National Contact Point"),
    )
    assert [c.name for c in referral_bodies(nl)] == [
        "CoMensha",
        "Return counselling",
        "Victim support",
    ]


def test_linked_countries_in_the_order_first_linked_once_each() -> None:
    step = Step(
        "s", "Step", '<a href="doc:atlantis">x</a> <a href="doc:sweden#contacts">Sweden</a>'
    )
    html = (
        '<a href="doc:finland">Finland</a> <a href="doc:g">a guide</a> '
        '<a href="doc:finland#contacts">again</a>'
    )
    walked = Document("w", Kind.GUIDE, "en", "Walked", "w.md", html, guide=Guide("s", (step,)))
    docs = DOCS | {"g": guide()}

    def find(doc_id: str) -> Document:
        if doc_id not in docs:
            raise BundleError(doc_id)
        return docs[doc_id]

    assert [c.id for c in linked_countries(walked, find)] == ["finland", "sweden"]
    shown = contact_countries(walked, Mission(), find)
    assert [(s.country.id, s.why) for s in shown] == [
        ("finland", "linked from this page"),
        ("sweden", "linked from this page"),
    ]
    assert shown[1].contacts == SE.country.contacts  # type: ignore[union-attr]
    page = Document("p", Kind.CHAPTER, "en", "Page", "p.md", '<a href="doc:sweden">S</a>')
    assert [c.id for c in linked_countries(page, find)] == ["sweden"]  # a page, no steps


def test_every_warning_of_a_contact_in_order() -> None:
    worst = contact("A", "r", "unknown", uncertain=True)
    assert warnings_for(worst, TODAY) == [
        "Verify before relying on this: this contact could not be confirmed.",
        "Date not verified; source undated. Verify before relying on this.",
    ]
    old_and_unsure = contact("A", "r", "2024-01-31", uncertain=True)
    assert warnings_for(old_and_unsure, TODAY) == [
        "Verify before relying on this: this contact could not be confirmed.",
        "Last verified 2024-01-31, over a year ago. Verify before relying on this.",
    ]
    assert warnings_for(contact("A", "r", "2025-11-03"), TODAY) == []  # a year exactly
    assert warnings_for(contact("A", "r", "2025-11-02"), TODAY) == [
        "Last verified 2025-11-02, over a year ago. Verify before relying on this."
    ]


def test_other_and_unset_are_never_looked_up() -> None:
    def anything(doc_id: str) -> Document:
        return FI  # a lookup that finds a country for any id

    assert contact_countries(guide(), Mission("", OTHER), anything) == []
    assert contact_countries(guide(), Mission(OTHER, OTHER), anything) == []


def test_a_linked_country_page_without_contacts_is_listed_empty() -> None:
    bare = Document("bare", Kind.COUNTRY, "en", "Bare", "bare.md", "")

    def find(doc_id: str) -> Document:
        return bare

    shown = contact_countries(guide(html='<a href="doc:bare">B</a>'), Mission(), find)
    assert [(s.country.id, s.contacts, s.why) for s in shown] == [
        ("bare", (), "linked from this page")
    ]
