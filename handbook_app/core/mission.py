"""The mission profile: which country the mission represents (home) and where it is (host).

Kept by the app in its settings under :data:`HOME_KEY` and :data:`HOST_KEY` as the
document ids of country pages ("" = not set; the host may be :data:`OTHER`, a country
the directory has no page for). From it follow the order of the country directory
(host, then home, then the rest) and whose contacts a guide or a slip shows: the
host's bodies, and the home country's referral body where the document is about a
return or the country of origin. No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from handbook_app.content.dates import CONTACT, is_stale
from handbook_app.content.message import Message
from handbook_app.content.model import Kind
from handbook_app.errors import BundleError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable, Sequence

    from handbook_app.content.model import Contact, Document

HOME_KEY = "mission/home"
HOST_KEY = "mission/host"
OTHER = "other"
"""``mission/host`` for a host country the directory has no page for."""

RETURN_TAGS = frozenset({"return", "origin", "country of origin"})
POINT_OF_CONTACT = re.compile(
    r"national (point of contact|contact point|referral (body|mechanism))|"
    r"point of contact for victims",
    re.IGNORECASE,
)
UNCERTAIN = "Verify before relying on this"
VERIFY = f"{UNCERTAIN}."
NOT_CONFIRMED = f"{UNCERTAIN}: this contact could not be confirmed."
UNVERIFIED_FROM = f"Date not verified; source from {{date}}. {UNCERTAIN}."
UNVERIFIED_UNDATED = f"Date not verified; source undated. {UNCERTAIN}."
STALE = f"Last verified {{date}}, over a year ago. {UNCERTAIN}."
HOST = "host country"
HOME = "home country, for the return"
LINKED = "linked from this page"
"""Why a country's contacts are listed (:attr:`Listing.why`)."""
LINK = re.compile(r'href="doc:([^"#]+)')
REFERRAL_ROLE = re.compile(
    r"referral|coordinat|assistance|national contact|point of contact|counselling|return",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mission:
    home: str = ""
    host: str = ""

    @property
    def is_set(self) -> bool:
        return bool(self.home or self.host)

    @classmethod
    def of(cls, home: object, host: object, countries: Iterable[str]) -> Mission:
        """The profile from two stored values; anything but a known country id is "not set"
        (the host may also be :data:`OTHER`)."""
        known = set(countries)
        clean_home = home if isinstance(home, str) and home in known else ""
        clean_host = host if isinstance(host, str) and (host in known or host == OTHER) else ""
        return cls(clean_home, clean_host)


def order_countries(ids: Sequence[str], mission: Mission) -> list[str]:
    """Country ids in directory order: the host, then home, then the rest as given."""
    first = [c for c in (mission.host, mission.home) if c and c in ids]
    first = list(dict.fromkeys(first))
    return first + [c for c in ids if c not in first]


def about_return(doc: Document) -> bool:
    """Whether ``doc`` is about a return home or the country of origin (by its tags)."""
    return bool({t.lower() for t in doc.tags} & RETURN_TAGS)


def says_point_of_contact(html: str) -> bool:
    """Whether a text tells the officer to call the national point of contact or referral body."""
    return bool(POINT_OF_CONTACT.search(html))


def referral_bodies(country: Document) -> tuple[Contact, ...]:
    """The contacts of ``country`` that take referrals; all of them when none says so."""
    contacts = country.country.contacts if country.country else ()
    chosen = tuple(c for c in contacts if REFERRAL_ROLE.search(f"{c.role} {c.name}"))
    return chosen or contacts


@dataclass(frozen=True)
class Listing:
    """The contacts of one country to show, and why that country."""

    country: Document
    contacts: tuple[Contact, ...]
    why: str


def contact_countries(
    doc: Document | None, mission: Mission, lookup: Callable[[str], Document]
) -> list[Listing]:
    """Whose contacts a guide, checklist or slip shows.

    The host country's bodies; the home country's referral bodies too when ``doc`` is
    about a return or the country of origin (``doc`` None: a whole case, never). When
    the profile is not set, the countries ``doc`` links to, as before.
    """
    found: list[Listing] = []
    host = _country(mission.host, lookup)
    if host is not None:
        found.append(Listing(host, host.country.contacts if host.country else (), HOST))
    home = _country(mission.home, lookup)
    if home is not None and home is not host and doc is not None and about_return(doc):
        found.append(Listing(home, referral_bodies(home), HOME))
    if found or mission.is_set or doc is None:
        return found
    return [
        Listing(c, c.country.contacts if c.country else (), LINKED)
        for c in linked_countries(doc, lookup)
    ]


def _country(doc_id: str, lookup: Callable[[str], Document]) -> Document | None:
    if not doc_id or doc_id == OTHER:
        return None
    try:
        doc = lookup(doc_id)
    except BundleError:
        return None
    return doc if doc.kind is Kind.COUNTRY else None


def linked_countries(doc: Document, lookup: Callable[[str], Document]) -> list[Document]:
    """The country pages a checklist or guide links to, in the order first linked."""
    texts = [doc.html] + [s.html for s in doc.guide.steps] if doc.guide else [doc.html]
    found: dict[str, Document] = {}
    for target in (m for text in texts for m in LINK.findall(text)):
        if target in found:
            continue
        try:
            linked = lookup(target)
        except BundleError:
            continue
        if linked.kind is Kind.COUNTRY:
            found[target] = linked
    return list(found.values())


def warning_messages(contact: Contact, today: dt.date) -> list[Message]:
    """What an officer must know before calling: uncertain, or not verified for a year."""
    found = []
    if contact.uncertain:
        found.append(Message(CONTACT, NOT_CONFIRMED))
    if contact.unverified:
        source_date = contact.source_date
        found.append(
            Message(CONTACT, UNVERIFIED_FROM, (("date", source_date),))
            if source_date
            else Message(CONTACT, UNVERIFIED_UNDATED)
        )
    if is_stale(contact.verified, today):
        found.append(Message(CONTACT, STALE, (("date", contact.verified),)))
    return found


def warnings_for(contact: Contact, today: dt.date) -> list[str]:
    """:func:`warning_messages` in English."""
    return [str(warning) for warning in warning_messages(contact, today)]
