"""Dates in the content: how they are read, and when a verified fact counts as old.

Kept apart from the parsers so that the app can use it without loading them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

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


def verified_text(verified: str, source_date: str = "") -> str:
    """How a contact's date reads on screen and on paper, e.g. "verified 2026-10-01"."""
    if verified != UNVERIFIED:
        return f"verified {verified}"
    if source_date:
        return f"date not verified; source from {source_date}"
    return "date not verified; source undated"


def is_stale(verified: str, today: dt.date) -> bool:
    """True when a contact was verified more than 12 months before ``today``."""
    date = parse_date(verified)
    return date is not None and today - date > STALE_AFTER
