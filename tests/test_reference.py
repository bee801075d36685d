"""The case reference rule: case numbers pass; names, words and dates of birth never do."""

from __future__ import annotations

import pytest

from handbook_app.core import reference
from handbook_app.errors import CaseStoreError

GOOD = [
    "2026-014",
    " 2026-014 ",
    "SE-WAW-2026/14",
    "HEL/2026/7",
    "case_12",
    "2026.014",
    "FI-2026-0031",
    "WAW2026-7",
    "14",
    "2026/11/014",  # month 11, but 014 is no day: a case number
    "RIX-26-117",
    "no-2026-3",
    "DE_BER_2026_0042",
    "A1",
    "2026-1234",
    "20261234",  # 8 digits, not a date (month 12, day 34)
    "VNO/2026/15",
    "UA-KYIV-1",
]
BAD = [
    ("Maria Petrova", "space"),
    ("Maria1990", "'Maria' reads like a word or a name"),
    ("Petrova.M.14-03-1990", "'Petrova' reads like a word or a name"),
    ("M.14-03-1990", "date of birth"),
    ("14-03-1990", "date of birth"),
    ("1990-03-14", "date of birth"),
    ("14.03.90", "date of birth"),
    ("14/3/1990", "date of birth"),
    ("14031990", "date of birth"),
    ("19900314", "date of birth"),
    ("140390-123A", "identity number"),
    ("900314-1234", "identity number"),
    ("Ann-2026", "'Ann' is written like a name"),
    ("Li2026", "'Li' is written like a name"),
    ("ivanova-7", "'ivanova' reads like a word or a name"),
    ("PETROVA-2026", "'PETROVA' reads like a word or a name"),
    ("victim-14", "'victim' reads like a word or a name"),
    ("2026-014!", "characters other than"),
    ("2026 014", "space"),
    ("SE-WAW", "no digit"),
    ("", "empty"),
    ("   ", "empty"),
    ("7", "shorter than 2"),
    ("1" * 33, "longer than 32"),
    ("-2026", "characters other than"),
    ("José-12", "characters other than"),
]


def test_the_table_is_large_enough() -> None:
    assert len(GOOD) + len(BAD) >= 30


@pytest.mark.parametrize("ref", GOOD)
def test_case_numbers_pass(ref: str) -> None:
    assert reference.check(ref) == ref.strip()


@pytest.mark.parametrize(("ref", "why"), BAD)
def test_names_words_and_dates_are_refused_with_why_and_what_to_type(ref: str, why: str) -> None:
    with pytest.raises(CaseStoreError) as refused:
        reference.check(ref)
    message = str(refused.value)
    assert why in message
    assert "is not a case reference" in message
    assert "such as 2026-014" in message  # what to type instead
    assert "Never a name or a date of birth" in message
