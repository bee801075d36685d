"""What a case reference may look like: a case number, never a name or a date of birth.

The rule, in the words the officer sees (:data:`HELP`):

1. 2 to 32 characters: letters, digits and the separators ``- / . _``; no spaces.
2. At least one digit.
3. Letters only as short codes: each run of letters at most 4 long and written all
   in capitals or all in small letters (``SE``, ``WAW``, ``HEL``, ``case``). A longer
   run (``Maria``, ``Petrova``) reads like a word or a name, and so does a short run
   written like a name, capital first (``Ann``, ``Li``).
4. No date: ``14-03-1990``, ``1990.03.14``, ``14/03/90``, an 8-digit ``14031990`` or
   ``19900314``, or a Nordic personal identity number (``140390-123A``) look like a
   person's date of birth or identity number.

A short name written in capitals (``ANNA-2026``) still passes rule 3: no rule can tell
every short name from a code. The field and this help say "never a name" for that reason.
"""

from __future__ import annotations

import datetime as dt
import re

from handbook_app.errors import CaseStoreError

HELP = (
    "Type the case number, such as 2026-014 or SE-WAW-2026/14: digits, short letter codes "
    "(up to 4 capitals) and - / . _ between them. Never a name or a date of birth."
)
EXAMPLE = "2026-014"

_SHAPE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{1,31}$")
_LETTERS = re.compile(r"[A-Za-z]+")
_SEPARATED_DATE = re.compile(r"(?<!\d)(\d{1,4})[-./_](\d{1,2})[-./_](\d{2,4})(?!\d)")
_DIGITS = re.compile(r"\d+")
_IDENTITY = re.compile(r"(?<!\d)(\d{6})[-+A]\d{3}")


def _is_date(day: int, month: int, year: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _year(text: str) -> int | None:
    """A year from two or four digits (1900-2099), or None."""
    if len(text) == 2:
        return 1900 + int(text) if int(text) > 30 else 2000 + int(text)
    if len(text) == 4 and 1900 <= int(text) <= 2099:
        return int(text)
    return None


def _date_like(ref: str) -> bool:
    for a, b, c in _SEPARATED_DATE.findall(ref):
        year = _year(c)
        if len(a) <= 2 and year is not None and _is_date(int(a), int(b), year):
            return True  # day-month-year
        year = _year(a)
        if len(c) <= 2 and year is not None and _is_date(int(c), int(b), year):
            return True  # year-month-day
    for run in _DIGITS.findall(ref):
        if len(run) == 8:
            day_first = _is_date(int(run[:2]), int(run[2:4]), int(run[4:]))
            year_first = _is_date(int(run[6:]), int(run[4:6]), int(run[:4]))
            if (day_first and 1900 <= int(run[4:]) <= 2099) or (
                year_first and 1900 <= int(run[:4]) <= 2099
            ):
                return True
    for run in _IDENTITY.findall(ref):
        day_first = _is_date(int(run[:2]), int(run[2:4]), _year(run[4:]) or 0)
        year_first = _is_date(int(run[4:]), int(run[2:4]), _year(run[:2]) or 0)
        if day_first or year_first:
            return True
    return False


def why_not(ref: str) -> str:
    """Why ``ref`` (stripped) is not a case reference; "" when it is one."""
    if not ref:
        return "the field is empty"
    if any(c.isspace() for c in ref):
        return "it has a space (a case number has none; a name often has one)"
    if not _SHAPE.match(ref):
        if len(ref) > 32:
            return "it is longer than 32 characters"
        if len(ref) < 2:
            return "it is shorter than 2 characters"
        return "it has characters other than letters, digits and - / . _"
    if not any(c.isdigit() for c in ref):
        return "it has no digit"
    for run in _LETTERS.findall(ref):
        if len(run) > 4:
            return f"'{run}' reads like a word or a name"
        if len(run) > 1 and not (run.isupper() or run.islower()):
            return f"'{run}' is written like a name"
    if _date_like(ref):
        return "it looks like a date of birth or a personal identity number"
    return ""


def normal(ref: str) -> str:
    """The form a reference is stored and looked up in: without surrounding spaces."""
    return ref.strip()


def check(ref: str) -> str:
    """The reference, normalised, or :class:`CaseStoreError` saying why not and what to type."""
    ref = normal(ref)
    reason = why_not(ref)
    if reason:
        raise CaseStoreError(f"'{ref}' is not a case reference: {reason}. {HELP}")
    return ref
