"""The person's phrasebook answers in a case: ids only, one per phrase, wiped with the case."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest

from handbook_app.core.cases import CaseStore
from handbook_app.errors import CaseStoreError

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "cases.sqlite"


@pytest.fixture
def store(path: Path) -> Iterator[CaseStore]:
    opened = CaseStore(path)
    yield opened
    opened.close()


def rows(path: Path) -> list[tuple[str, ...]]:
    """What is on disk, read past the store."""
    with sqlite3.connect(path) as db:
        return list(db.execute("SELECT ref, phrase, answer FROM answers"))


def test_answers_are_kept_per_case_and_a_new_answer_replaces_the_old(store: CaseStore) -> None:
    store.record_answer("2026-014", "doctor", "no")
    store.record_answer("2026-014", "danger-now", "dont-know")
    store.record_answer("2026-015", "doctor", "yes")
    store.record_answer("2026-014", "doctor", "yes")
    assert sorted((a.phrase, a.answer) for a in store.answers("2026-014")) == [
        ("danger-now", "dont-know"),
        ("doctor", "yes"),
    ]
    assert [(a.phrase, a.answer) for a in store.answers("2026-015")] == [("doctor", "yes")]
    assert [c.ref for c in store.cases()].count("2026-014") == 1


def test_answers_survive_a_restart(path: Path) -> None:
    first = CaseStore(path)
    first.record_answer("2026-014", "hungry", "yes")
    first.close()
    again = CaseStore(path)
    assert [(a.phrase, a.answer) for a in again.answers("2026-014")] == [("hungry", "yes")]
    again.close()


@pytest.mark.parametrize(
    ("phrase", "answer"),
    [("doctor", "Maria Ivanova"), ("My name is Olena", "yes"), ("doctor", ""), ("Doctor", "yes")],
)
def test_free_text_is_never_stored_as_an_answer(
    store: CaseStore, path: Path, phrase: str, answer: str
) -> None:
    with pytest.raises(CaseStoreError, match="not a phrase id: answers are never text"):
        store.record_answer("2026-014", phrase, answer)
    assert rows(path) == []


def test_a_name_as_case_reference_is_refused_for_answers(store: CaseStore, path: Path) -> None:
    with pytest.raises(CaseStoreError, match="not a case reference"):
        store.record_answer("Maria Ivanova", "doctor", "yes")
    assert rows(path) == []


def test_deleting_a_case_deletes_its_answers_only(store: CaseStore, path: Path) -> None:
    store.record_answer("2026-014", "doctor", "yes")
    store.record_answer("2026-015", "hungry", "no")
    store.delete_case("2026-014")
    assert store.answers("2026-014") == []
    assert rows(path) == [("2026-015", "hungry", "no")]


def test_delete_all_removes_every_answer_from_the_file(store: CaseStore, path: Path) -> None:
    store.record_answer("2026-014", "doctor", "yes")
    store.record_answer("2026-015", "hungry", "no")
    store.add_bookmark("first-contact", "", "First contact")
    store.delete_all()
    assert store.answers("2026-014") == []
    assert rows(path) == []
    assert len(store.bookmarks()) == 1


def test_answers_take_the_reference_as_open_case_does(store: CaseStore) -> None:
    store.record_answer(" 2026-014 ", "doctor", "yes")
    assert [(a.phrase, a.answer) for a in store.answers(" 2026-014 ")] == [("doctor", "yes")]
    assert [(a.phrase, a.answer) for a in store.answers("2026-014")] == [("doctor", "yes")]
    assert [c.ref for c in store.cases()] == ["2026-014"]


def test_answers_that_cannot_be_read_are_a_case_store_error(store: CaseStore) -> None:
    store.record_answer("2026-014", "doctor", "yes")
    store._db.execute("DROP TABLE answers")  # a file damaged behind the app's back
    with pytest.raises(CaseStoreError, match="could not read case data"):
        store.answers("2026-014")


def test_free_text_is_cut_short_in_the_refusal(store: CaseStore) -> None:
    text = "My name is Olena and I come from a village near the river Dnipro"
    with pytest.raises(CaseStoreError) as refused:
        store.record_answer("2026-014", "doctor", text)
    assert str(refused.value) == (f"'{text[:40]}' is not a phrase id: answers are never text")
