"""Contacts whose check date nobody knows: accepted as 'unknown', shown plainly, warned."""

from __future__ import annotations

import datetime as dt

import pytest

from handbook_app.content import country, frontmatter
from handbook_app.content.dates import verified_text

EDITION = dt.date(2026, 11, 28)


def contacts(entry: str) -> country.ContactsDraft:
    text = (
        "kind: country\ncontacts:\n  - name: Helpline\n    role: Advice\n    source: gov.example\n"
    )
    return country.parse(frontmatter.parse(text + entry, 2), EDITION)


def test_an_unknown_check_date_with_a_dated_source_is_kept_and_said_plainly() -> None:
    draft = contacts("    verified: unknown\n    source_date: 2023\n")
    assert draft.problems == []
    (contact,) = draft.contacts
    assert contact.unverified
    assert contact.source_date == "2023"
    assert verified_text(contact.verified, contact.source_date) == (
        "date not verified; source from 2023"
    )
    ((line, message, fix),) = draft.warnings
    assert line == 7
    assert (
        message == "contact 'Helpline' has no verified date (date not verified; source from 2023)"
    )
    assert "verified: YYYY-MM-DD" in fix


def test_an_unknown_check_date_is_never_called_stale_or_given_a_date() -> None:
    draft = contacts("    verified: Unknown\n")
    (contact,) = draft.contacts
    assert contact.verified == "unknown"
    assert verified_text(contact.verified, contact.source_date) == (
        "date not verified; source undated"
    )
    assert ["12 months" in w[1] for w in draft.warnings] == [False]


def test_a_real_check_date_still_reads_as_verified_and_goes_stale() -> None:
    draft = contacts("    verified: 2023-06-01\n    source_date: 2023-05\n")
    (contact,) = draft.contacts
    assert not contact.unverified
    assert verified_text(contact.verified, contact.source_date) == "verified 2023-06-01"
    assert "more than 12 months" in draft.warnings[0][1]


@pytest.mark.parametrize("value", ["last year", "23", "2023-6", "true"])
def test_a_source_date_that_is_not_a_date_is_an_error_on_its_line(value: str) -> None:
    draft = contacts(f"    verified: unknown\n    source_date: {value}\n")
    assert draft.contacts == []
    ((line, message, _fix),) = draft.problems
    assert line == 8
    assert message == f"invalid source date '{value}'".replace("'true'", "'True'")


def test_a_check_date_that_is_neither_a_date_nor_unknown_is_still_an_error() -> None:
    draft = contacts("    verified: sometime\n")
    assert draft.contacts == []
    assert "or 'unknown'" in draft.problems[0][2]
