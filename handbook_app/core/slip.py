"""Referral slips as HTML: what a checklist, a guide or a whole case printed says. No Qt.

A slip has a :class:`Header` (the date, the case reference, the contacts to list,
the edition of the content and its signature state) and a body: the ticks and the
assessment of a checklist, the route taken through a guide, or for a case
(:func:`case_slip`) every checklist and guide worked on in it. It always ends with
the disclaimer and the sentence that it holds no personal names; it never has a
field for one. Every text from the bundle or the officer is escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from handbook_app.content.dates import CONTACT, verified_message
from handbook_app.content.message import Message
from handbook_app.core.assessment import DISCLAIMER, Assessment
from handbook_app.core.mission import (
    UNVERIFIED_FROM,
    UNVERIFIED_UNDATED,
    VERIFY,
    Listing,
    Mission,
    contact_countries,
    linked_countries,
    warning_messages,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable, Sequence

    from handbook_app.content.model import Contact, Document, Indicator
    from handbook_app.core.route import Route

__all__ = ["Header", "Listing", "case_slip", "checklist_slip", "guide_slip", "linked_countries"]

NO_NAMES = "This slip holds no personal names. Keep it with the case."
STYLE = (
    "<style>body { font-size: 9pt; } h1 { font-size: 15pt; margin-bottom: 4px; }"
    " h2 { font-size: 12pt; margin-top: 10px; margin-bottom: 2px; }"
    " h3 { font-size: 10pt; margin-top: 6px; margin-bottom: 1px; }"
    " p { margin-top: 2px; margin-bottom: 3px; line-height: 120%; }"
    " ul { margin-top: 0px; margin-bottom: 2px; } li { margin-bottom: 1px; line-height: 115%; }"
    "</style>"
)
"""Compact type for paper: an ordinary case fits one page of A4 or Letter."""
UNSAFE_NAME = re.compile(r"[^A-Za-z0-9-]+")


@dataclass(frozen=True)
class Header:
    """What every slip starts with: the date, the case, the contacts to list, the edition."""

    ref: str
    today: dt.date
    countries: tuple[Listing, ...]
    edition: str = ""
    """The content's edition and signature state, e.g. "edition 3 of 2026-11-01, signed"."""


def header(
    doc: Document | None,
    lookup: Callable[[str], Document],
    ref: str,
    today: dt.date,
    *,
    mission: Mission | None = None,
    edition: str = "",
) -> Header:
    """The header of a slip for ``doc`` (None: a whole case), case ``ref`` ("" for none)."""
    listings = contact_countries(doc, mission or Mission(), lookup)
    return Header(ref, today, tuple(listings), edition)


def listing(country: Document, why: str = "") -> Listing:
    """All of ``country``'s contacts, for a header made by hand."""
    return Listing(country, country.country.contacts if country.country else (), why)


def _contacts(head: Header) -> str:
    return contacts_html(head.countries, head.today)


SOURCE = "source: {source} · {when}"
NO_CONTACTS = (
    "No country contacts to list: set the mission's countries (Settings → Mission) "
    "or see the handbook's country pages."
)


def contacts_html(
    listings: Iterable[Listing], today: dt.date, words: Callable[[Message], str] = str
) -> str:
    """The contacts as a list: country, name, phone, source and verified date, why this
    country, and a warning when a contact is uncertain, unverified or verified over 12 months
    ago; ``words`` says each sentence (the interface's language; English on paper)."""
    rows = []
    for found in listings:
        why = f" <i>({escape(words(Message(CONTACT, found.why)))})</i>" if found.why else ""
        for c in found.contacts:
            phone = f" — <b>{escape(c.phone)}</b>" if c.phone else ""
            rows.append(
                f"<li>{escape(found.country.title)}: {escape(c.name)}{phone}"
                f" ({escape(words(_provenance(c)))}){why}"
                f"{_warning(c, today, words)}</li>"
            )
    if not rows:
        return f"<p>{escape(words(Message(CONTACT, NO_CONTACTS)), quote=False)}</p>"
    return "<ul>" + "".join(rows) + "</ul>"


def _provenance(contact: Contact) -> Message:
    """Where a contact comes from and when it was checked, as the country panel says it."""
    when = verified_message(contact.verified, contact.source_date)
    if not contact.source:
        return when
    return Message(CONTACT, SOURCE, (("source", contact.source), ("when", when)))


def _warning(contact: Contact, today: dt.date, words: Callable[[Message], str]) -> str:
    """The warnings of a contact on one line; its date is already beside it."""
    found = warning_messages(contact, today)
    if contact.unverified:  # "date not verified; source from …" is said beside the name
        found = [w for w in found if w.source not in (UNVERIFIED_FROM, UNVERIFIED_UNDATED)]
        if not contact.uncertain:  # the doubt is said once
            found.append(Message(CONTACT, VERIFY))
    if not found:
        return ""
    said = " ".join(words(w) for w in found)
    return f" <b style='color:#7a1d12'>⚠ {escape(said)}</b>"


def _frame(title: str, head: Header, body: str) -> str:
    case = escape(head.ref) if head.ref else "(no case open)"
    edition = f"Content: {escape(head.edition)}. " if head.edition else ""
    return (
        f"{STYLE}<h1>Referral slip: {escape(title)}</h1>"
        f"<p>Date: <b>{head.today.isoformat()}</b> &nbsp;&nbsp; Case reference: <b>{case}</b></p>"
        f"{body}<h2>Contacts to call</h2>{_contacts(head)}"
        f"<p><b>{escape(DISCLAIMER)}</b></p>"
        f"<p style='color:#4a5563'>{edition}{NO_NAMES}</p>"
    )


def _weight(indicator: Indicator) -> str:
    """An indicator's strength as the checklist shows it, uncertain when the sources differ."""
    strength = indicator.strength.value
    return f"{strength}, uncertain weight" if indicator.uncertain else strength


def _checklist_body(doc: Document, result: Assessment, ticked: set[str], level: int) -> str:
    assert doc.checklist is not None
    items = [
        f"<li>{escape(i.text)} <i>({_weight(i)})</i> — {escape(d.title)}</li>"
        for d in doc.checklist.dimensions
        for i in d.indicators
        if i.id in ticked
    ]
    dims = "".join(
        f"<li>{escape(d.title)}: {'positive' if d.positive else 'not positive'}"
        f" — {escape(d.reason)}</li>"
        for d in result.dimensions
    )
    h = f"h{level}"
    return (
        f"<{h}>What was ticked</{h}><ul>{''.join(items) or '<li>Nothing ticked.</li>'}</ul>"
        f"<{h}>Assessment</{h}><p><b>{escape(result.summary)}</b></p><ul>{dims}</ul>"
    )


def _guide_body(route: Route, level: int) -> str:
    decided = [f"<li>{escape(q)} — <b>{escape(a)}</b></li>" for q, a in route.decisions()]
    steps = " → ".join(escape(s.title) for s in route.steps())
    h = f"h{level}"
    return (
        f"<{h}>Route taken</{h}><p>{steps}</p>"
        f"<{h}>What was decided</{h}><ul>{''.join(decided) or '<li>No decision taken yet.</li>'}"
        f"</ul><p>Current step: <b>{escape(route.current.title)}</b></p>"
    )


def checklist_slip(doc: Document, result: Assessment, ticked: set[str], head: Header) -> str:
    """The slip of a checklist: what was ticked, by dimension, and the assessment."""
    return _frame(doc.title, head, _checklist_body(doc, result, ticked, 2))


def guide_slip(doc: Document, route: Route, head: Header) -> str:
    """The slip of a guide: the steps taken, the decisions and the step reached."""
    return _frame(doc.title, head, _guide_body(route, 2))


def case_slip(
    head: Header,
    checklists: Sequence[tuple[Document, Assessment, set[str]]],
    guides: Sequence[tuple[Document, Route]],
) -> str:
    """One slip for a whole case: each checklist worked on (ticks, dimensions, assessment)
    and each guide walked (route, decisions), then the contacts, disclaimer and edition."""
    parts = []
    for doc, result, ticked in checklists:
        parts.append(f"<h2>Checklist: {escape(doc.title)}</h2>")
        parts.append(f"<p><b>{escape(result.headline)}.</b> <i>{escape(DISCLAIMER)}</i></p>")
        parts.append(_checklist_body(doc, result, ticked, 3))
    for doc, route in guides:
        parts.append(f"<h2>Guide: {escape(doc.title)}</h2>")
        parts.append(_guide_body(route, 3))
    if not parts:
        parts.append("<p>Nothing was ticked or walked in this case yet.</p>")
    return _frame(f"case {head.ref}" if head.ref else "no case", head, "".join(parts))


def file_name(ref: str, today: dt.date, taken: Callable[[str], bool] | Iterable[str] = ()) -> str:
    """The suggested PDF name: ``referral-slip-<case>-<date>.pdf``, with ``-2``, ``-3`` … when
    a file of that name is ``taken`` (a callable, or names), so nothing is overwritten."""
    is_taken = taken if callable(taken) else set(taken).__contains__
    case = UNSAFE_NAME.sub("-", ref).strip("-") or "no-case"
    stem = f"referral-slip-{case}-{today.isoformat()}"
    name, n = f"{stem}.pdf", 1
    while is_taken(name):
        n += 1
        name = f"{stem}-{n}.pdf"
    return name
