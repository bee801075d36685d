"""Problems found in the content, reported as ``path:line: problem (how to fix)``."""

from __future__ import annotations

import difflib
import functools
import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One problem at one place in one file."""

    path: Path
    line: int
    message: str
    fix: str = ""
    severity: Severity = Severity.ERROR

    def format(self, root: Path | None = None) -> str:
        shown = self.path
        if root is not None:
            try:
                shown = self.path.relative_to(root)
            except ValueError:
                shown = self.path
        text = f"{quoted(str(shown))}:{self.line}: "
        if self.severity is Severity.WARNING:
            text += "warning: "
        text += self.message
        if self.fix:
            text += f" ({self.fix})"
        return text if text.isprintable() else "".join(_printable(c) for c in text)


def quoted(name: str) -> str:
    """A file name as it can stand on one report line: as it is when every character
    prints, else quoted with newlines and control characters escaped (``'a\\nb.md'``)."""
    return name if name.isprintable() else repr(name)


def _printable(char: str) -> str:
    return char if char.isprintable() else repr(char)[1:-1]


COMPARED = 12
"""Choices compared in full (difflib is slow: a document with hundreds of headings and
hundreds of broken links took a minute); the rest are ranked by shared letter pairs."""


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice most like ``word``, if any is close enough."""
    return _closest(word, tuple(choices))


@functools.lru_cache(maxsize=4096)
def _closest(word: str, choices: tuple[str, ...]) -> str | None:
    if len(choices) > COMPARED:
        pairs = _pairs(word)
        choices = tuple(
            sorted(choices, key=lambda c: (-len(pairs & _pairs(c)), abs(len(c) - len(word))))[
                :COMPARED
            ]
        )
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None


@functools.lru_cache(maxsize=8192)
def _pairs(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def did_you_mean(word: str, choices: Iterable[str], fallback: str = "") -> str:
    """A "did you mean 'x'?" hint for ``word`` among ``choices``, else ``fallback``."""
    match = closest(word, choices)
    return f"did you mean '{match}'?" if match else fallback


@dataclass
class Problems:
    """Collects every problem of a build so that all are reported in one pass."""

    items: list[Problem] = field(default_factory=list)

    def error(self, path: Path, line: int, message: str, fix: str = "") -> None:
        self.items.append(Problem(path, line, message, fix, Severity.ERROR))

    def warning(self, path: Path, line: int, message: str, fix: str = "") -> None:
        self.items.append(Problem(path, line, message, fix, Severity.WARNING))

    def extend(self, other: Iterable[Problem]) -> None:
        self.items.extend(other)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.ERROR]

    def errors_since(self, mark: int) -> bool:
        """Whether an error came after the first ``mark`` problems (``mark = len(problems)``
        taken before a check: the cost is that of the new problems only)."""
        return any(p.severity is Severity.ERROR for p in self.items[mark:])

    def sorted(self) -> list[Problem]:
        return sorted(self.items, key=lambda p: (str(p.path), p.line, p.message))

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)
