"""The one exception tree of the project.

Every error the core raises derives from :class:`HandbookError`. Exit codes and
dialogs are chosen only at the edges (``cli.py`` and ``gui/app.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handbook_app.content.problems import Problem


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
