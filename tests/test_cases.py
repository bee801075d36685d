"""The case store: references that are never names, routes kept, delete-all keeps bookmarks."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest

from handbook_app.core.cases import REFERENCE_HELP, CaseStore, check_reference
from handbook_app.errors import CaseStoreError

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CaseStore]:
    opened = CaseStore(tmp_path / "data" / "cases.sqlite")
    yield opened
    opened.close()


@pytest.mark.parametrize("name", ["Maria Ivanova", "Ivanova", "maria.ivanova", "Jean-Luc", "  "])
def test_a_name_is_refused_with_what_a_reference_looks_like(name: str, store: CaseStore) -> None:
    with pytest.raises(CaseStoreError) as refused:
        store.open_case(name)
    assert REFERENCE_HELP in str(refused.value)
    assert "2026-014" in str(refused.value)
    assert store.cases() == []


@pytest.mark.parametrize("ref", ["2026-014", "HEL/2026/7", "case_12", " 2026-015 "])
def test_case_numbers_are_accepted(ref: str) -> None:
    assert check_reference(ref) == ref.strip()


def test_the_store_is_wal_with_full_sync(store: CaseStore) -> None:
    with sqlite3.connect(store.path) as con:
        assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    con.close()
    assert store._db.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL


def test_routes_round_trip_and_replace_the_saved_one(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite"
    first = CaseStore(path)
    first.save_route("2026-014", "refer-adult", [("safety", "No danger"), ("consent", "")])
    first.save_route("2026-014", "refer-child", [("age", "Under 18")])
    first.close()
    reopened = CaseStore(path)
    assert reopened.route("2026-014", "refer-adult") == [("safety", "No danger"), ("consent", "")]
    reopened.save_route("2026-014", "refer-adult", [("safety", "Yes, danger now")])
    assert reopened.route("2026-014", "refer-adult") == [("safety", "Yes, danger now")]
    assert reopened.route("2026-014", "refer-child") == [("age", "Under 18")]
    assert [c.ref for c in reopened.cases()] == ["2026-014"]
    reopened.close()


def test_ticks_are_kept_per_case_and_checklist(store: CaseStore) -> None:
    store.set_tick("2026-014", "adult-labour", "a.passport", True)
    store.set_tick("2026-014", "adult-labour", "a.debt", True)
    store.set_tick("2026-015", "adult-labour", "a.debt", True)
    store.set_tick("2026-014", "adult-labour", "a.debt", False)
    assert store.ticks("2026-014", "adult-labour") == {"a.passport"}
    assert store.ticks("2026-015", "adult-labour") == {"a.debt"}
    store.clear_ticks("2026-014", "adult-labour")
    assert store.ticks("2026-014", "adult-labour") == set()


def test_delete_all_removes_cases_but_keeps_bookmarks(store: CaseStore) -> None:
    store.set_tick("2026-014", "adult-labour", "a.passport", True)
    store.save_route("2026-015", "refer-adult", [("safety", "No danger")])
    store.add_bookmark("first-contact", "private-room", "Find a private room")
    store.delete_all()
    assert store.cases() == []
    assert store.ticks("2026-014", "adult-labour") == set()
    assert store.route("2026-015", "refer-adult") == []
    assert [(b.doc, b.anchor, b.title) for b in store.bookmarks()] == [
        ("first-contact", "private-room", "Find a private room")
    ]


def test_deleting_a_case_deletes_its_ticks_and_routes(store: CaseStore) -> None:
    store.set_tick("2026-014", "adult-labour", "a.passport", True)
    store.save_route("2026-014", "refer-adult", [("safety", "No danger")])
    store.set_tick("2026-015", "adult-labour", "a.debt", True)
    store.delete_case("2026-014")
    assert store.ticks("2026-014", "adult-labour") == set()
    assert store.route("2026-014", "refer-adult") == []
    assert [c.ref for c in store.cases()] == ["2026-015"]


def test_an_unopenable_store_is_a_case_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(CaseStoreError, match="cannot open the case store"):
        CaseStore(blocker / "cases.sqlite")
