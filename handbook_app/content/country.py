"""Country entries: contacts in the front matter, each with its source and date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from handbook_app.content.dates import UNVERIFIED, is_stale, parse_date, verified_text
from handbook_app.content.frontmatter import FrontMatter
from handbook_app.content.markup import slugify
from handbook_app.content.model import Contact
from handbook_app.content.problems import did_you_mean

REQUIRED = ("name", "role", "source", "verified")
OPTIONAL = ("phone", "email", "web", "hours", "notes", "confidence", "source_date")
WEB = re.compile(r"https?://", re.IGNORECASE)
SOURCE_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


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
        if contact.unverified:
            draft.warnings.append(
                (meta.line("contacts", index, "verified"),
                 f"contact '{contact.name}' has no verified date "
                 f"({verified_text(contact.verified, contact.source_date)})",
                 "check it against its source and write 'verified: YYYY-MM-DD'")
            )  # fmt: skip
        elif edition_date and is_stale(contact.verified, edition_date):
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
    unverified = str(verified).strip().lower() == UNVERIFIED
    date = parse_date(verified) if verified and not unverified else None
    if verified and not unverified and date is None:
        draft.problems.append(
            (meta.line("contacts", index, "verified"), f"invalid date '{verified}'",
             "write the date as YYYY-MM-DD, or 'unknown' when no check date is known")
        )  # fmt: skip
        ok = False
    source_date = _source_date(entry.get("source_date"))
    if source_date is None:
        draft.problems.append(
            (meta.line("contacts", index, "source_date"),
             f"invalid source date '{entry.get('source_date')}'",
             "write the year the source is dated, e.g. 2023, or YYYY-MM or YYYY-MM-DD")
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
    if not ok or (date is None and not unverified):
        return None
    text = {k: str(entry.get(k) or "").strip() for k in REQUIRED + OPTIONAL}
    return Contact(
        anchor=slugify(text["name"])[:60],
        name=text["name"],
        role=text["role"],
        source=text["source"],
        verified=date.isoformat() if date else UNVERIFIED,
        phone=text["phone"],
        email=text["email"],
        web=text["web"],
        hours=text["hours"],
        notes=text["notes"],
        uncertain=confidence == "uncertain",
        source_date=source_date or "",
    )


def _source_date(value: Any) -> str | None:
    """The source's own date as text ("" when absent), or None when it is not a date."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return None
    day = parse_date(value)
    if day is not None:
        return day.isoformat()
    text = str(value).strip()
    return text if SOURCE_DATE.fullmatch(text) else None
