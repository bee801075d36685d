"""Dates in the content: how they are read, and when a verified fact counts as old.

Kept apart from the parsers so that the app can use it without loading them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

STALE_AFTER = dt.timedelta(days=365)


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


def is_stale(verified: str, today: dt.date) -> bool:
    """True when a contact was verified more than 12 months before ``today``."""
    date = parse_date(verified)
    return date is not None and today - date > STALE_AFTER
