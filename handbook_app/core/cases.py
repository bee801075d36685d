"""Case data: checklist ticks, guide routes and bookmarks in a local SQLite file.

A case is keyed by a reference the officer types (such as ``2026-014``); the
store refuses anything that could be a person's name. Writes are durable:
WAL journal with ``synchronous=FULL``, one transaction per change.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from handbook_app.errors import CaseStoreError

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{1,31}$")
REFERENCE_HELP = (
    "Use a case number such as 2026-014 (letters, digits, - . / _; at least one digit). "
    "Never a name."
)

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


def check_reference(ref: str) -> str:
    """The reference, stripped, or CaseStoreError saying what a valid one looks like."""
    ref = ref.strip()
    if not REFERENCE.match(ref) or not any(c.isdigit() for c in ref):
        raise CaseStoreError(f"'{ref}' is not a case reference. {REFERENCE_HELP}")
    return ref


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class CaseStore:
    """The local case database at ``path`` (created with its folder when missing)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None, timeout=10)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(SCHEMA)
            self._db.executescript(ANSWERS)
        except (OSError, sqlite3.Error) as error:
            raise CaseStoreError(f"cannot open the case store at {path}: {error}") from error

    def close(self) -> None:
        self._db.close()

    def _write(self, statements: Iterable[tuple[str, tuple[object, ...]]]) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            for sql, params in statements:
                self._db.execute(sql, params)
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise CaseStoreError(f"could not save case data: {error}") from error

    def _touch(self, ref: str) -> tuple[str, tuple[object, ...]]:
        now = _now()
        return (
            "INSERT INTO cases(ref, created, updated) VALUES (?, ?, ?) "
            "ON CONFLICT(ref) DO UPDATE SET updated=excluded.updated",
            (check_reference(ref), now, now),
        )

    def open_case(self, ref: str) -> Case:
        self._write([self._touch(ref)])
        row = self._db.execute(
            "SELECT ref, created, updated FROM cases WHERE ref=?", (ref.strip(),)
        ).fetchone()
        return Case(*row)

    def cases(self) -> list[Case]:
        rows = self._db.execute(
            "SELECT ref, created, updated FROM cases ORDER BY updated DESC, ref"
        )
        return [Case(*r) for r in rows]

    def ticks(self, ref: str, checklist: str) -> set[str]:
        rows = self._db.execute(
            "SELECT indicator FROM ticks WHERE ref=? AND checklist=?", (ref, checklist)
        )
        return {r[0] for r in rows}

    def set_tick(self, ref: str, checklist: str, indicator: str, ticked: bool) -> None:
        sql = (
            "INSERT OR IGNORE INTO ticks(ref, checklist, indicator) VALUES (?, ?, ?)"
            if ticked
            else "DELETE FROM ticks WHERE ref=? AND checklist=? AND indicator=?"
        )
        self._write([self._touch(ref), (sql, (ref, checklist, indicator))])

    def clear_ticks(self, ref: str, checklist: str) -> None:
        self._write(
            [self._touch(ref), ("DELETE FROM ticks WHERE ref=? AND checklist=?", (ref, checklist))]
        )

    def route(self, ref: str, guide: str) -> list[tuple[str, str]]:
        rows = self._db.execute(
            "SELECT step, answer FROM routes WHERE ref=? AND guide=? ORDER BY position",
            (ref, guide),
        )
        return [(r[0], r[1]) for r in rows]

    def save_route(self, ref: str, guide: str, trail: Iterable[tuple[str, str]]) -> None:
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
        rows = self._db.execute(
            "SELECT phrase, answer, at FROM answers WHERE ref=? ORDER BY at, rowid", (ref,)
        )
        return [Answer(*r) for r in rows]

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
                    (ref.strip(), phrase, answer, _now()),
                ),
            ]
        )

    def delete_case(self, ref: str) -> None:
        self._write([("DELETE FROM cases WHERE ref=?", (ref,))])

    def delete_all(self) -> None:
        """Every case, tick and route; bookmarks are not case data and stay."""
        self._write(
            [("DELETE FROM cases", ()), ("DELETE FROM ticks", ()), ("DELETE FROM routes", ())]
        )
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._db.execute("VACUUM")

    def bookmarks(self) -> list[Bookmark]:
        rows = self._db.execute("SELECT doc, anchor, title FROM bookmarks ORDER BY created")
        return [Bookmark(*r) for r in rows]

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
