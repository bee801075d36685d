"""Country entries: contacts in the front matter, each with its source and date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from handbook_app.content.dates import is_stale, parse_date
from handbook_app.content.frontmatter import FrontMatter
from handbook_app.content.markup import slugify
from handbook_app.content.model import Contact
from handbook_app.content.problems import did_you_mean

REQUIRED = ("name", "role", "source", "verified")
OPTIONAL = ("phone", "email", "web", "hours", "notes", "confidence")
WEB = re.compile(r"https?://", re.IGNORECASE)


@dataclass
class ContactsDraft:
    contacts: list[Contact] = field(default_factory=list)
    problems: list[tuple[int, str, str]] = field(default_factory=list)
    warnings: list[tuple[int, str, str]] = field(default_factory=list)


def parse(meta: FrontMatter, edition_date: dt.date | None) -> ContactsDraft:
    """Check and convert the ``contacts:`` list of a country file."""
    draft = ContactsDraft()
    raw = meta.data.get("contacts")
    if raw is None:
        draft.problems.append(
            (meta.start, "country has no 'contacts:'", "list at least one contact with its source")
        )
        return draft
    if not isinstance(raw, list) or not raw:
        draft.problems.append(
            (
                meta.line("contacts"),
                "'contacts:' must be a list of at least one contact",
                "start each contact with '- name:'",
            )
        )
        return draft
    anchors: set[str] = set()
    for index, entry in enumerate(raw):
        contact = _contact(meta, index, entry, draft)
        if contact is None:
            continue
        anchor, n = contact.anchor, 2
        while anchor in anchors:
            anchor, n = f"{contact.anchor}-{n}", n + 1
        anchors.add(anchor)
        draft.contacts.append(Contact(**{**contact.__dict__, "anchor": anchor}))
        if edition_date and is_stale(contact.verified, edition_date):
            draft.warnings.append(
                (meta.line("contacts", index, "verified"),
                 f"contact '{contact.name}' was verified on {contact.verified}, "
                 "more than 12 months before the edition date",
                 "check it again and update 'verified:'")
            )  # fmt: skip
    return draft


def _contact(meta: FrontMatter, index: int, entry: Any, draft: ContactsDraft) -> Contact | None:
    line = meta.line("contacts", index)
    if not isinstance(entry, dict):
        draft.problems.append((line, "a contact must be a list of 'key: value' lines", "see docs"))
        return None
    ok = True
    for key in entry:
        if key not in REQUIRED + OPTIONAL:
            hint = did_you_mean(
                str(key), REQUIRED + OPTIONAL, "allowed: " + ", ".join(REQUIRED + OPTIONAL)
            )
            draft.problems.append(
                (meta.line("contacts", index, str(key)), f"unknown contact key '{key}'", hint)
            )
            ok = False
    for key in REQUIRED:
        if not entry.get(key):
            draft.problems.append(
                (line, f"contact is missing '{key}'", f"add '{key}:' to the contact")
            )
            ok = False
    verified = entry.get("verified")
    date = parse_date(verified) if verified else None
    if verified and date is None:
        draft.problems.append(
            (meta.line("contacts", index, "verified"), f"invalid date '{verified}'",
             "write the date as YYYY-MM-DD")
        )  # fmt: skip
        ok = False
    confidence = entry.get("confidence")
    if confidence not in (None, "uncertain", "confirmed"):
        draft.problems.append(
            (meta.line("contacts", index, "confidence"), f"unknown confidence '{confidence}'",
             did_you_mean(str(confidence), ("uncertain", "confirmed"), "use 'uncertain'"))
        )  # fmt: skip
        ok = False
    web = str(entry.get("web") or "").strip()
    if web and not WEB.match(web):  # never a javascript: or data: link on a contact card
        draft.problems.append(
            (meta.line("contacts", index, "web"), f"web address '{web}' is not an http(s) address",
             "write the full address, e.g. https://example.org")
        )  # fmt: skip
        ok = False
    if not ok or date is None:
        return None
    text = {k: str(entry.get(k) or "").strip() for k in REQUIRED + OPTIONAL}
    return Contact(
        anchor=slugify(text["name"])[:60],
        name=text["name"],
        role=text["role"],
        source=text["source"],
        verified=date.isoformat(),
        phone=text["phone"],
        email=text["email"],
        web=text["web"],
        hours=text["hours"],
        notes=text["notes"],
        uncertain=confidence == "uncertain",
    )
