"""The case store: references that are never names, routes kept, delete-all keeps bookmarks."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING, Any

import pytest

from handbook_app.core.cases import (
    REFERENCE_HELP,
    SIDE_FILES,
    CaseStore,
    check_reference,
    set_aside,
)
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
    # Deleted data is overwritten on every SQLite build (Debian's has it on by default,
    # Python's Windows and macOS builds do not).
    assert store._db.execute("PRAGMA secure_delete").fetchone() == (1,)


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


def test_a_write_that_fails_raises_and_rolls_back_whole(store: CaseStore) -> None:
    store.save_route("2026-014", "refer-adult", [("safety", "No danger")])
    before = store.cases()
    store._db.execute(
        "CREATE TRIGGER second_step BEFORE INSERT ON routes WHEN NEW.position = 1 "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(CaseStoreError, match="could not save case data: disk full"):
        store.save_route("2026-014", "refer-adult", [("safety", "Yes, danger now"), ("x", "")])
    assert store.route("2026-014", "refer-adult") == [("safety", "No danger")]
    assert store.cases() == before  # not even 'updated' moved
    assert not store._db.in_transaction


def test_read_only_store_refuses_every_write(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite"
    writer = CaseStore(path)
    writer.set_tick("2026-014", "adult-labour", "job", True)
    writer.close()
    reader = CaseStore(path, read_only=True)
    assert reader.ticks("2026-014", "adult-labour") == {"job"}
    with pytest.raises(CaseStoreError, match="read-only"):
        reader.set_tick("2026-014", "adult-labour", "hours", True)
    with pytest.raises(CaseStoreError, match="cannot make one"):
        reader.open_case("2026-015")
    assert reader.open_case(" 2026-014 ").ref == "2026-014"  # a case that is there opens
    assert reader.exists("2026-014")
    assert not reader.exists("2026-015")
    reader.close()


def test_a_wrong_layout_or_a_damaged_file_is_a_case_store_error(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.sqlite"
    with sqlite3.connect(wrong) as con:
        con.execute("CREATE TABLE cases(x)")
    con.close()
    with pytest.raises(CaseStoreError, match="table 'cases' has columns"):
        CaseStore(wrong)
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"garbage" * 500)
    with pytest.raises(CaseStoreError, match="not a database"):
        CaseStore(damaged)
    kept = set_aside(damaged)
    assert kept.read_bytes() == b"garbage" * 500
    assert not damaged.exists()
    CaseStore(damaged).close()  # a new store starts where the damaged one was


def test_every_method_takes_the_reference_as_open_case_does(store: CaseStore) -> None:
    spaced = " 2026-014 "
    store.open_case(spaced)
    store.set_tick(spaced, "adult-labour", "job", True)
    store.save_route(spaced, "refer-adult", [("safety", "No danger")])
    assert store.ticks(spaced, "adult-labour") == {"job"}
    assert store.ticks("2026-014", "adult-labour") == {"job"}
    assert store.route(spaced, "refer-adult") == [("safety", "No danger")]
    assert store.all_ticks(spaced) == {"adult-labour": {"job"}}
    assert store.routes(spaced) == {"refer-adult": [("safety", "No danger")]}
    store.set_ticks(spaced, "adult-labour", {"hours"})
    assert store.ticks("2026-014", "adult-labour") == {"hours"}
    store.clear_ticks(spaced, "adult-labour")
    assert store.ticks("2026-014", "adult-labour") == set()
    assert [c.ref for c in store.cases()] == ["2026-014"]
    store.delete_case(spaced)
    assert store.cases() == []


def test_adopt_adds_ticks_and_never_replaces_a_saved_route(store: CaseStore) -> None:
    store.save_route("2026-014", "refer-adult", [("safety", "Yes, danger now")])
    store.set_tick("2026-014", "adult-labour", "job", True)
    store.adopt(
        "2026-014",
        {"adult-labour": {"hours"}, "quick-screen": {"afraid"}},
        {"refer-adult": [("safety", "No danger")], "refer-child": [("age", "Under 18")]},
    )
    assert store.all_ticks("2026-014") == {
        "adult-labour": {"job", "hours"},
        "quick-screen": {"afraid"},
    }
    assert store.route("2026-014", "refer-adult") == [("safety", "Yes, danger now")]
    assert store.route("2026-014", "refer-child") == [("age", "Under 18")]


def test_remove_bookmark_removes_only_that_one(store: CaseStore) -> None:
    store.add_bookmark("first-contact", "private-room", "Find a private room")
    store.add_bookmark("first-contact", "", "First contact")
    store.remove_bookmark("first-contact", "private-room")
    assert [(b.doc, b.anchor) for b in store.bookmarks()] == [("first-contact", "")]
    store.remove_bookmark("first-contact", "private-room")  # gone already: nothing happens
    assert len(store.bookmarks()) == 1


SECRETS = ("2026-9Q7X", "tick-zq-passport", "list-zq-labour", "guide-zq-refer", "step-zq-safe")


def raw_bytes(path: Path) -> bytes:
    """The database file and whatever SQLite keeps beside it, as bytes on disk."""
    found = b""
    for candidate in [path, *(path.with_name(path.name + s) for s in SIDE_FILES)]:
        if candidate.exists():
            found += candidate.read_bytes()
    return found


def fill(store: CaseStore, ref: str) -> None:
    for n in range(30):  # enough rows to span pages
        store.set_tick(ref, SECRETS[2], f"{SECRETS[1]}-{n}", True)
    store.save_route(ref, SECRETS[3], [(f"{SECRETS[4]}-{n}", "No danger") for n in range(20)])


def test_after_delete_all_no_case_data_is_left_in_the_file_or_its_journal(
    tmp_path: Path,
) -> None:
    store = CaseStore(tmp_path / "cases.sqlite")
    fill(store, SECRETS[0])
    store.add_bookmark("first-contact", "private-room", "Find a private room")
    assert SECRETS[0].encode() in raw_bytes(store.path)  # the test can see the data
    store.delete_all()
    data = raw_bytes(store.path)
    for secret in SECRETS:
        assert secret.encode() not in data, secret
    assert b"Find a private room" in data  # bookmarks stay
    store.close()


def test_after_deleting_one_case_none_of_it_is_left_on_disk(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "cases.sqlite")
    fill(store, SECRETS[0])
    store.set_tick("2026-777", "adult-labour", "job", True)
    store.delete_case(SECRETS[0])
    data = raw_bytes(store.path)
    for secret in SECRETS:
        assert secret.encode() not in data, secret
    assert b"2026-777" in data
    store.close()


def test_a_case_opened_says_its_reference_and_when_in_utc(store: CaseStore) -> None:
    case = store.open_case(" 2026-014 ")
    assert case.ref == "2026-014"
    assert case.created.endswith("+00:00")  # the same on every computer of the mission
    assert case.updated == case.created
    assert store.open_case("2026-014").created == case.created  # reopened, not made again


def test_the_folder_of_a_new_store_is_made_however_deep(tmp_path: Path) -> None:
    CaseStore(tmp_path / "a" / "b" / "cases.sqlite").close()
    assert (tmp_path / "a" / "b" / "cases.sqlite").is_file()


def test_read_only_never_makes_a_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CaseStoreError, match="cannot open the case store"):
        CaseStore(tmp_path / "missing.sqlite", read_only=True)
    assert list(tmp_path.iterdir()) == []


def test_another_programs_database_is_refused_read_only_with_its_tables_named(
    tmp_path: Path,
) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE notes(text)")
    con.close()
    with pytest.raises(CaseStoreError) as refused:
        CaseStore(other, read_only=True)
    assert str(refused.value) == (
        f"cannot open the case store at {other}: table 'cases' has columns none, not "
        "['ref', 'created', 'updated'] (a file of another program or version)"
    )


def test_a_store_that_cannot_be_opened_leaves_no_connection_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows an open connection would keep the file locked, so it could not be set aside."""
    opened: list[sqlite3.Connection] = []
    connect = sqlite3.connect

    def recording(*args: object, **kwargs: object) -> sqlite3.Connection:
        con = connect(*args, **kwargs)  # type: ignore[call-overload]
        opened.append(con)
        return con

    wrong = tmp_path / "wrong.sqlite"
    with sqlite3.connect(wrong) as con:
        con.execute("CREATE TABLE cases(x)")
    con.close()
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"garbage" * 500)
    monkeypatch.setattr("handbook_app.core.cases.sqlite3.connect", recording)
    for path in (wrong, damaged):
        with pytest.raises(CaseStoreError):
            CaseStore(path)
    assert len(opened) == 2
    for con in opened:
        with pytest.raises(sqlite3.ProgrammingError, match="closed"):
            con.execute("SELECT 1")


def test_a_read_that_fails_is_a_case_store_error(store: CaseStore) -> None:
    store.open_case("2026-014")
    store._db.execute("DROP TABLE ticks")  # a file damaged behind the app's back
    with pytest.raises(CaseStoreError, match=r"^could not read case data: no such table: ticks$"):
        store.ticks("2026-014", "adult-labour")


def test_adopting_into_a_new_case_makes_the_case(store: CaseStore) -> None:
    store.adopt("2026-020", {"adult-labour": ["job", "hours", "job"]}, {})
    assert [c.ref for c in store.cases()] == ["2026-020"]
    assert store.all_ticks("2026-020") == {"adult-labour": {"job", "hours"}}
    store.adopt(" 2026-021 ", {}, {"refer-adult": [("safety", "No danger")]})
    assert store.route("2026-021", "refer-adult") == [("safety", "No danger")]


def test_after_delete_all_the_file_keeps_no_free_pages(tmp_path: Path) -> None:
    """The file shrinks back: its size never tells how much case data there was."""
    store = CaseStore(tmp_path / "cases.sqlite")
    fill(store, SECRETS[0])
    store.delete_all()
    assert store._db.execute("PRAGMA freelist_count").fetchone() == (0,)
    store.close()
    CaseStore(tmp_path / "empty.sqlite").close()
    assert store.path.stat().st_size == (tmp_path / "empty.sqlite").stat().st_size


class Refusing:
    """A connection whose journal cannot be cleared (the disk went away, say)."""

    def __init__(self, db: sqlite3.Connection, refused: str) -> None:
        self._db, self._refused = db, refused

    def __getattr__(self, name: str) -> object:
        return getattr(self._db, name)

    def execute(self, sql: str, *params: Any) -> sqlite3.Cursor:
        if sql.startswith(self._refused):
            raise sqlite3.OperationalError("disk I/O error")
        return self._db.execute(sql, *params)


@pytest.mark.parametrize("refused", ["VACUUM", "PRAGMA wal_checkpoint"])
def test_a_journal_that_cannot_be_cleared_is_said_not_hidden(
    store: CaseStore, refused: str
) -> None:
    store.set_tick("2026-014", "adult-labour", "job", True)
    store._db = Refusing(store._db, refused)  # type: ignore[assignment]
    with pytest.raises(CaseStoreError) as failed:
        store.delete_all()
    assert str(failed.value) == "deleted, but could not clear the journal: disk I/O error"
    assert store.cases() == []  # the data itself is gone


def test_setting_aside_keeps_the_journal_beside_and_never_overwrites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Clock:
            assert tz is dt.UTC
            return cls(2026, 11, 3, 9, 5, 7, tzinfo=tz)

    monkeypatch.setattr("handbook_app.core.cases.dt.datetime", Clock)
    path = tmp_path / "cases.sqlite"
    names = []
    for n in range(3):
        path.write_bytes(b"damaged %d" % n)
        path.with_name("cases.sqlite-wal").write_bytes(b"journal %d" % n)
        names.append(set_aside(path).name)
    assert names == [
        "cases.damaged-20261103-090507.sqlite",
        "cases.damaged-20261103-090507-2.sqlite",
        "cases.damaged-20261103-090507-3.sqlite",
    ]
    for n, name in enumerate(names):
        assert (tmp_path / name).read_bytes() == b"damaged %d" % n
        assert (tmp_path / f"{name}-wal").read_bytes() == b"journal %d" % n
    assert not path.exists()
    assert not path.with_name("cases.sqlite-wal").exists()


def test_a_store_that_cannot_be_set_aside_says_so(tmp_path: Path) -> None:
    missing = tmp_path / "cases.sqlite"
    with pytest.raises(CaseStoreError) as failed:
        set_aside(missing)
    assert str(failed.value).startswith(f"could not move {missing} aside: ")
