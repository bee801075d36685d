"""Referral slips as HTML: what a checklist or a guide printed on one page says. No Qt.

A slip has a :class:`Header` (the date, the case reference, the countries whose
contacts to list) and a body: the ticks and the assessment of a checklist, or
the route taken through a guide. It always ends with the disclaimer and the
sentence that it holds no personal names; it never has a field for one. Every
text from the bundle or the officer is escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from handbook_app.content.dates import verified_text
from handbook_app.content.model import Contact, Document, Kind
from handbook_app.core.assessment import DISCLAIMER, Assessment
from handbook_app.errors import BundleError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable

    from handbook_app.core.route import Route

LINK = re.compile(r'href="doc:([^"#]+)')
NO_NAMES = "This slip holds no personal names. Keep it with the case."


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


@dataclass(frozen=True)
class Header:
    """What every slip starts with: the date, the case, and the countries whose contacts to list."""

    ref: str
    today: dt.date
    countries: tuple[Document, ...]


def header(doc: Document, lookup: Callable[[str], Document], ref: str, today: dt.date) -> Header:
    """The header of a slip for ``doc``: its linked countries, case ``ref`` ("" for none)."""
    return Header(ref, today, tuple(linked_countries(doc, lookup)))


def _contacts(countries: Iterable[Document]) -> str:
    rows = []
    for country in countries:
        contacts: tuple[Contact, ...] = country.country.contacts if country.country else ()
        for c in contacts:
            phone = f" — <b>{escape(c.phone)}</b>" if c.phone else ""
            rows.append(
                f"<li>{escape(country.title)}: {escape(c.name)}{phone}"
                f" ({escape(verified_text(c.verified, c.source_date))})</li>"
            )
    if not rows:
        return "<p>No country contacts are linked here: see the handbook's country pages.</p>"
    return "<ul>" + "".join(rows) + "</ul>"


def _frame(title: str, head: Header, body: str) -> str:
    case = escape(head.ref) if head.ref else "(no case open)"
    return (
        f"<h1>Referral slip: {escape(title)}</h1>"
        f"<p>Date: <b>{head.today.isoformat()}</b> &nbsp;&nbsp; Case reference: <b>{case}</b></p>"
        f"{body}<h2>Contacts to call</h2>{_contacts(head.countries)}"
        f"<p><b>{escape(DISCLAIMER)}</b></p>"
        f"<p style='color:#4a5563'>{NO_NAMES}</p>"
    )


def checklist_slip(doc: Document, result: Assessment, ticked: set[str], head: Header) -> str:
    """The slip of a checklist: what was ticked, by dimension, and the assessment."""
    assert doc.checklist is not None
    items = [
        f"<li>{escape(i.text)} <i>({i.strength.value})</i> — {escape(d.title)}</li>"
        for d in doc.checklist.dimensions
        for i in d.indicators
        if i.id in ticked
    ]
    dims = "".join(
        f"<li>{escape(d.title)}: {'positive' if d.positive else 'not positive'}"
        f" — {escape(d.reason)}</li>"
        for d in result.dimensions
    )
    body = (
        f"<h2>What was ticked</h2><ul>{''.join(items) or '<li>Nothing ticked.</li>'}</ul>"
        f"<h2>Assessment</h2><p><b>{escape(result.summary)}</b></p><ul>{dims}</ul>"
    )
    return _frame(doc.title, head, body)


def guide_slip(doc: Document, route: Route, head: Header) -> str:
    """The slip of a guide: the steps taken, the decisions and the step reached."""
    decided = [f"<li>{escape(q)} — <b>{escape(a)}</b></li>" for q, a in route.decisions()]
    steps = " → ".join(escape(s.title) for s in route.steps())
    body = (
        f"<h2>Route taken</h2><p>{steps}</p>"
        f"<h2>What was decided</h2><ul>{''.join(decided) or '<li>No decision taken yet.</li>'}</ul>"
        f"<p>Current step: <b>{escape(route.current.title)}</b></p>"
    )
    return _frame(doc.title, head, body)
