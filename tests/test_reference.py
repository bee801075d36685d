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


# The edges of each rule: on one side a case number, on the other a refusal.
EDGES = [
    # rule 1: 2 to 32 characters, no space of any kind, a letter or digit first
    ("1" * 32, ""),
    ("2026\t014", "it has a space (a case number has none; a name often has one)"),
    ("_2026", "it has characters other than letters, digits and - / . _"),
    ("-1", "it has characters other than letters, digits and - / . _"),  # 2 long: not short
    ("1" * 31 + "!", "it has characters other than letters, digits and - / . _"),  # 32: not long
    ("2026-", ""),
    # rule 3: runs of letters at most 4 long, all capitals or all small letters
    ("ABCD-1", ""),
    ("ABCDE-1", "'ABCDE' reads like a word or a name"),
    ("abcde1", "'abcde' reads like a word or a name"),
    ("A1-b2", ""),  # single letters are codes whatever their case
    ("aB12", "'aB' is written like a name"),
    ("SE-Waw-1", "'Waw' is written like a name"),
    # rule 4: separated dates, day first or year first, with two- or four-digit years
    ("29-02-00", "it looks like a date of birth or a personal identity number"),  # 2000 leap
    ("29-02-1900", ""),  # 1900 was no leap year: no such day
    ("29-02-2000", "it looks like a date of birth or a personal identity number"),
    ("31-04-1990", ""),  # April has 30 days
    ("14-03-30", "it looks like a date of birth or a personal identity number"),
    ("29-02-32", "it looks like a date of birth or a personal identity number"),  # 1932 leap
    ("014-03-90", ""),  # a three-digit number first is no day
    ("14-03-1899", ""),  # years before 1900 are no birth dates of the living
    ("14-03-1900", "it looks like a date of birth or a personal identity number"),
    ("14-03-2099", "it looks like a date of birth or a personal identity number"),
    ("14-03-2100", ""),
    ("1990-3-14", "it looks like a date of birth or a personal identity number"),
    ("1899-03-14", ""),
    ("1990-03-144", ""),  # a three-digit day is a case number
    ("2026-13-01", ""),  # no month 13 either way
    ("01-02-2026-77", "it looks like a date of birth or a personal identity number"),
    # rule 4: eight digits, day first or year first, 1900 to 2099
    ("14031899", ""),
    ("14101990", "it looks like a date of birth or a personal identity number"),  # October
    ("29022000", "it looks like a date of birth or a personal identity number"),  # leap
    ("14031900", "it looks like a date of birth or a personal identity number"),
    ("01012099", "it looks like a date of birth or a personal identity number"),
    ("01012100", ""),
    ("18990314", ""),
    ("19000314", "it looks like a date of birth or a personal identity number"),
    ("20991231", "it looks like a date of birth or a personal identity number"),
    ("21000101", ""),
    ("2026-20261399", ""),  # month 13, day 99
    ("123456789", ""),  # nine digits are no date
    # rule 4: Nordic identity numbers, date first or year first, with - + or A
    ("140390+1234", "it has characters other than letters, digits and - / . _"),  # "+" never
    ("010105A123", "it looks like a date of birth or a personal identity number"),
    ("290200-123", "it looks like a date of birth or a personal identity number"),  # 2000
    ("999999-1234", ""),  # no date either way round
    ("141090-123", "it looks like a date of birth or a personal identity number"),  # day first
    ("900310-123", "it looks like a date of birth or a personal identity number"),  # year first
    ("901014-123", "it looks like a date of birth or a personal identity number"),
    ("140390-12", ""),  # too few digits after the sign
    ("140390*123", "it has characters other than letters, digits and - / . _"),
]


@pytest.mark.parametrize(("ref", "why"), EDGES)
def test_the_edges_of_each_rule(ref: str, why: str) -> None:
    assert reference.why_not(ref) == why


def test_the_refusal_names_the_reference_as_typed_without_its_spaces() -> None:
    with pytest.raises(CaseStoreError) as refused:
        reference.check("  Maria1990 ")
    assert str(refused.value) == (
        "'Maria1990' is not a case reference: 'Maria' reads like a word or a name. "
        "Type the case number, such as 2026-014 or SE-WAW-2026/14: digits, short letter "
        "codes (up to 4 capitals) and - / . _ between them. Never a name or a date of birth."
    )
    assert reference.check(f"  {reference.EXAMPLE}\n") == reference.EXAMPLE
