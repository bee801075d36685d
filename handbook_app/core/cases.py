"""Case data: checklist ticks, guide routes and bookmarks in a local SQLite file.

A case is keyed by a reference the officer types (such as ``2026-014``); the
store refuses anything that could be a person's name or date of birth (the rule is
in :mod:`handbook_app.core.reference`). Every method takes the reference as
``open_case`` does (`` 2026-014 `` is ``2026-014``). Writes are durable: WAL
journal with ``synchronous=FULL``, one transaction per change; a write that fails
is rolled back whole and raises :class:`CaseStoreError`. Deleted case data is
overwritten (``secure_delete``) and the journal emptied, so that it is not left on disk.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from handbook_app.core import reference
from handbook_app.errors import CaseStoreError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from pathlib import Path

REFERENCE_HELP = reference.HELP
WAIT = 10.0
"""Seconds a write waits for another program's lock (the app waits far less)."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS cases (
    ref TEXT PRIMARY KEY, created TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ticks (
    ref TEXT NOT NULL REFERENCES cases(ref) ON DELETE CASCADE,
    checklist TEXT NOT NULL, indicator TEXT NOT NULL,
    PRIMARY KEY (ref, checklist, indicator));
CREATE TABLE IF NOT EXISTS routes (
    ref TEXT NOT NULL REFERENCES cases(ref) ON DELETE CASCADE,
    guide TEXT NOT NULL, position INTEGER NOT NULL, step TEXT NOT NULL, answer TEXT NOT NULL,
    PRIMARY KEY (ref, guide, position));
CREATE TABLE IF NOT EXISTS bookmarks (
    doc TEXT NOT NULL, anchor TEXT NOT NULL, title TEXT NOT NULL, created TEXT NOT NULL,
    PRIMARY KEY (doc, anchor));
"""

ANSWERS = """
CREATE TABLE IF NOT EXISTS answers (
    ref TEXT NOT NULL REFERENCES cases(ref) ON DELETE CASCADE,
    phrase TEXT NOT NULL, answer TEXT NOT NULL, at TEXT NOT NULL,
    PRIMARY KEY (ref, phrase));
"""
"""The person's answers to phrasebook questions: a phrase id and an answer id, never text.

Kept apart from ``SCHEMA``; deleting a case (or every case) deletes its answers
through ``ON DELETE CASCADE``."""
PHRASE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


@dataclass(frozen=True)
class Case:
    ref: str
    created: str
    updated: str


@dataclass(frozen=True)
class Answer:
    """The person's answer to a phrase: both are phrasebook ids, e.g. ``doctor`` and ``yes``."""

    phrase: str
    answer: str
    at: str


@dataclass(frozen=True)
class Bookmark:
    doc: str
    anchor: str
    title: str


COLUMNS = {
    "cases": ["ref", "created", "updated"],
    "ticks": ["ref", "checklist", "indicator"],
    "routes": ["ref", "guide", "position", "step", "answer"],
    "bookmarks": ["doc", "anchor", "title", "created"],
}
SIDE_FILES = ("-wal", "-shm", "-journal")
"""What SQLite keeps beside the database file."""

check_reference = reference.check


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class CaseStore:
    """The local case database at ``path`` (created with its folder when missing)."""

    def __init__(self, path: Path, *, read_only: bool = False, wait: float = WAIT) -> None:
        """Open (or create) the store; ``read_only`` opens an existing one without writing.

        ``wait`` is how long a write waits for another program's lock before it fails.
        """
        self.path = path
        self.read_only = read_only
        try:
            if read_only:
                self._db = sqlite3.connect(
                    f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
                )
                self._db.execute("PRAGMA query_only=ON")
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(path, isolation_level=None, timeout=wait)
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=FULL")
                self._db.execute("PRAGMA secure_delete=ON")
                self._db.execute("PRAGMA foreign_keys=ON")
                self._db.executescript(SCHEMA)
                self._db.executescript(ANSWERS)
            self._check_layout()
        except (OSError, sqlite3.Error) as error:
            self._close_quietly()
            raise CaseStoreError(f"cannot open the case store at {path}: {error}") from error

    def _check_layout(self) -> None:
        for table, columns in COLUMNS.items():
            found = [r[1] for r in self._db.execute(f"PRAGMA table_info({table})")]
            if found != columns:
                self._close_quietly()
                raise CaseStoreError(
                    f"cannot open the case store at {self.path}: table '{table}' has "
                    f"columns {found or 'none'}, not {columns} (a file of another program "
                    "or version)"
                )

    def _close_quietly(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            db.close()

    def close(self) -> None:
        self._db.close()

    def _write(self, statements: Iterable[tuple[str, tuple[object, ...]]]) -> None:
        """Run ``statements`` in one transaction: all of them, or none and CaseStoreError."""
        if self.read_only:
            raise CaseStoreError("not saved: the case store is open read-only")
        try:
            self._db.execute("BEGIN IMMEDIATE")
            for sql, params in statements:
                self._db.execute(sql, params)
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise CaseStoreError(f"could not save case data: {error}") from error

    def _read(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise CaseStoreError(f"could not read case data: {error}") from error

    def _touch(self, ref: str) -> tuple[str, tuple[object, ...]]:
        """Create or touch case ``ref``: the one place a new reference is checked."""
        now = _now()
        return (
            "INSERT INTO cases(ref, created, updated) VALUES (?, ?, ?) "
            "ON CONFLICT(ref) DO UPDATE SET updated=excluded.updated",
            (check_reference(ref), now, now),
        )

    def open_case(self, ref: str) -> Case:
        """Case ``ref``, created when new (read-only: only a case that exists)."""
        if self.read_only and not self.exists(ref):
            raise CaseStoreError(
                f"no case {reference.normal(ref)} here, and the read-only store cannot make one"
            )
        if not self.read_only:
            self._write([self._touch(ref)])
        rows = self._read(
            "SELECT ref, created, updated FROM cases WHERE ref=?", (reference.normal(ref),)
        )
        return Case(*(str(v) for v in rows[0]))

    def cases(self) -> list[Case]:
        rows = self._read("SELECT ref, created, updated FROM cases ORDER BY updated DESC, ref")
        return [Case(*(str(v) for v in r)) for r in rows]

    def ticks(self, ref: str, checklist: str) -> set[str]:
        rows = self._read(
            "SELECT indicator FROM ticks WHERE ref=? AND checklist=?",
            (reference.normal(ref), checklist),
        )
        return {str(r[0]) for r in rows}

    def all_ticks(self, ref: str) -> dict[str, set[str]]:
        """Every checklist of case ``ref`` with its ticked indicators."""
        found: dict[str, set[str]] = {}
        for checklist, indicator in self._read(
            "SELECT checklist, indicator FROM ticks WHERE ref=?", (reference.normal(ref),)
        ):
            found.setdefault(str(checklist), set()).add(str(indicator))
        return found

    def set_tick(self, ref: str, checklist: str, indicator: str, ticked: bool) -> None:
        sql = (
            "INSERT OR IGNORE INTO ticks(ref, checklist, indicator) VALUES (?, ?, ?)"
            if ticked
            else "DELETE FROM ticks WHERE ref=? AND checklist=? AND indicator=?"
        )
        ref = reference.normal(ref)
        self._write([self._touch(ref), (sql, (ref, checklist, indicator))])

    def set_ticks(self, ref: str, checklist: str, indicators: Iterable[str]) -> None:
        """Replace the ticks of one checklist of case ``ref`` (a reset, or its undo)."""
        ref = reference.normal(ref)
        self._write(
            [
                self._touch(ref),
                ("DELETE FROM ticks WHERE ref=? AND checklist=?", (ref, checklist)),
                *(
                    (
                        "INSERT INTO ticks(ref, checklist, indicator) VALUES (?, ?, ?)",
                        (ref, checklist, i),
                    )
                    for i in sorted(set(indicators))
                ),
            ]
        )

    def clear_ticks(self, ref: str, checklist: str) -> None:
        self.set_ticks(ref, checklist, ())

    def route(self, ref: str, guide: str) -> list[tuple[str, str]]:
        rows = self._read(
            "SELECT step, answer FROM routes WHERE ref=? AND guide=? ORDER BY position",
            (reference.normal(ref), guide),
        )
        return [(str(r[0]), str(r[1])) for r in rows]

    def routes(self, ref: str) -> dict[str, list[tuple[str, str]]]:
        """Every guide of case ``ref`` with the trail saved for it."""
        found: dict[str, list[tuple[str, str]]] = {}
        for guide, step, answer in self._read(
            "SELECT guide, step, answer FROM routes WHERE ref=? ORDER BY guide, position",
            (reference.normal(ref),),
        ):
            found.setdefault(str(guide), []).append((str(step), str(answer)))
        return found

    def adopt(
        self,
        ref: str,
        ticks: Mapping[str, Iterable[str]],
        routes: Mapping[str, Iterable[tuple[str, str]]],
    ) -> None:
        """Keep work done before case ``ref`` was opened in it, in one transaction.

        Ticks are added to the case's own; a route is kept only for a guide the case
        has no saved route for (the case's own route is never replaced).
        """
        ref = reference.normal(ref)
        saved = self.routes(ref)
        statements = [self._touch(ref)]
        statements += [
            (
                "INSERT OR IGNORE INTO ticks(ref, checklist, indicator) VALUES (?, ?, ?)",
                (ref, c, i),
            )
            for c, indicators in ticks.items()
            for i in sorted(set(indicators))
        ]
        statements += [
            (
                "INSERT INTO routes(ref, guide, position, step, answer) VALUES (?, ?, ?, ?, ?)",
                (ref, guide, n, step, answer),
            )
            for guide, trail in routes.items()
            if not saved.get(guide)
            for n, (step, answer) in enumerate(trail)
        ]
        self._write(statements)

    def exists(self, ref: str) -> bool:
        return bool(self._read("SELECT 1 FROM cases WHERE ref=?", (reference.normal(ref),)))

    def save_route(self, ref: str, guide: str, trail: Iterable[tuple[str, str]]) -> None:
        ref = reference.normal(ref)
        statements = [
            self._touch(ref),
            ("DELETE FROM routes WHERE ref=? AND guide=?", (ref, guide)),
        ]
        statements += [
            (
                "INSERT INTO routes(ref, guide, position, step, answer) VALUES (?, ?, ?, ?, ?)",
                (ref, guide, n, step, answer),
            )
            for n, (step, answer) in enumerate(trail)
        ]
        self._write(statements)

    def answers(self, ref: str) -> list[Answer]:
        """The person's answers in case ``ref``, oldest first."""
        rows = self._read(
            "SELECT phrase, answer, at FROM answers WHERE ref=? ORDER BY at, rowid",
            (reference.normal(ref),),
        )
        return [Answer(*(str(v) for v in r)) for r in rows]

    def record_answer(self, ref: str, phrase: str, answer: str) -> None:
        """Keep ``answer`` (a phrase id such as ``yes``) to ``phrase``; a later one replaces it.

        Both must be phrasebook ids: free text, which could hold a name, is refused.
        """
        for value in (phrase, answer):
            if not PHRASE_ID.match(value):
                raise CaseStoreError(f"'{value[:40]}' is not a phrase id: answers are never text")
        self._write(
            [
                self._touch(ref),
                (
                    "INSERT OR REPLACE INTO answers(ref, phrase, answer, at) VALUES (?, ?, ?, ?)",
                    (reference.normal(ref), phrase, answer, _now()),
                ),
            ]
        )

    def delete_case(self, ref: str) -> None:
        """Case ``ref`` with its ticks and routes, overwritten on disk (any stored reference,
        also one the rule refuses today, can be deleted)."""
        self._write([("DELETE FROM cases WHERE ref=?", (reference.normal(ref),))])
        self._scrub(vacuum=False)

    def delete_all(self) -> None:
        """Every case, tick and route; bookmarks are not case data and stay."""
        self._write(
            [("DELETE FROM cases", ()), ("DELETE FROM ticks", ()), ("DELETE FROM routes", ())]
        )
        self._scrub(vacuum=True)

    def _scrub(self, *, vacuum: bool) -> None:
        """Leave nothing deleted in the journal (``secure_delete`` zeroed the pages)."""
        try:
            if vacuum:
                self._db.execute("VACUUM")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise CaseStoreError(f"deleted, but could not clear the journal: {error}") from error

    def bookmarks(self) -> list[Bookmark]:
        rows = self._read("SELECT doc, anchor, title FROM bookmarks ORDER BY created")
        return [Bookmark(*(str(v) for v in r)) for r in rows]

    def add_bookmark(self, doc: str, anchor: str, title: str) -> None:
        self._write(
            [
                (
                    "INSERT OR REPLACE INTO bookmarks(doc, anchor, title, created) "
                    "VALUES (?, ?, ?, ?)",
                    (doc, anchor, title, _now()),
                )
            ]
        )

    def remove_bookmark(self, doc: str, anchor: str) -> None:
        self._write([("DELETE FROM bookmarks WHERE doc=? AND anchor=?", (doc, anchor))])


def set_aside(path: Path) -> Path:
    """Move a damaged store (and its journal files) aside, keeping it; the new name."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
    try:
        for suffix in SIDE_FILES:
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(target.with_name(target.name + suffix))
        path.replace(target)
    except OSError as error:
        raise CaseStoreError(f"could not move {path} aside: {error}") from error
    return target
