"""Dates in the content: how they are read, and when a verified fact counts as old.

Kept apart from the parsers so that the app can use it without loading them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from handbook_app.content.message import Message

STALE_AFTER = dt.timedelta(days=365)
UNVERIFIED = "unknown"
"""``verified: unknown``: nobody has checked the fact on a known date."""


def parse_date(value: Any) -> dt.date | None:
    """A ``YYYY-MM-DD`` date from YAML (already a date, or a string), else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


CONTACT = "Contact"
"""The context of the sentences about a contact (see :mod:`handbook_app.content.message`)."""
VERIFIED = "verified {date}"
NOT_VERIFIED = "date not verified; source from {date}"
NOT_VERIFIED_UNDATED = "date not verified; source undated"


def verified_message(verified: str, source_date: str = "") -> Message:
    """How a contact's date reads on screen and on paper, e.g. "verified 2026-10-01"."""
    if verified != UNVERIFIED:
        return Message(CONTACT, VERIFIED, (("date", verified),))
    if source_date:
        return Message(CONTACT, NOT_VERIFIED, (("date", source_date),))
    return Message(CONTACT, NOT_VERIFIED_UNDATED)


def verified_text(verified: str, source_date: str = "") -> str:
    """:func:`verified_message` in English."""
    return str(verified_message(verified, source_date))


def is_stale(verified: str, today: dt.date) -> bool:
    """True when a contact was verified more than 12 months before ``today``."""
    date = parse_date(verified)
    return date is not None and today - date > STALE_AFTER
