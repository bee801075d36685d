"""Style sheets from ``resources/styles``, read when asked (never at import)."""

from __future__ import annotations

from functools import cache

from handbook_app.paths import resources


@cache
def style(name: str) -> str:
    """The text of ``resources/styles/NAME``, or "" when it is missing."""
    try:
        return (resources() / "styles" / name).read_text(encoding="utf-8")
    except OSError:
        return ""
