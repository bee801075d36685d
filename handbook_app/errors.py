"""The one exception tree of the project.

Every error the core raises derives from :class:`HandbookError`. Exit codes and
dialogs are chosen only at the edges (``cli.py`` and ``gui/app.py``).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, ParamSpec, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from handbook_app.content.problems import Problem

P = ParamSpec("P")
R = TypeVar("R")

DAMAGED_JSON: tuple[type[Exception], ...] = (
    ValueError,
    KeyError,
    TypeError,
    OverflowError,
    RecursionError,
)
"""What reading damaged JSON raises: bad syntax (ValueError), a missing or wrong-typed field
(KeyError, TypeError), ``Infinity`` where an int belongs (OverflowError), nesting too deep
(RecursionError). Catch it as ``except DAMAGED_JSON`` and raise a :class:`HandbookError`."""

UNREADABLE_JSON: tuple[type[Exception], ...] = (OSError, *DAMAGED_JSON)
"""A JSON file that is missing, cannot be read, or is damaged."""


class HandbookError(Exception):
    """Base of every error this program raises on purpose."""


class ContentError(HandbookError):
    """The content tree has problems; ``problems`` lists every one of them."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        lines = "\n".join(p.format() for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in the content:\n{lines}")


class BundleError(HandbookError):
    """A bundle is missing, incomplete or of a format this version cannot read."""


class TrustError(BundleError):
    """A bundle's hashes or signature do not hold, or its key is not trusted."""


class SearchError(HandbookError):
    """The search index cannot be opened or queried."""


class QueryError(SearchError):
    """What was typed is beyond the query limits (too long, too many words or operators)."""


class CaseStoreError(HandbookError):
    """The local case store cannot be opened or written."""


def wrapped(kind: type[HandbookError]) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """A decorator: ``OSError`` and ``RecursionError`` raised inside become ``kind``, with the
    same message, so that the edges catch only :class:`HandbookError`."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(function)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return function(*args, **kwargs)
            except (OSError, RecursionError) as error:
                raise kind(str(error)) from error

        return call

    return decorate
